import Foundation
import ProtokolModel
import ProtokolReader
import ProtokolSynth
import Testing

@Suite struct ReadBackTests {
    /// Every synthetic document reads back into exactly the meeting it was made as. (More items:
    /// PROTOKOL_SYNTH_READBACK_ITEMS.)
    @Test(arguments: [7, 1, 2024] as [UInt64])
    func documentsReadBackAsMade(seed: UInt64) throws {
        let count = ProcessInfo.processInfo.environment["PROTOKOL_SYNTH_READBACK_ITEMS"].flatMap(Int.init) ?? 1_500
        let corpus = SyntheticCorpus(vocabulary: try Seeds.vocabulary(), items: count, seed: seed)
        let reader = MinutesReader()
        var documents = 0
        var items = 0
        for document in corpus {
            let read = try reader.read(document.bytes)
            documents += 1
            items += read.meeting.items.count
            let differences = Self.differences(document.meeting, read.meeting)
            #expect(differences.isEmpty, "\(document.fileName): \(differences.prefix(6).joined(separator: "\n"))")
            #expect(read.warnings.isEmpty, "\(document.fileName): \(read.warnings)")
            if !differences.isEmpty { break }
        }
        #expect(items == count)
        #expect(documents >= count / 16)
    }

    /// Field by field, so a failure says what differs.
    static func differences(_ made: Meeting, _ read: Meeting) -> [String] {
        var out = [String]()
        func check<T: Equatable>(_ name: String, _ a: T, _ b: T) { if a != b { out.append("\(name): made \(a), read \(b)") } }
        check("body", made.body, read.body)
        check("committee", made.committee, read.committee)
        check("term", made.term, read.term)
        check("date", made.date, read.date)
        check("startTime", made.startTime, read.startTime)
        check("location", made.location, read.location)
        check("participants", made.participants, read.participants)
        check("item count", made.items.count, read.items.count)
        for (a, b) in zip(made.items, read.items) {
            let p = "item \(a.number) "
            check(p + "number", a.number, b.number)
            check(p + "title", a.title, b.title)
            check(p + "isPublic", a.isPublic, b.isPublic)
            check(p + "caseNumber", a.caseNumber, b.caseNumber)
            check(p + "section headings", a.sections.map(\.heading), b.sections.map(\.heading))
            check(p + "section kinds", a.sections.map(\.kind), b.sections.map(\.kind))
            for (s, t) in zip(a.sections, b.sections) { check(p + "section \(s.heading) text", s.text, t.text) }
            check(p + "proposal", a.proposal, b.proposal)
            check(p + "decision", a.decision, b.decision)
            check(p + "absent", a.absent, b.absent)
            check(p + "disqualified", a.disqualified, b.disqualified)
            check(p + "votes", a.votes, b.votes)
            check(p + "attachments", a.attachments, b.attachments)
            check(p + "history", a.history, b.history)
        }
        if out.isEmpty { check("meeting", made, read) }
        return out
    }
}
