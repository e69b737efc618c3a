import Foundation
import GRDB
import ProtokolStore

extension SQLiteStore {
    public func addAccount(_ account: Account) async throws(StoreError) {
        try await write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM account WHERE name = ?", arguments: [account.name]) == true {
                throw StoreError.duplicate("the account \(account.name)")
            }
            try db.execute(
                sql: "INSERT INTO account (name, role, passwordHash, createdAt) VALUES (?, ?, ?, ?)",
                arguments: [account.name, account.role.rawValue, account.passwordHash, account.createdAt])
            for committee in account.committees {
                try Self.insertMembership(committee, account: account.name, db)
            }
        }
    }

    public func account(named name: String) async throws(StoreError) -> Account? {
        try await read { db in try Self.fetchAccounts(db, name: name).first }
    }

    public func accounts() async throws(StoreError) -> [Account] {
        try await read { db in try Self.fetchAccounts(db, name: nil) }
    }

    @discardableResult
    public func removeAccount(named name: String) async throws(StoreError) -> Bool {
        try await write { db in
            try db.execute(sql: "DELETE FROM membership WHERE account = ?", arguments: [name])
            try db.execute(sql: "DELETE FROM account WHERE name = ?", arguments: [name])
            return db.changesCount > 0
        }
    }

    public func setPasswordHash(_ hash: String, forAccount name: String) async throws(StoreError) {
        try await write { db in
            try db.execute(sql: "UPDATE account SET passwordHash = ? WHERE name = ?", arguments: [hash, name])
            if db.changesCount == 0 { throw StoreError.noAccount(name) }
        }
    }

    public func grant(_ committee: CommitteeRef, to name: String) async throws(StoreError) {
        try await write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM account WHERE name = ?", arguments: [name]) == true else {
                throw StoreError.noAccount(name)
            }
            try Self.insertMembership(committee, account: name, db)
        }
    }

    public func revoke(_ committee: CommitteeRef, from name: String) async throws(StoreError) {
        try await write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM account WHERE name = ?", arguments: [name]) == true else {
                throw StoreError.noAccount(name)
            }
            try db.execute(
                sql: "DELETE FROM membership WHERE account = ? AND body = ? AND committee = ?",
                arguments: [name, committee.body, committee.committee])
        }
    }

    public func putSession(key: String, _ record: SessionRecord, mode: SessionWriteMode) async throws(StoreError) {
        try await write { db in
            let value = Data(record.value)
            switch mode {
            case .create:
                // An expired value under the key is gone for every reader, so it may be taken.
                try db.execute(sql: "DELETE FROM session WHERE key = ? AND expiresAt <= ?", arguments: [key, Date()])
                if try Bool.fetchOne(db, sql: "SELECT 1 FROM session WHERE key = ?", arguments: [key]) == true {
                    throw StoreError.duplicate("the session key")
                }
                try db.execute(sql: "INSERT INTO session (key, value, expiresAt) VALUES (?, ?, ?)", arguments: [key, value, record.expiresAt])
            case .replace:
                try db.execute(
                    sql: """
                        INSERT INTO session (key, value, expiresAt) VALUES (?, ?, ?)
                        ON CONFLICT (key) DO UPDATE SET value = excluded.value, expiresAt = coalesce(excluded.expiresAt, session.expiresAt)
                        """,
                    arguments: [key, value, record.expiresAt])
            }
        }
    }

    public func session(key: String, now: Date) async throws(StoreError) -> SessionRecord? {
        try await read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT value, expiresAt FROM session WHERE key = ?", arguments: [key]) else {
                return nil
            }
            let expiresAt: Date? = row["expiresAt"]
            if let expiresAt, expiresAt <= now { return nil }
            let value: Data = row["value"]
            return SessionRecord(value: [UInt8](value), expiresAt: expiresAt)
        }
    }

    public func removeSession(key: String) async throws(StoreError) {
        try await write { db in
            try db.execute(sql: "DELETE FROM session WHERE key = ?", arguments: [key])
            // Expired sessions are nobody's: clear them on the way.
            try db.execute(sql: "DELETE FROM session WHERE expiresAt <= ?", arguments: [Date()])
        }
    }

    private static func insertMembership(_ committee: CommitteeRef, account: String, _ db: Database) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO membership (account, body, committee) VALUES (?, ?, ?)",
            arguments: [account, committee.body, committee.committee])
    }

    private static func fetchAccounts(_ db: Database, name: String?) throws -> [Account] {
        let filter = name == nil ? "" : " WHERE name = ?"
        let arguments: StatementArguments = name.map { [$0] } ?? []
        let rows = try Row.fetchAll(db, sql: "SELECT name, role, passwordHash, createdAt FROM account\(filter) ORDER BY name", arguments: arguments)
        var accounts = [Account]()
        for row in rows {
            let accountName: String = row["name"]
            let roleText: String = row["role"]
            guard let role = Role(rawValue: roleText) else { throw StoreError.corrupt(reason: "account \(accountName) has the role \(roleText)") }
            let committees = try Row.fetchAll(
                db, sql: "SELECT body, committee FROM membership WHERE account = ?", arguments: [accountName]
            ).map { CommitteeRef(body: $0["body"], committee: $0["committee"]) }
            accounts.append(Account(name: accountName, role: role, passwordHash: row["passwordHash"], committees: Set(committees), createdAt: row["createdAt"]))
        }
        return accounts
    }
}
