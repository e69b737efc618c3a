import Foundation

/// Accounts, their committee memberships, and login sessions. Kept in the same database as the
/// meetings, so that several server instances on one PostgreSQL share logins.
///
/// Every implementation passes the shared suite (Tests/ProtokolStoreTests/AccountSuite.swift).
public protocol AccountStore: Sendable {
    /// Adds an account; a name already taken is ``StoreError/duplicate(_:)``.
    func addAccount(_ account: Account) async throws(StoreError)

    /// The account with this name, with its committees, or nil.
    func account(named name: String) async throws(StoreError) -> Account?

    /// Every account, by name.
    func accounts() async throws(StoreError) -> [Account]

    /// Removes an account and its memberships; false when there was none.
    @discardableResult
    func removeAccount(named name: String) async throws(StoreError) -> Bool

    /// Replaces an account's password hash; ``StoreError/noAccount(_:)`` when there is none.
    func setPasswordHash(_ hash: String, forAccount name: String) async throws(StoreError)

    /// Makes an account a member of a committee (nothing changes when it already is).
    func grant(_ committee: CommitteeRef, to name: String) async throws(StoreError)

    /// Ends an account's membership of a committee (nothing changes when it was none).
    func revoke(_ committee: CommitteeRef, from name: String) async throws(StoreError)

    /// Writes a session value. Keys are stored as given: callers pass a digest, not a cookie's value.
    func putSession(key: String, _ record: SessionRecord, mode: SessionWriteMode) async throws(StoreError)

    /// The session value under a key, or nil when there is none or it expired before `now`.
    func session(key: String, now: Date) async throws(StoreError) -> SessionRecord?

    /// Removes a session value (nothing happens when there is none).
    func removeSession(key: String) async throws(StoreError)
}
