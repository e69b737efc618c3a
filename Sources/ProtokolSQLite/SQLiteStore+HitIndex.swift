import Foundation
import GRDB
import GRDBSQLite
import ProtokolModel
import ProtokolStore
import Synchronization

/// What a search needs to know of every full-text row to filter it, count it in the facets and order
/// it: each item's meeting (body, committee, date), outcome and openness, and each section's item and
/// kind, in arrays indexed by row id.
///
/// With it, a search reads only the full-text index (row ids and bm25) and looks each hit up in memory,
/// instead of joining `item` and `meeting` for every hit (about 5 µs a hit, most of a search's time for
/// common words). The arrays are loaded on the first search, then brought up to date at the start of
/// each search, inside its read transaction: rows are only added (ids grow) unless the
/// `searchGeneration` counter moved (triggers count deletions and changes of these columns), and then
/// everything is loaded again.
final class HitIndex: Sendable {
    private let latest = Mutex<Snapshot?>(nil)

    init() {}

    /// The arrays as of one database state.
    struct Snapshot: Sendable {
        var generation: Int64 = -1
        var maxMeeting: Int64 = 0
        var maxItem: Int64 = 0
        var maxSection: Int64 = 0
        /// Interned (body, committee) pairs.
        var committees: [CommitteeRef] = []
        var committeeIDs: [CommitteeRef: Int32] = [:]
        /// Interned (committee, year) pairs: the facet key of a meeting, without the outcome.
        var facetKeys: [(committee: Int32, year: String)] = []
        var facetKeyIDs: [FacetKey: Int32] = [:]
        /// By meeting id; `committee` -1 for ids with no meeting.
        var meetings: [MeetingEntry] = []
        /// By item id; `meeting` -1 for ids with no item (or an item of a failed reading).
        var items: [ItemEntry] = []
        /// By section id; `item` -1 for ids with no section.
        var sections: [SectionEntry] = []
        /// Each item's and section's size in tokens as the full-text index counts it (`protokol_bm25`), by id; -1 when
        /// not indexed when loaded.
        var itemSizes: [Int32] = []
        var sectionSizes: [Int32] = []

        struct FacetKey: Hashable {
            var committee: Int32
            var year: String
        }
    }

    struct MeetingEntry: Sendable {
        var committee: Int32
        var facetKey: Int32
        /// yyyymmdd, 0 without a date (ISO dates compare as their text does).
        var date: Int32
    }

    struct ItemEntry: Sendable {
        var meeting: Int32
        /// Index in ``outcomes`` + 1; 0 for none.
        var outcome: UInt8
        var isPublic: Bool
    }

    struct SectionEntry: Sendable {
        var item: Int32
        /// Index in ``kinds``.
        var kind: UInt8
    }

    static let outcomes = Outcome.allCases.map(\.rawValue)
    static let kinds = SectionKind.allCases.map(\.rawValue)

