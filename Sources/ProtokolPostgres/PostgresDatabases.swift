import Foundation
import Logging
import PostgresNIO
import ProtokolStore

/// Creating and dropping whole databases on a server (for tests and set-up scripts): each runs on one
/// connection of its own to the database `server` names.
public enum PostgresDatabases {
    /// Creates an empty database `name` (letters, digits and _ only) on the server of `server`.
    public static func create(_ name: String, server: PostgresURL) async throws(StoreError) {
        try await run("CREATE DATABASE \(try identifier(name))", server: server)
    }

    /// Drops the database `name` when it exists, closing other sessions' connections to it.
    public static func drop(_ name: String, server: PostgresURL) async throws(StoreError) {
        try await run("DROP DATABASE IF EXISTS \(try identifier(name)) WITH (FORCE)", server: server)
    }

    /// A fresh database name with this prefix: the prefix, then 16 random hex digits.
    public static func randomName(prefix: String) -> String {
        prefix + String(format: "%016llx", UInt64.random(in: 0...UInt64.max))
    }

    private static func identifier(_ name: String) throws(StoreError) -> String {
        guard !name.isEmpty, name.count <= 63, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            throw .database(reason: "not a plain database name: \(name)")
        }
        return "\"\(name)\""
    }

    private static func run(_ sql: String, server: PostgresURL) async throws(StoreError) {
        let store = try PostgresStore(url: server, maximumConnections: 1)
        do {
            _ = try await store.client.withConnection { connection in
                try await connection.query(PostgresQuery(unsafeSQL: sql), logger: store.logger).collect()
            }
        } catch {
            await store.shutdown()
            throw .database(reason: PostgresStore.message(error))
        }
        await store.shutdown()
    }
}
