import Foundation
import GRDB
import ProtokolModel
import ProtokolStore

extension SQLiteStore {
    /// Withdrawn meetings stay in the full-text tables (they index every current version) but are never found.
    static let published = "m.withdrawnAt IS NULL"

    public func search(_ query: SearchQuery, access: SearchAccess) async throws(StoreError) -> SearchResults {
        if query.isListing { return try await searchBySQL(query, access: access) }
        return try await rankedSearch(query, access: access)
    }

    /// The search in SQL alone: facets and order by joining every hit with its item and meeting. Used for
    /// listings (no words); word searches use ``rankedSearch(_:access:)``, which gives the same results.
    func searchBySQL(_ query: SearchQuery, access: SearchAccess) async throws(StoreError) -> SearchResults {
        let level = query.effectiveLevel
        let from: String
        let snippet: String
        let rank: String
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        // Snippets are made for the page of hits only, after ranking: made in the ranked query, SQLite
        // would make one for every hit (reading and tokenizing its whole text) before sorting.
        var snippetSQL: String?
        var ftsQuery = ""
        if query.isListing {
            // No words: every item (or section) the filters let through, in date order.
            from = level == .item ? "item i" : "section s JOIN item i ON i.id = s.itemID"
            let text = level == .item ? "coalesce(i.decision, i.title)" : "s.text"
            snippet = "CASE WHEN length(\(text)) > 240 THEN substr(\(text), 1, 240) || '…' ELSE \(text) END"
            rank = "0.0"
        } else {
            let expression = try query.expression()
            let table = level == .item ? "itemText" : "sectionText"
            switch level {
            case .item:
                from = "itemText JOIN item i ON i.id = itemText.rowid"
                snippet = "NULL"
                rank = "bm25(itemText, 4.0, 1.0)"
                snippetSQL = "SELECT snippet(itemText, -1, ?, ?, '…', 16) FROM itemText WHERE itemText MATCH ? AND rowid = ?"
            case .section:
                from = "sectionText JOIN section s ON s.id = sectionText.rowid JOIN item i ON i.id = s.itemID"
                snippet = "NULL"
                rank = "bm25(sectionText)"
                snippetSQL = "SELECT snippet(sectionText, 0, ?, ?, '…', 16) FROM sectionText WHERE sectionText MATCH ? AND rowid = ?"
            }
            ftsQuery = expression.fts5Query
            conditions.append("\(table) MATCH ?")
            arguments.append(expression.fts5Query)
        }
        // The facets and the ranking touch every hit: they join only what the filters need. The page of
        // hits is joined with the rest (the original's SHA-256, titles, snippets) after ranking.
        let joins = """
            FROM \(from)
            JOIN meeting m ON m.currentDocumentID = i.documentID
            """
        Self.addFilters(query.filters, level: level, to: &conditions, &arguments)
        Self.addAccess(access, to: &conditions, &arguments)
        conditions.append(Self.published)
        let whereClause = "WHERE " + conditions.joined(separator: " AND ")
        let sectionColumns = level == .section ? "s.kind AS sectionKind, s.heading AS sectionHeading" : "NULL AS sectionKind, NULL AS sectionHeading"
        let textRowID = level == .section ? "s.id" : "i.id"
        let innerOrder = query.isListing ? "m.date, m.body, m.committee, i.position\(level == .section ? ", s.position" : "")" : "rank, m.date DESC, i.id"
        let outerOrder = query.isListing ? "h.hitDate, h.hitBody, h.hitCommittee, h.hitPosition, h.hitSectionPosition" : "h.rank, h.hitDate DESC, h.hitItem"
        let hitsSQL = """
            SELECT m.body, m.committee, m.date, m.kind, o.sha256, i.number, i.title, i.caseNumber, i.outcome, i.isPublic,
                \(sectionColumns), \(snippet) AS snippet, h.rank AS rank, \(textRowID) AS textRowID
            FROM (
                SELECT i.id AS hitItem, \(level == .section ? "s.id" : "NULL") AS hitSection, \(rank) AS rank, m.date AS hitDate,
                    m.body AS hitBody, m.committee AS hitCommittee, i.position AS hitPosition,
                    \(level == .section ? "s.position" : "0") AS hitSectionPosition
                \(joins)
                \(whereClause)
                ORDER BY \(innerOrder)
                LIMIT ? OFFSET ?
            ) h
            JOIN item i ON i.id = h.hitItem
            \(level == .section ? "JOIN section s ON s.id = h.hitSection" : "")
            JOIN meeting m ON m.currentDocumentID = i.documentID
            JOIN original o ON o.id = i.documentID
            ORDER BY \(outerOrder)
            """
        let hitArguments = StatementArguments(arguments + [max(0, query.limit), max(0, query.offset)])
        let highlight = query.highlight
        let snippetQuery = snippetSQL
        let matchText = ftsQuery
        let facetSQL = """
            SELECT m.body, m.committee, substr(m.date, 1, 4) AS year, i.outcome, count(*) AS n
            \(joins)
            \(whereClause)
            GROUP BY 1, 2, 3, 4
            """
        let facetArguments = StatementArguments(arguments)
        do {
            return try await pool.read { db in
                let snippetStatement = try snippetQuery.map { try db.cachedStatement(sql: $0) }
                let hits = try Row.fetchAll(db, sql: hitsSQL, arguments: hitArguments).map { row in
                    let outcome: String? = row["outcome"]
                    let kind: String? = row["sectionKind"]
                    let rank: Double = row["rank"]
                    var snippet: String = row["snippet"] ?? ""
                    if let snippetStatement {
                        let rowID: Int64 = row["textRowID"]
                        snippet = try String.fetchOne(snippetStatement, arguments: [highlight.open, highlight.close, matchText, rowID]) ?? ""
                    }
                    return SearchHit(
                        meeting: try Self.identity(row: row), sha256: row["sha256"], itemNumber: row["number"], itemTitle: row["title"],
                        caseNumber: row["caseNumber"], outcome: outcome.flatMap(Outcome.init(rawValue:)), isPublic: row["isPublic"],
                        sectionKind: kind.flatMap(SectionKind.init(rawValue:)), sectionHeading: row["sectionHeading"],
                        snippet: snippet, score: -rank)
                }
                let facetRows = try Row.fetchAll(db, sql: facetSQL, arguments: facetArguments).map { row in
                    FacetGroup(body: row["body"], committee: row["committee"], year: row["year"], outcome: row["outcome"], count: row["n"])
                }
                return SearchResults(
                    query: query.text, level: level, match: query.match, total: facetRows.reduce(0) { $0 + $1.count }, hits: hits,
                    facets: SearchFacets(counting: facetRows))
            }
        } catch let error as DatabaseError where (error.message ?? "").contains("fts5") {
            throw .malformedQuery(query: query.text, reason: error.message ?? "syntax error")
        } catch {
            throw Self.storeError(error)
        }
    }

