import Foundation
import PostgresNIO
import ProtokolModel
import ProtokolStore

extension PostgresStore {
    /// Withdrawn meetings keep their search vectors (every current version has them) but are never found.
    static let published = "m.withdrawn_at IS NULL"

    public func search(_ query: SearchQuery, access: SearchAccess) async throws(StoreError) -> SearchResults {
        let level = query.effectiveLevel
        let row = level == .item ? "i" : "s"
        var sql = SQLBuilder()
        var conditions: [String] = []
        var score = "0::float8"
        var marks: String?
        if !query.isListing {
            let match = Self.match(try query.expression(), row: row, weights: level == .item ? "'{0.1, 0.2, 0.25, 1.0}', " : "", &sql)
            conditions.append(match.condition)
            score = match.score
            marks = match.marks
        }
        Self.addFilters(query.filters, level: level, to: &conditions, &sql)
        Self.addAccess(access, to: &conditions, &sql)
        conditions.append(Self.published)
        let from = """
            FROM \(level == .item ? "item i" : "section s JOIN item i ON i.id = s.item_id")
            JOIN meeting m ON m.current_document_id = i.document_id
            JOIN original o ON o.id = i.document_id
            WHERE \(conditions.joined(separator: " AND "))
            """
        let facetQuery = sql.query("""
            SELECT m.body, m.committee, substr(m.date, 1, 4) AS year, i.outcome, count(*) AS n
            \(from)
            GROUP BY 1, 2, 3, 4
            """)

        let sectionColumns = level == .section
            ? "s.id AS section_id, s.kind AS section_kind, s.heading AS section_heading, s.text AS section_text, s.position AS section_position"
            : "NULL::bigint AS section_id, NULL::text AS section_kind, NULL::text AS section_heading, NULL::text AS section_text, 0 AS section_position"
        let order: (String) -> String = { t in
            query.isListing
                ? "\(t)date, \(t)body, \(t)committee, \(t)item_position, \(t)section_position, \(t)item_id, \(t)section_id"
                : "\(t)score DESC, \(t)date DESC, \(t)item_id, \(t)section_id"
        }
        let limit = sql.bind(max(0, query.limit))
        let offset = sql.bind(max(0, query.offset))
        let snippet: String
        if let marks {
            let options = sql.bind(Self.headlineOptions(query.highlight))
            let text = level == .item
                ? """
                h.title || E'\\n\\n' || coalesce((SELECT string_agg(x.text, E'\\n\\n' ORDER BY x.position) FROM section x
                    WHERE x.item_id = h.item_id), '')
                """
                : "h.section_text"
            snippet = "ts_headline('protokol_danish', \(text), \(marks), \(options)::text)"
        } else {
            let text = level == .item ? "coalesce(h.decision, h.title)" : "h.section_text"
            snippet = "CASE WHEN length(\(text)) > 240 THEN substr(\(text), 1, 240) || '…' ELSE \(text) END"
        }
        let hitQuery = sql.query("""
            SELECT h.*, \(snippet) AS snippet FROM (
                SELECT m.body, m.committee, m.date, m.kind, o.sha256, i.id AS item_id, i.position AS item_position, i.number, i.title,
                    i.case_number, i.outcome, i.is_public, i.decision, \(sectionColumns), (\(score))::float8 AS score
                \(from)
                ORDER BY \(order(""))
                LIMIT \(limit) OFFSET \(offset)
            ) h
            ORDER BY \(order("h."))
            """)
        return try await read { connection in
            let hits = try await self.rows(hitQuery, on: connection).map { row in
                let outcome = try row.get("outcome", as: String?.self)
                let kind = try row.get("section_kind", as: String?.self)
                return SearchHit(
                    meeting: try Self.identity(row: row), sha256: try row.get("sha256"), itemNumber: try row.get("number"),
                    itemTitle: try row.get("title"), caseNumber: try row.get("case_number"), outcome: outcome.flatMap(Outcome.init(rawValue:)),
                    isPublic: try row.get("is_public"), sectionKind: kind.flatMap(SectionKind.init(rawValue:)),
                    sectionHeading: try row.get("section_heading"), snippet: try row.get("snippet", as: String?.self) ?? "",
                    score: try row.get("score"))
            }
            let groups = try await self.rows(facetQuery, on: connection).map { row in
                FacetGroup(
                    body: try row.get("body"), committee: try row.get("committee"), year: try row.get("year"),
                    outcome: try row.get("outcome"), count: try row.get("n"))
            }
            return SearchResults(
                query: query.text, level: level, match: query.match, total: groups.reduce(0) { $0 + $1.count }, hits: hits,
                facets: SearchFacets(counting: groups))
        }
    }

