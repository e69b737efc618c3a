import ProtokolModel
import Testing
@testable import ProtokolReader

/// Minutes as municipalities' web pages print them (copied as text): bullets, running item numbers, fields above the
/// heading, headings printed twice, the case's path as "Udvalg, dato, pkt. N:".
@Suite("Minutes copied from web pages")
struct WebPageLayoutTests {
    @Test("items numbered through the year past 200, behind list bullets")
    func runningNumbersBehindBullets() throws {
        let meeting = try readMeeting("""
            Referat
            Kommunalbestyrelsen
            Mødedato: 22. januar 2020

              • 301. Åben dagsorden - godkendelse

                Resume

                Godkendelse af åben dagsorden.

                Beslutning

                Godkendt.

              • 302. Planstrategi 2020

                Beslutning

                Anbefales.
            """)
        #expect(meeting.items.map(\.number) == [301, 302])
        #expect(meeting.items.map(\.title) == ["Åben dagsorden - godkendelse", "Planstrategi 2020"])
        #expect(meeting.items.map { $0.decision?.outcome } == [.approved, .recommended])
    }

    @Test("'1.Strategier': a heading without its space")
    func headingWithoutSpace() throws {
        let meeting = try readMeeting("""
            Dagsorden
            Udvalg: Udvalget for teknik og miljø
            Mødedato: 21. januar 2019

            1.Strategier - Udvalget for teknik og miljø (B)

            Sagsnummer: 18/31615

            Beslutning

            Godkendt.

            2.Forslag til Trafiksikkerhedsplan 2019-2022 (C)

            Sagsnummer: 18/11883
            """)
        #expect(meeting.items.map(\.number) == [1, 2])
        #expect(meeting.items.map(\.caseNumber) == ["18/31615", "18/11883"])
        #expect(meeting.committee == "Udvalget for teknik og miljø")
    }

    @Test("a contents list without page numbers, then each item under its case number")
    func contentsListAndCaseNumbersAbove() throws {
        let meeting = try readMeeting("""
            Udvalget for Regional Udvikling - referat 24-01-2011

            Deltagere

             • Lasse Krull, C
             • Preben Jensen, V
             • Margot Torp, A

             • Afbud

             • Margot Torp, A

              1. Afrapportering fra studiebesøg
              2. Orientering om samarbejdet
              3. Næste møde


              Sagsnr. 10/9778
              1. Afrapportering fra studiebesøg

              Beslutning

              Taget til efterretning.

              Sagsnr. 10/9779
              2. Orientering om samarbejdet

              Beslutning

              Godkendt.

              Sagsnr. 10/9780
              3. Næste møde

              Beslutning

              Godkendt.
            """)
        #expect(meeting.items.map(\.number) == [1, 2, 3])
        #expect(meeting.items.map(\.caseNumber) == ["10/9778", "10/9779", "10/9780"])
        #expect(meeting.items.first?.decision?.text == "Taget til efterretning.")
        #expect(meeting.participants.map(\.name) == ["Lasse Krull", "Preben Jensen", "Margot Torp"])
        #expect(meeting.participants.map(\.party) == ["C", "V", "A"])
        #expect(meeting.participants.map(\.absent) == [false, false, true])
    }

    @Test("the title above 'Sag nr. N' and the case's earlier stages as history")
    func titleAboveNumberAndStages() throws {
        let meeting = try readMeeting("""
            Kommunalbestyrelsen

            24-09-2019

            Spørgetid
            Sag nr. 129

            Beslutning

            Taget til efterretning.

            Tillæg 1 til Lokalplan 145 - endelig vedtagelse
            Sag nr. 130

            Indstilling

            at Tillæg 1 til Lokalplan 145 vedtages.

            Teknik- og Miljøudvalget, 10. september 2019, pkt. 65:

            Anbefales.

            Fraværende: Ole Berg (V)

            Økonomiudvalget, 18. september 2019, pkt. 153:

            Indstilles godkendt.

            Beslutning

            Godkendt.
            """)
        #expect(meeting.committee == "Kommunalbestyrelsen")
        #expect(meeting.items.map(\.title) == ["Spørgetid", "Tillæg 1 til Lokalplan 145 - endelig vedtagelse"])
        #expect(meeting.items.first?.decision?.text == "Taget til efterretning.")
        let item = try #require(meeting.items.last)
        #expect(item.proposal?.points == ["at Tillæg 1 til Lokalplan 145 vedtages."])
        #expect(item.history.map(\.body) == ["Teknik- og Miljøudvalget", "Økonomiudvalget"])
        #expect(item.history.map(\.text) == ["Anbefales.", "Indstilles godkendt."])
        #expect(item.decision?.text == "Godkendt.")
        #expect(item.absent.isEmpty)
    }

