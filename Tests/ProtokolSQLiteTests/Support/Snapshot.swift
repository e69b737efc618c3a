import Foundation
import GRDB
import ProtokolModel
import ProtokolStore
import Testing
@testable import ProtokolSQLite

/// What a database holds, for comparing two databases, and checks that no meeting is stored in part.
struct Snapshot: Equatable {
    var documents: [String: ParseStatus]
    /// Meeting → (versions, items in the current version).
    var meetings: [MeetingIdentity: [Int]]
    var itemRows: Int
    var sectionRows: Int
    var historyRows: Int
    var searchRows: Int

    static func of(_ path: String) async throws -> Snapshot {
        let store = try SQLiteStore(path: path)
        var documents = [String: ParseStatus]()
        for document in try await store.documents() { documents[document.sha256] = document.status }
        var meetings = [MeetingIdentity: [Int]]()
        for meeting in try await store.meetings() { meetings[meeting.identity] = [meeting.versions, meeting.items] }
        let rows = try await store.pool.read { db in
            [
                try Int.fetchOne(db, sql: "SELECT count(*) FROM item") ?? -1,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM section") ?? -1,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM history") ?? -1,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM itemText_docsize") ?? -1,
            ]
        }
        return Snapshot(documents: documents, meetings: meetings, itemRows: rows[0], sectionRows: rows[1], historyRows: rows[2], searchRows: rows[3])
    }

    /// Every document read without error has all its items, sections and history rows; every meeting
    /// has a current version; the full-text rows are exactly those of the current versions.
    static func checkComplete(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let store = try SQLiteStore(path: path)
        for document in try await store.documents() where document.status == .ok {
            let parsed = try await store.parsedDocument(sha256: document.sha256)
            let model = try #require(parsed, sourceLocation: sourceLocation)
            let counts = try await store.pool.read { db in
                try Row.fetchOne(
                    db,
                    sql: """
                        SELECT (SELECT count(*) FROM item i WHERE i.documentID = d.id) AS items,
                            (SELECT count(*) FROM section s JOIN item i ON i.id = s.itemID WHERE i.documentID = d.id) AS sections,
                            (SELECT count(*) FROM history h JOIN item i ON i.id = h.itemID WHERE i.documentID = d.id) AS history,
                            (SELECT count(*) FROM participant p WHERE p.documentID = d.id) AS participants
                        FROM original o JOIN document d ON d.id = o.id WHERE o.sha256 = ?
                        """, arguments: [document.sha256]
                ).map { row -> [Int] in [row["items"], row["sections"], row["history"], row["participants"]] }
            }
            let expected = [
                model.meeting.items.count, model.meeting.items.map(\.sections.count).reduce(0, +),
                model.meeting.items.map(\.history.count).reduce(0, +), model.meeting.participants.count,
            ]
            #expect(counts == expected, "items, sections, history, participants of \(document.sha256)", sourceLocation: sourceLocation)
        }
        let problems = try await store.verify()
        #expect(problems.isEmpty, "\(problems)", sourceLocation: sourceLocation)
    }
}
