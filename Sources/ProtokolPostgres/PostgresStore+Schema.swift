import PostgresNIO
import ProtokolStore

extension PostgresStore {
    /// One step of the versioned schema: its name (recorded in `protokol_migration`) and its statements.
    struct Migration: Sendable {
        let name: String
        let statements: [String]
    }

    /// The versioned schema, with the same migration names as the SQLite store. Never edit a migration
    /// that has shipped: add a new one.
    static let migrations: [Migration] = [
        Migration(name: "v1 originals, documents, meetings", statements: [
            // The bytes as received, addressed by SHA-256. The id is the order of arrival.
            """
            CREATE TABLE original (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                sha256 TEXT NOT NULL UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
                size BIGINT NOT NULL,
                bytes BYTEA NOT NULL,
                source_name TEXT,
                received_at TIMESTAMPTZ NOT NULL
            )
            """,
            // What makes "the same meeting". The current version is the newest document read without error.
            """
            CREATE TABLE meeting (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                body TEXT NOT NULL,
                committee TEXT NOT NULL,
                date TEXT NOT NULL,
                kind TEXT NOT NULL,
                current_document_id BIGINT,
                UNIQUE (body, committee, date, kind)
            )
            """,
            // The reading of one original (one per original; its id is the original's id).
            """
            CREATE TABLE document (
                id BIGINT PRIMARY KEY REFERENCES original(id) ON DELETE CASCADE,
                meeting_id BIGINT REFERENCES meeting(id),
                status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
                error TEXT,
                parser_version TEXT NOT NULL,
                format TEXT,
                encoding TEXT,
                warnings JSONB NOT NULL DEFAULT '[]',
                contract TEXT,
                term TEXT,
                start_time TEXT,
                location TEXT,
                CHECK ((status = 'ok') = (meeting_id IS NOT NULL AND contract IS NOT NULL))
            )
            """,
            "ALTER TABLE meeting ADD FOREIGN KEY (current_document_id) REFERENCES document(id) ON DELETE SET NULL",
            "CREATE INDEX document_by_meeting ON document(meeting_id, id)",
            "CREATE INDEX meeting_by_current ON meeting(current_document_id)",
            """
            CREATE TABLE participant (
                document_id BIGINT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                name TEXT NOT NULL,
                party TEXT,
                absent BOOLEAN NOT NULL,
                PRIMARY KEY (document_id, position)
            )
            """,
            """
            CREATE TABLE item (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                document_id BIGINT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                number INTEGER NOT NULL,
                title TEXT NOT NULL,
                is_public BOOLEAN NOT NULL,
                case_number TEXT,
                outcome TEXT,
                decision TEXT,
                proposal_by TEXT,
                proposal_points JSONB,
                absent JSONB NOT NULL DEFAULT '[]',
                disqualified JSONB NOT NULL DEFAULT '[]',
                votes JSONB NOT NULL DEFAULT '[]',
                UNIQUE (document_id, position)
            )
            """,
            "CREATE INDEX item_by_case ON item(case_number)",
            """
            CREATE TABLE section (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                item_id BIGINT NOT NULL REFERENCES item(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                heading TEXT NOT NULL,
                kind TEXT NOT NULL,
                text TEXT NOT NULL,
                UNIQUE (item_id, position)
            )
            """,
            // Sagens forløb: the case's path through committees, as printed with the item.
            """
            CREATE TABLE history (
                item_id BIGINT NOT NULL REFERENCES item(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                date TEXT NOT NULL,
                body TEXT NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (item_id, position)
            )
            """,
            """
            CREATE TABLE attachment (
                item_id BIGINT NOT NULL REFERENCES item(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                title TEXT NOT NULL,
                PRIMARY KEY (item_id, position)
            )
            """,
        ]),
        // Full text of the current versions. PostgreSQL's danish Snowball stemmer, but without its stop
        // word list: stop words are the query's business (SearchExpression leaves them out unless
        // nothing else is left, and then they must be found). Each item and section has two vectors,
        // filled only while its document is the current version:
        // - `stems`: stemmed words, for words and phrases (an item's title weighs A, its text B);
        // - `words`: whole words, lower-cased, for prefixes: a prefix may be longer than a word's stem
        //   ("beskæftigelse*" and the stem "beskæftig"), so prefixes are matched against whole words.
        // Text is indexed with punctuation inside tokens turned into spaces ("22-001317" → "22 001317"),
        // so the parser sees words as the query reads them.
        Migration(name: "v1 full-text search", statements: [
            "CREATE TEXT SEARCH DICTIONARY protokol_danish_stem (TEMPLATE = snowball, Language = danish)",
            "CREATE TEXT SEARCH CONFIGURATION protokol_danish (COPY = pg_catalog.danish)",
            """
            ALTER TEXT SEARCH CONFIGURATION protokol_danish
                ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH protokol_danish_stem
            """,
            """
            CREATE FUNCTION protokol_search_text(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                SELECT regexp_replace(t, '(?<=[^[:space:]])[-./:,_''+]+(?=[^[:space:]])', ' ', 'g')
            $$
            """,
            """
            CREATE FUNCTION protokol_stems(t text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                SELECT to_tsvector('protokol_danish', protokol_search_text(t))
            $$
            """,
            """
            CREATE FUNCTION protokol_words(t text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                SELECT to_tsvector('simple', protokol_search_text(t))
            $$
            """,
            // Title (A) and text (B) with a gap between them, so a phrase cannot run from one into the other.
            """
            CREATE FUNCTION protokol_item_stems(title text, body text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                SELECT ts_delete(setweight(protokol_stems(title), 'A') || '§:1'::tsvector
                    || setweight(protokol_stems(coalesce(body, '')), 'B'), '§')
            $$
            """,
            """
            CREATE FUNCTION protokol_item_words(title text, body text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                SELECT setweight(protokol_words(title), 'A') || setweight(protokol_words(coalesce(body, '')), 'B')
            $$
            """,
            // An item's title and the text of its sections, in order: what the item vectors are made of.
            """
            CREATE VIEW item_text_source AS
            SELECT i.id, i.document_id, i.title,
                (SELECT string_agg(s.text, E'\\n\\n' ORDER BY s.position) FROM section s WHERE s.item_id = i.id) AS body
            FROM item i
            """,
            "ALTER TABLE item ADD COLUMN stems tsvector, ADD COLUMN words tsvector",
            "ALTER TABLE section ADD COLUMN stems tsvector, ADD COLUMN words tsvector",
            "CREATE INDEX item_stems ON item USING gin (stems)",
            "CREATE INDEX item_words ON item USING gin (words)",
            "CREATE INDEX section_stems ON section USING gin (stems)",
            "CREATE INDEX section_words ON section USING gin (words)",
        ]),
        // Logins: accounts, their committees, and session values (under a digest of the cookie's id).
        Migration(name: "v2 accounts and sessions", statements: [
            """
            CREATE TABLE account (
                name TEXT PRIMARY KEY,
                role TEXT NOT NULL CHECK (role IN ('member', 'secretary', 'admin')),
                password_hash TEXT NOT NULL,
                created_at TIMESTAMPTZ NOT NULL
            )
            """,
            """
            CREATE TABLE membership (
                account TEXT NOT NULL REFERENCES account(name) ON DELETE CASCADE,
                body TEXT NOT NULL,
                committee TEXT NOT NULL,
                PRIMARY KEY (account, body, committee)
            )
            """,
            """
            CREATE TABLE session (
                key TEXT PRIMARY KEY,
                value BYTEA NOT NULL,
                expires_at TIMESTAMPTZ
            )
            """,
        ]),
        // A meeting withdrawn by mistake keeps its versions; the time it was withdrawn (NULL while published).
        Migration(name: "v2 withdrawn meetings", statements: [
            "ALTER TABLE meeting ADD COLUMN withdrawn_at TIMESTAMPTZ",
        ]),
        // Files attached to items (the Bilag themselves, beside the titles in `attachment`): the bytes once per SHA-256,
        // and which item of which meeting holds them.
        Migration(name: "v3 attached files", statements: [
            """
            CREATE TABLE attached_bytes (
                sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
                size INTEGER NOT NULL,
                bytes BYTEA NOT NULL
            )
            """,
            """
            CREATE TABLE attached_file (
                id BIGSERIAL PRIMARY KEY,
                meeting_id BIGINT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                item INTEGER NOT NULL,
                title TEXT NOT NULL,
                sha256 TEXT NOT NULL REFERENCES attached_bytes(sha256),
                mime_type TEXT NOT NULL,
                file_name TEXT,
                added_at TIMESTAMPTZ NOT NULL,
                UNIQUE (meeting_id, item, sha256)
            )
            """,
            "CREATE INDEX attached_file_by_sha256 ON attached_file(sha256)",
        ]),
    ]

