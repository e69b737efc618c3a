import ProtokolSQLite
import ProtokolStore

/// Opens the store a command names (today: a SQLite file, `--db PATH`).
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
        do {
            let store = try SQLiteStore(path: path)
            let applied = try await store.migrate()
            if applied.isEmpty { return "\(path): the schema is current" }
            return "\(path): applied " + applied.joined(separator: ", ")
        } catch {
            throw .store(error)
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
