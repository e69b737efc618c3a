import Foundation
import NIOCore
import PostgresNIO
import ProtokolModel
import ProtokolStore

extension PostgresStore {
    public func document(sha256: String) async throws(StoreError) -> StoredDocument? {
        try await read { connection in try await self.storedDocument(sha256: sha256, on: connection) }
    }

    public func documents() async throws(StoreError) -> [StoredDocument] {
        try await read { connection in
            try await self.rows(PostgresQuery(unsafeSQL: Self.documentSelect + " ORDER BY o.id"), on: connection).map(Self.storedDocument(row:))
        }
    }

    public func original(sha256 prefix: String) async throws(StoreError) -> StoredOriginal {
        let prefix = prefix.lowercased()
        guard prefix.count >= 6, prefix.count <= 64, prefix.allSatisfy(\.isHexDigit) else {
            throw .notFound(sha256: prefix)
        }
        let upper = prefix + "g"
        return try await read { connection in
            let rows = try await self.rows(
                "SELECT sha256, bytes FROM original WHERE sha256 >= \(prefix) AND sha256 < \(upper) ORDER BY sha256 LIMIT 2", on: connection)
            guard let row = rows.first else { throw StoreError.notFound(sha256: prefix) }
            if rows.count > 1 {
                let count = try await self.rows(
                    "SELECT count(*) AS n FROM original WHERE sha256 >= \(prefix) AND sha256 < \(upper)", on: connection
                ).first?.get("n", as: Int.self) ?? 2
                throw StoreError.ambiguous(prefix: prefix, matches: count)
            }
            let bytes = try row.get("bytes", as: ByteBuffer?.self)
            return StoredOriginal(sha256: try row.get("sha256"), bytes: bytes.map { Array($0.readableBytesView) } ?? [])
        }
    }

    public func parsedDocument(sha256: String) async throws(StoreError) -> ParsedDocument? {
        let contract = try await read { connection in
            try await self.rows(
                "SELECT d.contract FROM original o JOIN document d ON d.id = o.id WHERE o.sha256 = \(sha256)", on: connection
            ).first?.get("contract", as: String?.self)
        }
        guard let contract else { return nil }
        do {
            return try JSONDecoder().decode(ParsedDocument.self, from: Data(contract.utf8))
        } catch {
            throw .corrupt(reason: "the stored reading of \(sha256) is not contract JSON: \(error)")
        }
    }

    public func meetings(includingWithdrawn: Bool) async throws(StoreError) -> [StoredMeeting] {
        let filter = includingWithdrawn ? "" : "WHERE m.withdrawn_at IS NULL"
        return try await read { connection in
            try await self.rows(
                PostgresQuery(unsafeSQL: Self.meetingSelect + " \(filter) ORDER BY m.date, m.body, m.committee, m.kind"), on: connection
            ).map(Self.storedMeeting(row:))
        }
    }

    // MARK: - Rows

    /// A meeting with its counts and times: created when its first version was stored, modified when the
    /// current one was (or when it was withdrawn); the items earlier versions had and the current one lacks, and the
    /// case numbers of the public ones among them (separated by U+001F, which no case number holds).
    static let meetingSelect = """
        SELECT m.id, m.body, m.committee, m.date, m.kind, o.sha256, m.withdrawn_at,
            (SELECT count(*) FROM document d WHERE d.meeting_id = m.id) AS versions,
            (SELECT count(*) FROM item i WHERE i.document_id = m.current_document_id) AS items,
            (SELECT fo.received_at FROM document fd JOIN original fo ON fo.id = fd.id
             WHERE fd.meeting_id = m.id ORDER BY fd.id LIMIT 1) AS created,
            coalesce(m.withdrawn_at, o.received_at) AS modified,
            (SELECT string_agg(x.number::text, ',' ORDER BY x.number) FROM (
                SELECT DISTINCT oi.number FROM document od JOIN item oi ON oi.document_id = od.id
                WHERE od.meeting_id = m.id AND od.id <> m.current_document_id
                    AND oi.number NOT IN (SELECT ci.number FROM item ci WHERE ci.document_id = m.current_document_id)) x) AS removed_items,
            (SELECT string_agg(x.case_number, chr(31) ORDER BY x.case_number) FROM (
                SELECT DISTINCT oi.case_number FROM document od JOIN item oi ON oi.document_id = od.id
                WHERE od.meeting_id = m.id AND od.id <> m.current_document_id AND oi.is_public AND oi.case_number IS NOT NULL
                    AND oi.number NOT IN (SELECT ci.number FROM item ci WHERE ci.document_id = m.current_document_id)) x) AS removed_cases
        FROM meeting m JOIN original o ON o.id = m.current_document_id
        """

