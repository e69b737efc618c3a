import GRDB

extension SQLiteStore {
    /// The versioned schema. Never edit a migration that has shipped: add a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()

        // Originals, their readings (documents), meetings and the parsed model in tables.
        migrator.registerMigration("v1 originals, documents, meetings") { db in
            // The bytes as received, addressed by SHA-256. The id is the order of arrival.
            try db.execute(sql: """
                CREATE TABLE original (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
                    size INTEGER NOT NULL,
                    bytes BLOB NOT NULL,
                    sourceName TEXT,
                    receivedAt DATETIME NOT NULL
                );
                -- What makes "the same meeting". The current version is the newest document read without error.
                CREATE TABLE meeting (
                    id INTEGER PRIMARY KEY,
                    body TEXT NOT NULL,
                    committee TEXT NOT NULL,
                    date TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    currentDocumentID INTEGER REFERENCES document(id) ON DELETE SET NULL,
                    UNIQUE (body, committee, date, kind)
                );
                -- The reading of one original (one per original; its id is the original's id).
                CREATE TABLE document (
                    id INTEGER PRIMARY KEY REFERENCES original(id) ON DELETE CASCADE,
                    meetingID INTEGER REFERENCES meeting(id),
                    status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
                    error TEXT,
                    parserVersion TEXT NOT NULL,
                    format TEXT,
                    encoding TEXT,
                    warnings TEXT NOT NULL DEFAULT '[]',
                    contract TEXT,
                    term TEXT,
                    startTime TEXT,
                    location TEXT,
                    CHECK ((status = 'ok') = (meetingID IS NOT NULL AND contract IS NOT NULL))
                );
                CREATE INDEX document_by_meeting ON document(meetingID, id);
                CREATE INDEX meeting_by_current ON meeting(currentDocumentID);
                CREATE TABLE participant (
                    documentID INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    party TEXT,
                    absent BOOLEAN NOT NULL,
                    PRIMARY KEY (documentID, position)
                );
                CREATE TABLE item (
                    id INTEGER PRIMARY KEY,
                    documentID INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    number INTEGER NOT NULL,
                    title TEXT NOT NULL,
                    isPublic BOOLEAN NOT NULL,
                    caseNumber TEXT,
                    outcome TEXT,
                    decision TEXT,
                    proposalBy TEXT,
                    proposalPoints TEXT,
                    absent TEXT NOT NULL DEFAULT '[]',
                    disqualified TEXT NOT NULL DEFAULT '[]',
                    votes TEXT NOT NULL DEFAULT '[]',
                    UNIQUE (documentID, position)
                );
                CREATE INDEX item_by_case ON item(caseNumber);
                CREATE TABLE section (
                    id INTEGER PRIMARY KEY,
                    itemID INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    heading TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    text TEXT NOT NULL,
                    UNIQUE (itemID, position)
                );
                -- Sagens forløb: the case's path through committees, as printed with the item.
                CREATE TABLE history (
                    itemID INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    date TEXT NOT NULL,
                    body TEXT NOT NULL,
                    text TEXT NOT NULL,
                    PRIMARY KEY (itemID, position)
                );
                CREATE TABLE attachment (
                    itemID INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    title TEXT NOT NULL,
                    PRIMARY KEY (itemID, position)
                );
                """)
        }

        // Full text of the current versions: one row per item (rowid = item.id: its title, and its
        // sections' text as one body) and one per section (rowid = section.id). The tables index
        // external content, views of the current versions, so the text is stored once and the index
        // can be checked against exactly what it should hold.
        migrator.registerMigration("v1 full-text search") { db in
            try db.execute(sql: """
                CREATE VIEW itemTextSource AS
                SELECT i.id AS id, i.title AS title,
                    (SELECT group_concat(text, char(10) || char(10))
                     FROM (SELECT s.text AS text FROM section s WHERE s.itemID = i.id ORDER BY s.position)) AS body
                FROM item i JOIN meeting m ON m.currentDocumentID = i.documentID;
                CREATE VIEW sectionTextSource AS
                SELECT s.id AS id, s.text AS text
                FROM section s JOIN item i ON i.id = s.itemID JOIN meeting m ON m.currentDocumentID = i.documentID;
                """)
            try db.create(virtualTable: "itemText", using: FTS5()) { t in
                t.tokenizer = DanishTokenizer.tokenizerDescriptor()
                t.content = "itemTextSource"
                t.contentRowID = "id"
                t.column("title")
                t.column("body")
            }
            try db.create(virtualTable: "sectionText", using: FTS5()) { t in
                t.tokenizer = DanishTokenizer.tokenizerDescriptor()
                t.content = "sectionTextSource"
                t.contentRowID = "id"
                t.column("text")
            }
        }
        // Logins: accounts, their committees, and session values (under a digest of the cookie's id).
        migrator.registerMigration("v2 accounts and sessions") { db in
            try db.execute(sql: """
                CREATE TABLE account (
                    name TEXT PRIMARY KEY,
                    role TEXT NOT NULL CHECK (role IN ('member', 'secretary', 'admin')),
                    passwordHash TEXT NOT NULL,
                    createdAt DATETIME NOT NULL
                );
                CREATE TABLE membership (
                    account TEXT NOT NULL REFERENCES account(name) ON DELETE CASCADE,
                    body TEXT NOT NULL,
                    committee TEXT NOT NULL,
                    PRIMARY KEY (account, body, committee)
                );
                CREATE TABLE session (
                    key TEXT PRIMARY KEY,
                    value BLOB NOT NULL,
                    expiresAt DATETIME
                );
                """)
        }

