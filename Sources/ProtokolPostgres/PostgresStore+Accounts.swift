import Foundation
import NIOCore
import PostgresNIO
import ProtokolStore

extension PostgresStore {
    public func addAccount(_ account: Account) async throws(StoreError) {
        let name = account.name.withoutNUL
        try await transaction { connection in
            // ON CONFLICT rather than a unique violation: the transaction retries those as races.
            let inserted = try await self.rows(
                """
                INSERT INTO account (name, role, password_hash, created_at)
                VALUES (\(name), \(account.role.rawValue), \(account.passwordHash), \(account.createdAt))
                ON CONFLICT (name) DO NOTHING RETURNING name
                """, on: connection)
            guard !inserted.isEmpty else { throw StoreError.duplicate("the account \(account.name)") }
            for committee in account.committees {
                try await self.insertMembership(committee, account: name, on: connection)
            }
        }
    }

    public func account(named name: String) async throws(StoreError) -> Account? {
        try await read { connection in try await self.fetchAccounts(name: name.withoutNUL, on: connection).first }
    }

    public func accounts() async throws(StoreError) -> [Account] {
        try await read { connection in try await self.fetchAccounts(name: nil, on: connection) }
    }

    @discardableResult
    public func removeAccount(named name: String) async throws(StoreError) -> Bool {
        let name = name.withoutNUL
        return try await transaction { connection in
            !(try await self.rows("DELETE FROM account WHERE name = \(name) RETURNING name", on: connection)).isEmpty
        }
    }

    public func setPasswordHash(_ hash: String, forAccount name: String) async throws(StoreError) {
        let name = name.withoutNUL
        try await transaction { connection in
            let updated = try await self.rows("UPDATE account SET password_hash = \(hash) WHERE name = \(name) RETURNING name", on: connection)
            if updated.isEmpty { throw StoreError.noAccount(name) }
        }
    }

    public func grant(_ committee: CommitteeRef, to name: String) async throws(StoreError) {
        let name = name.withoutNUL
        try await transaction { connection in
            guard !(try await self.rows("SELECT name FROM account WHERE name = \(name) FOR SHARE", on: connection)).isEmpty else {
                throw StoreError.noAccount(name)
            }
            try await self.insertMembership(committee, account: name, on: connection)
        }
    }

    public func revoke(_ committee: CommitteeRef, from name: String) async throws(StoreError) {
        let name = name.withoutNUL
        try await transaction { connection in
            guard !(try await self.rows("SELECT name FROM account WHERE name = \(name)", on: connection)).isEmpty else {
                throw StoreError.noAccount(name)
            }
            try await self.rows(
                """
                DELETE FROM membership WHERE account = \(name) AND body = \(committee.body.withoutNUL)
                    AND committee = \(committee.committee.withoutNUL)
                """, on: connection)
        }
    }

    public func putSession(key: String, _ record: SessionRecord, mode: SessionWriteMode) async throws(StoreError) {
        let value = ByteBuffer(bytes: record.value)
        let key = key.withoutNUL
        try await transaction { connection in
            switch mode {
            case .create:
                // An expired value under the key is gone for every reader, so it may be taken.
                try await self.rows("DELETE FROM session WHERE key = \(key) AND expires_at <= now()", on: connection)
                let inserted = try await self.rows(
                    """
                    INSERT INTO session (key, value, expires_at) VALUES (\(key), \(value), \(record.expiresAt))
                    ON CONFLICT (key) DO NOTHING RETURNING key
                    """, on: connection)
                if inserted.isEmpty { throw StoreError.duplicate("the session key") }
            case .replace:
                try await self.rows(
                    """
                    INSERT INTO session (key, value, expires_at) VALUES (\(key), \(value), \(record.expiresAt))
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = coalesce(excluded.expires_at, session.expires_at)
                    """, on: connection)
            }
        }
    }

    public func session(key: String, now: Date) async throws(StoreError) -> SessionRecord? {
        let key = key.withoutNUL
        return try await read { connection in
            guard let row = try await self.rows("SELECT value, expires_at FROM session WHERE key = \(key)", on: connection).first else {
                return nil
            }
            let expiresAt = try row.get("expires_at", as: Date?.self)
            if let expiresAt, expiresAt <= now { return nil }
            let value = try row.get("value", as: ByteBuffer.self)
            return SessionRecord(value: Array(value.readableBytesView), expiresAt: expiresAt)
        }
    }

    public func removeSession(key: String) async throws(StoreError) {
        let key = key.withoutNUL
        try await transaction { connection in
            try await self.rows("DELETE FROM session WHERE key = \(key)", on: connection)
            // Expired sessions are nobody's: clear them on the way.
            try await self.rows("DELETE FROM session WHERE expires_at <= now()", on: connection)
        }
    }

    private func insertMembership(_ committee: CommitteeRef, account: String, on connection: PostgresConnection) async throws {
        try await rows(
            """
            INSERT INTO membership (account, body, committee) VALUES (\(account), \(committee.body.withoutNUL), \(committee.committee.withoutNUL))
            ON CONFLICT DO NOTHING
            """, on: connection)
    }

    private func fetchAccounts(name: String?, on connection: PostgresConnection) async throws -> [Account] {
        var sql = SQLBuilder()
        let filter = name.map { " WHERE name = \(sql.bind($0))" } ?? ""
        let rows = try await rows(sql.query("SELECT name, role, password_hash, created_at FROM account\(filter) ORDER BY name"), on: connection)
        var accounts = [Account]()
        for row in rows {
            let accountName = try row.get("name", as: String.self)
            let roleText = try row.get("role", as: String.self)
            guard let role = Role(rawValue: roleText) else { throw StoreError.corrupt(reason: "account \(accountName) has the role \(roleText)") }
            let committees = try await self.rows("SELECT body, committee FROM membership WHERE account = \(accountName)", on: connection).map {
                CommitteeRef(body: try $0.get("body"), committee: try $0.get("committee"))
            }
            accounts.append(Account(
                name: accountName, role: role, passwordHash: try row.get("password_hash"), committees: Set(committees),
                createdAt: try row.get("created_at")))
        }
        return accounts
    }
}