    @Test("a heading printed twice, a stand-in after the absent member, 'Til toppen', an English date")
    func headingTwiceAndPageChrome() throws {
        let meeting = try readMeeting("""
            You are here

            Referat

            Dato: Onsdag, April 3, 2019 - 18:00
            Sted: Mødelokale 2A
             • Pkt. 42 Beslutninger om dagsordenen

              Pkt. 42

              Beslutninger om dagsordenen

              Sagsnr. 299835

              Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42

              Herefter godkendt.

              Fraværende: Evan Lynnerup (V) - Marianne Kiærulff (V) mødte som stedfortræder.

              Til toppen

             • Pkt. 43 Meddelelser fra formanden

              Pkt. 43

              Meddelelser fra formanden

              Kultur- og Idrætsudvalget, 03-04-2019, pkt. 43

              Drøftet.
            """)
        #expect(meeting.date == CalendarDate(year: 2019, month: 4, day: 3))
        #expect(meeting.committee != "You are here")
        #expect(meeting.items.map(\.number) == [42, 43])
        let first = try #require(meeting.items.first)
        #expect(first.title == "Beslutninger om dagsordenen")
        #expect(first.caseNumber == "299835")
        #expect(first.sections.map(\.kind) == [.decision])
        #expect(first.decision?.text == "Herefter godkendt.")
        #expect(first.absent == ["Evan Lynnerup"])
        #expect(meeting.items.last?.decision?.outcome == .discussed)
    }

    @Test("a bare 'Fraværende:' line is no part of the decision; 'Afbud fra X stedfortræder Y'")
    func bareAbsenceLabel() throws {
        let meeting = try readMeeting("""
            Referat
            Økonomiudvalget
            Mødedato: 1. oktober 2018

            Punkt 1: Godkendelse af dagsorden

            Beslutning i Økonomiudvalget den 1. oktober 2018:
            Fraværende:
            Godkendt.

            Punkt 2: Meddelelser

            Beslutning

            Afbud fra Benthe Viola Holm stedfortræder Anders Liltorp

            Taget til efterretning.
            """)
        #expect(meeting.items.first?.decision?.text == "Godkendt.")
        #expect(meeting.items.first?.absent == [])
        #expect(meeting.items.last?.absent == ["Benthe Viola Holm"])
    }

    @Test("outcomes: 'besluttede at udsætte', a grant described, 'kunne tiltræde', 'Indstilles til Byrådets godkendelse'")
    func outcomes() {
        #expect(OutcomeReading.outcome(of: "Udvalget besluttede at udsætte sagens behandling.") == .postponed)
        #expect(OutcomeReading.outcome(of: "Hjemmesiden ajourføres i forhold til byrådsmedlemmer, der er bevilget orlov.") == .other)
        #expect(OutcomeReading.outcome(of: "Bevilget.") == .approved)
        #expect(OutcomeReading.outcome(of: "Et flertal i udvalget kunne tiltræde indstillingen.") == .approved)
        #expect(OutcomeReading.outcome(of: "Udvalget kunne ikke tiltræde indstillingen.") == .rejected)
        #expect(OutcomeReading.outcome(of: "Indstilles til Byrådets godkendelse.") == .recommended)
        #expect(OutcomeReading.outcome(of: "Lars Folmann (O) har orienteret om følgende: han frafalder standsningsretten. Dagsordenen blev herefter godkendt.") == .approved)
        #expect(OutcomeReading.outcome(of: "Udvalget godkendte indstillingen og drøftede herefter tidsplanen.") == .approved)
    }

    @Test("'FRAVÆRENDE: X – som stedfortræder deltog Y' in capitals, under a bulleted number alone")
    func capitalAbsenceWithStandIn() throws {
        let meeting = try readMeeting("""
            Økonomiudvalg: Referat af mødet 7. marts 2016

              • 34. 

                Beslutningssag: Godkendelse af dagsorden

                BESLUTNING I ØKONOMIUDVALGET den 07-03-2016
                FRAVÆRENDE: René Christensen – som stedfortræder deltog Birgit Holse.

                Godkendt
            """)
        #expect(meeting.committee == "Økonomiudvalg")
        let item = try #require(meeting.items.first)
        #expect(item.number == 34)
        #expect(item.absent == ["René Christensen"])
        #expect(item.decision?.text == "Godkendt")
    }

    @Test("dates written '15-maj-2002'")
    func dashedMonthName() {
        #expect(DateText.firstDate(in: "Onsdag den 15-maj-2002")?.date == CalendarDate(year: 2002, month: 5, day: 15))
        #expect(DateText.firstDate(in: "Wednesday, May 15, 2002")?.date == CalendarDate(year: 2002, month: 5, day: 15))
    }
}