        // A meeting withdrawn by mistake keeps its versions; the time it was withdrawn (NULL while published).
        migrator.registerMigration("v2 withdrawn meetings") { db in
            try db.execute(sql: "ALTER TABLE meeting ADD COLUMN withdrawnAt DATETIME")
        }

        // Searches keep each row's meeting and filter columns in memory (`HitIndex`), and load only new
        // rows when ids grew. This counter tells them when rows were deleted or those columns changed
        // (a replaced reading, a meeting gone), so they load everything again.
        migrator.registerMigration("v2 search generation") { db in
            try db.execute(sql: """
                CREATE TABLE searchGeneration (id INTEGER PRIMARY KEY CHECK (id = 0), value INTEGER NOT NULL);
                INSERT INTO searchGeneration (id, value) VALUES (0, 0);
                CREATE TRIGGER meetingDeleted AFTER DELETE ON meeting BEGIN UPDATE searchGeneration SET value = value + 1; END;
                CREATE TRIGGER meetingChanged AFTER UPDATE OF id, body, committee, date, withdrawnAt ON meeting
                    BEGIN UPDATE searchGeneration SET value = value + 1; END;
                CREATE TRIGGER itemDeleted AFTER DELETE ON item BEGIN UPDATE searchGeneration SET value = value + 1; END;
                CREATE TRIGGER itemChanged AFTER UPDATE OF id, documentID, outcome, isPublic ON item
                    BEGIN UPDATE searchGeneration SET value = value + 1; END;
                CREATE TRIGGER documentChanged AFTER UPDATE OF id, meetingID ON document
                    BEGIN UPDATE searchGeneration SET value = value + 1; END;
                CREATE TRIGGER documentDeleted AFTER DELETE ON document BEGIN UPDATE searchGeneration SET value = value + 1; END;
                CREATE TRIGGER sectionDeleted AFTER DELETE ON section BEGIN UPDATE searchGeneration SET value = value + 1; END;
                CREATE TRIGGER sectionChanged AFTER UPDATE OF id, itemID, kind ON section
                    BEGIN UPDATE searchGeneration SET value = value + 1; END;
                """)
        }

        // Files attached to items (the Bilag themselves, beside the titles in `attachment`): the bytes once per SHA-256,
        // and which item of which meeting holds them.
        migrator.registerMigration("v3 attached files") { db in
            try db.execute(sql: """
                CREATE TABLE attachedBytes (
                    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
                    size INTEGER NOT NULL,
                    bytes BLOB NOT NULL
                );
                CREATE TABLE attachedFile (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    meetingID INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                    item INTEGER NOT NULL,
                    title TEXT NOT NULL,
                    sha256 TEXT NOT NULL REFERENCES attachedBytes(sha256),
                    mimeType TEXT NOT NULL,
                    fileName TEXT,
                    addedAt DATETIME NOT NULL,
                    UNIQUE (meetingID, item, sha256)
                );
                CREATE INDEX attachedFile_by_sha256 ON attachedFile(sha256);
                """)
        }

        // Bulk imports: the full-text tables keep up to 16 MB of new terms in memory before writing a segment (a batch
        // of documents is then one segment, not several), and merge 8 segments of a level at a time instead of 4, so
        // an entry is rewritten fewer times as the index grows. Both are FTS5 settings stored with each table.
        migrator.registerMigration("v3 full-text write settings") { db in
            for table in ["itemText", "sectionText"] {
                try db.execute(sql: "INSERT INTO \(table) (\(table), rank) VALUES ('hashsize', \(Self.fullTextHashBytes))")
                try db.execute(sql: "INSERT INTO \(table) (\(table), rank) VALUES ('automerge', \(Self.fullTextAutomerge))")
            }
        }
        return migrator
    }

    /// FTS5 `hashsize`: new terms kept in memory per table before a segment is written.
    static let fullTextHashBytes = 16 << 20
    /// FTS5 `automerge`: how many segments of one level are merged into the next.
    static let fullTextAutomerge = 8
}