    /// The table of applied migrations.
    static let migrationTable = "protokol_migration"

    @discardableResult
    public func migrate() async throws(StoreError) -> [String] {
        try await transaction { connection in
            // One migrating process at a time; the others wait here and then find nothing to do.
            try await self.rows("SELECT pg_advisory_xact_lock(hashtextextended('protokol migrate', 0))", on: connection)
            try await self.rows(
                PostgresQuery(unsafeSQL: """
                    CREATE TABLE IF NOT EXISTS \(Self.migrationTable) (
                        name TEXT PRIMARY KEY,
                        applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
                    )
                    """), on: connection)
            let pending = try await self.pending(on: connection)
            for migration in Self.migrations where pending.contains(migration.name) {
                for statement in migration.statements {
                    try await self.rows(PostgresQuery(unsafeSQL: statement), on: connection)
                }
                try await self.rows("INSERT INTO protokol_migration (name) VALUES (\(migration.name))", on: connection)
            }
            return pending
        }
    }

    public func pendingMigrations() async throws(StoreError) -> [String] {
        try await read { connection in try await self.pending(on: connection) }
    }

    /// The migrations not applied yet, in order; `newerSchema` when the database has one this program does not know.
    private func pending(on connection: PostgresConnection) async throws -> [String] {
        let exists = try await rows("SELECT to_regclass('protokol_migration') IS NOT NULL AS present", on: connection)
        guard try exists.first?.get("present", as: Bool.self) == true else { return Self.migrations.map(\.name) }
        let applied = Set(try await rows("SELECT name FROM protokol_migration", on: connection).map { try $0.get("name", as: String.self) })
        let known = Set(Self.migrations.map(\.name))
        if !applied.isSubset(of: known) { throw StoreError.newerSchema }
        return Self.migrations.map(\.name).filter { !applied.contains($0) }
    }
}
