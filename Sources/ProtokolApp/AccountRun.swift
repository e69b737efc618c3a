import Foundation
import HummingbirdBcrypt
import ProtokolStore

/// `protokol user …`: accounts of members, secretaries and administrators, and their committees.
public enum AccountRun {
    /// Passwords shorter than this are refused.
    public static let minimumPasswordLength = 8

    /// bcrypt's work factor for new passwords (2^cost rounds).
    public static let bcryptCost: UInt8 = 12

    /// Adds an account with the password hashed by bcrypt; `committees` are its first memberships.
    /// Returns one line for the terminal, plus a note per committee the store holds no meeting of yet.
    public static func add(
        name: String, role: Role, password: String, committees: [CommitteeRef], store: any MeetingStore, cost: UInt8 = bcryptCost
    ) async throws(AppError) -> [String] {
        try checkName(name)
        try checkPassword(password)
        let hash = Bcrypt.hash(password, cost: cost)
        do {
            try await store.addAccount(Account(name: name, role: role, passwordHash: hash, committees: Set(committees)))
        } catch {
            throw .store(error)
        }
        return ["added \(name) (\(role.rawValue))"] + (try await unknownCommitteeNotes(committees, store: store))
    }

    /// Makes an account a member of a committee.
    public static func grant(name: String, committee: CommitteeRef, store: any MeetingStore) async throws(AppError) -> [String] {
        do {
            try await store.grant(committee, to: name)
        } catch {
            throw .store(error)
        }
        return ["\(name) is a member of \(committee.committee), \(committee.body)"] + (try await unknownCommitteeNotes([committee], store: store))
    }

    /// Ends an account's membership of a committee.
    public static func revoke(name: String, committee: CommitteeRef, store: any MeetingStore) async throws(AppError) -> String {
        do {
            try await store.revoke(committee, from: name)
        } catch {
            throw .store(error)
        }
        return "\(name) is no member of \(committee.committee), \(committee.body)"
    }

    /// Replaces an account's password.
    public static func setPassword(name: String, password: String, store: any MeetingStore, cost: UInt8 = bcryptCost) async throws(AppError) {
        try checkPassword(password)
        do {
            try await store.setPasswordHash(Bcrypt.hash(password, cost: cost), forAccount: name)
        } catch {
            throw .store(error)
        }
    }

    /// Removes an account and its memberships.
    public static func remove(name: String, store: any MeetingStore) async throws(AppError) {
        do throws(StoreError) {
            guard try await store.removeAccount(named: name) else { throw StoreError.noAccount(name) }
        } catch {
            throw .store(error)
        }
    }

    /// One line per account: name, role, committees.
    public static func list(store: any MeetingStore) async throws(AppError) -> [String] {
        let accounts: [Account]
        do {
            accounts = try await store.accounts()
        } catch {
            throw .store(error)
        }
        return accounts.map { account in
            let committees = account.committees.sorted { ($0.body, $0.committee) < ($1.body, $1.committee) }
                .map { "\($0.committee) (\($0.body))" }
            return "\(account.name)\t\(account.role.rawValue)\t" + (committees.isEmpty ? "-" : committees.joined(separator: "; "))
        }
    }

    static func checkName(_ name: String) throws(AppError) {
        guard !name.isEmpty, name.count <= 100, name.unicodeScalars.allSatisfy({ !CharacterSet.whitespacesAndNewlines.contains($0) && !CharacterSet.controlCharacters.contains($0) })
        else { throw .usage("an account name is 1 to 100 characters without spaces: \"\(name)\"") }
    }

    static func checkPassword(_ password: String) throws(AppError) {
        guard password.count >= minimumPasswordLength else {
            throw .usage("the password must have at least \(minimumPasswordLength) characters")
        }
        // bcrypt reads at most 72 bytes: a longer password would match on its first 72 alone.
        guard password.utf8.count <= 72 else { throw .usage("the password must have at most 72 bytes") }
    }

    /// A membership of a committee not in the store is allowed (it may meet later) but may be a typo.
    static func unknownCommitteeNotes(_ committees: [CommitteeRef], store: any MeetingStore) async throws(AppError) -> [String] {
        guard !committees.isEmpty else { return [] }
        let known: Set<CommitteeRef>
        do {
            known = Set(try await store.meetings().map { CommitteeRef(body: $0.identity.body, committee: $0.identity.committee) })
        } catch {
            throw .store(error)
        }
        return committees.filter { !known.contains($0) }.map {
            "note: no stored meeting of \($0.committee), \($0.body) yet (check the spelling against protokol search's facets)"
        }
    }
}
