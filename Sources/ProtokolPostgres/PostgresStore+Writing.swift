import Foundation
import NIOCore
import PostgresNIO
import ProtokolModel
import ProtokolStore

extension PostgresStore {
    public func store(_ submission: Submission) async throws(StoreError) -> ImportOutcome {
        let prepared = try Self.prepare(submission)
        return try await transaction { connection in
            try await self.lock(meetings: prepared.rows.map { [$0.identity] } ?? [], on: connection)
            return try await self.insert(prepared, on: connection)
        }
    }

    /// The whole batch in one transaction (one commit instead of one per document), its meetings locked
    /// up front in one order.
    public func store(batch submissions: [Submission]) async throws(StoreError) -> [ImportOutcome] {
        var prepared = [PreparedSubmission]()
        prepared.reserveCapacity(submissions.count)
        for submission in submissions { prepared.append(try Self.prepare(submission)) }
        guard !prepared.isEmpty else { return [] }
        let batch = prepared
        return try await transaction { connection in
            try await self.lock(meetings: batch.compactMap { $0.rows?.identity }, on: connection)
            var outcomes = [ImportOutcome]()
            for submission in batch { outcomes.append(try await self.insert(submission, on: connection)) }
            return outcomes
        }
    }

    /// A submission checked, with its rows made outside the transaction.
    struct PreparedSubmission: Sendable {
        var submission: Submission
        var rows: ModelRows?
    }

    static func prepare(_ submission: Submission) throws(StoreError) -> PreparedSubmission {
        let sha256 = submission.sha256
        guard sha256.count == 64, sha256.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else {
            throw .invalidSubmission(reason: "not a lower-case hex SHA-256: \(sha256)")
        }
        if case .parsed(let document) = submission.reading, document.source.sha256 != sha256 {
            throw .invalidSubmission(reason: "the reading is of other bytes (\(document.source.sha256), not \(sha256))")
        }
        if case .parsed(let document) = submission.reading { return PreparedSubmission(submission: submission, rows: try ModelRows(document)) }
        return PreparedSubmission(submission: submission, rows: nil)
    }

    /// Stores one submission inside the caller's transaction, its meeting already locked.
    func insert(_ prepared: PreparedSubmission, on connection: PostgresConnection) async throws -> ImportOutcome {
        let submission = prepared.submission
        let sha256 = submission.sha256
        let rows = prepared.rows
        if let existing = try await self.storedDocument(sha256: sha256, on: connection) { return .unchanged(existing) }
        let inserted = try await self.rows(
            """
            INSERT INTO original (sha256, size, bytes, source_name, received_at)
            VALUES (\(sha256), \(submission.bytes.count), \(ByteBuffer(bytes: submission.bytes)), \(submission.sourceName?.withoutNUL),
                \(submission.receivedAt))
            ON CONFLICT (sha256) DO NOTHING
            RETURNING id
            """, on: connection)
        guard let documentID = try inserted.first?.get("id", as: Int.self) else {
            // Another writer stored the same bytes and committed while we waited for the key.
            guard let existing = try await self.storedDocument(sha256: sha256, on: connection) else { throw Retry() }
            return .unchanged(existing)
        }
        switch submission.reading {
        case .failed(let error):
            try await self.insertFailed(documentID: documentID, error: error, parserVersion: submission.parserVersion, on: connection)
            return .failed(sha256: sha256, error: error)
        case .parsed(let document):
            guard let rows else { throw StoreError.corrupt(reason: "no rows for a parsed document") }
            // The newest version read without error is current: its vectors are made as its rows are inserted.
            let meetingID = try await self.insertParsed(
                documentID: documentID, rows: rows, parserVersion: submission.parserVersion, indexed: true, on: connection)
            try await self.updateCurrent(meetingID: meetingID, indexed: documentID, on: connection)
            // A new version of a withdrawn meeting is a new publication of it.
            try await self.rows(
                "UPDATE meeting SET withdrawn_at = NULL WHERE id = \(meetingID) AND withdrawn_at IS NOT NULL", on: connection)
            let version = try await self.rows(
                "SELECT count(*) AS n FROM document WHERE meeting_id = \(meetingID) AND id <= \(documentID)", on: connection
            ).first?.get("n", as: Int.self) ?? 1
            return .new(StoredVersion(sha256: sha256, meeting: MeetingIdentity(document.meeting), version: version))
        }
    }

