import Foundation
import GRDB
import ProtokolModel
import ProtokolStore

/// The embedded store: one SQLite file in WAL mode, through a GRDB `DatabasePool`.
///
/// Several processes may use the same file at once: every write is one `BEGIN IMMEDIATE`
/// transaction, and a writer waits for another (SQLite's busy timeout) instead of failing.
///
/// ```swift
/// let store = try SQLiteStore(path: "protokol.sqlite")
/// try await store.migrate()
/// let outcome = try await store.store(submission)
/// ```
public struct SQLiteStore: MeetingStore {
    /// The database file.
    public let path: String
    let pool: DatabasePool
    /// The searches' in-memory lookup of every full-text row's meeting and filter columns.
    let hitIndex = HitIndex()

    /// The page cache of each connection, in KiB (SQLite's default is 2,000).
    static let cacheKiB = 32_768
    /// How much of the file each connection reads through a memory map.
    static let mmapBytes = 1 << 30

    /// How long a writer waits for another process's transaction before giving up.
    public static let busyTimeout: TimeInterval = 60

    /// Opens (and creates, when missing) the database file. Call ``migrate()`` before the first use.
    public init(path: String) throws(StoreError) {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.label = "protokol"
        configuration.prepareDatabase { db in
            db.add(tokenizer: DanishTokenizer.self)
            try RankFunction.register(db)
            // In WAL mode NORMAL is as safe against crashes (a killed process, a failed write) as FULL and
            // keeps the file consistent on power loss; only the last commits before a power cut may be
            // lost. It saves an fsync per transaction, i.e. per imported document.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A search visits every hit's item and meeting (for the facets and the order): with SQLite's
            // default 2 MB page cache those lookups go to the file once the store outgrows it. A larger
            // cache, and reads through a memory map (the OS page cache, shared by all connections), keep
            // them in memory: p50 fell by half on a 20,000-item store (`protokol bench search`).
            try db.execute(sql: "PRAGMA cache_size = -\(Self.cacheKiB)")
            try db.execute(sql: "PRAGMA mmap_size = \(Self.mmapBytes)")
        }
        pool = try Self.openPool(path: path, configuration: configuration)
    }

    /// Two processes creating the same new file race for the switch to WAL; the loser retries.
    private static func openPool(path: String, configuration: Configuration) throws(StoreError) -> DatabasePool {
        var attempt = 0
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attempt < 100 {
                attempt += 1
                Thread.sleep(forTimeInterval: 0.05)
            } catch {
                throw .cannotOpen(location: path, reason: message(error))
            }
        }
    }

    /// Opens an existing database file, failing when it does not exist (for commands that only read).
    public static func openExisting(path: String) throws(StoreError) -> SQLiteStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw .cannotOpen(location: path, reason: "no such file (import documents first, or give --db)")
        }
        return try SQLiteStore(path: path)
    }

    // MARK: - Migrations

    @discardableResult
    public func migrate() async throws(StoreError) -> [String] {
        let pending = try await pendingMigrations()
        guard !pending.isEmpty else { return [] }
        // Another process may be migrating the same file at the same moment: then one of us fails
        // on a table the other created. Each migration is one transaction, so trying again is safe.
        var lastError = StoreError.database(reason: "migration did not run")
        for attempt in 0..<10 {
            do {
                try await runMigrator()
                return pending
            } catch {
                lastError = error
                if try await pendingMigrations().isEmpty { return pending }
                try? await Task.sleep(for: .milliseconds(20 * (attempt + 1)))
            }
        }
        throw lastError
    }

    private func runMigrator() async throws(StoreError) {
        let migrator = Self.migrator
        let pool = pool
        do {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                migrator.asyncMigrate(pool) { result in
                    switch result {
                    case .success: continuation.resume()
                    case .failure(let error): continuation.resume(throwing: error)
                    }
                }
            }
        } catch {
            throw Self.storeError(error)
        }
    }

    public func pendingMigrations() async throws(StoreError) -> [String] {
        let migrator = Self.migrator
        return try await read { db in
            if try migrator.hasBeenSuperseded(db) { throw StoreError.newerSchema }
            let applied = try migrator.appliedIdentifiers(db)
            return migrator.migrations.filter { !applied.contains($0) }
        }
    }

    // MARK: - Running database work

    func write<T: Sendable>(_ work: @escaping @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        do {
            return try await pool.write(work)
        } catch {
            throw Self.storeError(error)
        }
    }

    func read<T: Sendable>(_ work: @escaping @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        do {
            return try await pool.read(work)
        } catch {
            throw Self.storeError(error)
        }
    }

    static func storeError(_ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        return .database(reason: message(error))
    }

    static func message(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? error.description }
        return String(describing: error)
    }
}
