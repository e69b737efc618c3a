import Foundation
import GRDB
import ProtokolStore
import Testing
@testable import ProtokolSQLite

@Suite("SQLite schema migrations")
struct MigrationTests {
    @Test("a new file has every migration pending; migrate applies them once")
    func migrateOnce() async throws {
        let directory = try TemporaryDirectory()
        let store = try SQLiteStore(path: directory.path("m.sqlite"))
        let pending = try await store.pendingMigrations()
        #expect(pending == SQLiteStore.migrator.migrations)
        #expect(try await store.migrate() == pending)
        #expect(try await store.pendingMigrations().isEmpty)
        #expect(try await store.migrate().isEmpty)

        let tables = try await store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        for table in ["original", "document", "meeting", "item", "section", "participant", "history", "attachment", "itemText", "sectionText"] {
            #expect(tables.contains(table), "table \(table)")
        }
        let journal = try await store.pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(journal == "wal")
    }

    @Test("a file written by a newer protokol is refused")
    func newerSchema() async throws {
        let directory = try TemporaryDirectory()
        let store = try SQLiteStore(path: directory.path("n.sqlite"))
        try await store.migrate()
        try await store.pool.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99 from the future')") }
        await #expect(throws: StoreError.newerSchema) { try await store.pendingMigrations() }
        await #expect(throws: StoreError.newerSchema) { try await store.migrate() }
    }

    @Test("a file that is not a database cannot be opened")
    func notADatabase() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("x.sqlite")
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        do {
            let store = try SQLiteStore(path: path)
            _ = try await store.pendingMigrations()
            Issue.record("opened a file that is not a database")
        } catch {
            #expect(error.description.contains("not a database") || error.description.contains("file"))
        }
    }

    @Test("a file from before withdrawal keeps its meetings published, with times from their originals")
    func upgradeKeepsMeetings() async throws {
        let directory = try TemporaryDirectory()
        let store = try SQLiteStore(path: directory.path("u.sqlite"))
        let pool = store.pool
        try SQLiteStore.migrator.migrate(pool, upTo: "v1 full-text search")
        try await pool.write { db in
            try db.execute(sql: """
                INSERT INTO original (sha256, size, bytes, receivedAt) VALUES (?, 1, x'41', '2024-01-01 12:00:00.000');
                INSERT INTO meeting (body, committee, date, kind) VALUES ('Lejre Kommune', 'Økonomiudvalget', '2024-01-01', 'minutes');
                INSERT INTO document (id, meetingID, status, parserVersion, contract) VALUES (1, 1, 'ok', 'test', '{}');
                UPDATE meeting SET currentDocumentID = 1;
                """, arguments: [String(repeating: "a", count: 64)])
        }
        #expect(try await store.pendingMigrations() == ["v2 accounts and sessions", "v2 withdrawn meetings", "v2 search generation", "v3 attached files", "v3 full-text write settings"])
        #expect(try await store.migrate() == ["v2 accounts and sessions", "v2 withdrawn meetings", "v2 search generation", "v3 attached files", "v3 full-text write settings"])
        let meetings = try await store.meetings()
        #expect(meetings.count == 1)
        let noon = Date(timeIntervalSince1970: 1_704_110_400)
        #expect(meetings.first?.created == noon && meetings.first?.modified == noon)
        #expect(meetings.first?.isWithdrawn == false && meetings.first?.removedItems == [])
    }
}
