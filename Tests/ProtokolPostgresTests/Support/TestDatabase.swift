import Foundation
import ProtokolPostgres
import ProtokolStore
import Testing

/// The PostgreSQL server of PROTOKOL_TEST_DATABASE_URL (`scripts/postgres start`). Without it these
/// tests are skipped, except on CI (CI=true), where they run and fail saying what is missing.
enum TestServer {
    static let variable = "PROTOKOL_TEST_DATABASE_URL"

    static var text: String? {
        guard let text = ProcessInfo.processInfo.environment[variable], !text.isEmpty else { return nil }
        return text
    }

    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"]?.lowercased() == "true" }

    /// The condition of every test here.
    static var enabled: Bool { text != nil || isCI }

    static func url() throws -> PostgresURL {
        guard let text else {
            throw Missing()
        }
        return try PostgresURL(text)
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String {
            "\(TestServer.variable) is not set, and CI=true needs the PostgreSQL tests: export \(TestServer.variable)=\"$(scripts/postgres start)\""
        }
    }
}

/// A new, empty database on the test server, dropped by ``drop()``.
struct TestDatabase: Sendable {
    let server: PostgresURL
    let name: String

    var url: PostgresURL { server.with(database: name) }
    /// The URL as `--database-url` takes it.
    var urlText: String { url.description }

    static func make() async throws -> TestDatabase {
        let server = try TestServer.url()
        let name = PostgresDatabases.randomName(prefix: "protokol_t_")
        try await PostgresDatabases.create(name, server: server)
        return TestDatabase(server: server, name: name)
    }

    /// Runs `body`, then drops the databases, whether `body` throws or not.
    static func dropping(_ databases: TestDatabase..., body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch {
            for database in databases { await database.drop() }
            throw error
        }
        for database in databases { await database.drop() }
    }

    func drop() async {
        try? await PostgresDatabases.drop(name, server: server)
    }

    /// Runs `body` with a store on this database and shuts it down.
    func withStore<T: Sendable>(_ body: (PostgresStore) async throws -> T) async throws -> T {
        let store = try await PostgresStore.connect(url)
        do {
            let value = try await body(store)
            await store.shutdown()
            return value
        } catch {
            await store.shutdown()
            throw error
        }
    }
}
