import ProtokolModel
import Testing
@testable import ProtokolReader

/// Item headings and header fields in the forms of more municipalities' pages: an access column, "Nr.1 -", a bulleted
/// "1 Title", a glued "114Title", an Odense "Åbent - KLE - case", the meeting dated only by its decisions' headings.
@Suite("More forms of item headings and header fields")
struct ItemHeadingFormTests {
    @Test("'1  Åbent         Title' and '2  Lukket   Title': the access in a column between number and title")
    func accessColumn() throws {
        let meeting = try readMeeting("""
            Dagsorden til møde i Økonomiudvalget

            Mødedato 10. juni 2013

            1  Åbent         Kommuneplan 2013 - juni. Endelig vedtagelse

            018520-2013

            Resumé

            Tekst.

            2  Lukket        Salg af ejendom

            020001-2013

            Resumé

            Tekst.
            """)
        #expect(meeting.items.map(\.title) == ["Kommuneplan 2013 - juni. Endelig vedtagelse", "Salg af ejendom"])
        #expect(meeting.items.map(\.isPublic) == [true, false])
        #expect(meeting.items.map(\.caseNumber) == ["018520-2013", "020001-2013"])
    }

    @Test("'Nr.1 - Title', and a member list of one name a line with blank lines between")
    func nrHeadingsAndSpacedMembers() throws {
        let meeting = try readMeeting("""
            Byrådet - Referat
            26-01-2015 kl. 18:00

            Medlemmer

            Thomas Lykke Pedersen (A)

            Ulla Hardy-Hansen (C)

            Charlotte Bie (V)

            Nr.1 - Godkendelse af dagsordenen

            Beslutning i Byrådet den 26-01-2015

            Dagsordenen blev godkendt.

            Nr.2 - Lukning af Vejenbrødvej

            Sagsnr.: 14/30210

            Beslutning i Byrådet den 26-01-2015

            Godkendt.
            """)
        #expect(meeting.items.map(\.number) == [1, 2])
        #expect(meeting.items.last?.caseNumber == "14/30210")
        #expect(meeting.participants.map(\.name) == ["Thomas Lykke Pedersen", "Ulla Hardy-Hansen", "Charlotte Bie"])
        // "Nr. 5 Tegning" in a list is no item.
        #expect(MinutesParser.punktHeading("Nr. 5 Tegning af området") == nil)
    }

    @Test("bulleted ' • 1 Title' with bulleted section headings; '114Title' glued in a page without blank lines")
    func bulletedAndGlued() throws {
        let viborg = try readMeeting("""
            Byrådet - Referat fra mødet den 11-12-2013

            Referat

             • 1 Oversigt over medlemmerne af Viborg Byråd (orienteringssag)
              • Sagsfremstilling

               Tekst.

              • Beslutning

               Taget til efterretning.

             • 2 Valg af borgmester
              • Beslutning

               Godkendt.
            """)
        #expect(viborg.committee == "Byrådet")
        #expect(viborg.items.map(\.number) == [1, 2])
        #expect(viborg.items.map { $0.decision?.outcome } == [.noted, .approved])
        let glued = try readMeeting("""
            Byrådets møde den 25. juni 2025
            Referat
            114Spørgsmål til Byrådet fra borgerne
            Sagsfremstilling
            Tekst.
            115Godkendelse af lokalplan
            Beslutning
            Godkendt.
            """)
        #expect(glued.items.map(\.number) == [114, 115])
        #expect(glued.items.map(\.title) == ["Spørgsmål til Byrådet fra borgerne", "Godkendelse af lokalplan"])
    }

    @Test("'Åbent - 17.00.00A00 - 2008/048591' under a heading glued to the line above")
    func odenseCaseLine() throws {
        let meeting = try readMeeting("""
            Odense Byråd

            Referat

            Onsdag den 05-11-2008 kl. 17:00

            Oversigtsdagsorden:Åben referat
            1. Kvalitetsrapport 2008.
            Åbent - 17.00.00A00 - 2008/048591

            BESLUTNING

            Orientering givet.
            """)
        #expect(meeting.items.map(\.number) == [1])
        #expect(meeting.items.first?.caseNumber == "2008/048591")
        #expect(meeting.items.first?.decision?.outcome == .noted)
        #expect(CaseNumbers.fromLine("Åbent - 00.22.00-G01-1-16") == "00.22.00-G01-1-16")
    }

    @Test("a meeting dated only by its decisions' headings; the latest stage decides; an addressee before the points")
    func datedByDecisions() throws {
        let meeting = try readMeeting("""
            Forretningsudvalg - mødesager

            Punkter på dagsordenen

              1. Godkendelse af dagsorden
              2. Den prioriterede liste

            1. Godkendelse af dagsorden

            Forretningsudvalgets beslutning den 8. november 2022:

            Dagsordenen blev godkendt.

            2. Den prioriterede liste

            INDSTILLING

            Miljø- og klimaudvalget anbefaler over for forretningsudvalget og regionsrådet:

            - at listen godkendes.

            Miljø- og klimaudvalgets beslutning den 2. november 2022:
            Anbefalet.
            Thomas Rohden (B) deltog ikke i behandlingen af sagen.

            Forretningsudvalgets beslutning den 8. november 2022:

            Godkendt.

            Jesper Hammer (D) og Tormod Olsen (Ø) deltog ikke i sagens behandling.
            """)
        #expect(meeting.committee == "Forretningsudvalg")
        #expect(meeting.date == CalendarDate(year: 2022, month: 11, day: 8))
        let item = try #require(meeting.items.last)
        #expect(item.decision?.text == "Godkendt.")
        #expect(item.absent == ["Jesper Hammer", "Tormod Olsen"])
        #expect(item.history.map(\.body) == ["Miljø- og klimaudvalget"])
        #expect(item.proposal?.by == "Miljø- og klimaudvalget")
        #expect(item.proposal?.points == ["at listen godkendes."])
    }