    public func replaceReading(sha256: String, with reading: Reading, parserVersion: String) async throws(StoreError) -> ReindexOutcome {
        let rows: ModelRows?
        if case .parsed(let document) = reading {
            guard document.source.sha256 == sha256 else {
                throw .invalidSubmission(reason: "the reading is of other bytes (\(document.source.sha256), not \(sha256))")
            }
            rows = try ModelRows(document)
        } else {
            rows = nil
        }
        let select: PostgresQuery = """
            SELECT d.id, d.meeting_id, d.contract, d.error, m.body, m.committee, m.date, m.kind
            FROM original o JOIN document d ON d.id = o.id LEFT JOIN meeting m ON m.id = d.meeting_id
            WHERE o.sha256 = \(sha256)
            """
        return try await transaction { connection in
            guard let before = try await self.rows(select, on: connection).first else { throw StoreError.notFound(sha256: sha256) }
            // Lock the meeting the document was a version of and the one it will be; then look again.
            var identities = [MeetingIdentity]()
            if try before.get("meeting_id", as: Int?.self) != nil { identities.append(try Self.identity(row: before)) }
            if let rows { identities.append(rows.identity) }
            try await self.lock(meetings: identities, on: connection)
            guard let row = try await self.rows(select, on: connection).first else { throw StoreError.notFound(sha256: sha256) }
            let oldMeetingID = try row.get("meeting_id", as: Int?.self)
            if oldMeetingID != (try before.get("meeting_id", as: Int?.self)) { throw Retry() }
            let documentID = try row.get("id", as: Int.self)
            let oldContract = try row.get("contract", as: String?.self)
            let oldError = try row.get("error", as: String?.self)
            if oldError == nil, let rows, oldContract == rows.contract {
                // The same reading: only the reader's version changes.
                try await self.rows("UPDATE document SET parser_version = \(parserVersion) WHERE id = \(documentID)", on: connection)
                return .unchanged
            }
            // Take the old reading out of the index before its rows go.
            try await self.unindex(documentID: documentID, on: connection)
            try await self.rows("DELETE FROM document WHERE id = \(documentID)", on: connection)
            switch reading {
            case .failed(let error):
                try await self.insertFailed(documentID: documentID, error: error, parserVersion: parserVersion, on: connection)
                if let oldMeetingID { try await self.updateCurrent(meetingID: oldMeetingID, on: connection) }
                return .failed(error: error)
            case .parsed:
                guard let rows else { throw StoreError.corrupt(reason: "no rows for a parsed document") }
                let meetingID = try await self.insertParsed(documentID: documentID, rows: rows, parserVersion: parserVersion, on: connection)
                if let oldMeetingID, oldMeetingID != meetingID { try await self.updateCurrent(meetingID: oldMeetingID, on: connection) }
                try await self.updateCurrent(meetingID: meetingID, on: connection)
                return .changed
            }
        }
    }

    // MARK: - Rows

    /// Takes transaction-scoped advisory locks on meetings (in one order, so two writers cannot deadlock).
    func lock(meetings: [MeetingIdentity], on connection: PostgresConnection) async throws {
        let keys = Set(meetings.map { [$0.body, $0.committee, $0.dateText, $0.kind.rawValue].joined(separator: "\u{1F}").withoutNUL }).sorted()
        for key in keys {
            try await rows("SELECT pg_advisory_xact_lock(hashtextextended(\(key), 1))", on: connection)
        }
    }

    func insertFailed(documentID: Int, error: String, parserVersion: String, on connection: PostgresConnection) async throws {
        try await rows(
            "INSERT INTO document (id, status, error, parser_version) VALUES (\(documentID), 'failed', \(error.withoutNUL), \(parserVersion))",
            on: connection)
    }

