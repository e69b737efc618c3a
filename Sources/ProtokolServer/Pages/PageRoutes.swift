import Foundation
import Hummingbird
import Plot
import ProtokolModel
import ProtokolStore

/// The web pages, in Danish, rendered on the server; they work without JavaScript.
struct PageRoutes: Sendable {
    let store: any MeetingStore
    let mapping: OParlMapping

    func add(to router: Router<ProtokolRequestContext>) {
        router.get("/") { _, _ in try await self.front() }
        router.get("/kommune/:body") { _, context in try await self.body(context.parameters.require("body")) }
        router.get("/moede/:id") { _, context in try await self.meeting(context.parameters.require("id"), access: context.access) }
        router.get("/soeg") { request, context in try await self.search(request, access: context.access) }
    }

    private func html(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    private func catalog() async throws -> Catalog {
        do { return try await Catalog.load(from: store) } catch { throw HTTPError(.internalServerError, message: "the store could not be read") }
    }

    func front() async throws -> Response {
        let catalog = try await catalog()
        return html(Page.render(title: "Udvalgsreferater", .group(
            .h1("Udvalgsreferater fra danske kommuner"),
            .p("Dagsordener og referater fra kommunernes udvalg: læs, søg og følg sagerne."),
            .h2("Kommuner"),
            .ul(.forEach(catalog.bodies) { body in
                .li(.a(.href("/kommune/\(body.id)"), .text(body.name)), .text(" (\(body.meetings.count) møder)"))
            }),
            .p(.a(.href(mapping.base + "/"), .text("OParl-API")))
        )))
    }

    func body(_ id: String) async throws -> Response {
        guard let body = try await catalog().body(id) else { throw HTTPError(.notFound, message: "Kommunen findes ikke") }
        return html(Page.render(title: body.name, breadcrumbs: [("Forside", "/"), (body.name, nil)], .group(
            .h1(.text(body.name)),
            .forEach(body.committees) { committee in
                .section(
                    .h2(.text(committee.name)),
                    .forEach(Dictionary(grouping: committee.meetings, by: { String($0.identity.dateText.prefix(4)) }).sorted { $0.key > $1.key }) { year in
                        .group(
                            .h3(.text(year.key.isEmpty ? "Uden dato" : year.key)),
                            .ul(.forEach(year.value.sorted { $0.identity.dateText > $1.identity.dateText }) { meeting in
                                .li(.a(
                                    .href("/moede/\(Catalog.meetingID(meeting.identity))"),
                                    .text("\(meeting.identity.kind == .minutes ? "Referat" : "Dagsorden") \(meeting.identity.dateText)")
                                ))
                            })
                        )
                    }
                )
            },
            .p(.a(.href(mapping.bodyID(body.id)), .text("Kommunen i OParl-API'et")))
        )))
    }

    /// A meeting laid out like the minutes: header, table of contents, each item with its sections and decision.
    func meeting(_ id: String, access: SearchAccess) async throws -> Response {
        guard let (body, stored) = try await catalog().meeting(id) else { throw HTTPError(.notFound, message: "Mødet findes ikke") }
        let meeting: Meeting?
        do { meeting = try await store.parsedDocument(sha256: stored.currentSHA256)?.meeting } catch {
            throw HTTPError(.internalServerError, message: "the store could not be read")
        }
        guard let meeting else { throw HTTPError(.notFound, message: "Mødet findes ikke") }
        let kind = meeting.kind == .minutes ? "Referat" : "Dagsorden"
        let revealed = access.seesClosedItems(of: stored.identity)
        let title = "\(kind): \(meeting.committee) \(stored.identity.dateText)"
        return html(Page.render(title: title, breadcrumbs: [("Forside", "/"), (body.name, "/kommune/\(body.id)"), (stored.identity.dateText, nil)], .group(
            .h1(.text(title)),
            .dl(
                .dt("Kommune"), .dd(.text(body.name)),
                .dt("Udvalg"), .dd(.text(meeting.committee)),
                .dt("Dato"), .dd(.text(stored.identity.dateText + (meeting.startTime.map { " kl. \($0)" } ?? ""))),
                .unwrap(meeting.location) { .group(.dt("Sted"), .dd(.text($0))) },
                .if(!meeting.participants.isEmpty, .group(.dt("Deltagere"), .dd(.text(meeting.participants.map { p in
                    p.name + (p.party.map { " (\($0))" } ?? "") + (p.absent ? " – fraværende" : "")
                }.joined(separator: ", ")))))
            ),
            .h2("Indhold"),
            .ol(.forEach(meeting.items) { item in
                .li(.a(.href("#punkt-\(item.number)"), .text((item.isPublic ? "" : "Lukket: ") + item.title)))
            }),
            .forEach(meeting.items) { item in
                .section(.class("item"), .id("punkt-\(item.number)"),
                    .h2(.text("Punkt \(item.number): " + (item.isPublic ? "" : "Lukket: ") + item.title)),
                    .if(item.isPublic || revealed, .group(
                        .unwrap(item.caseNumber) { .p(.class("meta"), .text("Sagsnr. \($0)")) },
                        .forEach(item.sections) { section in
                            .group(.if(!section.heading.isEmpty, .h3(.text(section.heading))), .element(named: "pre", nodes: [.class("text"), .text(section.text)]))
                        }
                    ), else: .p(.class("closed"), "Lukket punkt. Indholdet vises kun for udvalgets medlemmer.")),
                    .p(.a(.href(mapping.agendaItemID(id, item.number)), .text("Punktet i OParl-API'et")))
                )
            },
            .p(
                .a(.href(mapping.meetingID(id)), .text("Mødet i OParl-API'et")), .text(" · "),
                .a(.href(mapping.fileID(stored.currentSHA256) + "/original"), .text("Originaldokumentet"))
            )
        )))
    }

    func search(_ request: Request, access: SearchAccess) async throws -> Response {
        let text = request.formValue("q") ?? ""
        let open = "\u{E000}"
        let close = "\u{E001}"
        var results: SearchResults?
        var problem: String?
        if !text.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                results = try await store.search(SearchQuery(text, limit: 50, highlight: Highlight(open: open, close: close)), access: access)
            } catch {
                problem = "Søgningen kunne ikke forstås: \(error)"
            }
        }
        return html(Page.render(title: text.isEmpty ? "Søg" : "Søgning: \(text)", breadcrumbs: [("Forside", "/"), ("Søg", nil)], .group(
            .h1("Søg i referater"),
            .form(.action("/soeg"), .method(.get),
                .label(.for("soegeord"), .text("Søgeord")),
                .input(.type(.search), .name("q"), .id("soegeord"), .value(text)),
                .button(.type(.submit), .text("Søg"))
            ),
            .unwrap(problem) { .p(.class("error"), .text($0)) },
            .unwrap(results) { results in
                .group(
                    .p(.text(results.total == 0 ? "Ingen resultater for »\(text)«." : "\(results.total) resultater for »\(text)«.")),
                    .ol(.forEach(results.hits) { hit in
                        .li(
                            .a(.href("/moede/\(Catalog.meetingID(hit.meeting))#punkt-\(hit.itemNumber)"),
                                .text("\(hit.meeting.body), \(hit.meeting.committee) \(hit.meeting.dateText): punkt \(hit.itemNumber) \(hit.itemTitle)")),
                            .p(.raw(Page.highlighted(hit.snippet, open: open, close: close)))
                        )
                    }),
                    .if(!results.facets.body.isEmpty, .group(
                        .h2("Kommuner"), .ul(.forEach(results.facets.body) { .li(.text("\($0.value): \($0.count)")) }),
                        .h2("År"), .ul(.forEach(results.facets.year) { .li(.text("\($0.value): \($0.count)")) })
                    ))
                )
            }
        )))
    }
}