    /// The snapshot for the database state `db` reads, loading what is new since the last one.
    /// `sections` loads the section arrays too (only section-level searches need them).
    func snapshot(_ db: Database, sections: Bool) throws -> Snapshot {
        let row = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT (SELECT value FROM searchGeneration) AS generation, (SELECT max(id) FROM meeting) AS meeting,
                        (SELECT max(id) FROM item) AS item, (SELECT max(id) FROM section) AS section
                    """))
        let generation: Int64 = row?["generation"] ?? 0
        let maxMeeting: Int64 = row?["meeting"] ?? 0
        let maxItem: Int64 = row?["item"] ?? 0
        let maxSection: Int64 = row?["section"] ?? 0
        var snapshot = latest.withLock { $0 } ?? Snapshot()
        if snapshot.generation != generation || snapshot.maxMeeting > maxMeeting || snapshot.maxItem > maxItem {
            // Rows were deleted or changed (or this transaction is older than the snapshot): start again.
            snapshot = Snapshot()
            snapshot.generation = generation
        }
        let upToDate = snapshot.maxMeeting == maxMeeting && snapshot.maxItem == maxItem
            && (!sections || (snapshot.maxSection == maxSection && !snapshot.sections.isEmpty) || maxSection == 0)
        if upToDate { return snapshot }
        try Self.loadMeetings(db, into: &snapshot, upTo: maxMeeting)
        try Self.loadItems(db, into: &snapshot, upTo: maxItem)
        if sections || !snapshot.sections.isEmpty { try Self.loadSections(db, into: &snapshot, upTo: maxSection) }
        let made = snapshot
        latest.withLock { current in
            // Keep the newer of two snapshots made by searches at the same time.
            if let current, current.generation == made.generation, current.maxItem > made.maxItem { return }
            current = made
        }
        return snapshot
    }

    private static func loadMeetings(_ db: Database, into snapshot: inout Snapshot, upTo maxID: Int64) throws {
        guard maxID > snapshot.maxMeeting else { return }
        let count = Int(maxID) + 1
        snapshot.meetings.reserveCapacity(count)
        while snapshot.meetings.count < count { snapshot.meetings.append(MeetingEntry(committee: -1, facetKey: -1, date: 0)) }
        let rows = try Row.fetchCursor(
            db, sql: "SELECT id, body, committee, date, withdrawnAt IS NOT NULL FROM meeting WHERE id > ? AND id <= ?",
            arguments: [snapshot.maxMeeting, maxID])
        while let row = try rows.next() {
            let id: Int64 = row[0]
            // A withdrawn meeting's items are found by no search: its entry stays without a committee.
            let withdrawn: Bool = row[4]
            if withdrawn { continue }
            let ref = CommitteeRef(body: row[1], committee: row[2])
            let date: String = row[3]
            let committee = snapshot.committeeIDs[ref] ?? {
                let id = Int32(snapshot.committees.count)
                snapshot.committees.append(ref)
                snapshot.committeeIDs[ref] = id
                return id
            }()
            let key = Snapshot.FacetKey(committee: committee, year: String(date.prefix(4)))
            let facetKey = snapshot.facetKeyIDs[key] ?? {
                let id = Int32(snapshot.facetKeys.count)
                snapshot.facetKeys.append((key.committee, key.year))
                snapshot.facetKeyIDs[key] = id
                return id
            }()
            snapshot.meetings[Int(id)] = MeetingEntry(committee: committee, facetKey: facetKey, date: dateKey(date))
        }
        snapshot.maxMeeting = maxID
    }

    private static func loadItems(_ db: Database, into snapshot: inout Snapshot, upTo maxID: Int64) throws {
        guard maxID > snapshot.maxItem else { return }
        let count = Int(maxID) + 1
        snapshot.items.reserveCapacity(count)
        snapshot.items.append(contentsOf: repeatElement(ItemEntry(meeting: -1, outcome: 0, isPublic: false), count: count - snapshot.items.count))
        let statement = try db.makeStatement(
            sql: "SELECT i.id, d.meetingID, i.outcome, i.isPublic FROM item i JOIN document d ON d.id = i.documentID WHERE i.id > ? AND i.id <= ?")
        try statement.setArguments([snapshot.maxItem, maxID])
        var outcomeIndex = [String: UInt8]()
        for (index, outcome) in outcomes.enumerated() { outcomeIndex[outcome] = UInt8(index + 1) }
        try step(statement, db) { raw in
            let id = Int(sqlite3_column_int64(raw, 0))
            guard sqlite3_column_type(raw, 1) != SQLITE_NULL else { return }
            var outcome: UInt8 = 0
            if let text = sqlite3_column_text(raw, 2) { outcome = outcomeIndex[String(cString: text)] ?? 0 }
            snapshot.items[id] = ItemEntry(meeting: Int32(sqlite3_column_int64(raw, 1)), outcome: outcome, isPublic: sqlite3_column_int(raw, 3) != 0)
        }
        try loadSizes(db, table: "itemText_docsize", into: &snapshot.itemSizes, after: snapshot.maxItem, upTo: maxID)
        snapshot.maxItem = maxID
    }

    private static func loadSections(_ db: Database, into snapshot: inout Snapshot, upTo maxID: Int64) throws {
        guard maxID > snapshot.maxSection else { return }
        let count = Int(maxID) + 1
        snapshot.sections.reserveCapacity(count)
        snapshot.sections.append(contentsOf: repeatElement(SectionEntry(item: -1, kind: 0), count: count - snapshot.sections.count))
        var kindIndex = [String: UInt8]()
        for (index, kind) in kinds.enumerated() { kindIndex[kind] = UInt8(index) }
        let statement = try db.makeStatement(sql: "SELECT id, itemID, kind FROM section WHERE id > ? AND id <= ?")
        try statement.setArguments([snapshot.maxSection, maxID])
        try step(statement, db) { raw in
            let id = Int(sqlite3_column_int64(raw, 0))
            var kind: UInt8 = 0
            if let text = sqlite3_column_text(raw, 2) { kind = kindIndex[String(cString: text)] ?? 0 }
            snapshot.sections[id] = SectionEntry(item: Int32(sqlite3_column_int64(raw, 1)), kind: kind)
        }
        try loadSizes(db, table: "sectionText_docsize", into: &snapshot.sectionSizes, after: snapshot.maxSection, upTo: maxID)
        snapshot.maxSection = maxID
    }

    /// The rows' sizes in tokens from an FTS5 `docsize` table (each column's count as a varint), summed over the columns.
    private static func loadSizes(_ db: Database, table: String, into sizes: inout [Int32], after minID: Int64, upTo maxID: Int64) throws {
        let count = Int(maxID) + 1
        if sizes.count < count {
            sizes.reserveCapacity(count)
            sizes.append(contentsOf: repeatElement(-1, count: count - sizes.count))
        }
        let statement = try db.makeStatement(sql: "SELECT id, sz FROM \(table) WHERE id > ? AND id <= ?")
        try statement.setArguments([minID, maxID])
        try step(statement, db) { raw in
            let id = Int(sqlite3_column_int64(raw, 0))
            guard id >= 0, id < sizes.count, let blob = sqlite3_column_blob(raw, 1) else { return }
            let bytes = UnsafeRawBufferPointer(start: blob, count: Int(sqlite3_column_bytes(raw, 1)))
            var total: Int64 = 0
            var value: Int64 = 0
            for byte in bytes {
                value = (value << 7) | Int64(byte & 0x7F)
                if byte & 0x80 == 0 {
                    total += value
                    value = 0
                }
            }
            sizes[id] = Int32(clamping: total)
        }
    }

    /// Runs a statement whose arguments are set, handing each row to `row` (SQLite's own statement, no
    /// Row values: this is the per-hit loop of a search).
    static func step(_ statement: Statement, _ db: Database, row: (OpaquePointer) throws -> Void) throws {
        let raw = statement.sqliteStatement
        defer { sqlite3_reset(raw) }
        while true {
            let code = sqlite3_step(raw)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                let message = db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) } ?? "error \(code)"
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
            }
            try row(raw)
        }
    }

    /// yyyymmdd of an ISO date ("2024-03-05"), 0 for anything else (meetings without a date).
    static func dateKey(_ text: String) -> Int32 {
        var value: Int32 = 0
        var digits = 0
        for (index, byte) in text.utf8.enumerated() {
            if index == 4 || index == 7 {
                guard byte == UInt8(ascii: "-") else { return 0 }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), index < 10 else { return 0 }
            value = value * 10 + Int32(byte - UInt8(ascii: "0"))
            digits += 1
        }
        return digits == 8 ? value : 0
    }
}
