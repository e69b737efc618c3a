import Foundation
import GRDB
import ProtokolModel
import ProtokolStore

extension SQLiteStore {
    public func document(sha256: String) async throws(StoreError) -> StoredDocument? {
        try await read { db in try Self.storedDocument(db, sha256: sha256) }
    }

    public func documents() async throws(StoreError) -> [StoredDocument] {
        try await read { db in
            try Row.fetchAll(db, sql: Self.documentSelect + " ORDER BY o.id").map(Self.storedDocument(row:))
        }
    }

    public func original(sha256 prefix: String) async throws(StoreError) -> StoredOriginal {
        let prefix = prefix.lowercased()
        guard prefix.count >= 6, prefix.count <= 64, prefix.allSatisfy(\.isHexDigit) else {
            throw .notFound(sha256: prefix)
        }
        return try await read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT sha256, bytes FROM original WHERE sha256 >= ? AND sha256 < ? ORDER BY sha256 LIMIT 2",
                arguments: [prefix, prefix + "g"])
            guard let row = rows.first else { throw StoreError.notFound(sha256: prefix) }
            if rows.count > 1 {
                let count = try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM original WHERE sha256 >= ? AND sha256 < ?", arguments: [prefix, prefix + "g"]) ?? 2
                throw StoreError.ambiguous(prefix: prefix, matches: count)
            }
            let data: Data = row["bytes"]
            return StoredOriginal(sha256: row["sha256"], bytes: [UInt8](data))
        }
    }

    public func parsedDocument(sha256: String) async throws(StoreError) -> ParsedDocument? {
        let contract = try await read { db in
            try String.fetchOne(
                db, sql: "SELECT d.contract FROM original o JOIN document d ON d.id = o.id WHERE o.sha256 = ?", arguments: [sha256])
        }
        guard let contract else { return nil }
        do {
            return try JSONDecoder().decode(ParsedDocument.self, from: Data(contract.utf8))
        } catch {
            throw .corrupt(reason: "the stored reading of \(sha256) is not contract JSON: \(error)")
        }
    }

    public func meetings(includingWithdrawn: Bool) async throws(StoreError) -> [StoredMeeting] {
        let filter = includingWithdrawn ? "" : "WHERE m.withdrawnAt IS NULL"
        return try await read { db in
            try Row.fetchAll(db, sql: Self.meetingSelect + " \(filter) ORDER BY m.date, m.body, m.committee, m.kind")
                .map(Self.storedMeeting(row:))
        }
    }

    // MARK: - Rows

    /// A meeting with its counts and times: created when its first version was stored, modified when the
    /// current one was (or when it was withdrawn); the items earlier versions had and the current one lacks, and the
    /// case numbers of the public ones among them (separated by U+001F, which no case number holds).
    static let meetingSelect = """
        SELECT m.id, m.body, m.committee, m.date, m.kind, o.sha256, m.withdrawnAt,
            (SELECT count(*) FROM document d WHERE d.meetingID = m.id) AS versions,
            (SELECT count(*) FROM item i WHERE i.documentID = m.currentDocumentID) AS items,
            (SELECT fo.receivedAt FROM document fd JOIN original fo ON fo.id = fd.id
             WHERE fd.meetingID = m.id ORDER BY fd.id LIMIT 1) AS created,
            coalesce(m.withdrawnAt, o.receivedAt) AS modified,
            (SELECT group_concat(number, ',') FROM (
                SELECT DISTINCT oi.number AS number FROM document od JOIN item oi ON oi.documentID = od.id
                WHERE od.meetingID = m.id AND od.id <> m.currentDocumentID
                    AND oi.number NOT IN (SELECT ci.number FROM item ci WHERE ci.documentID = m.currentDocumentID)
                ORDER BY oi.number)) AS removedItems,
            (SELECT group_concat(caseNumber, char(31)) FROM (
                SELECT DISTINCT oi.caseNumber AS caseNumber FROM document od JOIN item oi ON oi.documentID = od.id
                WHERE od.meetingID = m.id AND od.id <> m.currentDocumentID AND oi.isPublic AND oi.caseNumber IS NOT NULL
                    AND oi.number NOT IN (SELECT ci.number FROM item ci WHERE ci.documentID = m.currentDocumentID)
                ORDER BY oi.caseNumber)) AS removedCases
        FROM meeting m JOIN original o ON o.id = m.currentDocumentID
        """

    static func storedMeeting(row: Row) throws -> StoredMeeting {
        let removed: String? = row["removedItems"]
        let cases: String? = row["removedCases"]
        return StoredMeeting(
            identity: try identity(row: row), currentSHA256: row["sha256"], versions: row["versions"], items: row["items"],
            created: row["created"], modified: row["modified"], withdrawnAt: row["withdrawnAt"],
            removedItems: (removed ?? "").split(separator: ",").compactMap { Int($0) },
            removedCases: (cases ?? "").split(separator: "\u{1F}").map(String.init))
    }

    static let documentSelect = """
        SELECT o.sha256, o.size, o.sourceName, o.receivedAt, d.format, d.parserVersion, d.status, d.error, d.warnings,
            m.body, m.committee, m.date, m.kind, m.currentDocumentID = d.id AS isCurrent,
            (SELECT count(*) FROM document v WHERE v.meetingID = d.meetingID AND v.id <= d.id) AS version
        FROM original o JOIN document d ON d.id = o.id LEFT JOIN meeting m ON m.id = d.meetingID
        """

    static func storedDocument(_ db: Database, sha256: String) throws -> StoredDocument? {
        try Row.fetchOne(db, sql: documentSelect + " WHERE o.sha256 = ?", arguments: [sha256]).map(storedDocument(row:))
    }

    static func storedDocument(row: Row) throws -> StoredDocument {
        let status: String = row["status"]
        let warningsJSON: String = row["warnings"]
        let warnings = (try? JSONDecoder().decode([String].self, from: Data(warningsJSON.utf8))) ?? []
        let hasMeeting = row["committee"] as String? != nil
        let format: String? = row["format"]
        return StoredDocument(
            sha256: row["sha256"], size: row["size"], format: format.flatMap(SourceFormat.init(rawValue:)), sourceName: row["sourceName"],
            receivedAt: row["receivedAt"], parserVersion: row["parserVersion"],
            status: status == "ok" ? .ok : .failed(error: row["error"] ?? ""), warnings: warnings,
            meeting: hasMeeting ? try identity(row: row) : nil, version: hasMeeting ? row["version"] : nil,
            isCurrent: row["isCurrent"] ?? false)
    }

    /// A meeting identity from a row with body, committee, date and kind columns.
    static func identity(row: Row) throws -> MeetingIdentity {
        let kindText: String = row["kind"]
        guard let kind = DocumentKind(rawValue: kindText) else { throw StoreError.corrupt(reason: "unknown document kind \(kindText)") }
        let date: String = row["date"]
        return MeetingIdentity(body: row["body"], committee: row["committee"], date: CalendarDate(iso: date), kind: kind)
    }
}
