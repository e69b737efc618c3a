import Foundation
import ProtokolModel
import Testing
@testable import ProtokolReader

/// Minutes of municipalities and regions no earlier round had read (the thirteenth round of scouting), cut to what each
/// test is about.
@Suite("Minutes of municipalities not read before: councils' same-day committee decisions, front-page absences")
struct UnseenMunicipalityTests {
    @Test("A council's item printing its committee's decision of the same day: history, not the council's decision")
    func sameDayCommitteeDecision() throws {
        let meeting = try readMeeting("""
            Referat
            til
            mødet i regionsrådet
            den 23. november 2021 kl. 13:30
            i Regionsrådssalen, Regionshuset Viborg, Skottenborg 26, 8800 Viborg

            Sagnr.: 0-3-1-20

            1. Godkendelse af revideret styrelsesvedtægt for Region Midtjylland

            Resume

            Region Midtjyllands styrelsesvedtægt ændres med det vedlagte udkast, således at der nedsættes fem stående udvalg.

            Forretningsudvalget indstiller,

            at forslag til revideret styrelsesvedtægt for Region Midtjylland oversendes til anden behandling.

            Beslutning fra forretningsudvalget, 23. november 2021, pkt. 17:

            Indstillingen blev tiltrådt.

            Steen Thomsen og Nicolaj Bang var fraværende.

            Sagsfremstilling

            Region Midtjylland har aktuelt et almindeligt udvalgsstyre.

            Beslutning

            Indstillingen blev tiltrådt.
            """)
        let item = try #require(meeting.items.first)
        let day = try #require(CalendarDate(year: 2021, month: 11, day: 23))
        #expect(meeting.committee == "Regionsrådet")
        #expect(item.history == [HistoryEntry(date: day, body: "forretningsudvalget", text: "Indstillingen blev tiltrådt.")])
        #expect(item.decision == Decision(text: "Indstillingen blev tiltrådt.", outcome: .approved))
        // Who was away from the committee's meeting was not away from the council's.
        #expect(item.absent.isEmpty)
        // A committee's minutes keep their own decision of the day, whatever body its heading names.
        let committee = try readMeeting("""
            Referat
            til
            mødet i forretningsudvalget
            den 23. november 2021 kl. 10:00

            1. Styrelsesvedtægt

            Beslutning fra forretningsudvalget, 23. november 2021, pkt. 17:

            Indstillingen blev tiltrådt.
            """)
        #expect(committee.items.first?.decision?.outcome == .approved)
    }
}
