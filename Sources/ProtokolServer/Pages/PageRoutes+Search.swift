import Foundation
import Hummingbird
import Plot
import ProtokolModel
import ProtokolStore

/// What the search page was asked: the words, the facets chosen, and the page.
struct SearchForm: Sendable, Equatable {
    var text = ""
    var body: String?
    var committee: String?
    var year: Int?
    var outcome: Outcome?
    var page = 1

    static let pageSize = 20
    static let maxPage = 1000

    /// Reads `q`, `kommune`, `udvalg`, `aar`, `udfald` and `side` from a query string as a form sends it ("+" is a space).
    init(query: String?) throws(PageError) {
        var values = [String: String]()
        for pair in (query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                let spaced = part.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            values[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
        }
        func nonEmpty(_ key: String) -> String? { values[key].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } }
        text = values["q"] ?? ""
        body = nonEmpty("kommune")
        committee = nonEmpty("udvalg")
        // Given but empty is as wrong as out of range: the values are numbers and names, not free text.
        if let year = values["aar"] {
            guard let value = Int(year), (1900...2100).contains(value) else { throw .badRequest("Året skal være et årstal fra 1900 til 2100.") }
            self.year = value
        }
        if let outcome = values["udfald"] {
            guard let value = Outcome(rawValue: outcome) else {
                throw .badRequest("Udfaldet skal være et af: \(Outcome.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            self.outcome = value
        }
        if let page = values["side"] {
            guard let value = Int(page), (1...Self.maxPage).contains(value) else { throw .badRequest("Siden skal være et helt tal fra 1 til \(Self.maxPage).") }
            self.page = value
        }
    }

    var filters: SearchFilters {
        SearchFilters(
            body: body, committee: committee,
            from: year.flatMap { CalendarDate(year: $0, month: 1, day: 1) }, to: year.flatMap { CalendarDate(year: $0, month: 12, day: 31) },
            outcome: outcome
        )
    }

    /// Nothing asked: the page shows only the form.
    var isEmpty: Bool { text.allSatisfy(\.isWhitespace) && filters.isEmpty }

    /// This search's URL with some parameters changed; `side` starts over unless given.
    func url(
        body: String?? = nil, committee: String?? = nil, year: Int?? = nil, outcome: Outcome?? = nil, page: Int = 1, path: String = "/soeg"
    ) -> String {
        var items = [(String, String)]()
        if !text.isEmpty { items.append(("q", text)) }
        if let value = body ?? self.body { items.append(("kommune", value)) }
        if let value = committee ?? self.committee { items.append(("udvalg", value)) }
        if let value = year ?? self.year { items.append(("aar", String(value))) }
        if let value = outcome ?? self.outcome { items.append(("udfald", value.rawValue)) }
        if page > 1 { items.append(("side", String(page))) }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let query = items.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0.1)" }.joined(separator: "&")
        return query.isEmpty ? path : path + "?" + query
    }
}

extension PageRoutes {
    /// The search page: a query box, facets that narrow the search, highlighted snippets and pages of 20 hits.
    func search(_ request: Request, access: SearchAccess) async throws -> Response {
        let form = try SearchForm(query: request.uri.query)
        let open = "\u{E000}"
        let close = "\u{E001}"
        var results: SearchResults?
        var problem: String?
        if !form.isEmpty {
            let query = SearchQuery(
                form.text, filters: form.filters, limit: SearchForm.pageSize, offset: (form.page - 1) * SearchForm.pageSize,
                highlight: Highlight(open: open, close: close))
            do {
                results = try await cache.store.search(query, access: access)
            } catch .malformedQuery {
                problem = "Søgningen kunne ikke forstås. Tjek citationstegn, stjerner og OR, eller søg med andre ord."
            } catch {
                throw PageError.store(error)
            }
        }
        let asked = form.text.trimmingCharacters(in: .whitespaces)
        let chosen: [(String, String)] = [
            form.body.map { ("Kommune: \($0)", form.url(body: .some(nil))) },
            form.committee.map { ("Udvalg: \($0)", form.url(committee: .some(nil))) },
            form.year.map { ("År: \($0)", form.url(year: .some(nil))) },
            form.outcome.map { ("Udfald: \(Self.outcomeText($0))", form.url(outcome: .some(nil))) },
        ].compactMap { $0 }
        return html(ByteBuffer(string: Page.render(
            title: asked.isEmpty ? "Søg" : "Søgning: \(asked)", breadcrumbs: [("Forside", "/"), ("Søg", nil)],
            feed: asked.isEmpty ? nil : ("Nye resultater for »\(asked)«", form.url(path: "/feeds/soeg")),
            .group(
                .h1("Søg i referater"),
                .form(.action("/soeg"), .method(.get),
                    .label(.for("soegeord"), .text("Søgeord")),
                    .input(.type(.search), .name("q"), .id("soegeord"), .value(form.text)),
                    .unwrap(form.body) { .input(.type(.hidden), .name("kommune"), .value($0)) },
                    .unwrap(form.committee) { .input(.type(.hidden), .name("udvalg"), .value($0)) },
                    .unwrap(form.year) { .input(.type(.hidden), .name("aar"), .value(String($0))) },
                    .unwrap(form.outcome) { .input(.type(.hidden), .name("udfald"), .value($0.rawValue)) },
                    .button(.type(.submit), .text("Søg"))
                ),
                .p(.class("meta"), .text("Alle ord skal findes. Brug \"citationstegn\" om en frase, beskæft* for ord der begynder sådan, og OR mellem alternativer.")),
                .if(!chosen.isEmpty, .p(.text("Afgrænset til: "), .forEach(chosen) { filter in
                    .group(.text(filter.0 + " "), .a(.href(filter.1), .text("(fjern)")), .text(" "))
                })),
                .unwrap(problem) { .p(.class("error"), .text($0)) },
                .unwrap(results) { results in self.resultList(results, form: form, asked: asked, open: open, close: close) }
            )
        )))
    }

