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
    func person(bodyID: String, name: String, party: String?, committeeIDs: [String]) -> OParl.Person {
        let parts = name.split(separator: " ")
        return OParl.Person(
            id: personID(bodyID, name), body: self.bodyID(bodyID), name: name,
            familyName: parts.count > 1 ? parts.last.map(String.init) : nil,
            givenName: parts.count > 1 ? parts.dropLast().joined(separator: " ") : nil,
            membership: committeeIDs.map {
                OParl.Membership(id: membershipID(bodyID, name, $0), person: personID(bodyID, name), organization: organizationID($0))
            },
            party: party
        )
    }

    func system(_ catalog: Catalog) -> OParl.System {
        OParl.System(
            id: systemID, name: "Protokol", body: base + "/bodies",
            license: "https://creativecommons.org/publicdomain/zero/1.0/", product: "https://github.com/protokol/protokol"
        )
    }

    func body(_ body: Catalog.Body) -> OParl.Body {
        var terms = Set<String>()
        for committee in body.committees {
            for meeting in committee.meetings {
                if let term = meeting.identity.committee.split(separator: " ").last, term.contains("-") { terms.insert(String(term)) }
            }
        }
        return OParl.Body(
            id: bodyID(body.id), system: systemID, name: body.name,
            shortName: body.name.replacingOccurrences(of: " Kommune", with: ""),
            organization: bodyList(body.id, "organizations"), person: bodyList(body.id, "people"),
            meeting: bodyList(body.id, "meetings"), paper: bodyList(body.id, "papers"), legislativeTerm: [],
            web: site + "/kommune/" + body.id
        )
    }

    func organization(_ body: Catalog.Body, _ committee: Catalog.Committee) -> OParl.Organization {
        OParl.Organization(
            id: organizationID(committee.id), body: bodyID(body.id), name: committee.name,
            meeting: organizationID(committee.id) + "/meetings", web: site + "/udvalg/" + committee.id
        )
    }

    /// A meeting with its items; closed items show only their number and title unless `showsClosed`.
    func meeting(_ body: Catalog.Body, _ stored: StoredMeeting, reading: Meeting?, showsClosed: Bool) -> OParl.Meeting {
        let id = Catalog.meetingID(stored.identity)
        let committeeID = body.id + "-" + Slug.make(stored.identity.committee)
        let items = (reading?.items ?? []).enumerated().map {
            agendaItem($1, order: $0 + 1, meetingID: id, bodyID: body.id, showsClosed: showsClosed)
        }
        var location: OParl.Location?
        if let place = reading?.location { location = OParl.Location(id: meetingID(id) + "#location", description: place) }
        let document = file(stored, meetingID: id)
        return OParl.Meeting(
            id: meetingID(id),
            name: "\(stored.identity.committee) \(stored.identity.dateText)",
            meetingState: stored.identity.kind == .minutes ? "completed" : "scheduled",
            start: stored.identity.date.map { Self.start(date: $0, time: reading?.startTime) },
            location: location, organization: [organizationID(committeeID)],
            invitation: stored.identity.kind == .agenda ? document : nil,
            resultsProtocol: stored.identity.kind == .minutes ? document : nil,
            agendaItem: items, web: site + "/moede/" + id, kind: stored.identity.kind.rawValue
        )
    }

    /// The original document of a meeting's current version.
    func file(_ stored: StoredMeeting, meetingID id: String, size: Int? = nil, mimeType: String? = nil, sha512: String? = nil) -> OParl.File {
        let kindName = stored.identity.kind == .minutes ? "Referat" : "Dagsorden"
        return OParl.File(
            id: fileID(stored.currentSHA256), name: "\(kindName) \(stored.identity.committee) \(stored.identity.dateText)",
            mimeType: mimeType, date: stored.identity.date?.description, size: size, sha512Checksum: sha512,
            accessUrl: fileID(stored.currentSHA256) + "/original", downloadUrl: fileID(stored.currentSHA256) + "/original",
            meeting: [meetingID(id)]
        )
    }

    /// The case an item belongs to, with every consultation of it in the body.
    func paper(bodyID: String, caseNumber: String, items: [(meetingID: String, committeeID: String, date: String, item: AgendaItem)]) -> OParl.Paper {
        let id = paperID(bodyID, caseNumber)
        return OParl.Paper(
            id: id, body: self.bodyID(bodyID), name: items.first?.item.title ?? caseNumber, reference: caseNumber,
            date: items.first?.date,
            consultation: items.map { consultation($0.item, meetingID: $0.meetingID, committeeID: $0.committeeID, paper: id) }
        )
    }

    func consultation(_ item: AgendaItem, meetingID id: String, committeeID: String, paper: String) -> OParl.Consultation {
        OParl.Consultation(
            id: consultationID(id, item.number), paper: paper, agendaItem: agendaItemID(id, item.number), meeting: meetingID(id),
            organization: [organizationID(committeeID)], role: item.decision == nil ? "Behandling" : "Beslutning",
            outcome: item.decision?.outcome.rawValue
        )
    }

    /// An item; a closed one shows only its number and title unless `showsClosed` (the asker is a member).
    func agendaItem(_ item: AgendaItem, order: Int, meetingID id: String, bodyID: String, showsClosed: Bool) -> OParl.AgendaItem {
        var result = OParl.AgendaItem(
            id: agendaItemID(id, item.number), meeting: meetingID(id), number: String(item.number), order: order,
            name: item.title, public: item.isPublic
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

    /// "2022-04-27T14:00:00+02:00": the meeting's start in Danish local time.
    static func start(date: CalendarDate, time: ClockTime?) -> String {
        var components = DateComponents()
        components.year = date.year
        components.month = date.month
        components.day = date.day
        components.hour = time?.hour ?? 0
        components.minute = time?.minute ?? 0
        var calendar = Calendar(identifier: .gregorian)
        let zone = TimeZone(identifier: "Europe/Copenhagen") ?? TimeZone(secondsFromGMT: 3600) ?? .current
        calendar.timeZone = zone
        guard let instant = calendar.date(from: components) else { return "\(date)T00:00:00Z" }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = zone
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: instant)
    }
}
