import Foundation
import Hummingbird
import Plot
import ProtokolModel
import ProtokolStore

extension PageRoutes {
    /// A case's path through meetings and committees in date order, with Sagens forløb as the minutes print it.
    ///
    /// Not cached: which closed items show depends on every committee the asker is a member of.
    func caseFile(body bodyID: String, case raw: String, access: SearchAccess) async throws -> Response {
        let caseNumber = raw.removingPercentEncoding ?? raw
        guard let body = try await catalog().body(bodyID) else { throw PageError.notFound("Der er ingen kommune med id »\(bodyID)«.") }
        let items: [CaseItem]
        do { items = try await cache.store.caseItems(caseNumber, body: body.name, access: access) } catch { throw PageError.store(error) }
        guard let first = items.first else { throw PageError.notFound("\(body.name) har ingen sag med det nummer, som du kan se.") }
        let title = "Sag \(caseNumber): \(first.title)"
        // Each minutes repeats the path so far; the latest one that prints it knows the most.
        let history = items.last { !$0.history.isEmpty && ($0.isPublic || access.seesClosedItems(of: $0.meeting)) }?.history ?? []
        let paperURL = mapping.paperID(body.id, caseNumber)
        return html(ByteBuffer(string: Page.render(
            title: title, breadcrumbs: [("Forside", "/"), (body.name, "/kommune/\(body.id)"), ("Sag \(caseNumber)", nil)],
            .group(
                .h1(.text(title)),
                .p(.class("meta"), .text("\(body.name) · behandlet \(Self.count(items.count, "gang", "gange"))")),
                .h2("Behandlinger"),
                .table(
                    .thead(.tr(.th("Dato"), .th("Udvalg"), .th("Punkt"), .th("Udfald"))),
                    .tbody(.forEach(items) { item in
                        let visible = item.isPublic || access.seesClosedItems(of: item.meeting)
                        let meetingID = Catalog.meetingID(item.meeting)
                        return .tr(
                            .td(.a(.href("/moede/\(meetingID)"), .text(Page.date(item.meeting.date)))),
                            .td(.a(.href("/udvalg/\(Catalog.committeeID(item.meeting))"), .text(item.meeting.committee))),
                            .td(.a(.href(Self.itemPath(meetingID, item.itemNumber)), .text("Punkt \(item.itemNumber): " + (item.isPublic ? "" : "Lukket: ") + item.title))),
                            .td(.text(visible ? (item.outcome.map(Self.outcomeText) ?? "–") : "Lukket punkt"))
                        )
                    })
                ),
                .forEach(items.filter { ($0.isPublic || access.seesClosedItems(of: $0.meeting)) && $0.decision != nil }) { item in
                    .section(
                        .h3(.text("Beslutning, \(item.meeting.committee) \(Page.date(item.meeting.date))")),
                        Page.paragraphs(item.decision ?? "")
                    )
                },
                .if(!history.isEmpty, .section(
                    .h2("Sagens forløb"),
                    .table(
                        .thead(.tr(.th("Dato"), .th("Instans"), .th("Behandling"))),
                        .tbody(.forEach(history) { entry in .tr(.td(.text(Page.date(entry.date))), .td(.text(entry.body)), .td(.text(entry.text))) })
                    )
                )),
                .p(.a(.href(paperURL), .text("Sagen i OParl-API'et")))
            )
        )))
    }
}
