import Foundation
import Hummingbird
import Plot
import ProtokolModel
import ProtokolStore

extension PageRoutes {
    /// A meeting laid out like the minutes: header, table of contents, each item with its sections and decision.
    func meeting(_ id: String, access: SearchAccess) async throws -> Response {
        let generation = cache.generation()
        guard let (body, stored) = try await catalog().meeting(id) else { throw PageError.notFound("Der er intet møde med id »\(id)«.") }
        let meeting = try await reading(stored)
        let showsClosed = access.seesClosedItems(of: stored.identity)
        return cachedHTML("/moede/" + id, generation: generation, showsClosed: showsClosed) {
            let committeeID = Catalog.committeeID(stored.identity)
            let title = "\(meeting.kind == .minutes ? "Referat" : "Dagsorden"): \(meeting.committee) \(Page.date(stored.identity.date))"
            return Page.render(
                title: title,
                breadcrumbs: [
                    ("Forside", "/"), (body.name, "/kommune/\(body.id)"), (stored.identity.committee, "/udvalg/\(committeeID)"),
                    (Page.date(stored.identity.date), nil),
                ],
                .group(
                    .h1(.text(title)),
                    .dl(
                        .dt("Kommune"), .dd(.a(.href("/kommune/\(body.id)"), .text(body.name))),
                        .dt("Udvalg"), .dd(.a(.href("/udvalg/\(committeeID)"), .text(meeting.committee))),
                        .dt("Dato"), .dd(.text(Page.date(stored.identity.date) + (meeting.startTime.map { " kl. \($0)" } ?? ""))),
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
                        let visible = item.isPublic || showsClosed
                        return .section(.class("item"), .id("punkt-\(item.number)"),
                            .h2(.text("Punkt \(item.number): " + (item.isPublic ? "" : "Lukket: ") + item.title)),
                            .if(visible, .group(
                                .unwrap(item.caseNumber) { number in
                                    .p(.class("meta"), .text("Sagsnr. "), .a(.href(Self.casePath(bodyID: body.id, caseNumber: number)), .text(number)))
                                },
                                .forEach(item.sections) { section in
                                    .group(.if(!section.heading.isEmpty, .h3(.text(section.heading))), Page.paragraphs(section.text))
                                }
                            ), else: Self.closedNotice),
                            .p(
                                .a(.href(Self.itemPath(id, item.number)), .text("Punktets side")), .text(" · "),
                                .a(.href(mapping.agendaItemID(id, item.number)), .text("Punktet i OParl-API'et"))
                            )
                        )
                    },
                    .p(.a(.href(mapping.meetingID(id)), .text("Mødet i OParl-API'et")), .text(" · "), original(stored, meeting, showsClosed: showsClosed))
                )
            )
        }
    }

    /// A link to the original document, or why there is none: with closed items in it, it is for the members only.
    func original(_ stored: StoredMeeting, _ meeting: Meeting, showsClosed: Bool) -> Node<HTML.BodyContext> {
        guard showsClosed || meeting.items.allSatisfy(\.isPublic) else {
            return .text("Originaldokumentet indeholder lukkede punkter og vises kun for udvalgets medlemmer.")
        }
        return .a(.href(mapping.fileID(stored.currentSHA256) + "/original"), .text("Originaldokumentet"))
    }

    static var closedNotice: Node<HTML.BodyContext> { .p(.class("closed"), "Lukket punkt. Indholdet vises kun for udvalgets medlemmer.") }

