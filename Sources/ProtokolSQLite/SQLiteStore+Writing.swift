import Foundation
import GRDB
import ProtokolModel
import ProtokolStore

extension SQLiteStore {
    public func store(_ submission: Submission) async throws(StoreError) -> ImportOutcome {
        let prepared = try Self.prepare(submission)
        return try await write { db in try Self.insert(db, prepared) }
    }

    /// The whole batch in one transaction: one commit, and one flush of the full-text tables, instead of
    /// one per document (most of an import's cost for small documents).
    public func store(batch submissions: [Submission]) async throws(StoreError) -> [ImportOutcome] {
        let batch = try await Self.prepare(batch: submissions)
        guard !batch.isEmpty else { return [] }
        return try await write { db in try batch.map { try Self.insert(db, $0) } }
    }

    /// The submissions prepared on every core (their contract JSON is a large part of an import's work), in
    /// order; the first one that fails (in order) is the error.
    static func prepare(batch submissions: [Submission]) async throws(StoreError) -> [PreparedSubmission] {
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, submissions.count)
        var results = [Result<PreparedSubmission, StoreError>?](repeating: nil, count: submissions.count)
        if workers < 2 {
            for (index, submission) in submissions.enumerated() { results[index] = Result { () throws(StoreError) in try prepare(submission) } }
        } else {
            let parts = await withTaskGroup(of: [(Int, Result<PreparedSubmission, StoreError>)].self) { group in
                for worker in 0..<workers {
                    group.addTask {
                        var part = [(Int, Result<PreparedSubmission, StoreError>)]()
                        for index in stride(from: worker, to: submissions.count, by: workers) {
                            part.append((index, Result { () throws(StoreError) in try prepare(submissions[index]) }))
                        }
                        return part
                    }
                }
                var all = [[(Int, Result<PreparedSubmission, StoreError>)]]()
                for await part in group { all.append(part) }
                return all
            }
            for part in parts { for (index, result) in part { results[index] = result } }
        }
        var prepared = [PreparedSubmission]()
        prepared.reserveCapacity(submissions.count)
        for result in results {
            guard let result else { throw .database(reason: "a submission was not prepared") }
            prepared.append(try result.get())
        }
        return prepared
    }

    /// A submission checked, with its contract JSON made outside the write transaction.
    struct PreparedSubmission: Sendable {
        var submission: Submission
        var contract: String?
    }

    static func prepare(_ submission: Submission) throws(StoreError) -> PreparedSubmission {
        let sha256 = submission.sha256
        guard sha256.count == 64, sha256.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else {
            throw .invalidSubmission(reason: "not a lower-case hex SHA-256: \(sha256)")
        }
        if case .parsed(let document) = submission.reading, document.source.sha256 != sha256 {
            throw .invalidSubmission(reason: "the reading is of other bytes (\(document.source.sha256), not \(sha256))")
        }
        if case .parsed(let document) = submission.reading { return PreparedSubmission(submission: submission, contract: try contractJSON(document)) }
        return PreparedSubmission(submission: submission, contract: nil)
    }

    /// Stores one prepared submission inside the caller's write transaction.
    static func insert(_ db: Database, _ prepared: PreparedSubmission) throws -> ImportOutcome {
        let submission = prepared.submission
        let sha256 = submission.sha256
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM original WHERE sha256 = ?"), arguments: [sha256]) != nil,
            let existing = try storedDocument(db, sha256: sha256)
        {
            return .unchanged(existing)
        }
        try db.cachedStatement(sql: "INSERT INTO original (sha256, size, bytes, sourceName, receivedAt) VALUES (?, ?, ?, ?, ?)").execute(
            arguments: [sha256, submission.bytes.count, Data(submission.bytes), submission.sourceName, submission.receivedAt])
        let documentID = db.lastInsertedRowID
        switch submission.reading {
        case .failed(let error):
            try insertFailed(db, documentID: documentID, error: error, parserVersion: submission.parserVersion)
            return .failed(sha256: sha256, error: error)
        case .parsed(let document):
            let meetingID = try insertParsed(
                db, documentID: documentID, document: document, contract: prepared.contract ?? "", parserVersion: submission.parserVersion)
            try updateCurrent(db, meetingID: meetingID)
            // A new version of a withdrawn meeting is a new publication of it.
            try db.execute(sql: "UPDATE meeting SET withdrawnAt = NULL WHERE id = ? AND withdrawnAt IS NOT NULL", arguments: [meetingID])
            let version = try Int.fetchOne(
                db.cachedStatement(sql: "SELECT count(*) FROM document WHERE meetingID = ? AND id <= ?"), arguments: [meetingID, documentID]) ?? 1
            return .new(StoredVersion(sha256: sha256, meeting: MeetingIdentity(document.meeting), version: version))
        }
    }

    public func replaceReading(sha256: String, with reading: Reading, parserVersion: String) async throws(StoreError) -> ReindexOutcome {
        let contract: String?
        if case .parsed(let document) = reading {
            guard document.source.sha256 == sha256 else {
                throw .invalidSubmission(reason: "the reading is of other bytes (\(document.source.sha256), not \(sha256))")
            }
            contract = try Self.contractJSON(document)
        } else {
            contract = nil
        }
        return try await write { db in
            guard let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT d.id, d.meetingID, d.contract, d.error, d.parserVersion FROM original o JOIN document d ON d.id = o.id
                    WHERE o.sha256 = ?
                    """,
                arguments: [sha256])
            else { throw StoreError.notFound(sha256: sha256) }
            let documentID: Int64 = row["id"]
            let oldMeetingID: Int64? = row["meetingID"]
            let oldContract: String? = row["contract"]
            let oldError: String? = row["error"]
            if oldError == nil, let contract, oldContract == contract {
                // The same reading: only the reader's version changes.
                try db.execute(sql: "UPDATE document SET parserVersion = ? WHERE id = ?", arguments: [parserVersion, documentID])
                return .unchanged
            }
            // Take the old reading out of the index before its rows go.
            try Self.unindex(db, documentID: documentID)
            try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [documentID])
            switch reading {
            case .failed(let error):
                try Self.insertFailed(db, documentID: documentID, error: error, parserVersion: parserVersion)
                if let oldMeetingID { try Self.updateCurrent(db, meetingID: oldMeetingID) }
                return .failed(error: error)
            case .parsed(let document):
                let meetingID = try Self.insertParsed(
                    db, documentID: documentID, document: document, contract: contract ?? "", parserVersion: parserVersion)
                if let oldMeetingID, oldMeetingID != meetingID { try Self.updateCurrent(db, meetingID: oldMeetingID) }
                try Self.updateCurrent(db, meetingID: meetingID)
                return .changed
            }
        }
    }

    // MARK: - Rows

    static func contractJSON(_ document: ParsedDocument) throws(StoreError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(document), as: UTF8.self)
        } catch {
            throw .invalidSubmission(reason: "the reading cannot be encoded: \(error)")
        }
    }

    /// A JSON array of strings, written directly: four of these per item, and a JSONEncoder each cost more than the item's row.
    static func json(_ strings: [String]) -> String {
        if strings.isEmpty { return "[]" }
        var out = [UInt8]()
        out.reserveCapacity(strings.reduce(2) { $0 + $1.utf8.count + 3 })
        out.append(UInt8(ascii: "["))
        for (index, string) in strings.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendJSON(string, to: &out)
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func appendJSON(_ string: String, to out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    static func json(_ votes: [Vote]) -> String {
        if votes.isEmpty { return "[]" }
        let data = (try? JSONEncoder().encode(votes)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func insertFailed(_ db: Database, documentID: Int64, error: String, parserVersion: String) throws {
        try db.execute(
            sql: "INSERT INTO document (id, status, error, parserVersion) VALUES (?, 'failed', ?, ?)",
            arguments: [documentID, error, parserVersion])
    }

    /// Stores the meeting identity (once) and the whole parsed model under `documentID`; returns the meeting's id.
    static func insertParsed(_ db: Database, documentID: Int64, document: ParsedDocument, contract: String, parserVersion: String) throws -> Int64 {
        let meeting = document.meeting
        let identity = MeetingIdentity(meeting)
        try db.cachedStatement(
            sql: "INSERT INTO meeting (body, committee, date, kind) VALUES (?, ?, ?, ?) ON CONFLICT (body, committee, date, kind) DO NOTHING"
        ).execute(arguments: [identity.body, identity.committee, identity.dateText, identity.kind.rawValue])
        guard let meetingID = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM meeting WHERE body = ? AND committee = ? AND date = ? AND kind = ?"),
            arguments: [identity.body, identity.committee, identity.dateText, identity.kind.rawValue])
        else { throw StoreError.corrupt(reason: "the meeting row just written is missing") }

        try db.cachedStatement(sql: """
                INSERT INTO document (id, meetingID, status, parserVersion, format, encoding, warnings, contract, term, startTime, location)
                VALUES (?, ?, 'ok', ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [
                documentID, meetingID, parserVersion, document.source.format.rawValue, document.source.encoding.rawValue,
                json(document.warnings.map(\.description)), contract, meeting.term, meeting.startTime?.description, meeting.location,
            ])
        let participant = try db.cachedStatement(
            sql: "INSERT INTO participant (documentID, position, name, party, absent) VALUES (?, ?, ?, ?, ?)")
        for (position, p) in meeting.participants.enumerated() {
            try participant.execute(arguments: [documentID, position, p.name, p.party, p.absent])
        }
        let item = try db.cachedStatement(
            sql: """
                INSERT INTO item (documentID, position, number, title, isPublic, caseNumber, outcome, decision, proposalBy,
                    proposalPoints, absent, disqualified, votes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let section = try db.cachedStatement(sql: "INSERT INTO section (itemID, position, heading, kind, text) VALUES (?, ?, ?, ?, ?)")
        let history = try db.cachedStatement(sql: "INSERT INTO history (itemID, position, date, body, text) VALUES (?, ?, ?, ?, ?)")
        let attachment = try db.cachedStatement(sql: "INSERT INTO attachment (itemID, position, title) VALUES (?, ?, ?)")
        for (position, i) in meeting.items.enumerated() {
            try item.execute(arguments: [
                documentID, position, i.number, i.title, i.isPublic, i.caseNumber, i.decision?.outcome.rawValue, i.decision?.text,
                i.proposal?.by, i.proposal.map { json($0.points) }, json(i.absent), json(i.disqualified), json(i.votes),
            ])
            let itemID = db.lastInsertedRowID
            for (position, s) in i.sections.enumerated() {
                try section.execute(arguments: [itemID, position, s.heading, s.kind.rawValue, s.text])
            }
            for (position, h) in i.history.enumerated() {
                try history.execute(arguments: [itemID, position, h.date.description, h.body, h.text])
            }
            for (position, title) in i.attachments.enumerated() {
                try attachment.execute(arguments: [itemID, position, title])
            }
        }
        return meetingID
    }

    /// Makes the newest document read without error the meeting's current version, moves the
    /// full-text rows to it, and removes the meeting when no document is left for it.
    static func updateCurrent(_ db: Database, meetingID: Int64) throws {
        let old = try Int64?.fetchOne(db.cachedStatement(sql: "SELECT currentDocumentID FROM meeting WHERE id = ?"), arguments: [meetingID]) ?? nil
        let new = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM document WHERE meetingID = ? AND status = 'ok' ORDER BY id DESC LIMIT 1"), arguments: [meetingID])
        if old == new { return }
        if let old { try unindex(db, documentID: old) }
        guard let new else {
            try db.cachedStatement(sql: "DELETE FROM meeting WHERE id = ?").execute(arguments: [meetingID])
            return
        }
        try db.cachedStatement(sql: "UPDATE meeting SET currentDocumentID = ? WHERE id = ?").execute(arguments: [new, meetingID])
        try index(db, documentID: new)
    }

    /// Adds a current version's items and sections to the full-text tables.
    static func index(_ db: Database, documentID: Int64) throws {
        try db.cachedStatement(sql: """
                INSERT INTO itemText (rowid, title, body)
                SELECT id, title, body FROM itemTextSource WHERE id IN (SELECT id FROM item WHERE documentID = ?)
                """).execute(arguments: [documentID])
        try db.cachedStatement(sql: """
                INSERT INTO sectionText (rowid, text)
                SELECT id, text FROM sectionTextSource
                WHERE id IN (SELECT s.id FROM section s JOIN item i ON i.id = s.itemID WHERE i.documentID = ?)
                """).execute(arguments: [documentID])
    }

    /// Removes a document's items and sections from the full-text tables while it is still the current
    /// version (only current versions are indexed; for any other document this does nothing). The
    /// tables index external content, and FTS5 needs the very values it indexed to remove them.
    static func unindex(_ db: Database, documentID: Int64) throws {
        try db.execute(
            sql: """
                INSERT INTO itemText (itemText, rowid, title, body)
                SELECT 'delete', id, title, body FROM itemTextSource WHERE id IN (SELECT id FROM item WHERE documentID = ?)
                """,
            arguments: [documentID])
        try db.execute(
            sql: """
                INSERT INTO sectionText (sectionText, rowid, text)
                SELECT 'delete', id, text FROM sectionTextSource
                WHERE id IN (SELECT s.id FROM section s JOIN item i ON i.id = s.itemID WHERE i.documentID = ?)
                """,
            arguments: [documentID])
    }
}
