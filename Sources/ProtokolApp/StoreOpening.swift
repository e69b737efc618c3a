import ProtokolPostgres
import ProtokolSQLite
import ProtokolStore

/// Which store a command uses: a SQLite file (`--db PATH`) or a PostgreSQL database (`--database-url URL`).
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    /// The environment variable naming a PostgreSQL database when neither option is given.
    public static let environmentVariable = "PROTOKOL_DATABASE_URL"

    /// The store the options name: `--db` and `--database-url` exclude each other; without either,
    /// PROTOKOL_DATABASE_URL when it is set, else the SQLite file `protokol.sqlite`.
    public static func choose(db: String?, databaseURL: String?, environment: [String: String] = [:]) throws(AppError) -> StoreLocation {
        switch (db, databaseURL) {
        case (.some, .some): throw .usage("--db and --database-url cannot be used together")
        case (.some(let path), nil): return .sqlite(path: path)
        case (nil, .some(let url)): return .postgres(url: url)
        case (nil, nil):
            if let url = environment[environmentVariable], !url.isEmpty { return .postgres(url: url) }
            return .sqlite(path: StoreOpening.defaultDatabase)
        }
    }

    /// The file, or the URL without its password.
    public var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let url): (try? PostgresURL(url).description) ?? url
        }
    }
}

/// Opens the store a command names (a SQLite file or a PostgreSQL database).
public enum StoreOpening {
    /// The SQLite file used when no `--db` is given.
    public static let defaultDatabase = "protokol.sqlite"

    /// For commands that write: creates the file when missing and applies pending migrations.
    public static func forWriting(db path: String) async throws(AppError) -> any MeetingStore {
        do {
            let store = try SQLiteStore(path: path)
            try await store.migrate()
            return store
        } catch {
            throw .store(error)
        }
    }

    /// For commands that only read: the file must exist and its schema be current.
    public static func forReading(db path: String) async throws(AppError) -> any MeetingStore {
        do throws(StoreError) {
            let store = try SQLiteStore.openExisting(path: path)
            let pending = try await store.pendingMigrations()
            guard pending.isEmpty else { throw StoreError.needsMigration(pending: pending) }
            return store
        } catch {
            throw .store(error)
        }
    }

    /// `protokol migrate`: applies pending migrations and says which.
    public static func migrate(db path: String) async throws(AppError) -> String {
        try await migrate(.sqlite(path: path))
    }

    /// `protokol migrate` for any store.
    public static func migrate(_ location: StoreLocation) async throws(AppError) -> String {
        try await withStore(location, writing: true) { store throws(AppError) in
            do throws(StoreError) {
                let applied = try await store.migrate()
                if applied.isEmpty { return "\(location): the schema is current" }
                return "\(location): applied " + applied.joined(separator: ", ")
            } catch {
                throw .store(error)
            }
        }
    }

    /// Opens the store, runs `body` with it and closes it again (a PostgreSQL store's connections).
    ///
    /// With `writing`, a SQLite file is created when missing; otherwise it must exist. A PostgreSQL
    /// database must exist either way (create it with `createdb`). See ``writing(_:_:)`` and ``reading(_:_:)``.
    public static func withStore<T: Sendable>(
        _ location: StoreLocation, writing: Bool, _ body: (any MeetingStore) async throws(AppError) -> T
    ) async throws(AppError) -> T {
        switch location {
        case .sqlite(let path):
            let store: any MeetingStore
            do throws(StoreError) {
                store = writing ? try SQLiteStore(path: path) : try SQLiteStore.openExisting(path: path)
            } catch {
                throw .store(error)
            }
            return try await body(store)
        case .postgres(let url):
            let store: PostgresStore
            do throws(StoreError) {
                store = try await PostgresStore.connect(url: url)
            } catch {
                throw .store(error)
            }
            let result: Result<T, AppError>
            do throws(AppError) {
                result = .success(try await body(store))
            } catch {
                result = .failure(error)
            }
            await store.shutdown()
            return try result.get()
        }
    }

    /// Runs `body` with a store ready for writing: migrated to the current schema.
    public static func writing<T: Sendable>(_ location: StoreLocation, _ body: (any MeetingStore) async throws(AppError) -> T) async throws(AppError)
        -> T
    {
        try await withStore(location, writing: true) { store throws(AppError) in
            do throws(StoreError) {
                try await store.migrate()
            } catch {
                throw .store(error)
            }
            return try await body(store)
        }
    }

    /// Runs `body` with a store for reading: it must exist and its schema be current.
    public static func reading<T: Sendable>(_ location: StoreLocation, _ body: (any MeetingStore) async throws(AppError) -> T) async throws(AppError)
        -> T
    {
        try await withStore(location, writing: false) { store throws(AppError) in
            do throws(StoreError) {
                let pending = try await store.pendingMigrations()
                guard pending.isEmpty else { throw StoreError.needsMigration(pending: pending) }
            } catch {
                throw .store(error)
            }
            return try await body(store)
        }
    }
}

/// `protokol verify`: the store's own consistency checks (after a crash, say).
public enum VerifyRun {
    /// One line per problem; empty when the store is whole.
    public static func run(store: any MeetingStore) async throws(AppError) -> [String] {
        do {
            return try await store.verify()
        } catch {
            throw .store(error)
        }
    }
}