    public func caseItems(_ caseNumber: String, body: String?, access: SearchAccess) async throws(StoreError) -> [CaseItem] {
        var conditions = ["i.caseNumber = ?"]
        var arguments: [(any DatabaseValueConvertible)?] = [caseNumber.trimmingCharacters(in: .whitespaces)]
        if let body {
            conditions.append("m.body = ?")
            arguments.append(body)
        }
        Self.addAccess(access, to: &conditions, &arguments)
        conditions.append(Self.published)
        let sql = """
            SELECT i.id, i.number, i.title, i.caseNumber, i.isPublic, i.outcome, i.decision, m.body, m.committee, m.date, m.kind, o.sha256
            FROM item i
            JOIN meeting m ON m.currentDocumentID = i.documentID
            JOIN original o ON o.id = i.documentID
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY m.date, m.body, m.committee, i.position
            """
        let statementArguments = StatementArguments(arguments)
        return try await read { db in
            try Row.fetchAll(db, sql: sql, arguments: statementArguments).map { row in
                let itemID: Int64 = row["id"]
                let history = try Row.fetchAll(
                    db, sql: "SELECT date, body, text FROM history WHERE itemID = ? ORDER BY position", arguments: [itemID]
                ).compactMap { h -> HistoryEntry? in
                    guard let date = CalendarDate(iso: h["date"]) else { return nil }
                    return HistoryEntry(date: date, body: h["body"], text: h["text"])
                }
                let outcome: String? = row["outcome"]
                return CaseItem(
                    meeting: try Self.identity(row: row), sha256: row["sha256"], itemNumber: row["number"], title: row["title"],
                    caseNumber: row["caseNumber"], isPublic: row["isPublic"], outcome: outcome.flatMap(Outcome.init(rawValue:)),
                    decision: row["decision"], history: history)
            }
        }
    }

    // MARK: - SQL pieces

    static func addFilters(
        _ filters: SearchFilters, level: SearchLevel, to conditions: inout [String], _ arguments: inout [(any DatabaseValueConvertible)?]
    ) {
        if let body = filters.body {
            conditions.append("m.body = ?")
            arguments.append(body)
        }
        if let committee = filters.committee {
            conditions.append("m.committee = ?")
            arguments.append(committee)
        }
        if let from = filters.from {
            conditions.append("m.date >= ?")
            arguments.append(from.description)
        }
        if let to = filters.to {
            conditions.append("m.date <> '' AND m.date <= ?")
            arguments.append(to.description)
        }
        if let outcome = filters.outcome {
            conditions.append("i.outcome = ?")
            arguments.append(outcome.rawValue)
        }
        if let kind = filters.sectionKind, level == .section {
            conditions.append("s.kind = ?")
            arguments.append(kind.rawValue)
        }
    }

    /// Closed items only for members of their committee.
    static func addAccess(_ access: SearchAccess, to conditions: inout [String], _ arguments: inout [(any DatabaseValueConvertible)?]) {
        let committees = access.committees.sorted { ($0.body, $0.committee) < ($1.body, $1.committee) }
        guard !committees.isEmpty else {
            conditions.append("i.isPublic = 1")
            return
        }
        conditions.append("(i.isPublic = 1 OR " + committees.map { _ in "(m.body = ? AND m.committee = ?)" }.joined(separator: " OR ") + ")")
        for committee in committees {
            arguments.append(committee.body)
            arguments.append(committee.committee)
        }
    }
}

extension SearchExpression {
    /// The expression in FTS5 query syntax. Every word is quoted, so nothing the user typed is read
    /// as FTS5 syntax; the tokenizer stems the words inside the quotes.
    var fts5Query: String {
        func quoted(_ words: [String]) -> String {
            "\"" + words.map { $0.replacingOccurrences(of: "\"", with: "\"\"") }.joined(separator: " ") + "\""
        }
        func render(_ term: SearchTerm) -> String {
            switch term {
            case .word(let word, let prefix): quoted([word]) + (prefix ? "*" : "")
            case .phrase(let words): quoted(words)
            }
        }
        return alternatives.map { "(" + $0.map(render).joined(separator: " AND ") + ")" }.joined(separator: " OR ")
    }
}