    private func resultList(_ results: SearchResults, form: SearchForm, asked: String, open: String, close: String) -> Node<HTML.BodyContext> {
        let pages = max(1, (results.total + SearchForm.pageSize - 1) / SearchForm.pageSize)
        let what = asked.isEmpty ? "" : " for »\(asked)«"
        return .group(
            .h2("Resultater"),
            .p(.attribute(named: "role", value: "status"), .text(results.total == 0
                ? "Ingen resultater\(what)."
                : "\(Self.count(results.total, "resultat", "resultater"))\(what). Side \(form.page) af \(pages).")),
            .ol(.attribute(named: "start", value: String((form.page - 1) * SearchForm.pageSize + 1)), .forEach(results.hits) { hit in
                let meetingID = Catalog.meetingID(hit.meeting)
                return .li(
                    .a(.href(Self.itemPath(meetingID, hit.itemNumber)), .text("Punkt \(hit.itemNumber): " + (hit.isPublic ? "" : "Lukket: ") + hit.itemTitle)),
                    .p(.class("meta"), .text("\(hit.meeting.body), \(hit.meeting.committee), \(Page.date(hit.meeting.date))"
                        + (hit.outcome.map { " · " + Self.outcomeText($0) } ?? "") + (hit.sectionHeading.map { " · " + $0 } ?? ""))),
                    .p(.raw(Page.highlighted(hit.snippet, open: open, close: close)))
                )
            }),
            .if(pages > 1, .nav(.class("pages"), .attribute(named: "aria-label", value: "Sider"),
                .if(form.page > 1, .a(.href(form.url(page: form.page - 1)), .attribute(named: "rel", value: "prev"), .text("Forrige side"))),
                .if(form.page < pages, .a(.href(form.url(page: form.page + 1)), .attribute(named: "rel", value: "next"), .text("Næste side")))
            )),
            .if(results.total > 0, .section(.class("facets"),
                .h2("Afgræns søgningen"),
                facet("Kommune", results.facets.body, chosen: form.body, url: { form.url(body: .some($0)) }),
                facet("Udvalg", results.facets.committee, chosen: form.committee, url: { form.url(committee: .some($0)) }),
                facet("År", results.facets.year, chosen: form.year.map(String.init), url: { form.url(year: .some(Int($0))) }),
                facet(
                    "Udfald", results.facets.outcome, chosen: form.outcome?.rawValue, url: { form.url(outcome: .some(Outcome(rawValue: $0))) },
                    label: { Outcome(rawValue: $0).map(Self.outcomeText) ?? $0 })
            ))
        )
    }

    /// One facet: each value with its count, a link that narrows the search to it (the chosen one is plain text).
    private func facet(
        _ title: String, _ counts: [FacetCount], chosen: String?, url: (String) -> String, label: (String) -> String = { $0 }
    ) -> Node<HTML.BodyContext> {
        .if(!counts.isEmpty, .group(
            .h3(.text(title)),
            .ul(.forEach(counts) { count in
                let text = "\(label(count.value)) (\(count.count))"
                let entry: Node<HTML.BodyContext> = count.value == chosen ? .strong(.text(text)) : .a(.href(url(count.value)), .text(text))
                return .li(entry)
            })
        ))
    }
}
