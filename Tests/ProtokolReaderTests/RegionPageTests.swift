import ProtokolModel
import Testing
@testable import ProtokolReader

/// Regions' and more councils' pages: First Agenda's labelled header in capitals, template headings of their own.
@Suite("Regions' pages and more councils' templates")
struct RegionPageTests {
    @Test("First Agenda's 'UDVALG / MØDE / STED / STARTTIDSPUNKT' with a meeting's name for MØDE, a list under 'PUNKTER', then the items")
    func labelledHeaderInCapitals() throws {
        let document = try MinutesReader().read(Array("""
            UDVALG

            REGIONSRÅD

            MØDE

            ORDINÆRT REGIONSRÅDSMØDE

            STED

            REGIONSRÅDSSALEN

            STARTTIDSPUNKT

            18-08-2015 17:00:00

            SLUTTIDSPUNKT

            18-08-2015 20:00:00


            PUNKTER

            1. Endeligt regnskab 2014 for Region Hovedstaden og revisionsberetning 2014
            2. Godkendelse af budgetproces for vedtagelse af budget 2016



            1. Endeligt regnskab 2014 for Region Hovedstaden og revisionsberetning 2014

            BAGGRUND FOR SAGENS FREMLÆGGELSE
            Regionsrådet har på mødet den 14. april 2015 behandlet Region Hovedstadens regnskab.

            TIDSPLAN OG VIDERE PROCES
            Regnskabet sendes til Økonomi- og Indenrigsministeriet.

            2. Godkendelse af budgetproces for vedtagelse af budget 2016

            BAGGRUND FOR SAGENS FREMLÆGGELSE
            Budgetprocessen for 2016 forelægges.
            """.utf8))
        let meeting = document.meeting
        #expect(meeting.kind == .agenda)
        #expect(meeting.committee == "Regionsråd")
        #expect(meeting.body == "Region Hovedstaden")
        #expect(meeting.date == CalendarDate(year: 2015, month: 8, day: 18))
        #expect(meeting.startTime == ClockTime(hour: 17, minute: 0))
        #expect(meeting.location == "REGIONSRÅDSSALEN")
        #expect(meeting.items.map(\.number) == [1, 2])
        #expect(meeting.items.map(\.title) == [
            "Endeligt regnskab 2014 for Region Hovedstaden og revisionsberetning 2014", "Godkendelse af budgetproces for vedtagelse af budget 2016",
        ])
        #expect(meeting.items[0].sections.map(\.kind) == [.summary, .other])
        #expect(meeting.items[0].sections.map(\.heading) == ["BAGGRUND FOR SAGENS FREMLÆGGELSE", "TIDSPLAN OG VIDERE PROCES"])
    }

    @Test("Template headings of more councils are sections of their kinds, not text of the section above")
    func moreTemplateHeadings() throws {
        let meeting = try readMeeting("""
            Referat
            Økonomiudvalget
            Mødedato: 3. marts 2021 kl. 16:00

            1. Budgetopfølgning

            Sagens formål
            Udvalget orienteres.

            Lovgrundlag og juridisk vurdering
            Kommunestyrelsesloven.

            Økonomi og organisatoriske konsekvenser
            Ingen.

            Effektvurdering
            Ingen effekt.

            Beslutning
            Godkendt.
            """)
        #expect(meeting.items[0].sections.map(\.kind) == [.summary, .legal, .economy, .other, .decision])
        #expect(meeting.items[0].sections.map(\.text) == ["Udvalget orienteres.", "Kommunestyrelsesloven.", "Ingen.", "Ingen effekt.", "Godkendt."])
    }
}
