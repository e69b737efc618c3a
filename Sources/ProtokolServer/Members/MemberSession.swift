import Crypto
import Foundation
import Hummingbird
import ProtokolStore

/// What a login session holds: the account's name. The account itself (role, committees) is read
/// from the store on each request, so a revoked membership takes effect at once.
public struct MemberSession: Codable, Sendable, Hashable {
    public var account: String

    public init(account: String) {
        self.account = account
    }
}

/// Hummingbird's session storage on the store's session table, so every server instance on one
/// database shares logins. Keys are stored as SHA-256 digests: the table alone cannot resume a session.
struct StoreSessionDriver: PersistDriver {
    let store: any AccountStore

    static func digest(_ key: String) -> String {
        SHA256.hash(data: Data(key.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    static func expiry(_ duration: Duration?) -> Date? {
        duration.map { Date().addingTimeInterval(Double($0.components.seconds) + Double($0.components.attoseconds) / 1e18) }
    }

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        do {
            try await store.putSession(key: Self.digest(key), SessionRecord(value: try Self.encode(value), expiresAt: Self.expiry(expires)), mode: .create)
        } catch StoreError.duplicate {
            throw PersistError.duplicate
        }
    }

    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        try await store.putSession(key: Self.digest(key), SessionRecord(value: try Self.encode(value), expiresAt: Self.expiry(expires)), mode: .replace)
    }

    func get<Object: Codable & Sendable>(key: String, as: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: Object.self)?.object
    }

    func getWithTTL<Object: Codable & Sendable>(key: String, as: Object.Type) async throws -> (object: Object, ttl: Duration?)? {
        guard let record = try await store.session(key: Self.digest(key), now: Date()) else { return nil }
        let object: Object
        do {
            object = try JSONDecoder().decode(Object.self, from: Data(record.value))
        } catch {
            throw PersistError.invalidConversion
        }
        return (object, record.expiresAt.map { .seconds(max(0, $0.timeIntervalSinceNow)) })
    }

    func remove(key: String) async throws {
        try await store.removeSession(key: Self.digest(key))
    }

    private static func encode(_ value: some Encodable) throws -> [UInt8] {
        [UInt8](try JSONEncoder().encode(value))
    }
}