    static func storedMeeting(row: PostgresRandomAccessRow) throws -> StoredMeeting {
        let removed = try row.get("removed_items", as: String?.self)
        let cases = try row.get("removed_cases", as: String?.self)
        return StoredMeeting(
            identity: try identity(row: row), currentSHA256: try row.get("sha256"), versions: try row.get("versions"),
            items: try row.get("items"), created: try row.get("created"), modified: try row.get("modified"),
            withdrawnAt: try row.get("withdrawn_at"), removedItems: (removed ?? "").split(separator: ",").compactMap { Int($0) },
            removedCases: (cases ?? "").split(separator: "\u{1F}").map(String.init))
    }

    static let documentSelect = """
        SELECT o.sha256, o.size, o.source_name, o.received_at, d.format, d.parser_version, d.status, d.error, d.warnings::text AS warnings,
            m.body, m.committee, m.date, m.kind, coalesce(m.current_document_id = d.id, false) AS is_current,
            (SELECT count(*) FROM document v WHERE v.meeting_id = d.meeting_id AND v.id <= d.id) AS version
        FROM original o JOIN document d ON d.id = o.id LEFT JOIN meeting m ON m.id = d.meeting_id
        """

    func storedDocument(sha256: String, on connection: PostgresConnection) async throws -> StoredDocument? {
        var sql = SQLBuilder()
        let placeholder = sql.bind(sha256)
        return try await rows(sql.query(Self.documentSelect + " WHERE o.sha256 = \(placeholder)"), on: connection)
            .first.map(Self.storedDocument(row:))
    }

    static func storedDocument(row: PostgresRandomAccessRow) throws -> StoredDocument {
        let status = try row.get("status", as: String.self)
        let warningsJSON = try row.get("warnings", as: String.self)
        let warnings = (try? JSONDecoder().decode([String].self, from: Data(warningsJSON.utf8))) ?? []
        let hasMeeting = try row.get("committee", as: String?.self) != nil
        let format = try row.get("format", as: String?.self)
        return StoredDocument(
            sha256: try row.get("sha256"), size: try row.get("size"), format: format.flatMap(SourceFormat.init(rawValue:)),
            sourceName: try row.get("source_name"), receivedAt: try row.get("received_at"), parserVersion: try row.get("parser_version"),
            status: status == "ok" ? .ok : .failed(error: try row.get("error", as: String?.self) ?? ""), warnings: warnings,
            meeting: hasMeeting ? try identity(row: row) : nil, version: hasMeeting ? try row.get("version", as: Int.self) : nil,
            isCurrent: try row.get("is_current"))
    }

    /// A meeting identity from a row with body, committee, date and kind columns.
    static func identity(row: PostgresRandomAccessRow) throws -> MeetingIdentity {
        let kindText = try row.get("kind", as: String.self)
        guard let kind = DocumentKind(rawValue: kindText) else { throw StoreError.corrupt(reason: "unknown document kind \(kindText)") }
        let date = try row.get("date", as: String.self)
        return MeetingIdentity(body: try row.get("body"), committee: try row.get("committee"), date: CalendarDate(iso: date), kind: kind)
    }
}
