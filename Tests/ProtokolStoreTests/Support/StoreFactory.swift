import Foundation
import ProtokolPostgres
import ProtokolSQLite
import ProtokolStore
import Testing

/// Makes a fresh, migrated, empty store for one test. The shared suite runs once per factory, so a
/// new implementation passes the same tests by adding its factory to ``all``.
struct StoreFactory: Sendable, CustomTestStringConvertible {
    let name: String
    let make: @Sendable () async throws -> StoreUnderTest

    var testDescription: String { name }

    /// Every implementation to test: SQLite always; PostgreSQL when PROTOKOL_TEST_DATABASE_URL names a
    /// server (`scripts/postgres start`), or when CI=true, where its cases then fail and say why.
    static var all: [StoreFactory] { PostgresTestServer.isRequired ? [.sqlite, .postgres] : [.sqlite] }

    /// A SQLite file in a new temporary directory.
    static let sqlite = StoreFactory(name: "SQLite") {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("protokol-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try SQLiteStore(path: directory.appendingPathComponent("test.sqlite").path)
        try await store.migrate()
        return StoreUnderTest(store: store) { try? FileManager.default.removeItem(at: directory) }
    }

    /// A new database on the server of PROTOKOL_TEST_DATABASE_URL, dropped after the test.
    static let postgres = StoreFactory(name: "PostgreSQL") {
        let server = try PostgresTestServer.url()
        let name = PostgresDatabases.randomName(prefix: "protokol_t_")
        try await PostgresDatabases.create(name, server: server)
        do {
            let store = try await PostgresStore.connect(server.with(database: name))
            try await store.migrate()
            return StoreUnderTest(store: store) {
                await store.shutdown()
                try? await PostgresDatabases.drop(name, server: server)
            }
        } catch {
            try? await PostgresDatabases.drop(name, server: server)
            throw error
        }
    }
}

/// The PostgreSQL server the tests use: PROTOKOL_TEST_DATABASE_URL.
enum PostgresTestServer {
    static let variable = "PROTOKOL_TEST_DATABASE_URL"

    static var text: String? {
        guard let text = ProcessInfo.processInfo.environment[variable], !text.isEmpty else { return nil }
        return text
    }

    /// True on CI (CI=true), where the PostgreSQL cases must run.
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"]?.lowercased() == "true" }

    /// Whether the PostgreSQL cases run: a server is named, or CI requires them (and they fail without one).
    static var isRequired: Bool { text != nil || isCI }

    static func url() throws -> PostgresURL {
        guard let text else { throw Missing() }
        return try PostgresURL(text)
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String {
            "\(PostgresTestServer.variable) is not set, and CI=true needs the PostgreSQL store tested: "
                + "export \(PostgresTestServer.variable)=\"$(scripts/postgres start)\""
        }
    }
}

/// A store and what removes it after the test.
struct StoreUnderTest: Sendable {
    let store: any MeetingStore
    let remove: @Sendable () async -> Void
}

extension StoreFactory {
    /// Runs `body` with a fresh store, checks the store's invariants, and removes the store.
    func with(_ body: (any MeetingStore) async throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let made = try await make()
        do {
            try await body(made.store)
            let problems = try await made.store.verify()
            #expect(problems.isEmpty, "\(problems)", sourceLocation: sourceLocation)
        } catch {
            await made.remove()
            throw error
        }
        await made.remove()
    }
}

/// Makes a skipped PostgreSQL run visible: without a server (and off CI) the shared suite runs on
/// SQLite alone, and this test says so by being skipped.
@Suite("MeetingStore: PostgreSQL server")
struct PostgresServerSuite {
    @Test("the shared suite also runs against PostgreSQL", .enabled(if: PostgresTestServer.isRequired, "PROTOKOL_TEST_DATABASE_URL is not set"))
    func serverIsReachable() async throws {
        let made = try await StoreFactory.postgres.make()
        #expect(try await made.store.pendingMigrations().isEmpty)
        await made.remove()
    }
}
