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
}
