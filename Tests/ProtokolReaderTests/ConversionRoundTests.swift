import ProtokolModel
import Testing
@testable import ProtokolReader

/// Minutes as converters and page copies print them (the twelfth round of scouting), cut to what each test is about.
@Suite("Minutes as converters print them: run-in headings, noise characters, word processors' forms")
struct ConversionRoundTests {
    @Test("A heading and its first sentence on one line with one space (a margin column read across): heading and text")
    func runInHeadings() throws {
        let meeting = try readMeeting("""
            Byplanudvalget 2018-2021

            Dagsorden

            14. august 2019 kl. 07:30

            Udvalgsværelse 1

            Punkt 1 Godkendelse af dagsordenen

            Beslutning Jf. protokol.

            Punkt 2 Plangrundlag for lokalplan 291 for villakvarteret ved Folkeparken (Beslutning)

            Resumé Der fremlægges forslag til indhold i ny lokalplan for det villakvarter, som ligger mod Folkeparken.

            Indstilling Økonomiudvalget den 3. maj 2019

            Anbefales.
            """)
        #expect(meeting.items.map(\.number) == [1, 2])
        #expect(meeting.items.first?.decision == Decision(text: "Jf. protokol.", outcome: .pending))
        let second = try #require(meeting.items.last)
        #expect(second.sections.first?.heading == "Resumé")
        #expect(second.sections.first?.kind == .summary)
        #expect(second.sections.first?.text.hasPrefix("Der fremlægges forslag") == true)
        // A heading that names a body and a date is one heading, not a heading and a sentence.
        #expect(!second.sections.contains { $0.text.hasPrefix("Økonomiudvalget") })
    }

    @Test("The only item's body opens with a run-in heading: the item is still read")
    func singleItemWithRunInHeading() throws {
        let meeting = try readMeeting("""
            Byplanudvalget

            Protokol

            19-08-2015 kl. 08:15 Udvalgsværelse 1


            1. Håndhævelse af lokalplaner

            Sagsfremstilling Udsat med henblik på invitation af den øvrige Kommunalbestyrelse til gennemgang. Sagen genfremsættes.
            """)
        let item = try #require(meeting.items.first)
        #expect(meeting.items.count == 1)
        #expect(item.title == "Håndhævelse af lokalplaner")
        #expect(item.sections.map(\.kind) == [.presentation])
        #expect(item.sections.first?.text.hasPrefix("Udsat med henblik") == true)
    }
}