    /// Stores the meeting identity (once) and the whole parsed model under `documentID`; returns the meeting's id.
    /// With `indexed`, the items' and sections' search vectors are filled as they are inserted (one write per
    /// row instead of an insert and then an update); the caller must then make the document current.
    func insertParsed(
        documentID: Int, rows model: ModelRows, parserVersion: String, indexed: Bool = false, on connection: PostgresConnection
    ) async throws -> Int {
        let identity = model.identity
        let body = identity.body.withoutNUL, committee = identity.committee.withoutNUL
        try await rows(
            """
            INSERT INTO meeting (body, committee, date, kind) VALUES (\(body), \(committee), \(identity.dateText), \(identity.kind.rawValue))
            ON CONFLICT (body, committee, date, kind) DO NOTHING
            """, on: connection)
        guard let meetingID = try await rows(
            """
            SELECT id FROM meeting WHERE body = \(body) AND committee = \(committee) AND date = \(identity.dateText)
                AND kind = \(identity.kind.rawValue)
            """, on: connection
        ).first?.get("id", as: Int.self)
        else { throw StoreError.corrupt(reason: "the meeting row just written is missing") }

        try await rows(
            """
            INSERT INTO document (id, meeting_id, status, parser_version, format, encoding, warnings, contract, term, start_time, location)
            VALUES (\(documentID), \(meetingID), 'ok', \(parserVersion), \(model.format), \(model.encoding), \(model.warnings)::jsonb,
                \(model.contract), \(model.term), \(model.startTime), \(model.location))
            """, on: connection)
        try await rows(
            """
            INSERT INTO participant (document_id, position, name, party, absent)
            SELECT \(documentID), x.position, x.name, x.party, x.absent
            FROM jsonb_to_recordset(\(model.participants)::jsonb) AS x(position int, name text, party text, absent boolean)
            """, on: connection)
        try await rows(
            """
            INSERT INTO item (document_id, position, number, title, is_public, case_number, outcome, decision, proposal_by,
                proposal_points, absent, disqualified, votes, stems, words)
            SELECT \(documentID), x.position, x.number, x.title, x.is_public, x.case_number, x.outcome, x.decision, x.proposal_by,
                x.proposal_points, x.absent, x.disqualified, x.votes,
                CASE WHEN \(indexed) THEN protokol_item_stems(x.title, x.body) END,
                CASE WHEN \(indexed) THEN protokol_item_words(x.title, x.body) END
            FROM jsonb_to_recordset(\(model.items)::jsonb) AS x(position int, number int, title text, is_public boolean,
                case_number text, outcome text, decision text, proposal_by text, proposal_points jsonb, absent jsonb,
                disqualified jsonb, votes jsonb, body text)
            ORDER BY x.position
            """, on: connection)
        try await rows(
            """
            INSERT INTO section (item_id, position, heading, kind, text, stems, words)
            SELECT i.id, x.position, x.heading, x.kind, x.text,
                CASE WHEN \(indexed) THEN protokol_stems(x.text) END, CASE WHEN \(indexed) THEN protokol_words(x.text) END
            FROM jsonb_to_recordset(\(model.sections)::jsonb) AS x(item int, position int, heading text, kind text, text text)
            JOIN item i ON i.document_id = \(documentID) AND i.position = x.item
            ORDER BY x.item, x.position
            """, on: connection)
        try await rows(
            """
            INSERT INTO history (item_id, position, date, body, text)
            SELECT i.id, x.position, x.date, x.body, x.text
            FROM jsonb_to_recordset(\(model.history)::jsonb) AS x(item int, position int, date text, body text, text text)
            JOIN item i ON i.document_id = \(documentID) AND i.position = x.item
            """, on: connection)
        try await rows(
            """
            INSERT INTO attachment (item_id, position, title)
            SELECT i.id, x.position, x.title
            FROM jsonb_to_recordset(\(model.attachments)::jsonb) AS x(item int, position int, title text)
            JOIN item i ON i.document_id = \(documentID) AND i.position = x.item
            """, on: connection)
        return meetingID
    }

    /// Makes the newest document read without error the meeting's current version, moves the index to
    /// it, and removes the meeting when no document is left for it.
    /// `indexed` is a document whose vectors ``insertParsed(documentID:rows:parserVersion:indexed:on:)`` filled.
    func updateCurrent(meetingID: Int, indexed: Int? = nil, on connection: PostgresConnection) async throws {
        let old = try await rows("SELECT current_document_id FROM meeting WHERE id = \(meetingID)", on: connection)
            .first?.get("current_document_id", as: Int?.self) ?? nil
        let new = try await rows(
            "SELECT id FROM document WHERE meeting_id = \(meetingID) AND status = 'ok' ORDER BY id DESC LIMIT 1", on: connection
        ).first?.get("id", as: Int.self)
        if let indexed, indexed != new { try await unindex(documentID: indexed, on: connection) }
        if old == new { return }
        if let old { try await unindex(documentID: old, on: connection) }
        guard let new else {
            try await rows("DELETE FROM meeting WHERE id = \(meetingID)", on: connection)
            return
        }
        try await rows("UPDATE meeting SET current_document_id = \(new) WHERE id = \(meetingID)", on: connection)
        if new != indexed { try await index(documentID: new, on: connection) }
    }

