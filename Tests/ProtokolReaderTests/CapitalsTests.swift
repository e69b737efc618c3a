import Foundation
import ProtokolModel
import Testing
@testable import ProtokolReader

@Suite("Labels printed in capitals")
struct CapitalsTests {
    /// Minutes whose labels are in capitals, as some publishing systems print them.
    static let minutes = """
        REFERAT Økonomiudvalget d. 12-03-2024

        Mødedato Tirsdag d. 12. marts 2024 kl. 15:00

        Mødested Rådhuset, Faxe Kommune

        Punkt 1: Godkendelse af dagsorden

        24/1001

        SAGSFREMSTILLING

        Dagsordenen forelægges til godkendelse.

        INDSTILLING

        DIREKTIONEN INDSTILLER, at dagsordenen godkendes.

        BESLUTNING

        Godkendt.

        AFBUD: Peter Svane (D)

        INHABIL: Martin Clausen (A)

        Punkt 2: Budget 2025

        24/1002

        BESLUTNING

        Anbefales.

        FRAVÆRENDE: Peter Svane (D)
        """

    @Test("AFBUD, FRAVÆRENDE, INHABIL and ... INDSTILLER are read as their small-letter forms are")
    func capitalLabels() throws {
        let meeting = try MinutesReader().read(Array(Self.minutes.utf8)).meeting
        #expect(meeting.items.count == 2)
        let first = try #require(meeting.items.first)
        #expect(first.absent == ["Peter Svane"])
        #expect(first.disqualified == ["Martin Clausen"])
        #expect(first.proposal?.by == "DIREKTIONEN")
        #expect(first.proposal?.points == ["at dagsordenen godkendes."])
        #expect(first.decision?.outcome == .approved)
        #expect(meeting.items.last?.absent == ["Peter Svane"])
    }

    @Test("the line hints fold capitals, Danish letters included")
    func hints() {
        #expect(Line.Hints("AFBUD: Peter Svane").contains(.absence))
        #expect(Line.Hints("FRAVÆRENDE: Peter Svane").contains(.absence))
        #expect(Line.Hints("Fraværende: Peter Svane").contains(.absence))
        #expect(Line.Hints("INHABIL: Martin Clausen").contains(.disqualification))
        #expect(Line.Hints("DIREKTIONEN INDSTILLER, at").contains(.proposal))
        #expect(!Line.Hints("BESLUTNING").contains(.proposal))
    }
}
