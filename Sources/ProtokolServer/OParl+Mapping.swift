import Foundation
import ProtokolModel
import ProtokolStore

/// Builds OParl objects from the catalog and the stored readings, under one base URL.
struct OParlMapping: Sendable {
    /// e.g. "http://127.0.0.1:8080/oparl/v1.1"
    var base: String

    var systemID: String { base + "/" }
    /// The site the pages are on: the base without its "/oparl/v1.1".
    var site: String { base.hasSuffix("/oparl/v1.1") ? String(base.dropLast("/oparl/v1.1".count)) : base }
    func bodyID(_ body: String) -> String { base + "/body/" + body }
    func bodyList(_ body: String, _ list: String) -> String { base + "/body/" + body + "/" + list }
    func organizationID(_ committee: String) -> String { base + "/organization/" + committee }
    func meetingID(_ id: String) -> String { base + "/meeting/" + id }
    func agendaItemID(_ meeting: String, _ number: Int) -> String { base + "/agendaitem/" + meeting + "-" + String(number) }
    func consultationID(_ meeting: String, _ number: Int) -> String { base + "/consultation/" + meeting + "-" + String(number) }
    func paperID(_ body: String, _ caseNumber: String) -> String { base + "/paper/" + body + "--" + Slug.make(caseNumber) }
    func fileID(_ sha256: String) -> String { base + "/file/" + sha256 }
    func personID(_ body: String, _ name: String) -> String { base + "/person/" + body + "--" + Slug.make(name) }
    func membershipID(_ body: String, _ name: String, _ committee: String) -> String {
        base + "/membership/" + body + "--" + Slug.make(name) + "--" + committee
    }

    /// A person named among a body's meeting participants, with a membership per committee they sat in.
    func person(bodyID: String, name: String, party: String?, committeeIDs: [String], times: OParl.Times, membershipTimes: [String: OParl.Times] = [:]) -> OParl.Person {
        let parts = name.split(separator: " ")
        var person = OParl.Person(
            id: personID(bodyID, name), body: self.bodyID(bodyID), name: name,
            familyName: parts.count > 1 ? parts.last.map(String.init) : nil,
            givenName: parts.count > 1 ? parts.dropLast().joined(separator: " ") : nil,
            membership: committeeIDs.map {
                let times = membershipTimes[$0] ?? times
                return OParl.Membership(
                    id: membershipID(bodyID, name, $0), person: personID(bodyID, name), organization: organizationID($0),
                    created: times.createdText, modified: times.modifiedText)
            },
            party: party
        )
        (person.created, person.modified) = (times.createdText, times.modifiedText)
        return person
    }

    /// The municipal terms (valgperioder) a body's meetings fall in, oldest first. Every Danish municipal council
    /// sits four years from 1 January after the November election (2018–2021, 2022–2025, 2026–2029, …), so the
    /// term follows from a meeting's date alone.
    func legislativeTerms(_ body: Catalog.Body) -> [OParl.LegislativeTerm] {
        var meetingsByTerm = [Int: [StoredMeeting]]()
        for meeting in body.meetings {
            guard let year = meeting.identity.date?.year else { continue }
            meetingsByTerm[Self.termStart(year), default: []].append(meeting)
        }
        return meetingsByTerm.keys.sorted().map { start in
            let times = OParl.Times.span(meetingsByTerm[start] ?? [])
            return OParl.LegislativeTerm(
                id: legislativeTermID(body.id, start), name: "Valgperioden \(start)–\(start + 3)",
                startDate: "\(start)-01-01", endDate: "\(start + 3)-12-31", created: times?.createdText, modified: times?.modifiedText)
        }
    }

    /// The first year of the term a year belongs to.
    static func termStart(_ year: Int) -> Int { 2022 + Int((Double(year - 2022) / 4).rounded(.down)) * 4 }

    func legislativeTermID(_ bodyID: String, _ start: Int) -> String { base + "/legislativeterm/\(bodyID)--\(start)-\(start + 3)" }

    func system(_ catalog: Catalog) -> OParl.System {
        let times = OParl.Times.span(catalog.meetings)
        return OParl.System(
            id: systemID, name: "Protokol", body: base + "/bodies",
            license: "https://creativecommons.org/publicdomain/zero/1.0/", product: "https://github.com/protokol/protokol",
            created: times?.createdText, modified: times?.modifiedText
        )
    }