    /// One item: its sections, the decision and its outcome, absences, inhabilitet, votes, attachments, the case
    /// number (linking to the case) and Sagens forløb.
    func item(_ id: String, number text: String, access: SearchAccess) async throws -> Response {
        let generation = cache.generation()
        guard let (body, stored) = try await catalog().meeting(id) else { throw PageError.notFound("Der er intet møde med id »\(id)«.") }
        let meeting = try await reading(stored)
        guard let number = Int(text), let item = meeting.items.first(where: { $0.number == number }) else {
            throw PageError.notFound("Mødet har intet punkt »\(text)«.")
        }
        let showsClosed = access.seesClosedItems(of: stored.identity)
        return cachedHTML("/moede/\(id)/punkt/\(number)", generation: generation, showsClosed: showsClosed) {
            let visible = item.isPublic || showsClosed
            let committeeID = Catalog.committeeID(stored.identity)
            let title = "Punkt \(item.number): " + (item.isPublic ? "" : "Lukket: ") + item.title
            // Sections the facts below show in their own form.
            let shown = item.sections.filter { section in
                !(section.kind == .history && !item.history.isEmpty) && !(section.kind == .attachments && !item.attachments.isEmpty)
            }
            let meetingPath = "/moede/\(id)"
            let previous = meeting.items.last { $0.number < item.number }
            let next = meeting.items.first { $0.number > item.number }
            return Page.render(
                title: "\(title) – \(stored.identity.committee) \(Page.date(stored.identity.date))",
                breadcrumbs: [
                    ("Forside", "/"), (body.name, "/kommune/\(body.id)"), (stored.identity.committee, "/udvalg/\(committeeID)"),
                    (Page.date(stored.identity.date), meetingPath), ("Punkt \(item.number)", nil),
                ],
                .group(
                    .h1(.text(title)),
                    .p(.class("meta"),
                        .a(.href(meetingPath), .text(Self.meetingName(stored.identity))), .text(", "),
                        .a(.href("/udvalg/\(committeeID)"), .text(stored.identity.committee)), .text(", "), .text(body.name)
                    ),
                    .if(visible, .group(
                        .dl(
                            .unwrap(item.caseNumber) { number in
                                .group(.dt("Sagsnr."), .dd(.a(.href(Self.casePath(bodyID: body.id, caseNumber: number)), .text(number)), .text(" – se sagens forløb")))
                            },
                            .unwrap(item.decision) { decision in .group(.dt("Udfald"), .dd(.text(Self.outcomeText(decision.outcome)))) },
                            .if(!item.absent.isEmpty, .group(.dt("Fraværende"), .dd(.text(item.absent.joined(separator: ", "))))),
                            .if(!item.disqualified.isEmpty, .group(.dt("Inhabil"), .dd(.text(item.disqualified.joined(separator: ", ")))))
                        ),
                        .forEach(shown) { section in
                            .section(.h2(.text(section.heading.isEmpty ? "Tekst" : section.heading)), Page.paragraphs(section.text))
                        },
                        .if(!item.votes.isEmpty, .section(
                            .h2("Afstemning"),
                            .ul(.forEach(item.votes) { vote in .li(.text(Self.voteText(vote))) })
                        )),
                        .if(!item.attachments.isEmpty, .section(.h2("Bilag"), .ul(.forEach(item.attachments) { .li(.text($0)) }))),
                        .if(!item.history.isEmpty, .section(
                            .h2("Sagens forløb"),
                            .table(
                                .thead(.tr(.th("Dato"), .th("Instans"), .th("Behandling"))),
                                .tbody(.forEach(item.history) { entry in
                                    .tr(.td(.text(Page.date(entry.date))), .td(.text(entry.body)), .td(.text(entry.text)))
                                })
                            )
                        ))
                    ), else: Self.closedNotice),
                    .nav(.attribute(named: "aria-label", value: "Andre punkter"), .ul(
                        .unwrap(previous) { .li(.a(.href(Self.itemPath(id, $0.number)), .text("Forrige: punkt \($0.number)"))) },
                        .unwrap(next) { .li(.a(.href(Self.itemPath(id, $0.number)), .text("Næste: punkt \($0.number)"))) },
                        .li(.a(.href(meetingPath + "#punkt-\(item.number)"), .text("Hele mødet")))
                    )),
                    .p(
                        .a(.href(mapping.agendaItemID(id, item.number)), .text("Punktet i OParl-API'et")), .text(" · "),
                        original(stored, meeting, showsClosed: showsClosed)
                    )
                )
            )
        }
    }

    /// "Tiltrådt med 7 stemmer for (A, F) – for 7, imod 2, undlod 0".
    static func voteText(_ vote: Vote) -> String {
        var counts = [String]()
        if let n = vote.inFavour { counts.append("for \(n)" + (vote.partiesInFavour.isEmpty ? "" : " (\(vote.partiesInFavour.joined(separator: ", ")))")) }
        if let n = vote.against { counts.append("imod \(n)" + (vote.partiesAgainst.isEmpty ? "" : " (\(vote.partiesAgainst.joined(separator: ", ")))")) }
        if let n = vote.abstaining {
            counts.append("undlod \(n)" + (vote.partiesAbstaining.isEmpty ? "" : " (\(vote.partiesAbstaining.joined(separator: ", ")))"))
        }
        return counts.isEmpty ? vote.text : vote.text + " – " + counts.joined(separator: ", ")
    }
}