/// Municipal sites' chrome and fields around minutes: a news banner's date, a "Punkttype" field, Historik stages,
/// items without section headings, a heading glued after the title, "<Name> fraværende".
@Suite("Site chrome and fields around minutes")
struct SiteChromeTests {
    @Test("the weekday line's date over a news banner's; 'Dagsordener og referater' is no committee")
    func bannerDate() throws {
        let meeting = try readMeeting("""
            Dagsordener og referater

            31. oktober 2019: Offentlige information om lukket dagsordenpunkt på Udvikling, By og Land

            Byråd
            Tirsdag den 21-05-2019 kl. 19:00

            57. Godkendelse af dagsorden

            Beslutning

            Godkendt.

            Tonny Nalepa Jensen fraværende
            """)
        #expect(meeting.date == CalendarDate(year: 2019, month: 5, day: 21))
        #expect(meeting.startTime == ClockTime(hour: 19, minute: 0))
        #expect(meeting.committee != "Dagsordener")
        #expect(meeting.kind == .minutes)
        #expect(meeting.items.first?.absent == ["Tonny Nalepa Jensen"])
        #expect(meeting.items.first?.decision?.text == "Godkendt.")
    }

    @Test("'Punkttype' over 'Beslutning.' and a stage under Historik make no decision")
    func fieldsAndHistory() throws {
        let meeting = try readMeeting("""
            Referat
            Økonomiudvalget
            Mødedato: 6. november 2018

            3. Investeringsaftale for 2019

            Punkttype
            Beslutning.

            Tema
            Udvalget anmodes om at indstille investeringsaftalen godkendt i byrådet.

            4. Budget 2019 - Ny styrelsesvedtægt

            Historik

            Økonomiudvalget, 14. maj 2018, pkt. 88:

            Anbefalet med den ændring at budgetopfølgning 2 udskydes.
            """)
        #expect(meeting.items.map(\.number) == [3, 4])
        #expect(meeting.items.map(\.decision) == [nil, nil])
        #expect(meeting.items.last?.history.map(\.body) == ["Økonomiudvalget"])
    }

    @Test("items numbered from 1 over plain text, one with 'Referat' glued to its title")
    func plainItems() throws {
        let meeting = try readMeeting("""
            Referat
            Regionsrådet 24-11-2020 13:00

            1. Meddelelse fra formandenReferat

            Følgende emner blev nævnt under dette punkt.

            2. Kvartalsrapport

            Rapporten blev drøftet.
            """)
        #expect(meeting.items.map(\.title) == ["Meddelelse fra formanden", "Kvartalsrapport"])
    }

    @Test("' • 100' alone over its title; inhabilitet declared in the header for an item; 'X oplyste, at han var inhabil'")
    func bareBulletNumberAndHeaderInhabil() throws {
        let jammerbugt = try readMeeting("Udvalg: Kommunalbestyrelsen\n\nMødedato: 25-06-2020 18:00:00\n\n  • 100\n\n    Godkendelse af regnskab 2019\n\n    • Beslutning\n\n      Godkendt.\n")
        #expect(jammerbugt.items.map(\.number) == [100])
        #expect(jammerbugt.items.first?.title == "Godkendelse af regnskab 2019")
        let meeting = try readMeeting("""
            Referat Byrådet 25. september 2017

            Meddelelser:
            Kim Valentin (V) er erklæret inhabil i sagen om salg af ejendom (punkt 219).

            218. Forslag til Lokalplan 315.19

            Beslutning
            Birger Jensen oplyste, at han var inhabil i behandlingen af punkt 219.

            Godkendt.

            219. Salg af ejendom

            Beslutning
            Godkendt.
            """)
        #expect(meeting.items.map(\.disqualified) == [[], ["Kim Valentin", "Birger Jensen"]])
    }

    @Test("a download link's words are no committee; a room under the date is the place until a Mødested label says otherwise")
    func downloadAndRoom() throws {
        let silkeborg = try readMeeting("Byrådet Beslutningsprotokol. 24. september kl. 17:00\n\nDownload \"Byrådet Beslutningsprotokol. 24. september 2007 - kl. 17:00\"\n\n210. Godkendelse af midler\n\nBeslutning\n\nGodkendt.\n")
        #expect(silkeborg.committee == "Byrådet")
        let ballerup = try readMeeting("Referat\nKommunalbestyrelsen\n\n26.08.2019 kl. 18:00\nKommunalbestyrelsens mødesal på Ballerup Rådhus\n\n1. Anden budgetopfølgning 2019\n\nBeslutning\n\nGodkendt.\n")
        #expect(ballerup.location == "Kommunalbestyrelsens mødesal på Ballerup Rådhus")
        let labelled = try readMeeting("Referat 1. oktober 2025 kl. 15.45\nTeknisk Udvalg - Udvalgsværelse 398\nMødested: Udvalgsværelse 398\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n")
        #expect(labelled.location == "Udvalgsværelse 398")
    }

    @Test("a cookie banner is no committee, the decision headings name it; staff in parentheses are no members")
    func cookieBannerAndStaff() throws {
        let glostrup = try readMeeting("""
            Vi bruger cookies

            Læs vores cookiepolitik

            Referat

            Deltagere:

            John Engelhardt, V
            Eik Møller (kommunaldirektør)

            1. Godkendelse af dagsordenen

            Beslutning i Kommunalbestyrelsen den 17-01-2018

            Godkendt.
            """)
        #expect(glostrup.committee == "Kommunalbestyrelsen")
        #expect(glostrup.participants.map(\.name) == ["John Engelhardt"])
    }
}