    func body(_ body: Catalog.Body) -> OParl.Body {
        OParl.Body(
            id: bodyID(body.id), system: systemID, name: body.name,
            shortName: body.name.replacingOccurrences(of: " Kommune", with: ""),
            organization: bodyList(body.id, "organizations"), person: bodyList(body.id, "people"),
            meeting: bodyList(body.id, "meetings"), paper: bodyList(body.id, "papers"), agendaItem: bodyList(body.id, "agendaitems"),
            legislativeTerm: legislativeTerms(body), web: site + "/kommune/" + body.id,
            created: OParl.Times.span(body.meetings)?.createdText, modified: OParl.Times.span(body.meetings)?.modifiedText
        )
    }

    func organization(_ body: Catalog.Body, _ committee: Catalog.Committee) -> OParl.Organization {
        OParl.Organization(
            id: organizationID(committee.id), body: bodyID(body.id), name: committee.name,
            meeting: organizationID(committee.id) + "/meetings", web: site + "/udvalg/" + committee.id,
            created: OParl.Times.span(committee.meetings)?.createdText, modified: OParl.Times.span(committee.meetings)?.modifiedText
        )
    }

    /// A meeting with its items; closed items show only their number and title unless `showsClosed` (the asker is
    /// a member of its committee). Items an earlier version had and the current one lacks follow as deleted items.
    func meeting(
        _ body: Catalog.Body, _ stored: StoredMeeting, reading: Meeting?, showsClosed: Bool, attachments: [AttachedFile] = []
    ) -> OParl.Meeting {
        let id = Catalog.meetingID(stored.identity)
        let times = OParl.Times(stored)
        let committeeID = body.id + "-" + Slug.make(stored.identity.committee)
        let items = (reading?.items ?? []).enumerated().map {
            OParl.Entry.object(
                agendaItem($1, order: $0 + 1, meetingID: id, bodyID: body.id, times: times, showsClosed: showsClosed, attachments: attachments))
        }
        let removed = stored.removedItems.map { OParl.Entry<OParl.AgendaItem>.deleted(deletedAgendaItem(meetingID: id, number: $0, order: $0, times: times)) }
        var location: OParl.Location?
        if let place = reading?.location {
            location = OParl.Location(id: meetingID(id) + "#location", description: place, created: times.createdText, modified: times.modifiedText)
        }
        let document = file(stored, meetingID: id)
        return OParl.Meeting(
            id: meetingID(id),
            name: "\(stored.identity.committee) \(stored.identity.dateText)",
            meetingState: stored.identity.kind == .minutes ? "completed" : "scheduled",
            start: stored.identity.date.map { Self.start(date: $0, time: reading?.startTime) },
            location: location, organization: [organizationID(committeeID)],
            invitation: stored.identity.kind == .agenda ? document : nil,
            resultsProtocol: stored.identity.kind == .minutes ? document : nil,
            agendaItem: items + removed, web: site + "/moede/" + id, kind: stored.identity.kind.rawValue, created: times.createdText,
            modified: times.modifiedText
        )
    }

    /// The original document of a meeting's current version.
    /// `text` is the extracted text, for those who may read the whole document.
    func file(
        _ stored: StoredMeeting, meetingID id: String, size: Int? = nil, mimeType: String? = nil, sha512: String? = nil, text: String? = nil
    ) -> OParl.File {
        let kindName = stored.identity.kind == .minutes ? "Referat" : "Dagsorden"
        return OParl.File(
            id: fileID(stored.currentSHA256), name: "\(kindName) \(stored.identity.committee) \(stored.identity.dateText)",
            mimeType: mimeType, date: stored.identity.date?.description, size: size, sha512Checksum: sha512, text: text,
            accessUrl: fileID(stored.currentSHA256) + "/original", downloadUrl: fileID(stored.currentSHA256) + "/original",
            meeting: [meetingID(id)], created: OParl.Times(stored).createdText, modified: OParl.Times(stored).modifiedText
        )
    }

