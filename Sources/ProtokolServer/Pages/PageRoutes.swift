import Foundation
import Hummingbird
import Plot
import ProtokolModel
import ProtokolStore

/// The web pages, in Danish, rendered on the server; they work without JavaScript.
///
/// The path a reader follows: front page → municipality → committee → meeting → item → case, and search from every
/// page. Closed items show their content only to those `context.access` lets see them.
struct PageRoutes: Sendable {
    let cache: StoreCache
    let mapping: OParlMapping

    func add(to router: Router<ProtokolRequestContext>) {
        router.get("/") { _, _ in await self.page { try await self.front() } }
        router.get("/kommune/:body") { _, context in await self.page { try await self.body(context.parameters.get("body") ?? "") } }
        router.get("/udvalg/:id") { _, context in await self.page { try await self.committee(context.parameters.get("id") ?? "") } }
        router.get("/moede/:id") { _, context in
            await self.page { try await self.meeting(context.parameters.get("id") ?? "", access: context.access) }
        }
        router.get("/moede/:id/punkt/:number") { _, context in
            await self.page {
                try await self.item(context.parameters.get("id") ?? "", number: context.parameters.get("number") ?? "", access: context.access)
            }
        }
        router.get("/sag/:body/:case") { _, context in
            await self.page {
                try await self.caseFile(body: context.parameters.get("body") ?? "", case: context.parameters.get("case") ?? "", access: context.access)
            }
        }
        router.get("/soeg") { request, context in await self.page { try await self.search(request, access: context.access) } }
    }

    /// Runs a page and turns what went wrong into a Danish error page.
    func page(_ make: () async throws -> Response) async -> Response {
        do {
            return try await make()
        } catch let error as PageError {
            return error.response
        } catch let error as StoreError {
            return PageError.store(error).response
        } catch {
            return PageError.badRequest("Forespørgslen kunne ikke besvares.").response
        }
    }

