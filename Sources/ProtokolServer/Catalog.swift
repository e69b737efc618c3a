import ProtokolModel
import ProtokolStore

/// The bodies, committees and meetings the store holds, with the stable ids the API gives them.
struct Catalog: Sendable {
    struct Body: Sendable {
        var id: String
        var name: String
        var committees: [Committee]
        var meetings: [StoredMeeting]
    }

    struct Committee: Sendable {
        var id: String
        var name: String
        var meetings: [StoredMeeting]
    }

    var bodies: [Body]
    /// The meetings the catalog was made from, in the store's order: two catalogs made from equal lists are equal.
    var source: [StoredMeeting] = []
    private var bodyIndex: [String: Int] = [:]
    private var committeeIndex: [String: (body: Int, committee: Int)] = [:]
    private var meetingIndex: [String: (body: Int, meeting: Int)] = [:]

    /// Groups meetings by body and committee, and indexes them by id (a request looks one up in constant time).
    init(meetings: [StoredMeeting]) {
        var order = [String]()
        var byBody = [String: [StoredMeeting]]()
        for meeting in meetings {
            let name = meeting.identity.body.isEmpty ? "Ukendt kommune" : meeting.identity.body
            if byBody[name] == nil { order.append(name) }
            byBody[name, default: []].append(meeting)
        }
        let bodies = order.sorted().map { name -> Body in
            let bodyMeetings = byBody[name] ?? []
            var committeeOrder = [String]()
            var byCommittee = [String: [StoredMeeting]]()
            for meeting in bodyMeetings {
                let committee = meeting.identity.committee
                if byCommittee[committee] == nil { committeeOrder.append(committee) }
                byCommittee[committee, default: []].append(meeting)
            }
            let bodyID = Slug.make(name)
            let committees = committeeOrder.sorted().map {
                Committee(id: bodyID + "-" + Slug.make($0), name: $0, meetings: byCommittee[$0] ?? [])
            }
            return Body(id: bodyID, name: name, committees: committees, meetings: bodyMeetings)
        }
        self.bodies = bodies
        source = meetings
        for (b, body) in bodies.enumerated() {
            bodyIndex[body.id] = b
            for (c, committee) in body.committees.enumerated() { committeeIndex[committee.id] = (b, c) }
            for (m, meeting) in body.meetings.enumerated() { meetingIndex[Self.meetingID(meeting.identity)] = (b, m) }
        }
    }

    func body(_ id: String) -> Body? { bodyIndex[id].map { bodies[$0] } }

    /// The body a meeting belongs to, by the name in its identity.
    func body(named name: String) -> Body? { body(Slug.make(name.isEmpty ? "Ukendt kommune" : name)) }

    func committee(_ id: String) -> (Body, Committee)? {
        committeeIndex[id].map { (bodies[$0.body], bodies[$0.body].committees[$0.committee]) }
    }

    func meeting(_ id: String) -> (Body, StoredMeeting)? {
        meetingIndex[id].map { (bodies[$0.body], bodies[$0.body].meetings[$0.meeting]) }
    }

    /// The id of a meeting's committee page and OParl organization.
    static func committeeID(_ identity: MeetingIdentity) -> String {
        Slug.make(identity.body.isEmpty ? "Ukendt kommune" : identity.body) + "-" + Slug.make(identity.committee)
    }

    /// A short stable id for a meeting: FNV-1a of its identity, so it stays the same across versions.
    static func meetingID(_ identity: MeetingIdentity) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in "\(identity.body)|\(identity.committee)|\(identity.dateText)|\(identity.kind.rawValue)".utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// URL-safe lower-case names: "Lemvig Kommune" -> "lemvig-kommune", "Økonomiudvalget" -> "oekonomiudvalget".
enum Slug {
    static func make(_ text: String) -> String {
        var out = ""
        var lastDash = true
        for ch in text.lowercased() {
            let mapped: String
            switch ch {
            case "æ": mapped = "ae"
            case "ø": mapped = "oe"
            case "å": mapped = "aa"
            case "é", "è": mapped = "e"
            case "ü": mapped = "u"
            case "ö": mapped = "o"
            case "ä": mapped = "a"
            default: mapped = ch.isASCII && (ch.isLetter || ch.isNumber) ? String(ch) : "-"
            }
            if mapped == "-" {
                if !lastDash { out.append("-") }
                lastDash = true
            } else {
                out.append(mapped)
                lastDash = false
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "x" : out
    }
}
