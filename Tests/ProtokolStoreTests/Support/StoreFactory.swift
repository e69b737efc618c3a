import Foundation
import ProtokolSQLite
import ProtokolStore
import Testing

/// Makes a fresh, migrated, empty store for one test. The shared suite runs once per factory, so a
/// new implementation (PostgreSQL) passes the same tests by adding its factory to ``all``.
struct StoreFactory: Sendable, CustomTestStringConvertible {
    let name: String
    let make: @Sendable () async throws -> StoreUnderTest

    var testDescription: String { name }

    /// Every implementation to test. The PostgreSQL store joins here with a factory that makes a fresh
    /// schema in the server named by PROTOKOL_TEST_DATABASE_URL (set by `scripts/postgres start`).
    static var all: [StoreFactory] { [.sqlite] }

    /// A SQLite file in a new temporary directory.
    static let sqlite = StoreFactory(name: "SQLite") {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("protokol-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try SQLiteStore(path: directory.appendingPathComponent("test.sqlite").path)
        try await store.migrate()
        return StoreUnderTest(store: store) { try? FileManager.default.removeItem(at: directory) }
    }
}

/// A store and what removes it after the test.
struct StoreUnderTest: Sendable {
    let store: any MeetingStore
    let remove: @Sendable () -> Void
}

extension StoreFactory {
    /// Runs `body` with a fresh store, checks the store's invariants, and removes the store.
    func with(_ body: (any MeetingStore) async throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let made = try await make()
        defer { made.remove() }
        try await body(made.store)
        let problems = try await made.store.verify()
        #expect(problems.isEmpty, "\(problems)", sourceLocation: sourceLocation)
    }
}
