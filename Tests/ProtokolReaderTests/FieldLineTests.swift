import Foundation
import ProtokolModel
import Testing
@testable import ProtokolReader

@Suite("Items whose case number shares a line with other fields")
struct FieldLineTests {
    /// A layout some publishing systems print: "N. Title" twice, then one line of fields with the case number
    /// in the unit-year-serial shape, and the decision headed "Beslutning i <udvalg> den <dato>:".
    static let minutes = """
        Teknisk Udvalg – Referat – 3. marts 2021



        1. Godkendelse af dagsorden (B)

        1.     Godkendelse af dagsorden (B)

        Sagsnr.: 120-2021-88                 Dok.nr.: 120-2021-901                                          Åbent
        Kompetence: Teknisk Udvalg
        Beslutningstema
        Dagsordenen forelægges.
        Indstilling
        Direktøren indstiller,
        1.    at dagsordenen godkendes
        Beslutning i Teknisk Udvalg den 3. marts 2021:
        Godkendt.

        2. Vejbelysning på Stationsvej (B)

        2.     Vejbelysning på Stationsvej (B)

        Sagsnr.: 120-2021-95                 Dok.nr.: 120-2021-944                                          Åbent
        Kompetence: Teknisk Udvalg
        Beslutningstema
        Belysningen på Stationsvej skal udskiftes.
        Indstilling
        Direktøren indstiller,
        1.    at belysningen udskiftes for 350.000 kr.
        Beslutning i Teknisk Udvalg den 3. marts 2021:
        Godkendt.
        """

    @Test("the items, their case numbers, proposals and decisions are read")
    func fieldLines() throws {
        let meeting = try MinutesReader().read(Array(Self.minutes.utf8)).meeting
        #expect(meeting.kind == .minutes)
        #expect(meeting.committee == "Teknisk Udvalg")
        #expect(meeting.date == CalendarDate(year: 2021, month: 3, day: 3))
        #expect(meeting.items.map(\.number) == [1, 2])
        #expect(meeting.items.map(\.title) == ["Godkendelse af dagsorden (B)", "Vejbelysning på Stationsvej (B)"])
        #expect(meeting.items.map(\.caseNumber) == ["120-2021-88", "120-2021-95"])
        #expect(meeting.items.map { $0.proposal?.by } == ["Direktøren", "Direktøren"])
        #expect(meeting.items.map { $0.decision?.outcome } == [.approved, .approved])
        // "Kompetence: Teknisk Udvalg" is who decides, though "Kompetence" alone in a sentence is no heading.
        let authority = meeting.items.map { $0.sections.first { $0.kind == .authority } }
        #expect(authority.map { $0?.heading } == ["Kompetence", "Kompetence"])
        #expect(authority.map { $0?.text } == ["Teknisk Udvalg", "Teknisk Udvalg"])
    }

    @Test("the unit-year-serial shape, alone or after a label on a long line")
    func shapes() {
        #expect(CaseNumbers.isCaseNumber("330-2018-3619"))
        #expect(!CaseNumbers.isCaseNumber("12-03-2024"))
        #expect(!CaseNumbers.isCaseNumber("330-3018-3619"))
        let line = "Sagsnr.: 330-2018-3619" + String(repeating: " ", count: 17) + "Dok.nr.: 330-2018-500301" + String(repeating: " ", count: 42) + "Åbent"
        #expect(line.utf8.count > 100)
        #expect(CaseNumbers.fromLine(line) == "330-2018-3619")
    }
}
