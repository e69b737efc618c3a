import Foundation
import ProtokolApp
@testable import ProtokolPostgres
import ProtokolStore
import Testing

@Suite("PostgreSQL URLs and store locations")
struct PostgresURLTests {
    @Test("a URL gives user, password, host, port, database and sslmode; its description hides the password")
    func parse() throws {
        let url = try PostgresURL("postgres://anna:hemmelig%21@db.example.dk:6543/protokol?sslmode=require")
        #expect(url.user == "anna" && url.password == "hemmelig!" && url.host == "db.example.dk" && url.port == 6543)
        #expect(url.database == "protokol" && url.sslMode == .require)
        #expect(url.description == "postgres://anna@db.example.dk:6543/protokol")
        let defaults = try PostgresURL("postgresql://anna@/")
        #expect(defaults.host == "localhost" && defaults.port == 5432 && defaults.database == "anna" && defaults.sslMode == .prefer)
        let socket = try PostgresURL("postgres://anna@/protokol?host=/run/postgresql")
        #expect(socket.socketDirectory == "/run/postgresql")
        for bad in ["mysql://anna@h/db", "postgres://h/db", "postgres://anna@h/db?sslmode=maybe", "postgres://anna@h/db?x=1", "nonsense"] {
            #expect(throws: StoreError.self, "\(bad)") { try PostgresURL(bad) }
        }
    }

    @Test("--db and --database-url exclude each other; PROTOKOL_DATABASE_URL is the default")
    func location() throws {
        #expect(try StoreLocation.choose(db: "a.sqlite", databaseURL: nil) == .sqlite(path: "a.sqlite"))
        #expect(try StoreLocation.choose(db: nil, databaseURL: "postgres://a@h/d") == .postgres(url: "postgres://a@h/d"))
        #expect(throws: AppError.self) { try StoreLocation.choose(db: "a.sqlite", databaseURL: "postgres://a@h/d") }
        #expect(try StoreLocation.choose(db: nil, databaseURL: nil) == .sqlite(path: StoreOpening.defaultDatabase))
        let environment = [StoreLocation.environmentVariable: "postgres://a@h/d"]
        #expect(try StoreLocation.choose(db: nil, databaseURL: nil, environment: environment) == .postgres(url: "postgres://a@h/d"))
        #expect(try StoreLocation.choose(db: "x", databaseURL: nil, environment: environment) == .sqlite(path: "x"))
    }
}

@Suite("PostgreSQL schema and checks", .enabled(if: TestServer.enabled, "PROTOKOL_TEST_DATABASE_URL is not set"))
struct PostgresStoreTests {
    @Test("a new database has every migration pending; migrate applies them once, also when two processes race")
    func migrations() async throws {
        let database = try await TestDatabase.make()
        try await TestDatabase.dropping(database) {
            try await database.withStore { store in
                let pending = try await store.pendingMigrations()
                #expect(pending == ["v1 originals, documents, meetings", "v1 full-text search", "v2 accounts and sessions", "v2 withdrawn meetings", "v3 attached files"])
                // Concurrent migrations: one applies, the others find nothing to do.
                let applied = try await withThrowingTaskGroup(of: [String].self) { group in
                    for _ in 0..<4 { group.addTask { try await store.migrate() } }
                    return try await group.reduce(into: [[String]]()) { $0.append($1) }
                }
                #expect(applied.filter { !$0.isEmpty } == [pending])
                #expect(try await store.pendingMigrations().isEmpty)
                #expect(try await store.verify().isEmpty)
            }
        }
    }

    @Test("a database written by a newer protokol is refused")
    func newerSchema() async throws {
        let database = try await TestDatabase.make()
        try await TestDatabase.dropping(database) {
            try await database.withStore { store in
                try await store.migrate()
                try await store.execute("INSERT INTO protokol_migration (name) VALUES ('v99 from the future')")
                await #expect(throws: StoreError.newerSchema) { try await store.pendingMigrations() }
                await #expect(throws: StoreError.newerSchema) { try await store.migrate() }
            }
        }
    }

    @Test("verify finds an index that does not match the current versions")
    func verifyFindsProblems() async throws {
        let database = try await TestDatabase.make()
        try await TestDatabase.dropping(database) {
            try await database.withStore { store in
                try await store.migrate()
                _ = try await ImportRun.run(paths: InputFiles.expand([Self.seeds]), store: store)
                #expect(try await store.verify().isEmpty)
                try await store.execute("UPDATE item SET stems = NULL WHERE id = (SELECT min(id) FROM item)")
                try await store.execute("UPDATE section SET stems = to_tsvector('simple', 'noget andet') WHERE id = (SELECT max(id) FROM section)")
                let problems = try await store.verify()
                #expect(problems.contains("items of current versions that are not indexed: 1"))
                #expect(problems.contains("indexed sections whose index differs from their text: 1"))
            }
        }
    }

    @Test("a database that does not exist is a clear error")
    func missingDatabase() async throws {
        let url = try TestServer.url().with(database: "protokol_does_not_exist")
        let error = await #expect(throws: StoreError.self) { try await PostgresStore.connect(url) }
        #expect(error?.description.contains("does not exist") == true)
    }

    static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/corpus/seeds").path
}
