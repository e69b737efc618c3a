import Foundation
import GRDB
import GRDBSQLite
import ProtokolModel
import ProtokolStore

extension SQLiteStore {
    /// A word search in one pass over the full-text index: each hit's row id and bm25 are read from FTS5,
    /// its item and meeting are looked up in the ``HitIndex`` (memory, not SQL), and the filters, the
    /// access rule, the exact facet counts and the top hits (by bm25, then newest, then id) are all made
    /// in that pass. Only the page of hits is then read with SQL, with its snippets.
    func rankedSearch(_ query: SearchQuery, access: SearchAccess) async throws(StoreError) -> SearchResults {
        let level = query.effectiveLevel
        let expression = try query.expression()
        let match = expression.fts5Query
        let hitIndex = self.hitIndex
        // bm25 as FTS5 computes it (the SQL search uses `bm25(itemText, 4.0, 1.0)`), with the rows' sizes from memory.
        let scanSQL = level == .item
            ? "SELECT rowid, \(RankFunction.name)(itemText, ?2) FROM itemText WHERE itemText MATCH ?1"
            : "SELECT rowid, \(RankFunction.name)(sectionText, ?2) FROM sectionText WHERE sectionText MATCH ?1"
        let weights: [Double] = level == .item ? [4.0, 1.0] : []
        do {
            return try await pool.read { db in
                let snapshot = try hitIndex.snapshot(db, sections: level == .section)
                let scan = try db.cachedStatement(sql: scanSQL)
                var counter = HitCounter(snapshot: snapshot, query: query, access: access)
                var best = BestHits(count: max(0, query.offset) + max(0, query.limit))
                let sizes = level == .item ? snapshot.itemSizes : snapshot.sectionSizes
                try sizes.withUnsafeBufferPointer { sizes in
                    var state = RankFunction.State(weights: weights, sizes: sizes)
                    try withUnsafeMutablePointer(to: &state) { state in
                        let raw = scan.sqliteStatement
                        // The match, then the state (a pointer, which GRDB's arguments cannot carry).
                        scan.setUncheckedArguments([match])
                        let code = RankFunction.bind(state, to: raw, at: 2)
                        // The pointer is only valid in here.
                        defer { sqlite3_clear_bindings(raw) }
                        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot bind the search") }
                        // A one-phrase query's hits wait for its IDF (the number of rows scanned): their frequency and size.
                        var waiting = [(frequency: Double, size: Int32, hit: BestHits.Hit)]()
                        var scanned: Int64 = 0
                        try HitIndex.step(scan, db) { raw in
                            scanned += 1
                            let id = sqlite3_column_int64(raw, 0)
                            let hit: BestHits.Hit
                            if level == .item {
                                guard let date = counter.count(item: id) else { return }
                                hit = BestHits.Hit(rank: 0, date: date, item: id, section: 0)
                            } else {
                                guard let (item, date) = counter.count(section: id) else { return }
                                hit = BestHits.Hit(rank: 0, date: date, item: item, section: id)
                            }
                            let value = sqlite3_column_double(raw, 1)
                            if state.pointee.deferred {
                                waiting.append((value, state.pointee.lastSize, hit))
                            } else {
                                best.offer(BestHits.Hit(rank: value, date: hit.date, item: hit.item, section: hit.section))
                            }
                        }
                        let idf = RankFunction.idf(rows: state.pointee.rows, hits: scanned)
                        let averageSize = state.pointee.averageSize
                        for entry in waiting {
                            var hit = entry.hit
                            hit.rank = RankFunction.score(idf: idf, frequency: entry.frequency, size: entry.size, averageSize: averageSize)
                            best.offer(hit)
                        }
                    }
                }
                let page = Array(best.hits.dropFirst(max(0, query.offset)))
                let snippets = try Self.snippets(page, level: level, match: match, highlight: query.highlight, db)
                let hits = try page.map { try Self.pageHit($0, level: level, snippet: snippets[level == .item ? $0.item : $0.section] ?? "", db) }
                return SearchResults(
                    query: query.text, level: level, match: query.match, total: counter.total, hits: hits,
                    facets: counter.facets(snapshot))
            }
        } catch let error as DatabaseError where (error.message ?? "").contains("fts5") {
            throw .malformedQuery(query: query.text, reason: error.message ?? "syntax error")
        } catch {
            throw Self.storeError(error)
        }
    }