    func html(_ buffer: ByteBuffer) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: buffer))
    }

    /// A page rendered once and kept until the store changes; `showsClosed` is part of the key. `generation` is the
    /// cache's, taken before the page read the catalog. A logged-in viewer's page is never cached: its header names
    /// the account and carries the CSRF token.
    func cachedHTML(_ route: String, generation: Int, showsClosed: Bool = false, _ render: () throws -> String) rethrows -> Response {
        guard Viewer.current.account == nil else { return html(ByteBuffer(string: try render())) }
        return html(try cache.rendered(StoreCache.RenderKey(route: route, showsClosed: showsClosed), generation: generation) {
            ByteBuffer(string: try render())
        })
    }

    func catalog() async throws(PageError) -> Catalog {
        do { return try await cache.catalog() } catch { throw .store(error) }
    }

    /// The files attached to a meeting's items.
    func attachments(_ stored: StoredMeeting) async throws(PageError) -> [AttachedFile] {
        do { return try await cache.attachments().of(stored.identity) } catch { throw .store(error) }
    }

    func reading(_ stored: StoredMeeting) async throws(PageError) -> Meeting {
        let meeting: Meeting?
        do { meeting = try await cache.reading(stored) } catch { throw .store(error) }
        guard let meeting else { throw .notFound("Mødet kunne ikke læses.") }
        return meeting
    }

    // MARK: Front, municipality, committee

    func front() async throws -> Response {
        let generation = cache.generation()
        let catalog = try await catalog()
        return cachedHTML("/", generation: generation) {
            Page.render(title: "Udvalgsreferater", .group(
                .h1("Udvalgsreferater fra danske kommuner"),
                .p("Dagsordener og referater fra kommunernes udvalg: læs, søg og følg sagerne."),
                .h2("Kommuner"),
                .if(catalog.bodies.isEmpty, .p("Der er endnu ingen referater.")),
                .ul(.forEach(catalog.bodies) { body in
                    .li(.a(.href("/kommune/\(body.id)"), .text(body.name)), .text(" (\(Self.count(body.meetings.count, "møde", "møder")))"))
                }),
                .p(.a(.href(mapping.systemID), .text("OParl-API")), .text(" · "), .a(.href("/openapi.json"), .text("API-beskrivelse (OpenAPI)")))
            ))
        }
    }

    func body(_ id: String) async throws -> Response {
        let generation = cache.generation()
        guard let body = try await catalog().body(id) else { throw PageError.notFound("Der er ingen kommune med id »\(id)«.") }
        return cachedHTML("/kommune/" + id, generation: generation) {
            Page.render(title: body.name, breadcrumbs: [("Forside", "/"), (body.name, nil)], .group(
                .h1(.text(body.name)),
                .h2("Udvalg"),
                .ul(.forEach(body.committees) { committee in
                    let latest = committee.meetings.max { $0.identity.dateText < $1.identity.dateText }
                    return .li(
                        .a(.href("/udvalg/\(committee.id)"), .text(committee.name)),
                        .text(" (\(Self.count(committee.meetings.count, "møde", "møder")))"),
                        .unwrap(latest) { latest in
                            .group(.text(" – seneste: "), .a(.href("/moede/\(Catalog.meetingID(latest.identity))"), .text(Self.meetingName(latest.identity))))
                        }
                    )
                }),
                .p(.a(.href(mapping.bodyID(body.id)), .text("Kommunen i OParl-API'et")))
            ))
        }
    }

    /// A committee's meetings, grouped by year, newest first, with its Atom feed.
    func committee(_ id: String) async throws -> Response {
        let generation = cache.generation()
        guard let (body, committee) = try await catalog().committee(id) else { throw PageError.notFound("Der er intet udvalg med id »\(id)«.") }
        return cachedHTML("/udvalg/" + id, generation: generation) {
            let years = Dictionary(grouping: committee.meetings) { String($0.identity.dateText.prefix(4)) }.sorted { $0.key > $1.key }
            let feed = "/feeds/udvalg/\(committee.id)"
            return Page.render(
                title: "\(committee.name), \(body.name)", breadcrumbs: [("Forside", "/"), (body.name, "/kommune/\(body.id)"), (committee.name, nil)],
                feed: ("Nye møder i \(committee.name)", feed),
                .group(
                    .h1(.text(committee.name)),
                    .p(.class("meta"), .text("\(body.name) · \(Self.count(committee.meetings.count, "møde", "møder"))")),
                    .forEach(years) { year in
                        .section(
                            .h2(.text(year.key.isEmpty ? "Uden dato" : year.key)),
                            .ul(.forEach(year.value.sorted { ($0.identity.dateText, $0.identity.kind.rawValue) > ($1.identity.dateText, $1.identity.kind.rawValue) }) { meeting in
                                .li(
                                    .a(.href("/moede/\(Catalog.meetingID(meeting.identity))"), .text(Self.meetingName(meeting.identity))),
                                    .text(" (\(Self.count(meeting.items, "punkt", "punkter")))")
                                )
                            })
                        )
                    },
                    .p(
                        .a(.href(feed), .text("Abonnér på nye møder (Atom-feed)")), .text(" · "),
                        .a(.href(mapping.organizationID(committee.id)), .text("Udvalget i OParl-API'et"))
                    )
                )
            )
        }
    }

    // MARK: Words

    /// "1 møde", "3 møder".
    static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

    /// "Referat 27. april 2022".
    static func meetingName(_ identity: MeetingIdentity) -> String {
        "\(identity.kind == .minutes ? "Referat" : "Dagsorden") \(Page.date(identity.date))"
    }

    /// The item page of an item.
    static func itemPath(_ meetingID: String, _ number: Int) -> String { "/moede/\(meetingID)/punkt/\(number)" }

    /// The case page: the case number percent-encoded as one path segment ("24/1001" -> "24%2F1001").
    static func casePath(bodyID: String, caseNumber: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/;")
        return "/sag/\(bodyID)/" + (caseNumber.addingPercentEncoding(withAllowedCharacters: allowed) ?? caseNumber)
    }

    /// Danish words for an outcome.
    static func outcomeText(_ outcome: Outcome) -> String { OParlMapping.resultText(outcome) }
}