    public func caseItems(_ caseNumber: String, body: String?, access: SearchAccess) async throws(StoreError) -> [CaseItem] {
        var sql = SQLBuilder()
        var conditions = ["i.case_number = \(sql.bind(caseNumber.trimmingCharacters(in: .whitespaces)))"]
        if let body { conditions.append("m.body = \(sql.bind(body))") }
        Self.addAccess(access, to: &conditions, &sql)
        conditions.append(Self.published)
        let query = sql.query("""
            SELECT i.id, i.number, i.title, i.case_number, i.is_public, i.outcome, i.decision, m.body, m.committee, m.date, m.kind, o.sha256,
                coalesce((SELECT jsonb_agg(jsonb_build_array(h.date, h.body, h.text) ORDER BY h.position) FROM history h
                    WHERE h.item_id = i.id), '[]')::text AS history
            FROM item i
            JOIN meeting m ON m.current_document_id = i.document_id
            JOIN original o ON o.id = i.document_id
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY m.date, m.body, m.committee, i.position, i.id
            """)
        return try await read { connection in
            try await self.rows(query, on: connection).map { row in
                let historyJSON = try row.get("history", as: String.self)
                let entries = (try? JSONDecoder().decode([[String]].self, from: Data(historyJSON.utf8))) ?? []
                let history = entries.compactMap { entry -> HistoryEntry? in
                    guard entry.count == 3, let date = CalendarDate(iso: entry[0]) else { return nil }
                    return HistoryEntry(date: date, body: entry[1], text: entry[2])
                }
                let outcome = try row.get("outcome", as: String?.self)
                return CaseItem(
                    meeting: try Self.identity(row: row), sha256: try row.get("sha256"), itemNumber: try row.get("number"),
                    title: try row.get("title"), caseNumber: try row.get("case_number"), isPublic: try row.get("is_public"),
                    outcome: outcome.flatMap(Outcome.init(rawValue:)), decision: try row.get("decision"), history: history)
            }
        }
    }

    // MARK: - SQL pieces

    /// What a search expression becomes: the condition a hit meets, its score, and the query that marks
    /// the matched words in a snippet.
    struct Match {
        var condition: String
        var score: String
        var marks: String
    }

    /// Words and phrases are matched against the stemmed vector (`stems`), prefixes against whole words
    /// (`words`). Every word is a parameter, turned into a tsquery by PostgreSQL; nothing the user typed
    /// is read as tsquery syntax.
    static func match(_ expression: SearchExpression, row: String, weights: String, _ sql: inout SQLBuilder) -> Match {
        var alternatives: [String] = [], stemRank: [String] = [], wordRank: [String] = [], marks: [String] = []
        for terms in expression.alternatives {
            var conditions: [String] = [], stems: [String] = [], words: [String] = []
            for term in terms {
                switch term {
                case .word(let word, prefix: false):
                    let tsquery = "plainto_tsquery('protokol_danish', \(sql.bind(word))::text)"
                    conditions.append("\(row).stems @@ \(tsquery)")
                    stems.append(tsquery)
                    marks.append(tsquery)
                case .word(let word, prefix: true):
                    let placeholder = sql.bind(word)
                    let tsquery = "to_tsquery('simple', quote_literal(\(placeholder)::text) || ':*')"
                    conditions.append("\(row).words @@ \(tsquery)")
                    words.append(tsquery)
                    // Snippets are marked with the stemmed configuration: the prefix of a stem.
                    marks.append("to_tsquery('protokol_danish', quote_literal(\(placeholder)::text) || ':*')")
                case .phrase(let phrase):
                    let tsquery = "phraseto_tsquery('protokol_danish', \(sql.bind(phrase.joined(separator: " ")))::text)"
                    conditions.append("\(row).stems @@ \(tsquery)")
                    stems.append(tsquery)
                    marks.append(tsquery)
                }
            }
            alternatives.append("(" + conditions.joined(separator: " AND ") + ")")
            if !stems.isEmpty { stemRank.append("(" + stems.joined(separator: " && ") + ")") }
            if !words.isEmpty { wordRank.append("(" + words.joined(separator: " && ") + ")") }
        }
        var score: [String] = []
        if !stemRank.isEmpty { score.append("coalesce(ts_rank(\(weights)\(row).stems, \(stemRank.joined(separator: " || "))), 0)") }
        if !wordRank.isEmpty { score.append("coalesce(ts_rank(\(weights)\(row).words, \(wordRank.joined(separator: " || "))), 0)") }
        return Match(
            condition: "(" + alternatives.joined(separator: " OR ") + ")", score: score.joined(separator: " + "),
            marks: "(" + marks.joined(separator: " || ") + ")")
    }

    /// ts_headline's options: the marks, and about 16 words around the best match.
    static func headlineOptions(_ highlight: Highlight) -> String {
        func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        return "StartSel=\(quoted(highlight.open)), StopSel=\(quoted(highlight.close)), MaxWords=16, MinWords=6, ShortWord=2, "
            + "MaxFragments=2, FragmentDelimiter=\(quoted(" … "))"
    }

    static func addFilters(_ filters: SearchFilters, level: SearchLevel, to conditions: inout [String], _ sql: inout SQLBuilder) {
        if let body = filters.body { conditions.append("m.body = \(sql.bind(body))") }
        if let committee = filters.committee { conditions.append("m.committee = \(sql.bind(committee))") }
        if let from = filters.from { conditions.append("m.date >= \(sql.bind(from.description))") }
        if let to = filters.to { conditions.append("m.date <> '' AND m.date <= \(sql.bind(to.description))") }
        if let outcome = filters.outcome { conditions.append("i.outcome = \(sql.bind(outcome.rawValue))") }
        if let kind = filters.sectionKind, level == .section { conditions.append("s.kind = \(sql.bind(kind.rawValue))") }
    }

    /// Closed items only for members of their committee.
    static func addAccess(_ access: SearchAccess, to conditions: inout [String], _ sql: inout SQLBuilder) {
        let committees = access.committees.sorted { ($0.body, $0.committee) < ($1.body, $1.committee) }
        guard !committees.isEmpty else {
            conditions.append("i.is_public")
            return
        }
        let members = committees.map { "(m.body = \(sql.bind($0.body)) AND m.committee = \(sql.bind($0.committee)))" }
        conditions.append("(i.is_public OR " + members.joined(separator: " OR ") + ")")
    }
}
