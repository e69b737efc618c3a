import Foundation
import Logging
import NIOCore
import NIOSSL
import PostgresNIO
import ProtokolModel
import ProtokolStore

/// The server store: PostgreSQL through PostgresNIO's connection pool (`PostgresClient`).
///
/// The store owns the pool: it starts a task that runs `client.run()` when it is made, and
/// ``shutdown()`` cancels that task and waits until every connection is closed. Call it when done
/// (dropping the last reference also cancels the task, without waiting).
///
/// Several processes may write at once. Every submission is one transaction; writers of the same
/// meeting take a transaction-scoped advisory lock on its identity first (so versions are numbered in
/// the order they commit), and unique constraints with `ON CONFLICT DO NOTHING` keep the same bytes
/// from being stored twice. A transaction that loses a deadlock or a serialization conflict is run again.
///
/// ```swift
/// let store = try await PostgresStore.connect(url: "postgres://protokol@127.0.0.1:5432/protokol")
/// try await store.migrate()
/// let outcome = try await store.store(submission)
/// await store.shutdown()
/// ```
public final class PostgresStore: MeetingStore {
    /// Where the store is (the URL without its password).
    public let url: PostgresURL
    let client: PostgresClient
    private let runner: Task<Void, Never>
    let logger: Logger

    /// How many times a transaction that lost a deadlock or a serialization conflict is tried.
    static let attempts = 20

    /// Makes the store and starts its pool; connections are opened on first use. Prefer
    /// ``connect(url:)``, which fails at once when the server cannot be reached.
    public init(url: PostgresURL, maximumConnections: Int = 8) throws(StoreError) {
        self.url = url
        var configuration: PostgresClient.Configuration
        if let socket = url.socketDirectory {
            configuration = PostgresClient.Configuration(
                unixSocketPath: socket + "/.s.PGSQL.\(url.port)", username: url.user, password: url.password, database: url.database)
        } else {
            configuration = PostgresClient.Configuration(
                host: url.host, port: url.port, username: url.user, password: url.password, database: url.database,
                tls: Self.tls(url.sslMode))
        }
        configuration.options.maximumConnections = max(1, maximumConnections)
        configuration.options.connectTimeout = .seconds(10)
        logger = Logger(label: "protokol.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
        let client = PostgresClient(configuration: configuration)
        self.client = client
        runner = Task { await client.run() }
    }

    /// Reads the URL, checks that the server takes a connection, and makes the store.
    public static func connect(url text: String, maximumConnections: Int = 8) async throws(StoreError) -> PostgresStore {
        try await connect(try PostgresURL(text), maximumConnections: maximumConnections)
    }

    /// Checks that the server takes a connection (one of its own, so that the error is the server's,
    /// e.g. "database … does not exist"), and makes the store.
    public static func connect(_ url: PostgresURL, maximumConnections: Int = 8) async throws(StoreError) -> PostgresStore {
        let logger = Logger(label: "protokol.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
        do {
            let connection = try await PostgresConnection.connect(configuration: try connectionConfiguration(url), id: 0, logger: logger)
            try? await connection.close()
        } catch {
            throw .cannotOpen(location: url.description, reason: Self.message(error))
        }
        return try PostgresStore(url: url, maximumConnections: maximumConnections)
    }

    /// The configuration of a single connection (for the check in ``connect(_:maximumConnections:)``).
    static func connectionConfiguration(_ url: PostgresURL) throws -> PostgresConnection.Configuration {
        if let socket = url.socketDirectory {
            return PostgresConnection.Configuration(
                unixSocketPath: socket + "/.s.PGSQL.\(url.port)", username: url.user, password: url.password, database: url.database)
        }
        var unchecked = TLSConfiguration.makeClientConfiguration()
        unchecked.certificateVerification = .none
        let tls: PostgresConnection.Configuration.TLS
        switch url.sslMode {
        case .disable: tls = .disable
        case .prefer: tls = .prefer(try NIOSSLContext(configuration: unchecked))
        case .require: tls = .require(try NIOSSLContext(configuration: unchecked))
        case .verifyFull: tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
        return PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: tls)
    }

    /// Closes every connection and stops the pool. The store cannot be used afterwards.
    public func shutdown() async {
        runner.cancel()
        await runner.value
    }

    deinit {
        runner.cancel()
    }

    static func tls(_ mode: PostgresURL.SSLMode) -> PostgresClient.Configuration.TLS {
        var unchecked = TLSConfiguration.makeClientConfiguration()
        unchecked.certificateVerification = .none
        switch mode {
        case .disable: return .disable
        case .prefer: return .prefer(unchecked)
        case .require: return .require(unchecked)
        case .verifyFull: return .require(.makeClientConfiguration())
        }
    }

    // MARK: - Running database work

    /// Runs `work` on one pooled connection, outside a transaction.
    func read<T: Sendable>(_ work: (PostgresConnection) async throws -> T) async throws(StoreError) -> T {
        do {
            return try await client.withConnection { connection in try await work(connection) }
        } catch {
            throw Self.storeError(error)
        }
    }

    /// Runs `work` in one transaction (READ COMMITTED), committed when it returns and rolled back when it
    /// throws. Deadlocks, serialization failures and unique-key races are retried from the start.
    func transaction<T: Sendable>(_ work: (PostgresConnection) async throws -> T) async throws(StoreError) -> T {
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try await client.withConnection { connection in
                    _ = try await connection.query("BEGIN", logger: logger).collect()
                    let value: T
                    do {
                        value = try await work(connection)
                    } catch {
                        _ = try? await connection.query("ROLLBACK", logger: logger).collect()
                        throw error
                    }
                    _ = try await connection.query("COMMIT", logger: logger).collect()
                    return value
                }
            } catch {
                if attempt < Self.attempts, Self.isRetryable(error) {
                    try? await Task.sleep(for: .milliseconds(Int.random(in: 5...(10 * attempt + 10))))
                    continue
                }
                throw Self.storeError(error)
            }
        }
    }

