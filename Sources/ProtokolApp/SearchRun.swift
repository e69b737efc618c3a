import Foundation
import ProtokolModel
import ProtokolStore

/// `protokol search QUERY`: ranked hits with snippets and facet counts, as text or JSON.
public enum SearchRun {
    /// Builds the query from the command's options; dates are YYYY-MM-DD.
    public static func query(
        _ text: String, body: String? = nil, committee: String? = nil, from: String? = nil, to: String? = nil, outcome: Outcome? = nil,
        section: SectionKind? = nil, level: SearchLevel = .item, limit: Int = 20
    ) throws(AppError) -> SearchQuery {
        func date(_ text: String?, _ option: String) throws(AppError) -> CalendarDate? {
            guard let text else { return nil }
            guard let date = CalendarDate(iso: text) else { throw .usage("\(option) needs a date as YYYY-MM-DD, not \"\(text)\"") }
            return date
        }
        let filters = SearchFilters(
            body: body, committee: committee, from: try date(from, "--from"), to: try date(to, "--to"), outcome: outcome, sectionKind: section)
        if let from = filters.from, let to = filters.to, to < from { throw .usage("--from \(from) is after --to \(to)") }
        guard limit > 0 else { throw .usage("--limit must be at least 1") }
        return SearchQuery(text, filters: filters, level: level, limit: limit)
    }

    /// Runs the search as the public sees it and renders the results.
    public static func run(_ query: SearchQuery, store: any MeetingStore, format: OutputFormat, access: SearchAccess = .public) async throws(AppError)
        -> String
    {
        let results: SearchResults
        do {
            results = try await searchRelaxing(query, store: store, access: access)
        } catch {
            throw .store(error)
        }
        switch format {
        case .json: return json(results)
        case .text: return text(results)
        }
    }

    /// Searches for items with every term; when none has them all, for items with any of them
    /// (best matches first). The results say which (`match`).
    public static func searchRelaxing(_ query: SearchQuery, store: any MeetingStore, access: SearchAccess) async throws(StoreError)
        -> SearchResults
    {
        let results = try await store.search(query, access: access)
        guard results.total == 0, query.match == .all, !query.isListing, try query.expression().termCount > 1 else { return results }
        var relaxed = query
        relaxed.match = .any
        return try await store.search(relaxed, access: access)
    }

    /// The results as pretty JSON.
    public static func json(_ results: SearchResults) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(results)) ?? Data("{}".utf8), as: UTF8.self)
    }

    /// How many values of each facet the text output names (JSON has them all).
    public static let facetLimit = 8

    /// The results for a person: one line per hit with its snippet, then the facets.
    public static func text(_ results: SearchResults) -> String {
        let listing = results.query.allSatisfy(\.isWhitespace)
        guard results.total > 0 else { return listing ? "No items match the filters." : "No hits for \"\(results.query)\"." }
        var out = [String]()
        let levelName = results.level == .item ? "item" : "section"
        let shown = results.hits.count < results.total ? " (showing \(results.hits.count))" : ""
        if listing {
            let count = results.total == 1 ? "1 \(levelName) matches" : "\(results.total) \(levelName)s match"
            out.append("\(count) the filters\(shown):")
        }
        if results.match == .any { out.append("No \(levelName) has every word of \"\(results.query)\"; these have some of them.") }
        if !listing { out.append("\(results.total) \(levelName) hit\(results.total == 1 ? "" : "s") for \"\(results.query)\"\(shown):") }
        for (index, hit) in results.hits.enumerated() {
            var line = "\(index + 1). \(hit.meeting.dateText.isEmpty ? "(dato ukendt)" : hit.meeting.dateText)"
            if !hit.meeting.body.isEmpty { line += " \(hit.meeting.body)," }
            line += " \(hit.meeting.committee), punkt \(hit.itemNumber): \(hit.itemTitle)"
            if let caseNumber = hit.caseNumber { line += " [\(caseNumber)]" }
            if let outcome = hit.outcome { line += " (\(outcome.rawValue))" }
            if !hit.isPublic { line += " [lukket]" }
            out.append(line)
            if let heading = hit.sectionHeading { out.append("   \(heading):") }
            out.append("   " + hit.snippet.split(whereSeparator: \.isNewline).joined(separator: " "))
        }
        out.append("")
        let facets: [(String, [FacetCount])] = [
            ("body", results.facets.body), ("committee", results.facets.committee), ("year", results.facets.year),
            ("outcome", results.facets.outcome),
        ]
        for (name, counts) in facets where !counts.isEmpty {
            let shown = counts.prefix(facetLimit).map { "\($0.value) (\($0.count))" }
            let more = counts.count > facetLimit ? ", … \(counts.count - facetLimit) more" : ""
            out.append("\(name): " + shown.joined(separator: ", ") + more)
        }
        return out.joined(separator: "\n")
    }
}

/// `protokol case NUMBER`: every item of a case across meetings, in date order, with Sagens forløb.
public enum CaseRun {
    /// Lists the case's items as the public sees them (or as `access` allows).
    public static func run(
        _ caseNumber: String, body: String? = nil, store: any MeetingStore, format: OutputFormat, access: SearchAccess = .public
    ) async throws(AppError) -> String {
        let items: [CaseItem]
        do {
            items = try await store.caseItems(caseNumber, body: body, access: access)
        } catch {
            throw .store(error)
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: (try? encoder.encode(items)) ?? Data("[]".utf8), as: UTF8.self)
        case .text:
            return text(caseNumber, items)
        }
    }

    /// One line per item (date, meeting, item, outcome), its decision and its Sagens forløb.
    public static func text(_ caseNumber: String, _ items: [CaseItem]) -> String {
        guard !items.isEmpty else { return "No items of case \(caseNumber)." }
        var out = ["Case \(caseNumber): \(items.count) item\(items.count == 1 ? "" : "s")"]
        for item in items {
            var line = "\(item.meeting.dateText.isEmpty ? "(dato ukendt)" : item.meeting.dateText)"
            if !item.meeting.body.isEmpty { line += " \(item.meeting.body)," }
            line += " \(item.meeting.committee), punkt \(item.itemNumber): \(item.title)"
            if let outcome = item.outcome { line += " (\(outcome.rawValue))" }
            if !item.isPublic { line += " [lukket]" }
            out.append(line)
            if let decision = item.decision, let first = decision.split(whereSeparator: \.isNewline).first {
                out.append("    Beslutning: \(first.prefix(160))")
            }
            if !item.history.isEmpty {
                out.append("    Sagens forløb:")
                for entry in item.history {
                    out.append("      \(entry.date) \(entry.body): \(entry.text.split(whereSeparator: \.isNewline).joined(separator: " ").prefix(160))")
                }
            }
        }
        return out.joined(separator: "\n")
    }
}
