import Foundation
import ProtokolStore
import Testing

/// Accounts, memberships and sessions: the same contract on every store.
@Suite("AccountStore: accounts, memberships, sessions")
struct AccountSuite {
    let lejre = CommitteeRef(body: "Lejre Kommune", committee: "Job- og Arbejdsmarkedsudvalget")
    let herlev = CommitteeRef(body: "Herlev Kommune", committee: "Økonomiudvalget")

    @Test("an account is stored with its role, hash and committees, and names are unique", arguments: StoreFactory.all)
    func addAndRead(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            let created = Date(timeIntervalSince1970: 1_790_000_000)
            try await store.addAccount(Account(name: "anna", role: .member, passwordHash: "$2b$04$hash", committees: [lejre], createdAt: created))
            try await store.addAccount(Account(name: "bo", role: .admin, passwordHash: "$2b$04$other"))
            let anna = try #require(try await store.account(named: "anna"))
            #expect(anna.role == .member)
            #expect(anna.passwordHash == "$2b$04$hash")
            #expect(anna.committees == [lejre])
            #expect(abs(anna.createdAt.timeIntervalSince(created)) < 1)
            #expect(anna.access == .member(of: [lejre]))
            #expect(try await store.account(named: "Anna") == nil)
            #expect(try await store.accounts().map(\.name) == ["anna", "bo"])

            await #expect(throws: StoreError.duplicate("the account anna")) {
                try await store.addAccount(Account(name: "anna", role: .secretary, passwordHash: "x"))
            }
            // The failed add changed nothing.
            #expect(try await store.account(named: "anna")?.role == .member)
        }
    }

    @Test("grant and revoke change an account's committees; unknown accounts are an error", arguments: StoreFactory.all)
    func memberships(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            try await store.addAccount(Account(name: "anna", role: .member, passwordHash: "h"))
            #expect(try await store.account(named: "anna")?.committees == [])
            try await store.grant(lejre, to: "anna")
            try await store.grant(herlev, to: "anna")
            try await store.grant(lejre, to: "anna")
            #expect(try await store.account(named: "anna")?.committees == [lejre, herlev])
            try await store.revoke(lejre, from: "anna")
            #expect(try await store.account(named: "anna")?.committees == [herlev])
            await #expect(throws: StoreError.noAccount("nobody")) { try await store.grant(lejre, to: "nobody") }
            await #expect(throws: StoreError.noAccount("nobody")) { try await store.revoke(lejre, from: "nobody") }

            try await store.setPasswordHash("new", forAccount: "anna")
            #expect(try await store.account(named: "anna")?.passwordHash == "new")
            await #expect(throws: StoreError.noAccount("nobody")) { try await store.setPasswordHash("x", forAccount: "nobody") }

            #expect(try await store.removeAccount(named: "anna"))
            #expect(try await store.account(named: "anna") == nil)
            #expect(try await store.removeAccount(named: "anna") == false)
            // A new account of the same name starts without the old memberships.
            try await store.addAccount(Account(name: "anna", role: .member, passwordHash: "h"))
            #expect(try await store.account(named: "anna")?.committees == [])
        }
    }

    @Test("session values: create once, replace keeps the expiry, expired values are gone", arguments: StoreFactory.all)
    func sessions(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            let now = Date()
            let later = now.addingTimeInterval(3600)
            try await store.putSession(key: "k1", SessionRecord(value: [1, 2, 3], expiresAt: later), mode: .create)
            let read = try #require(try await store.session(key: "k1", now: now))
            #expect(read.value == [1, 2, 3])
            #expect(abs((read.expiresAt ?? now).timeIntervalSince(later)) < 1)
            await #expect(throws: StoreError.duplicate("the session key")) {
                try await store.putSession(key: "k1", SessionRecord(value: [9], expiresAt: later), mode: .create)
            }
            try await store.putSession(key: "k1", SessionRecord(value: [4], expiresAt: nil), mode: .replace)
            let replaced = try #require(try await store.session(key: "k1", now: now))
            #expect(replaced.value == [4])
            #expect(replaced.expiresAt != nil, "replacing without an expiry keeps the old one")
            // Past its expiry a value is not returned.
            #expect(try await store.session(key: "k1", now: later.addingTimeInterval(1)) == nil)
            #expect(try await store.session(key: "missing", now: now) == nil)

            try await store.removeSession(key: "k1")
            #expect(try await store.session(key: "k1", now: now) == nil)
            // An expired key can be created again.
            try await store.putSession(key: "k2", SessionRecord(value: [1], expiresAt: now.addingTimeInterval(-1)), mode: .replace)
            try await store.putSession(key: "k2", SessionRecord(value: [2], expiresAt: later), mode: .create)
            #expect(try await store.session(key: "k2", now: now)?.value == [2])
        }
    }
}
