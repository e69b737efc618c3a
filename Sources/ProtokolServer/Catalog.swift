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

    /// Every meeting of every body.
    var meetings: [StoredMeeting] { bodies.flatMap(\.meetings) }

    /// Reads the current meetings and groups them by body and committee; withdrawn meetings too when
    /// `includingWithdrawn` (the OParl API reports them as deleted; the pages leave them out).
    static func load(from store: any MeetingStore, includingWithdrawn: Bool = false) async throws(StoreError) -> Catalog {
        let meetings = try await store.meetings(includingWithdrawn: includingWithdrawn)
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
        return Catalog(bodies: bodies)
    }

    func body(_ id: String) -> Body? { bodies.first { $0.id == id } }

    func committee(_ id: String) -> (Body, Committee)? {
        for body in bodies {
            if let committee = body.committees.first(where: { $0.id == id }) { return (body, committee) }
        }
        return nil
    }

    func meeting(_ id: String) -> (Body, StoredMeeting)? {
        for body in bodies {
            if let meeting = body.meetings.first(where: { Self.meetingID($0.identity) == id }) { return (body, meeting) }
        }
        return nil
    }

    /// A short stable id for a meeting: FNV-1a of its identity, so it stays the same across versions.
    static func meetingID(_ identity: MeetingIdentity) -> String { identity.stableID }
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
