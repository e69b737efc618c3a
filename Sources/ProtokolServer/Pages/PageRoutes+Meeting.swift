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
        let attachments = try await attachments(stored)
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
                                },
                                files(attachments.filter { $0.item == item.number }, heading: .h3("Bilag til hentning"))
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

    /// The files attached to an item, each linked to its bytes, under `heading`; nothing when there are none.
    func files(_ attachments: [AttachedFile], heading: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        .if(!attachments.isEmpty, .group(heading, .ul(.forEach(attachments) { .li(fileLink($0)) })))
    }

    /// The Bilag the minutes list, linked where the file is attached, then attached files the list does not name.
    func attachmentList(_ titles: [String], files: [AttachedFile]) -> Node<HTML.BodyContext> {
        let unlisted = files.filter { !titles.contains($0.title) }
        return .if(!titles.isEmpty || !files.isEmpty, .section(
            .h2("Bilag"),
            .ul(
                .forEach(titles) { title in
                    if let file = files.first(where: { $0.title == title }) { return .li(fileLink(file)) }
                    return .li(.text(title))
                },
                .forEach(unlisted) { .li(fileLink($0)) }
            )
        ))
    }

    private func fileLink(_ file: AttachedFile) -> Node<HTML.BodyContext> {
        .group(
            .a(.href(mapping.fileID(file.sha256) + "/original"), .text(file.title)),
            .text(" (\(Self.fileKind(file.mimeType)), \(Self.fileSize(file.size)))")
        )
    }

    /// "PDF", "Word", … for a MIME type, as a reader names it.
    static func fileKind(_ mimeType: String) -> String {
        switch mimeType.split(separator: ";").first.map(String.init) ?? mimeType {
        case "application/pdf": "PDF"
        case "text/html": "HTML"
        case "text/plain", "text/markdown": "tekst"
        case "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word"
        case "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel"
        case let type where type.hasPrefix("image/"): "billede"
        default: "fil"
        }
    }

    /// "12 kB", "1,4 MB": a size in Danish notation.
    static func fileSize(_ bytes: Int) -> String {
        if bytes < 1_000 { return "\(bytes) byte" }
        if bytes < 1_000_000 { return "\(bytes / 1_000) kB" }
        let tenths = (bytes + 50_000) / 100_000
        return "\(tenths / 10),\(tenths % 10) MB"
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
        let files = try await attachments(stored).filter { $0.item == number }
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
                        attachmentList(item.attachments, files: files),
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