    /// The snippets of the page's hits, by row id, from one full-text query: FTS5 evaluates the query once
    /// (for a prefix that means merging every word with the prefix once, not once per hit).
    private static func snippets(_ page: [BestHits.Hit], level: SearchLevel, match: String, highlight: Highlight, _ db: Database) throws
        -> [Int64: String]
    {
        let ids = page.map { level == .item ? $0.item : $0.section }
        guard let low = ids.min(), let high = ids.max() else { return [:] }
        // `+rowid IN (…)` is a filter on the rows FTS5 gives, not a lookup per id (each lookup would evaluate the query again).
        let list = ids.map(String.init).joined(separator: ",")
        let sql = level == .item
            ? "SELECT rowid, snippet(itemText, -1, ?, ?, '…', 16) FROM itemText WHERE itemText MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (\(list))"
            : "SELECT rowid, snippet(sectionText, 0, ?, ?, '…', 16) FROM sectionText WHERE sectionText MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (\(list))"
        var snippets = [Int64: String]()
        let rows = try Row.fetchCursor(db, sql: sql, arguments: [highlight.open, highlight.close, match, low, high])
        while let row = try rows.next() { snippets[row[0]] = row[1] }
        return snippets
    }

    /// One hit of the page, read in full.
    private static func pageHit(_ hit: BestHits.Hit, level: SearchLevel, snippet: String, _ db: Database) throws -> SearchHit {
        let sql = level == .item
            ? """
            SELECT m.body, m.committee, m.date, m.kind, o.sha256, i.number, i.title, i.caseNumber, i.outcome, i.isPublic,
                NULL AS sectionKind, NULL AS sectionHeading
            FROM item i JOIN meeting m ON m.currentDocumentID = i.documentID JOIN original o ON o.id = i.documentID
            WHERE i.id = ?
            """
            : """
            SELECT m.body, m.committee, m.date, m.kind, o.sha256, i.number, i.title, i.caseNumber, i.outcome, i.isPublic,
                s.kind AS sectionKind, s.heading AS sectionHeading
            FROM section s JOIN item i ON i.id = s.itemID
            JOIN meeting m ON m.currentDocumentID = i.documentID JOIN original o ON o.id = i.documentID
            WHERE s.id = ?
            """
        guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [level == .item ? hit.item : hit.section])
        else { throw StoreError.corrupt(reason: "hit \(hit.item) is in the search index but not in the current versions") }
        let outcome: String? = row["outcome"]
        let kind: String? = row["sectionKind"]
        return SearchHit(
            meeting: try identity(row: row), sha256: row["sha256"], itemNumber: row["number"], itemTitle: row["title"],
            caseNumber: row["caseNumber"], outcome: outcome.flatMap(Outcome.init(rawValue:)), isPublic: row["isPublic"],
            sectionKind: kind.flatMap(SectionKind.init(rawValue:)), sectionHeading: row["sectionHeading"],
            snippet: snippet, score: -hit.rank)
    }
}

/// The filters and the access rule as lookups by interned id, and the facet counts of the hits that pass.
struct HitCounter {
    let snapshot: HitIndex.Snapshot
    /// By committee id: passes the body and committee filters.
    private var committeePasses: [Bool]
    /// By committee id: closed items are visible.
    private var committeeOpen: [Bool]
    private let from: Int32
    private let to: Int32
    private let outcome: UInt8?
    private let kind: UInt8?
    /// By facet key × (outcome index + 1).
    private var counts: [Int]
    private let outcomeSlots = HitIndex.outcomes.count + 1
    private(set) var total = 0

    init(snapshot: HitIndex.Snapshot, query: SearchQuery, access: SearchAccess) {
        self.snapshot = snapshot
        let filters = query.filters
        committeePasses = snapshot.committees.map { ref in
            (filters.body.map { $0 == ref.body } ?? true) && (filters.committee.map { $0 == ref.committee } ?? true)
        }
        let members = access.committees
        committeeOpen = snapshot.committees.map { members.contains($0) }
        from = filters.from.map { HitIndex.dateKey($0.description) } ?? 0
        // A `to` bound leaves out meetings without a date (as `m.date <> ''` does).
        to = filters.to.map { HitIndex.dateKey($0.description) } ?? 0
        outcome = filters.outcome.flatMap { HitIndex.outcomes.firstIndex(of: $0.rawValue) }.map { UInt8($0 + 1) }
        kind = filters.sectionKind.flatMap { HitIndex.kinds.firstIndex(of: $0.rawValue) }.map { UInt8($0) }
        counts = Array(repeating: 0, count: snapshot.facetKeys.count * outcomeSlots)
        hasTo = filters.to != nil
    }

