import Foundation

/// What an account may do. Seeing closed items comes from committee membership alone, whatever the role:
/// an administrator manages accounts but reads a committee's closed items only as its member.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
    /// A committee member: reads the closed items of their committees.
    case member
    /// A committee secretary: writes agendas and minutes for their committees.
    case secretary
    /// Manages accounts.
    case admin
}

/// A person who logs in: a committee member, a secretary or an administrator.
public struct Account: Sendable, Hashable, Codable {
    /// The login name, unique in the store.
    public var name: String
    public var role: Role
    /// The password as a bcrypt hash; the password itself is never stored.
    public var passwordHash: String
    /// The committees whose closed items this account reads.
    public var committees: Set<CommitteeRef>
    public var createdAt: Date

    public init(name: String, role: Role, passwordHash: String, committees: Set<CommitteeRef> = [], createdAt: Date = Date()) {
        self.name = name
        self.role = role
        self.passwordHash = passwordHash
        self.committees = committees
        self.createdAt = createdAt
    }

    /// What this account finds and reads: its committees' closed items besides everything public.
    public var access: SearchAccess { .member(of: committees) }
}

/// A stored session value: opaque bytes under a key, until it expires.
public struct SessionRecord: Sendable, Hashable {
    public var value: [UInt8]
    /// nil: never expires.
    public var expiresAt: Date?

    public init(value: [UInt8], expiresAt: Date?) {
        self.value = value
        self.expiresAt = expiresAt
    }
}

/// How ``AccountStore/putSession(key:_:mode:)`` writes.
public enum SessionWriteMode: Sendable, Hashable {
    /// Only when the key is new; an existing key is ``StoreError/duplicate(_:)``.
    case create
    /// Creates or overwrites; an existing expiry stays when the new record has none.
    case replace
}