    /// Runs one statement and returns its rows.
    @discardableResult
    func rows(_ query: PostgresQuery, on connection: PostgresConnection) async throws -> [PostgresRandomAccessRow] {
        try await connection.query(query, logger: logger).collect().map { $0.makeRandomAccess() }
    }

    /// Runs one statement outside a transaction (for tests that break a database on purpose).
    func execute(_ sql: String) async throws(StoreError) {
        try await read { connection in _ = try await self.rows(PostgresQuery(unsafeSQL: sql), on: connection) }
    }

    /// Thrown inside a transaction to run it again from the start (the state it locked changed).
    struct Retry: Error {}

    static func isRetryable(_ error: any Error) -> Bool {
        if error is Retry { return true }
        guard let error = error as? PSQLError, let state = error.serverInfo?[.sqlState] else { return false }
        // serialization_failure, deadlock_detected, unique_violation (a race on a key another writer took).
        return ["40001", "40P01", "23505"].contains(state)
    }

    static func storeError(_ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        return .database(reason: message(error))
    }

    /// The server's message for a PostgreSQL error, or the error's description.
    static func message(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                let state = error.serverInfo?[.sqlState].map { " (\($0))" } ?? ""
                return message + state
            }
            if let underlying = error.underlying { return "\(error.code): \(underlying)" }
            return "\(error.code)"
        }
        return String(describing: error)
    }
}

// MARK: - Rows

extension PostgresRandomAccessRow {
    /// The value of a column, decoded.
    func get<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        try self[column].decode(T.self)
    }
}

/// A statement built piece by piece, with `$n` parameters.
struct SQLBuilder {
    var binds = PostgresBindings()

    /// Adds a parameter and returns its placeholder.
    mutating func bind(_ value: String) -> String {
        binds.append(value)
        return "$\(binds.count)"
    }

    mutating func bind(_ value: Int) -> String {
        binds.append(value)
        return "$\(binds.count)"
    }

    func query(_ sql: String) -> PostgresQuery { PostgresQuery(unsafeSQL: sql, binds: binds) }
}

extension String {
    /// PostgreSQL text cannot hold NUL characters; they are left out of the rows (the contract JSON keeps them escaped).
    var withoutNUL: String { contains("\u{0}") ? replacingOccurrences(of: "\u{0}", with: "") : self }
}