    private let hasTo: Bool

    /// Counts an item hit that passes; returns its meeting's date key for the order, nil when it does not pass.
    mutating func count(item id: Int64) -> Int32? {
        guard id >= 0, id < snapshot.items.count else { return nil }
        let item = snapshot.items[Int(id)]
        guard item.meeting >= 0, Int(item.meeting) < snapshot.meetings.count else { return nil }
        let meeting = snapshot.meetings[Int(item.meeting)]
        guard meeting.committee >= 0 else { return nil }
        let committee = Int(meeting.committee)
        guard committeePasses[committee] else { return nil }
        if from > 0 && meeting.date < from { return nil }
        if hasTo && (meeting.date == 0 || meeting.date > to) { return nil }
        if let outcome, item.outcome != outcome { return nil }
        guard item.isPublic || committeeOpen[committee] else { return nil }
        counts[Int(meeting.facetKey) * outcomeSlots + Int(item.outcome)] += 1
        total += 1
        return meeting.date
    }

    /// Counts a section hit that passes; returns its item and its meeting's date key, nil when it does not pass.
    mutating func count(section id: Int64) -> (Int64, Int32)? {
        guard id >= 0, id < snapshot.sections.count else { return nil }
        let section = snapshot.sections[Int(id)]
        guard section.item >= 0 else { return nil }
        if let kind, section.kind != kind { return nil }
        guard let date = count(item: Int64(section.item)) else { return nil }
        return (Int64(section.item), date)
    }

    /// The facets of the counted hits. The counts are added up by interned id first, so that each body,
    /// committee name and year is looked up by its text once, not once for every (committee, year, outcome)
    /// that has hits: there are thousands of those in a large store.
    func facets(_ snapshot: HitIndex.Snapshot) -> SearchFacets {
        var byKey = [Int](repeating: 0, count: snapshot.facetKeys.count)
        var byOutcome = [Int](repeating: 0, count: outcomeSlots)
        for (slot, count) in counts.enumerated() where count > 0 {
            byKey[slot / outcomeSlots] += count
            byOutcome[slot % outcomeSlots] += count
        }
        var byCommittee = [Int](repeating: 0, count: snapshot.committees.count)
        var years = [String: Int]()
        for (key, count) in byKey.enumerated() where count > 0 {
            let facetKey = snapshot.facetKeys[key]
            byCommittee[Int(facetKey.committee)] += count
            years[facetKey.year, default: 0] += count
        }
        var bodies = [String: Int]()
        var committees = [String: Int]()
        for (committee, count) in byCommittee.enumerated() where count > 0 {
            let ref = snapshot.committees[committee]
            bodies[ref.body, default: 0] += count
            committees[ref.committee, default: 0] += count
        }
        var outcomes = [String: Int]()
        for (slot, count) in byOutcome.enumerated().dropFirst() where count > 0 { outcomes[HitIndex.outcomes[slot - 1]] = count }
        return SearchFacets(body: Self.sorted(bodies), committee: Self.sorted(committees), year: Self.sorted(years), outcome: Self.sorted(outcomes))
    }

    /// Most frequent first, then by value; empty values left out (as `SearchFacets(counting:)` does).
    private static func sorted(_ counts: [String: Int]) -> [FacetCount] {
        counts.compactMap { $0.key.isEmpty ? nil : FacetCount(value: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.value) < ($0.count, $1.value) }
    }
}

/// The best `count` hits seen so far, best first: bm25 rank (lower is better), then the newer meeting,
/// then the lower item (and section) id, the order the SQL search gives.
struct BestHits {
    struct Hit {
        var rank: Double
        var date: Int32
        var item: Int64
        var section: Int64

        func isBetter(than other: Hit) -> Bool {
            if rank != other.rank { return rank < other.rank }
            if date != other.date { return date > other.date }
            if item != other.item { return item < other.item }
            return section < other.section
        }
    }

    let count: Int
    private(set) var hits: [Hit] = []

    init(count: Int) {
        self.count = count
        hits.reserveCapacity(min(count, 1_000))
    }

    mutating func offer(_ hit: Hit) {
        if hits.count == count {
            guard let worst = hits.last, hit.isBetter(than: worst) else { return }
            hits.removeLast()
        }
        // Binary search for the first hit this one is better than.
        var low = 0, high = hits.count
        while low < high {
            let middle = (low + high) / 2
            if hit.isBetter(than: hits[middle]) { high = middle } else { low = middle + 1 }
        }
        hits.insert(hit, at: low)
    }
}