    @Test("'X foreslår,' opens a proposal; 'Ej til stede:'; 'Udvalg:' gives the term; a page title's chrome")
    func proposalAndFields() throws {
        let meeting = try readMeeting("""
            Kommunalbestyrelsen - Dagsordener og referater
            Referat
            Udvalg: Kommunalbestyrelsen 2022-2025
            Mødedato: 23. juni 2014

            Punkt 1: Anlægsbevilling Lindegade 26

            By- og udviklingsdirektøren foreslår,

            at bevillingsansøgningen imødekommes.

            Beslutning

            Ej til stede: Kisser Franciska Lehnert

            Godkendt.
            """)
        #expect(meeting.committee == "Kommunalbestyrelsen")
        #expect(meeting.term == "2022-2025")
        let item = try #require(meeting.items.first)
        #expect(item.proposal?.by == "By- og udviklingsdirektøren")
        #expect(item.proposal?.points == ["at bevillingsansøgningen imødekommes."])
        #expect(item.absent == ["Kisser Franciska Lehnert"])
        #expect(item.decision?.text == "Godkendt.")
    }

    @Test("the place after the time ('kl. 13:00 i Tapperiet, …'), and the time after the place ('Rådssalen kl. 19.00')")
    func placeAndTime() throws {
        let koege = try readMeeting("Referat\nKlima- og Planudvalget\nDen 09.01.2020 kl. 13:00 i Tapperiet, Sdr. Badevej 1, 4600 Køge\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n")
        #expect(koege.location == "Tapperiet, Sdr. Badevej 1, 4600 Køge")
        #expect(koege.startTime == ClockTime(hour: 13, minute: 0))
        let frederikssund = try readMeeting("Referat\nByrådet\nMødedato: 25. juni 2025\nMødested: Slangerup Rådssalen kl. 19.00\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n")
        #expect(frederikssund.location == "Slangerup Rådssalen")
        #expect(frederikssund.startTime == ClockTime(hour: 19, minute: 0))
    }

    @Test("'Nr.144 - 2. behandling af budget' (a title opening with an ordinal) and '1: Spørgetid i Byrådet' are item headings")
    func ordinalTitleAndGluedColon() throws {
        let fredensborg = try readMeeting("""
            Referat
            Byrådet
            01-10-2018 kl. 18:00

            Nr.143 - Godkendelse af dagsorden

            Beslutning i Byrådet den 01-10-2018

            Dagsordenen blev godkendt.

            Nr.144 - 2. behandling af budget 2019-2022

            Sagsnr.: 18/24758

            Beslutning i Byrådet den 01-10-2018

            Godkendt.
            """)
        #expect(fredensborg.items.map(\.title) == ["Godkendelse af dagsorden", "2. behandling af budget 2019-2022"])
        #expect(fredensborg.items.first?.decision?.text == "Dagsordenen blev godkendt.")
        #expect(fredensborg.items.last?.caseNumber == "18/24758")
        let rksk = try readMeeting("Referat: 21. maj 2019 kl. 16:00\nByrådet\n\n1: Spørgetid i Byrådet\n\nSagsfremstilling\n\nIngen spørgsmål.\n")
        #expect(rksk.items.map(\.title) == ["Spørgetid i Byrådet"])
    }

    @Test("'Sag nr. 19 (ØU 23/2010)' under its title; a page's 'Klik her …' links are no text and no title")
    func caseNumberWithAnotherSeries() throws {
        let meeting = try readMeeting("""
            Kommunalbestyrelsen

            23-02-2010

            Bygningsvedligeholdelse 2010 - ansøgning om anlægsbevilling
            Sag nr. 19 (ØU 23/2010)

            Sagens kerne

            Der ansøges om anlægsbevilling.

            Klik her for at se sagsfremstillingen

            Beslutning

            Godkendt.

            Agerkær 5 og Ruskær 37 - principiel ansøgning om udstykning
            Sag nr. 20 (ØU 24/2010)

            Sagens kerne

            Principiel ansøgning om udstykning af grunde.

            Beslutning

            Godkendt.
            """)
        #expect(meeting.items.map(\.number) == [19, 20])
        #expect(meeting.items.map(\.title) == ["Bygningsvedligeholdelse 2010 - ansøgning om anlægsbevilling", "Agerkær 5 og Ruskær 37 - principiel ansøgning om udstykning"])
        #expect(meeting.items.first?.decision?.text == "Godkendt.")
        #expect(meeting.items.first?.sections.first?.text == "Der ansøges om anlægsbevilling.")
        let hedensted = try readMeeting("Referat\nLanddistriktsrådet\n31. august 2023\n\n1. Godkendelse af dagsordenKlik her for at folde ud og læse mere om Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n")
        #expect(hedensted.items.first?.title == "Godkendelse af dagsorden")
    }
}
