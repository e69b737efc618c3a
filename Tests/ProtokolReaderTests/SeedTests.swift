import Foundation
import ProtokolModel
import Testing
@testable import ProtokolReader

@Suite("The five seed minutes read into their hand-checked models")
struct SeedTests {
    @Test("each seed matches its expected model field by field", arguments: Seeds.names)
    func seedMatchesExpected(name: String) throws {
        let expected = try Seeds.expected(name)
        let document = try MinutesReader().read(Seeds.bytes(name))
        let differences = MeetingComparison.differences(expected: expected.meeting, actual: document.meeting)
        #expect(differences.isEmpty, "\(name):\n\(differences.prefix(20).joined(separator: "\n"))")
        #expect(document.source.sha256 == expected.source.sha256)
        #expect(document.source.bytes == expected.source.bytes)
        #expect(document.source.format == expected.source.format)
    }

    @Test("Lemvig: header, KLE case numbers, proposals by the director, outcomes")
    func lemvig() throws {
        let m = try MinutesReader().read(Seeds.bytes("000_190a588e3052e256")).meeting
        #expect(m.kind == .minutes)
        #expect(m.body == "Lemvig Kommune")
        #expect(m.committee == "Arbejdsmarkeds- og Integrationsudvalget")
        #expect(m.date?.description == "2022-04-27")
        #expect(m.startTime?.description == "14:00")
        #expect(m.location == "Udvalgsværelse 2, Lemvig Rådhus")
        #expect(m.items.count == 10)
        #expect(m.items[0].caseNumber == "15.20.00A00-1-18")
        #expect(m.items[0].decision == Decision(text: "Drøftet.", outcome: .discussed))
        #expect(m.items[1].decision?.outcome == .recommended)
        #expect(m.items[2].title.hasSuffix("Styrket Jobformidling i Kommuner og A-kasser"))
        #expect(m.items[3].proposal?.points.count == 2)
        #expect(m.items[0].proposal?.by == "Direktøren for Social/Sundhed og Arbejdsmarked")
        #expect(m.items[8].attachments.count == 2)
        #expect(m.items.allSatisfy { $0.isPublic })
    }

    @Test("Vejen: term, absences on every item, a disqualification, closed item")
    func vejen() throws {
        let m = try MinutesReader().read(Seeds.bytes("001_6da26ea54d3e0c77")).meeting
        #expect(m.committee == "Udvalget for arbejdsmarked og integration")
        #expect(m.term == "2022-2025")
        #expect(m.participants.count == 7)
        #expect(m.participants.first { $0.name == "Peter Svane" } == Participant(name: "Peter Svane", party: "D", absent: true))
        #expect(m.items[0].absent == ["Peter Svane"])
        #expect(m.items[2].disqualified == ["Martin Clausen"])
        #expect(m.items[8].isPublic == false)
        #expect(m.items[8].title == "Eventuelt (B)")
        #expect(m.items[8].decision?.outcome == Outcome.none)
        #expect(m.items[0].sections.first?.kind == .proposal)
        #expect(m.items[9].decision == nil)
    }

    @Test("Lejre (Markdown): history, pending decision, numbered proposal points")
    func lejreMarkdown() throws {
        let document = try MinutesReader().read(Seeds.bytes("002_2e8588dc50a27a80"))
        #expect(document.source.format == .markdown)
        let m = document.meeting
        #expect(m.body == "Lejre Kommune")
        #expect(m.committee == "Udvalget for Job, Arbejdsmarked og Integration")
        #expect(m.items[2].caseNumber == "22-001317")
        #expect(m.items[3].decision?.outcome == .postponed)
        #expect(m.items[6].proposal?.points.count == 3)
        #expect(m.items[8].decision == Decision(text: "Beslutning ikke frigivet", outcome: .pending))
        #expect(m.items[0].history.first?.date.description == "2022-03-09")
    }

    @Test("Lejre (text): absence in the header, history across committees")
    func lejreText() throws {
        let m = try MinutesReader().read(Seeds.bytes("003_4c82bc0f16a43aea")).meeting
        #expect(m.participants.first { $0.name == "Bjørn Lykke Sørensen" }?.absent == true)
        #expect(m.items[5].history.count == 7)
        #expect(m.items[5].history.last?.body == "Økonomiudvalget - 2022-2025")
        #expect(m.items[4].decision?.outcome == .recommended)
        #expect(m.items[5].attachments.count == 5)
    }

    @Test("Herlev: a vote and an amendment, closed items")
    func herlev() throws {
        let m = try MinutesReader().read(Seeds.bytes("004_a5f2ec9812497cce")).meeting
        #expect(m.committee == "Arbejdsmarkedsudvalget")
        #expect(m.items[1].decision?.outcome == .amended)
        #expect(m.items[1].votes.first?.inFavour == 7)
        #expect(m.items[1].votes.first?.partiesInFavour == ["A", "F", "C", "Ø"])
        #expect(m.items[0].decision?.outcome == .postponed)
        #expect(m.items[5].isPublic == false && m.items[6].isPublic == false)
        #expect(m.items[4].isPublic)
    }
}

@Suite("Other publishing systems' layouts read without templates")
struct LayoutTests {
    static let layouts = ["acadre-style.txt", "kk-style.html", "agenda-style.txt", "layout-columns.txt"]

    @Test("each layout matches its checked model", arguments: layouts)
    func layoutMatchesExpected(file: String) throws {
        let name = (file as NSString).deletingPathExtension
        let input = try #require(Bundle.module.url(forResource: name, withExtension: (file as NSString).pathExtension, subdirectory: "Layouts"))
        let expectedURL = try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Expected/layouts"))
        let expected = try JSONDecoder().decode(ParsedDocument.self, from: Data(contentsOf: expectedURL))
        let document = try MinutesReader().read(contentsOf: input.path)
        let differences = MeetingComparison.differences(expected: expected.meeting, actual: document.meeting)
        #expect(differences.isEmpty, "\(file):\n\(differences.prefix(20).joined(separator: "\n"))")
    }

    @Test("Acadre-like text: numbered items, votes with parties, closed item, inhabil")
    func acadre() throws {
        let url = try #require(Bundle.module.url(forResource: "acadre-style", withExtension: "txt", subdirectory: "Layouts"))
        let m = try MinutesReader().read(contentsOf: url.path).meeting
        #expect(m.body == "Faxe Kommune")
        #expect(m.committee == "Økonomiudvalget")
        #expect(m.items.map(\.number) == [1, 2, 3, 4])
        #expect(m.items[2].votes.first == Vote(
            text: "Anbefales med 4 stemmer for (V, A, C, F) og 1 imod (O).", inFavour: 4, against: 1,
            partiesInFavour: ["V", "A", "C", "F"], partiesAgainst: ["O"]))
        #expect(m.items[3].isPublic == false)
        #expect(m.items[3].disqualified == ["Anne Hansen"])
        #expect(m.items[1].absent == ["Carl Nielsen"])
    }

    @Test("an HTML page: site chrome left out, bold headings, case number in the title")
    func html() throws {
        let url = try #require(Bundle.module.url(forResource: "kk-style", withExtension: "html", subdirectory: "Layouts"))
        let m = try MinutesReader().read(contentsOf: url.path).meeting
        #expect(m.body == "Københavns Kommune")
        #expect(m.items[1].caseNumber == "2024-0123456")
        #expect(m.items[1].sections.map(\.heading) == ["Indstilling", "Problemstilling", "Økonomi", "Beslutning"])
        #expect(m.items[2].decision?.text == "Intet.")
    }
}