    /// Fills the search vectors of a current version's items and sections.
    func index(documentID: Int, on connection: PostgresConnection) async throws {
        try await rows(
            """
            UPDATE item i SET stems = protokol_item_stems(t.title, t.body), words = protokol_item_words(t.title, t.body)
            FROM item_text_source t WHERE t.id = i.id AND i.document_id = \(documentID)
            """, on: connection)
        try await rows(
            """
            UPDATE section s SET stems = protokol_stems(s.text), words = protokol_words(s.text)
            FROM item i WHERE i.id = s.item_id AND i.document_id = \(documentID)
            """, on: connection)
    }

    /// Empties the search vectors of a document that stops being current.
    func unindex(documentID: Int, on connection: PostgresConnection) async throws {
        try await rows("UPDATE item SET stems = NULL, words = NULL WHERE document_id = \(documentID) AND stems IS NOT NULL", on: connection)
        try await rows(
            """
            UPDATE section s SET stems = NULL, words = NULL FROM item i
            WHERE i.id = s.item_id AND i.document_id = \(documentID) AND s.stems IS NOT NULL
            """, on: connection)
    }
}

/// A parsed document as the rows it is stored in: each table's rows as one JSON array, inserted with
/// `jsonb_to_recordset` (one statement per table, whatever the number of items).
struct ModelRows: Sendable {
    var identity: MeetingIdentity
    var contract: String
    var format: String
    var encoding: String
    var warnings: String
    var term: String?
    var startTime: String?
    var location: String?
    var participants: String
    var items: String
    var sections: String
    var history: String
    var attachments: String

    struct ParticipantRow: Encodable {
        var position: Int, name: String, party: String?, absent: Bool
    }

    struct ItemRow: Encodable {
        var position: Int, number: Int, title: String, is_public: Bool, case_number: String?, outcome: String?, decision: String?
        var proposal_by: String?, proposal_points: [String]?, absent: [String], disqualified: [String], votes: [Vote]
        /// The sections' text as `item_text_source` joins it (nil without sections), for the search vectors.
        var body: String?
    }

    struct SectionRow: Encodable {
        var item: Int, position: Int, heading: String, kind: String, text: String
    }

    struct HistoryRow: Encodable {
        var item: Int, position: Int, date: String, body: String, text: String
    }

    struct AttachmentRow: Encodable {
        var item: Int, position: Int, title: String
    }

    init(_ document: ParsedDocument) throws(StoreError) {
        let meeting = document.meeting
        identity = MeetingIdentity(meeting)
        do {
            let sorted = JSONEncoder()
            sorted.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            contract = String(decoding: try sorted.encode(document), as: UTF8.self)
            let plain = JSONEncoder()
            func json(_ value: some Encodable) throws -> String {
                String(decoding: try plain.encode(value), as: UTF8.self).replacingOccurrences(of: "\\u0000", with: "")
            }
            format = document.source.format.rawValue
            encoding = document.source.encoding.rawValue
            warnings = try json(document.warnings.map(\.description))
            term = meeting.term?.withoutNUL
            startTime = meeting.startTime?.description
            location = meeting.location?.withoutNUL
            participants = try json(meeting.participants.enumerated().map { position, p in
                ParticipantRow(position: position, name: p.name, party: p.party, absent: p.absent)
            })
            items = try json(meeting.items.enumerated().map { position, i in
                ItemRow(
                    position: position, number: i.number, title: i.title, is_public: i.isPublic, case_number: i.caseNumber,
                    outcome: i.decision?.outcome.rawValue, decision: i.decision?.text, proposal_by: i.proposal?.by,
                    proposal_points: i.proposal?.points, absent: i.absent, disqualified: i.disqualified, votes: i.votes,
                    body: i.sections.isEmpty ? nil : i.sections.map(\.text).joined(separator: "\n\n"))
            })
            var sections = [SectionRow](), history = [HistoryRow](), attachments = [AttachmentRow]()
            for (item, i) in meeting.items.enumerated() {
                for (position, s) in i.sections.enumerated() {
                    sections.append(SectionRow(item: item, position: position, heading: s.heading, kind: s.kind.rawValue, text: s.text))
                }
                for (position, h) in i.history.enumerated() {
                    history.append(HistoryRow(item: item, position: position, date: h.date.description, body: h.body, text: h.text))
                }
                for (position, title) in i.attachments.enumerated() {
                    attachments.append(AttachmentRow(item: item, position: position, title: title))
                }
            }
            self.sections = try json(sections)
            self.history = try json(history)
            self.attachments = try json(attachments)
        } catch {
            throw .invalidSubmission(reason: "the reading cannot be encoded: \(error)")
        }
    }
}