    /// A file attached to items (one SHA-256; `holders` are its attachments the asker may see): named by the first,
    /// listing every item and meeting that holds it; nil without holders.
    func attachmentFile(_ holders: [AttachedFile], sha512: String? = nil, text: String? = nil) -> OParl.File? {
        guard let first = holders.first else { return nil }
        let meetings = holders.map { meetingID($0.meeting.stableID) }
        let times = OParl.Times(created: holders.map(\.addedAt).min() ?? first.addedAt, modified: holders.map(\.addedAt).max() ?? first.addedAt)
        return OParl.File(
            id: fileID(first.sha256), name: first.title, fileName: first.fileName, mimeType: first.mimeType,
            date: first.meeting.date?.description, size: first.size, sha512Checksum: sha512, text: text,
            accessUrl: fileID(first.sha256) + "/original", downloadUrl: fileID(first.sha256) + "/original",
            meeting: meetings.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } },
            agendaItem: holders.map { agendaItemID($0.meeting.stableID, $0.item) },
            created: times.createdText, modified: times.modifiedText
        )
    }

    /// The case an item belongs to, with every consultation of it in the body.
    func paper(bodyID: String, caseNumber: String, items: [OParlRoutes.CaseItem], times: OParl.Times) -> OParl.Paper {
        let id = paperID(bodyID, caseNumber)
        return OParl.Paper(
            id: id, body: self.bodyID(bodyID), name: items.first?.item.title ?? caseNumber, reference: caseNumber,
            date: items.first?.date,
            consultation: items.map { consultation($0.item, meetingID: $0.meetingID, committeeID: $0.committeeID, paper: id, times: $0.times) },
            created: times.createdText, modified: times.modifiedText
        )
    }

    func consultation(_ item: AgendaItem, meetingID id: String, committeeID: String, paper: String, times: OParl.Times) -> OParl.Consultation {
        OParl.Consultation(
            id: consultationID(id, item.number), paper: paper, agendaItem: agendaItemID(id, item.number), meeting: meetingID(id),
            organization: [organizationID(committeeID)], role: item.decision == nil ? "Behandling" : "Beslutning",
            outcome: item.decision?.outcome.rawValue, created: times.createdText, modified: times.modifiedText
        )
    }

    /// An item; a closed one shows only its number and title unless `showsClosed` (the asker is a member).
    /// `attachments` are the meeting's attached files (those of other items are left out).
    func agendaItem(
        _ item: AgendaItem, order: Int, meetingID id: String, bodyID: String, times: OParl.Times, showsClosed: Bool, attachments: [AttachedFile] = []
    ) -> OParl.AgendaItem {
        var result = OParl.AgendaItem(
            id: agendaItemID(id, item.number), meeting: meetingID(id), number: String(item.number), order: order,
            name: item.title, public: item.isPublic, created: times.createdText, modified: times.modifiedText
        )
        // What a closed item says stays with the members; the public sees its number and title.
        guard item.isPublic || showsClosed else { return result }
        result.web = site + "/moede/\(id)/punkt/\(item.number)"
        result.caseNumber = item.caseNumber
        if item.caseNumber != nil { result.consultation = consultationID(id, item.number) }
        result.result = item.decision.map { Self.resultText($0.outcome) }
        result.resolutionText = item.decision?.text
        result.outcome = item.decision?.outcome.rawValue
        result.sections = item.sections.map { OParl.Section(heading: $0.heading, kind: $0.kind.rawValue, text: $0.text) }
        result.absent = item.absent.isEmpty ? nil : item.absent
        result.disqualified = item.disqualified.isEmpty ? nil : item.disqualified
        let files = attachments.filter { $0.item == item.number }.compactMap { attachmentFile([$0]) }
        result.auxiliaryFile = files.isEmpty ? nil : files
        return result
    }

    static func resultText(_ outcome: Outcome) -> String {
        switch outcome {
        case .approved: "Godkendt"
        case .recommended: "Anbefalet"
        case .noted: "Taget til efterretning"
        case .discussed: "Drøftet"
        case .postponed: "Udsat"
        case .rejected: "Ikke godkendt"
        case .amended: "Godkendt med ændringer"
        case .pending: "Beslutning ikke frigivet"
        case .none: "Intet"
        case .other: "Anden beslutning"
        }
    }

    /// Danish time (CET/CEST), in which the API gives every moment.
    static let danishTime = TimeZone(identifier: "Europe/Copenhagen") ?? TimeZone(secondsFromGMT: 3600) ?? .current

    /// "2022-04-27T14:00:00+02:00": the meeting's start in Danish local time.
    static func start(date: CalendarDate, time: ClockTime?) -> String {
        var components = DateComponents()
        components.year = date.year
        components.month = date.month
        components.day = date.day
        components.hour = time?.hour ?? 0
        components.minute = time?.minute ?? 0
        var calendar = Calendar(identifier: .gregorian)
        let zone = danishTime
        calendar.timeZone = zone
        guard let instant = calendar.date(from: components) else { return "\(date)T00:00:00Z" }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = zone
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: instant)
    }
}
