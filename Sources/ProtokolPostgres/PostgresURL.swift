import Foundation
import ProtokolStore

/// A PostgreSQL connection URL: `postgres://user[:password]@host[:port]/database[?sslmode=…]`.
///
/// `postgresql://` works too. The host defaults to localhost, the port to 5432 and the database to the
/// user's name; `?host=/run/postgresql` connects through the Unix socket in that directory instead.
/// `sslmode` is `disable`, `prefer` (the default: TLS when the server offers it, without checking its
/// certificate, as libpq does), `require` (TLS, unchecked) or `verify-full` (TLS with a checked certificate).
public struct PostgresURL: Sendable, Hashable, CustomStringConvertible {
    public enum SSLMode: String, Sendable, Hashable {
        case disable, prefer, require
        case verifyFull = "verify-full"
    }

    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String
    /// The directory of the server's Unix socket (`?host=/dir`), used instead of host and port.
    public var socketDirectory: String?
    public var sslMode: SSLMode

    public init(
        user: String, password: String? = nil, host: String = "localhost", port: Int = 5432, database: String,
        socketDirectory: String? = nil, sslMode: SSLMode = .prefer
    ) {
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.database = database
        self.socketDirectory = socketDirectory
        self.sslMode = sslMode
    }

    /// Reads a URL; the error names what is wrong with it.
    public init(_ text: String) throws(StoreError) {
        func fail(_ reason: String) -> StoreError { .cannotOpen(location: Self.redacted(text), reason: reason) }
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "postgres" || scheme == "postgresql"
        else { throw fail("not a postgres://user@host:port/database URL") }
        guard let user = components.user, !user.isEmpty else { throw fail("the URL names no user (postgres://USER@host/database)") }
        self.user = user.removingPercentEncoding ?? user
        self.password = components.password.map { $0.removingPercentEncoding ?? $0 }
        self.host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        self.port = components.port ?? 5432
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        let database = path.removingPercentEncoding ?? path
        self.database = database.isEmpty ? self.user : database
        self.socketDirectory = nil
        self.sslMode = .prefer
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let value = item.value, let mode = SSLMode(rawValue: value) else {
                    throw fail("sslmode must be disable, prefer, require or verify-full")
                }
                sslMode = mode
            case "host":
                guard let value = item.value, value.hasPrefix("/") else { throw fail("?host= must be a socket directory") }
                socketDirectory = value
            default:
                throw fail("unknown URL parameter \(item.name)")
            }
        }
        guard (1...65535).contains(port) else { throw fail("the port must be 1 to 65535") }
    }

    /// The same server with another database.
    public func with(database: String) -> PostgresURL {
        var url = self
        url.database = database
        return url
    }

    /// The URL without its password, for messages.
    public var description: String {
        var text = "postgres://\(user)@"
        if socketDirectory == nil { text += "\(host):\(port)" }
        text += "/\(database)"
        if let socketDirectory { text += "?host=\(socketDirectory)" }
        return text
    }

    /// A URL's text with any password replaced by ***.
    static func redacted(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "***"
        return components.string ?? text
    }
}
