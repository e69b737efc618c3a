import Foundation
import ProtokolModel
import Testing
@testable import ProtokolReader

/// Layouts and phrasings found in other municipalities' minutes than the seeds (each test names what it reads).
@Suite("Other municipalities' layouts and phrasings")
struct GeneralityTests {
    static let itemBody = """
        Sagsnr.: 24/8812

        Beslutning
        Godkendt.
        """

    @Test("a time written 15.00 after a time label, and 'klokken 15.00' after the date")
    func dottedTimes() throws {
        for (line, hour, minute) in [
            ("Mødetidspunkt: 15.00", 15, 0), ("Mødetidspunkt: 15.30 - 17.00", 15, 30), ("Tidspunkt: 15.00-17.00", 15, 0),
            ("Starttidspunkt: 15.00", 15, 0), ("Mødedato: Onsdag 3. maj 2023, klokken 15.00", 15, 0),
        ] {
            let meeting = try readMeeting("Referat\nØkonomiudvalget\nMødedato: 3. maj 2023\n\(line)\n\nPunkt 1: Godkendelse af dagsorden\n\n\(Self.itemBody)\n")
            #expect(meeting.startTime == ClockTime(hour: hour, minute: minute), "\(line)")
        }
        // A date is no time: "Dato: 27.04.2022" gives none.
        #expect(try readMeeting("Referat\nØkonomiudvalget\nDato: 27.04.2022\n\nPunkt 1: Godkendelse af dagsorden\n\n\(Self.itemBody)\n").startTime == nil)
    }

    @Test("a header laid out as a table without colons (Markdown, HTML with <br> between members)")
    func headerTables() throws {
        let markdown = try readMeeting("""
            # Referat – Børne- og Ungeudvalget

            |                   |                                               |
            |-------------------|-----------------------------------------------|
            | **Mødedato**      | 6. juni 2023                                  |
            | **Mødetidspunkt** | Kl. 15.30                                     |
            | **Mødested**      | Mødelokale 2.1, Rådmandshaven 20              |
            | **Medlemmer**     | Linda Frederiksen (A), Birgit Svenningsen (V) |

            ## Punkt 1: Godkendelse af dagsorden

            \(Self.itemBody)
            """)
        #expect(markdown.startTime == ClockTime(hour: 15, minute: 30))
        #expect(markdown.location == "Mødelokale 2.1, Rådmandshaven 20")
        #expect(markdown.participants.map(\.name) == ["Linda Frederiksen", "Birgit Svenningsen"])

        let html = try readMeeting("""
            <html><body><h1>Referat – Børne- og Familieudvalget</h1>
            <table><tr><th>Mødedato</th><td>14. august 2023</td></tr>
            <tr><th>Mødested</th><td>Mødelokale 3, Rådhuset</td></tr>
            <tr><th>Medlemmer</th><td>Diana Mose Olsen (A)<br>Henrik Vallø (V)<br>Karin Balle Pedersen (F)</td></tr>
            <tr><th>Afbud</th><td>Henrik Vallø (V)</td></tr></table>
            <h2>Punkt 1: Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p>
            </body></html>
            """)
        #expect(html.location == "Mødelokale 3, Rådhuset")
        #expect(html.participants.map(\.name) == ["Diana Mose Olsen", "Henrik Vallø", "Karin Balle Pedersen"])
        #expect(html.participants.map(\.absent) == [false, true, false])
    }

    @Test("labels in one column and their values in the next (pdftotext without -layout)")
    func labelColumns() throws {
        let meeting = try readMeeting("""
            Holbæk Kommune
            Referat
            Økonomiudvalget
            Mødedato:
            Mødetidspunkt:
            Mødested:
            Fraværende:
            Onsdag den 3. maj 2023
            15:00 - 17:15
            Byrådssalen, Holbæk Rådhus
            Ulrik Pedersen (V)

            Punkt 1: Godkendelse af dagsorden

            \(Self.itemBody)
            """)
        #expect(meeting.date == CalendarDate(year: 2023, month: 5, day: 3))
        #expect(meeting.startTime == ClockTime(hour: 15, minute: 0))
        #expect(meeting.location == "Byrådssalen, Holbæk Rådhus")
        #expect(meeting.participants.map(\.name) == ["Ulrik Pedersen"] && meeting.participants.first?.absent == true)
    }

    @Test("several fields on one line, 'Tid og sted', and 'Afbud fra X og Y.'")
    func fieldsOnOneLine() throws {
        let meeting = try readMeeting("""
            Referat Økonomiudvalget
            Mødedato: 3. maj 2023 Mødetidspunkt: 16:00-18:45 Mødested: Byrådssalen, Rådhuset, Rådhustorvet 4
            Afbud fra Kenneth Lilholt (V) og Peter Sønderby (O).

            Punkt 1: Godkendelse af dagsorden

            \(Self.itemBody)
            """)
        #expect(meeting.date == CalendarDate(year: 2023, month: 5, day: 3))
        #expect(meeting.startTime == ClockTime(hour: 16, minute: 0))
        #expect(meeting.location == "Byrådssalen, Rådhuset, Rådhustorvet 4")
        #expect(meeting.participants.filter(\.absent).map(\.name) == ["Kenneth Lilholt", "Peter Sønderby"])

        let both = try readMeeting("Referat Økonomiudvalget 3. maj 2023\nTid og sted: kl. 16.00, Byrådssalen\n\nPunkt 1: Godkendelse af dagsorden\n\n\(Self.itemBody)\n")
        #expect(both.startTime == ClockTime(hour: 16, minute: 0))
        #expect(both.location == "Byrådssalen")
    }

    @Test("item headings: 'Sag nr. N', 'N (Åben) Title', 'N.' alone above its title, 'Punkt N (Lukket): Title'")
    func itemHeadings() throws {
        let sag = try readMeeting("""
            DAGSORDEN
            Klima- og Miljøudvalget
            Mødedato: Onsdag den 17. januar 2024

            Sag nr. 1
            Godkendelse af dagsorden

            Sagsnr.: EMN-2024-00012

            Sag nr. 2 Klimahandleplan 2024

            Sagsnr.: EMN-2023-04417
            """)
        #expect(sag.items.map(\.number) == [1, 2])
        #expect(sag.items.map(\.title) == ["Godkendelse af dagsorden", "Klimahandleplan 2024"])
        #expect(sag.items.map(\.caseNumber) == ["EMN-2024-00012", "EMN-2023-04417"])

        let access = try readMeeting("""
            Referat Teknik- og Miljøudvalget 12. juni 2024

            1 (Åben) Godkendelse af dagsorden

            Sagsnr.: 24/8812
            Beslutning
            Godkendt.

            2 (Lukket) Lukket: Udbud af vintertjeneste 2025-2029

            Sagsnr.: 24/9001
            Beslutning
            Godkendt.
            """)
        #expect(access.items.map(\.title) == ["Godkendelse af dagsorden", "Udbud af vintertjeneste 2025-2029"])
        #expect(access.items.map(\.isPublic) == [true, false])

        let alone = try readMeeting("""
            Referat
            Økonomiudvalget
            Mødedato: 3. maj 2023
            1.
            Godkendelse af dagsorden
            Sagsnr.: 00.01.00-A00-1-22
            Udvalgets beslutning
            Godkendt.
            2.
            Regnskab 2022 - overførsler til 2023
            Sagsnr.: 00.30.14-Ø40-2-23
            Udvalgets beslutning
            Anbefales.
            """)
        #expect(alone.items.map(\.title) == ["Godkendelse af dagsorden", "Regnskab 2022 - overførsler til 2023"])
        #expect(alone.items.map(\.caseNumber) == ["00.01.00-A00-1-22", "00.30.14-Ø40-2-23"])
        #expect(alone.items.map { $0.decision?.outcome } == [.approved, .recommended])

        let closed = try readMeeting("Referat Økonomiudvalget 3. maj 2023\n\nPunkt 1: Godkendelse af dagsorden\n\n\(Self.itemBody)\n\nPunkt 2 (Lukket): Køb af ejendom\n\n\(Self.itemBody)\n\nPunkt 3: Salg af grund - lukket punkt\n\n\(Self.itemBody)\n\nPunkt 4: Lukket punkt\n\n\(Self.itemBody)\n")
        #expect(closed.items.map(\.title) == ["Godkendelse af dagsorden", "Køb af ejendom", "Salg af grund", "Lukket punkt"])
        #expect(closed.items.map(\.isPublic) == [true, false, false, false])
    }

    @Test("a case number after Sagsnr. in any shape, and a Lukket status column beside it")
    func caseNumbers() throws {
        #expect(CaseNumbers.fromLine("Sagsnr.: 05.01.14-Ø00-1-23") == "05.01.14-Ø00-1-23")
        #expect(CaseNumbers.isCaseNumber("00.30.14-Ø40-2-23"))
        #expect(CaseNumbers.fromLine("Sagsnr.: 23-45") == "23-45")
        #expect(CaseNumbers.fromLine("Sag: Budget 2024") == nil)
        let meeting = try readMeeting("""
            Referat Økonomiudvalget 3. maj 2023

            1. Godkendelse af dagsorden

            Sagsnr.: 23/1234      Lukket
            Beslutning
            Godkendt.

            2. Vejbelysning i Østbyen

            Sagsnr.: 05.01.14-Ø00-1-23
            Beslutning
            Godkendt.
            """)
        #expect(meeting.items.map(\.caseNumber) == ["23/1234", "05.01.14-Ø00-1-23"])
        #expect(meeting.items.map(\.isPublic) == [false, true])
    }

    @Test("Baggrund and Beskrivelse are headings; a Bilag list gives one title per line")
    func headingsAndAttachments() throws {
        let meeting = try readMeeting("""
            Referat
            Økonomiudvalget
            Mødedato: 3. maj 2023

            Punkt 1: Regnskab 2022

            Baggrund
            Regnskabet for 2022 udviser et samlet mindreforbrug på drift på 42,3 mio. kr.
            Beskrivelse
            Overførslerne fordeler sig på de enkelte udvalg som vist i bilag 1.
            Beslutning
            Anbefales.
            Bilag
            Movias forslag til busrute 152
            Kort over ruteforløb
            """)
        let item = try #require(meeting.items.first)
        #expect(item.sections.map(\.heading) == ["Baggrund", "Beskrivelse", "Beslutning", "Bilag"])
        #expect(item.sections.map(\.kind) == [.presentation, .presentation, .decision, .attachments])
        #expect(item.attachments == ["Movias forslag til busrute 152", "Kort over ruteforløb"])
    }

    @Test("an absence line that ends two pages is no running footer")
    func absenceAtPageFoot() throws {
        let item = { (n: Int, title: String) in
            "Punkt \(n): \(title)\n\nBeslutning\nGodkendt.\n\nFraværende: Mikkel Dencker (O)\n\nSide \(n) af 4\n\u{0C}"
        }
        let text = "Referat Teknik- og Miljøudvalget 12. juni 2024\n\n" + item(1, "Godkendelse af dagsorden") + item(2, "Busrute 152")
            + item(3, "Vintertjeneste") + item(4, "Affaldssortering")
        let meeting = try readMeeting(text)
        #expect(meeting.items.count == 4)
        #expect(meeting.items.map(\.absent) == Array(repeating: ["Mikkel Dencker"], count: 4))
    }

    @Test("outcomes: an amendment voted down, and changes made in the meeting")
    func outcomes() {
        #expect(OutcomeReading.outcome(of: """
            Ændringsforslaget fra Ø blev forkastet med 1 stemme for (Ø) og 9 imod (A, V, C, F, O).
            Budgetforslaget blev herefter godkendt med 8 stemmer for (A, V, C, F) mod 1 (Ø).
            """) == .approved)
        #expect(OutcomeReading.outcome(of: "Ændringsforslaget blev vedtaget. Indstillingen blev herefter godkendt.") == .amended)
        #expect(OutcomeReading.outcome(of: "Godkendt med de i mødet foretagne ændringer.") == .amended)
        #expect(OutcomeReading.outcome(of: "Godkendt.") == .approved)
    }

    @Test("votes labelled 'For stemte … (8). Imod stemte … (1). Undlod …'")
    func labelledVotes() throws {
        let lines = [Line(text: "For stemte: A, V, C, O (8). Imod stemte: Ø (1). Undlod: F (1).", number: 1)]
        let vote = try #require(ItemFacts.votes(in: lines).first)
        #expect(vote.inFavour == 8 && vote.against == 1 && vote.abstaining == 1)
        #expect(vote.partiesInFavour == ["A", "V", "C", "O"] && vote.partiesAgainst == ["Ø"] && vote.partiesAbstaining == ["F"])
        let against = try #require(ItemFacts.votes(in: [Line(text: "Vedtaget med 25 stemmer for (A, V, C, F, B) mod 4 (Ø, O). 2 undlod at stemme (D).", number: 1)]).first)
        #expect(against.inFavour == 25 && against.partiesInFavour == ["A", "V", "C", "F", "B"])
        #expect(against.against == 4 && against.partiesAgainst == ["Ø", "O"])
        #expect(against.abstaining == 2 && against.partiesAbstaining == ["D"])
    }

    @Test("Sagens forløb as a table, and the municipality named only in an HTML page's title")
    func historyTableAndTitle() throws {
        let meeting = try readMeeting("""
            <html><head><title>Referat - Børne- og Familieudvalget - Esbjerg Kommune</title></head><body>
            <h1>Referat – Børne- og Familieudvalget</h1><p>Mødedato: 14. august 2023</p>
            <h2>Punkt 1: Skoledistrikt Nord</h2>
            <h3>Sagens forløb</h3>
            <table><tr><td>14.03.2023</td><td>Børne- og Skoleudvalget</td><td>Anbefalet.</td></tr></table>
            <h3>Beslutning</h3><p>Godkendt.</p>
            </body></html>
            """)
        #expect(meeting.body == "Esbjerg Kommune")
        let history = try #require(meeting.items.first?.history.first)
        #expect(history.date == CalendarDate(year: 2023, month: 3, day: 14))
        #expect(history.body == "Børne- og Skoleudvalget")
        #expect(history.text == "Anbefalet.")
    }

    @Test("headings in a left column beside their text, a running footer with the page number in its last column")
    func leftColumnHeadings() throws {
        let meeting = try readMeeting("""
            Gribskov Kommune                                                        Referat
            Social- og Sundhedsudvalget                                         Mødedato: 04.09.2023

                Mødetidspunkt:   Mandag den 4. september 2023 kl. 16.00
                Mødested:        Mødelokale A, Rådhuset, Helsinge

            Gribskov Kommune, Social- og Sundhedsudvalget, 04.09.2023                        Side 1 af 2

             1. Godkendelse af dagsorden

                Beslutning       Godkendt.

             2. Ældrepolitik 2024-2028 - udkast til høring
                Sagsnr. 27.00.00-G01-3-23

                Baggrund         Byrådet besluttede i 2022, at der skal udarbejdes en ny ældrepolitik.

                Indstilling      Center for Sundhed og Omsorg indstiller, at
                                 1. udkastet til ældrepolitik sendes i høring i 6 uger

                Beslutning       Godkendt.

            Gribskov Kommune, Social- og Sundhedsudvalget, 04.09.2023                        Side 2 af 2

             3. Lukket: Personsag - klage over afgørelse om plejebolig

                Beslutning       Udvalget fastholder afgørelsen.
            """)
        #expect(meeting.committee == "Social- og Sundhedsudvalget")
        #expect(meeting.items.map(\.number) == [1, 2, 3])
        #expect(meeting.items.map(\.isPublic) == [true, true, false])
        let item = meeting.items[1]
        #expect(item.sections.map(\.heading) == ["Baggrund", "Indstilling", "Beslutning"])
        #expect(item.proposal?.by == "Center for Sundhed og Omsorg")
        #expect(item.decision?.text == "Godkendt.")
        #expect(meeting.items[0].decision?.outcome == .approved)
        #expect(!meeting.items.flatMap(\.sections).map(\.text).joined().contains("Side 1 af 2"))
    }

    @Test("a stand-in sits in for an absent member; who left the meeting is absent from the item")
    func standInsAndLeaving() throws {
        let meeting = try readMeeting("""
            Referat Byrådet 25. oktober 2023
            Medlemmer: Birgit S. Hansen (A), Erik Kjærsgaard (O), Bent Kristensen (Ø)
            Stedfortræder: Hanne Hjørnholm (O) for Erik Kjærsgaard (O)

            Punkt 1: Budget 2024

            Beslutning
            Godkendt.

            Punkt 2: Takster 2024

            Beslutning
            Godkendt.

            Punkt 3: Vintertjeneste

            Beslutning
            Godkendt.

            Bent Kristensen (Ø) forlod mødet kl. 17.30 og deltog ikke i behandlingen af dette punkt.
            """)
        #expect(meeting.participants.map(\.name) == ["Birgit S. Hansen", "Erik Kjærsgaard", "Bent Kristensen", "Hanne Hjørnholm"])
        #expect(meeting.participants.map(\.absent) == [false, true, false, false])
        #expect(meeting.participants.last?.party == "O")
        #expect(meeting.items.map(\.absent) == [[], [], ["Bent Kristensen"]])
    }

    @Test("items numbered from 101, a numbered Bilag list, and the meeting's closing line in no item")
    func closingLine() throws {
        let meeting = try readMeeting("""
            Referat
            Børne- og Skoleudvalget
            Dato: 12. marts 2024
            Tid: 16.00

            101. Godkendelse af dagsorden
            Sagsnr.: 17.00.00-A00-1-24

            Beslutning i Børne- og Skoleudvalget den 12. marts 2024
            Godkendt.

            102. Skolestruktur 2025
            Sagsnr.: 17.01.00-P20-4-23

            Beslutning i Børne- og Skoleudvalget den 12. marts 2024
            Anbefales over for Økonomiudvalget og Byrådet.

            Bilag:
            1. Forslag til skolestruktur
            2. Høringsbrev

            Mødet hævet kl. 18.15
            """)
        #expect(meeting.startTime == ClockTime(hour: 16, minute: 0))
        #expect(meeting.items.map(\.number) == [101, 102])
        #expect(meeting.items.last?.attachments == ["Forslag til skolestruktur", "Høringsbrev"])
        #expect(meeting.items.last?.decision?.outcome == .recommended)
    }

    @Test("numbered items without a case number between ones with, and after the last; a decision heading naming the committee")
    func itemsWithoutEvidence() throws {
        let meeting = try readMeeting("""
            Referat
            Økonomiudvalget
            Mødedato: 13. december 2023

            1. Godkendelse af dagsorden

            Beslutning i Økonomiudvalget den 13-12-2023: Godkendt.

            2. Budgetopfølgning

            Sagsnr.: 23/18854
            Beslutning
            Taget til efterretning.

            3. Klagesag

            Social- og Sundhedsudvalgets beslutning den 4. september 2023
            Afslag fastholdes.

            4. Salg af grund

            Sagsnr.: 23/51003
            Beslutning
            Godkendt.
            Fraværende: Ingen

            5. Meddelelser

            6. Eventuelt
            """)
        #expect(meeting.items.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(meeting.items.map(\.title) == ["Godkendelse af dagsorden", "Budgetopfølgning", "Klagesag", "Salg af grund", "Meddelelser", "Eventuelt"])
        #expect(meeting.items[0].decision?.text == "Godkendt.")
        #expect(meeting.items[0].sections.first?.heading == "Beslutning i Økonomiudvalget den 13-12-2023")
        // (Another committee's decision, taken before this meeting: the case's history, and no decision of this meeting.)
        #expect(meeting.items[2].decision == nil)
        #expect(meeting.items[2].history.map(\.text) == ["Afslag fastholdes."])
        #expect(meeting.items[3].absent == [])
    }

    @Test("absences named in an item in more ways, and 'Sagens tidligere behandling' with its dated entries")
    func absencesAndPreviousTreatment() throws {
        let meeting = try readMeeting("""
            Referat Økonomiudvalget 13. december 2023

            Punkt 1: Budget 2024

            Sagens tidligere behandling
            07.09.2023  Byrådet: Budgetforslaget oversendt til 2. behandling.
            18.09.2023  Økonomiudvalget: Indstillingen anbefales.

            Beslutning
            Anbefales.
            Fraværende med afbud: Niels Dueholm (V)
            Kurt Rasmussen (V) deltog ikke i sagens behandling.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.absent == ["Niels Dueholm", "Kurt Rasmussen"])
        #expect(item.sections.first?.kind == .previous)
        #expect(item.history.map(\.body) == ["Byrådet", "Økonomiudvalget"])
        #expect(item.history.map(\.text) == ["Budgetforslaget oversendt til 2. behandling.", "Indstillingen anbefales."])
        #expect(item.decision?.text == "Anbefales.")
    }

    @Test("a byråd protocol: capitals, a contents list without page numbers, 'Sag nr. N / Byrådet date', group lines")
    func councilProtocol() throws {
        let meeting = try readMeeting("""
            RANDERS KOMMUNE

            REFERAT

            Byrådet

            Ordinært møde torsdag den 28. september 2023 kl. 17.00

            Indhold
            Sag nr. 11  Godkendelse af dagsorden
            Sag nr. 12  Budget 2024-2027
            Sag nr. 13  Køb af ejendom

            Sag nr. 11 / Byrådet 28.09.2023
            Godkendelse af dagsorden

            Byrådets beslutning den 28. september 2023
            Godkendt.

            Sag nr. 12 / Byrådet 28.09.2023
            Budget 2024-2027                                          Åben sag

            Sagsnr.: 23/45678

            Byrådets beslutning den 28. september 2023
            Vedtaget.

            Lukkede punkter

            Sag nr. 13 / Byrådet 28.09.2023
            Køb af ejendom

            Byrådets beslutning den 28. september 2023
            Godkendt.
            """)
        #expect(meeting.body == "Randers Kommune")
        #expect(meeting.items.map(\.number) == [11, 12, 13])
        #expect(meeting.items.map(\.title) == ["Godkendelse af dagsorden", "Budget 2024-2027", "Køb af ejendom"])
        #expect(meeting.items.map(\.isPublic) == [true, true, false])
        #expect(meeting.items[1].caseNumber == "23/45678")
        #expect(meeting.items[1].decision?.text == "Vedtaget.")
    }

    @Test("a running header with bars, 'Start kl.', and the case's fields under the title")
    func fieldsAndBars() throws {
        #expect(PageNoise.isPageNumber("Økonomiudvalget | 13-12-2023 | Side 4"))
        #expect(PageNoise.isPageNumber("Økonomiudvalget | 13-12-2023 | Side 4 af 6"))
        #expect(!PageNoise.isPageNumber("Der er afsat 4 mio. kr. | Side 2 viser 3"))
        let meeting = try readMeeting("""
            Referat Økonomiudvalget 13. december 2023
            Start kl.: 15:00

            Punkt 1: Budget 2024

            KLE: 00.30.01
            Sagsnr.: 23/45678

            Beslutning
            Godkendt.
            """)
        #expect(meeting.startTime == ClockTime(hour: 15, minute: 0))
        #expect(meeting.items.first?.caseNumber == "23/45678")
        #expect(meeting.items.first?.sections.map(\.heading) == ["Beslutning"])
    }

    @Test("an HTML page with a breadcrumb, the committee in <h1> and the kind word in a line of its own with the date")
    func committeeAboveKind() throws {
        let meeting = try readMeeting("""
            <html><head><title>Referat | Svendborg Kommune</title></head><body>
            <div id="top"><a href="/">Svendborg Kommune</a> &gt; <a href="/politik">Politik</a> &gt; Dagsordener og referater</div>
            <h1 class="udvalg">Miljø-, Klima- og Naturudvalget 2022-2025</h1>
            <div class="moedeinfo"><span>Referat</span> <span>Onsdag den 4. oktober 2023</span> <span>Kl. 15.00</span></div>
            <h2><span class="nr">1.</span> Godkendelse af dagsorden</h2>
            <h3>Beslutning</h3><p>Godkendt.</p>
            </body></html>
            """)
        #expect(meeting.committee == "Miljø-, Klima- og Naturudvalget")
        #expect(meeting.term == "2022-2025")
        #expect(meeting.date == CalendarDate(year: 2023, month: 10, day: 4))
        #expect(meeting.startTime == ClockTime(hour: 15, minute: 0))
        #expect(meeting.items.map(\.title) == ["Godkendelse af dagsorden"])
    }

    @Test("a place without its label, and a room named by the word of a label")
    func placesWithoutLabel() throws {
        for (line, place) in [
            ("Byrådssalen, Rådhuset, Laksetorvet 1, 8900 Randers", "Byrådssalen, Rådhuset, Laksetorvet 1, 8900 Randers"),
            ("Mødelokale 1, Roskilde Rådhus, Rådhusbuen 1", "Mødelokale 1, Roskilde Rådhus, Rådhusbuen 1"),
        ] {
            let meeting = try readMeeting("Referat\nØkonomiudvalget\nOnsdag den 13. december 2023 kl. 16.30\n\(line)\n\nPunkt 1: Godkendelse af dagsorden\n\n\(Self.itemBody)\n")
            #expect(meeting.location == place)
        }
    }

    @Test("'X foreslår, at …' under Indstilling names who proposes")
    func suggestion() throws {
        let meeting = try readMeeting("""
            Referat Ældre- og Handicapudvalget 12. december 2023

            Punkt 1: Orientering om sygefravær

            Indstilling
            Ældre- og Handicapforvaltningen foreslår, at orienteringen tages til efterretning.

            Beslutning
            Taget til efterretning.
            """)
        #expect(meeting.items.first?.proposal == Proposal(by: "Ældre- og Handicapforvaltningen", points: ["at orienteringen tages til efterretning."]))
    }

    @Test("'Afgørelse' as the decision, a region as the body, 'Det indstilles, at …' and 'X anbefaler, at …'")
    func regionsAndAfgørelse() throws {
        let meeting = try readMeeting("""
            Beslutningsprotokol
            Forretningsudvalget, Region Hovedstaden
            Mødedato: 12. marts 2024

            Pkt. 1. Regnskab 2023

            Forslag til beslutning
            Koncerndirektionen anbefaler, at regnskab 2023 godkendes.

            Afgørelse:
            Anbefales.

            Pkt. 2. Takster 2024

            Indstilling
            Det indstilles, at taksterne godkendes som foreslået.

            Afgørelse: Godkendt, dog således at taksten for kørsel nedsættes.
            """)
        #expect(meeting.body == "Region Hovedstaden")
        #expect(meeting.items.map(\.number) == [1, 2])
        #expect(meeting.items[0].proposal == Proposal(by: "Koncerndirektionen", points: ["at regnskab 2023 godkendes."]))
        #expect(meeting.items[0].decision?.outcome == .recommended)
        #expect(meeting.items[1].proposal == Proposal(by: nil, points: ["at taksterne godkendes som foreslået."]))
        #expect(meeting.items[1].decision?.outcome == .amended)
    }

    @Test("a table of the case's fields under each item: case number and status columns")
    func caseFieldTable() throws {
        let meeting = try readMeeting("""
            # Referat – Økonomiudvalget

            **Mødedato:** 12. marts 2024

            ## Punkt 1: Takster for havnen

            | Sagsnr. | Sagsbehandler | Status |
            |---|---|---|
            | 01.02.05-P16-1-23 | Hanne Lund | Åben |

            **Beslutning**

            Godkendt.

            ## Punkt 2: Køb af ejendom

            | Sagsnr. | Sagsbehandler | Status |
            |---|---|---|
            | 05.01.00-G01-3-24 | Bo Dam | Lukket |

            **Beslutning**

            Godkendt.
            """)
        #expect(meeting.items.map(\.caseNumber) == ["01.02.05-P16-1-23", "05.01.00-G01-3-24"])
        #expect(meeting.items.map(\.isPublic) == [true, false])
        #expect(meeting.items.map { $0.sections.map(\.heading) } == [["Beslutning"], ["Beslutning"]])
    }

    @Test("an HTML table of items: a header row, then number, title and case number cells; Bornholm as the body")
    func htmlItemTable() throws {
        let meeting = try readMeeting("""
            <html><body><h1>Bornholms Regionskommune</h1><h2>Referat – Kommunalbestyrelsen</h2>
            <p>Mødedato: 25. april 2024, kl. 16:00</p>
            <table><tr><th>Nr.</th><th>Sag</th><th>Sagsnr.</th></tr>
            <tr><td>12</td><td>Regnskab 2023</td><td>24/04431</td></tr>
            <tr><td colspan="3"><h4>Beslutning</h4><p>Godkendt.</p></td></tr>
            <tr><td>13</td><td>Lukket punkt: Køb af areal ved Nexø Havn</td><td>24/05012</td></tr>
            <tr><td colspan="3"><h4>Beslutning</h4><p>Godkendt.</p></td></tr>
            <tr><td>14</td><td>Spørgetid</td><td></td></tr>
            <tr><td colspan="3"><h4>Beslutning</h4><p>Intet under dette punkt.</p></td></tr>
            </table></body></html>
            """)
        #expect(meeting.body == "Bornholms Regionskommune")
        #expect(meeting.items.map(\.number) == [12, 13, 14])
        #expect(meeting.items.map(\.title) == ["Regnskab 2023", "Køb af areal ved Nexø Havn", "Spørgetid"])
        #expect(meeting.items.map(\.caseNumber) == ["24/04431", "24/05012", nil])
        #expect(meeting.items.map(\.isPublic) == [true, false, true])
    }

    @Test("a committee printed in capitals is written as elsewhere; short names in capitals stay")
    func committeeInCapitals() throws {
        let meeting = try readMeeting("ÆRØ KOMMUNE\nReferat\nSOCIAL- OG SUNDHEDSUDVALGET\nMødedato: 07.05.2024\n\nPunkt 1: Godkendelse af dagsorden\n\n\(Self.itemBody)\n")
        #expect(meeting.committee == "Social- og Sundhedsudvalget")
        #expect(HeaderReader.uncapitalised("UDVALG FOR TEKNIK OG MILJØ") == "Udvalg for Teknik og Miljø")
        #expect(HeaderReader.uncapitalised("HMU") == "HMU")
        #expect(HeaderReader.uncapitalised("Økonomiudvalget") == "Økonomiudvalget")
    }

    @Test("a partial approval, or a decision taken instead of the proposal, is amended; a rejection alone is not")
    func partialApproval() {
        #expect(OutcomeReading.outcome(of: "Udvalget godkendte indstillingens punkt 1.\n\nPunkt 2 blev ikke godkendt.") == .amended)
        #expect(OutcomeReading.outcome(of: "Godkendt, dog blev punkt 3 ikke godkendt.") == .amended)
        #expect(OutcomeReading.outcome(of: "Indstillingen blev ikke fulgt. Udvalget besluttede i stedet, at sagen genoptages.") == .amended)
        #expect(OutcomeReading.outcome(of: "Ikke godkendt.") == .rejected)
        #expect(OutcomeReading.outcome(of: "Indstillingens punkt 2 blev ikke godkendt.") == .rejected)
        #expect(OutcomeReading.outcome(of: "Godkendt.") == .approved)
    }

    @Test("lettered points 'a.' and 'a)' in a proposal; party letters alone before 'stemte imod'")
    func letteredPointsAndPartyVotes() throws {
        let meeting = try readMeeting("""
            Referat
            Økonomiudvalget
            Mødedato: 3. maj 2023

            Punkt 1: Budget 2024

            Sagsnr.: 24/8812

            Indstilling
            Direktionen indstiller, at
            a. budgettet godkendes,
            b. taksterne hæves med 2 pct., og
            c. sagen sendes til byrådet.

            Beslutning
            Godkendt. A, F og Ø stemte imod.

            Punkt 2: Takster

            Sagsnr.: 24/8813

            Indstilling
            Forvaltningen indstiller, at
            f. eks. taksterne hæves.

            Beslutning
            Godkendt.
            """)
        #expect(meeting.items[0].proposal?.points == ["budgettet godkendes,", "taksterne hæves med 2 pct., og", "sagen sendes til byrådet."])
        #expect(meeting.items[0].votes.map(\.partiesAgainst) == [["A", "F", "Ø"]])
        #expect(meeting.items[1].proposal?.points.count == 1, "'f. eks.' is no point")
    }

    @Test("the committee above the kind word when a room follows it; labels without colon; <span> and <dl> fields")
    func committeeFirstAndBareLabels() throws {
        let text = try readMeeting("""
            Randers Kommune

            Børne- og Skoleudvalget

            Referat

            Tirsdag den 12. marts 2024 kl. 15.30
            Udvalgsværelse 2, Rådhuset

            1. Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(text.committee == "Børne- og Skoleudvalget")
        #expect(text.location == "Udvalgsværelse 2, Rådhuset")
        let html = try readMeeting("""
            <html><body><article><h1>Børne- og Skoleudvalget</h1><p>Referat</p>
            <div><span class="label">Dato</span><span>tirsdag den 12. marts 2024 kl. 15.30</span></div>
            <div><span class="label">Sted</span><span>Udvalgsværelse 2, Rådhuset, Laksetorvet</span></div>
            <div><span class="label">Medlemmer</span><span>Jacob Fløe Jensen (A), Helle Raun (O)</span></div>
            <div><span class="label">Afbud</span><span>Helle Raun (O)</span></div>
            <section><h2><span>1.</span> Skolestruktur</h2>
            <dl><dt>Sagsnr.</dt><dd>24-003817</dd><dt>Sagsbehandler</dt><dd>Lise Riis</dd></dl>
            <h3>Beslutning</h3><p>Godkendt.</p></section></article></body></html>
            """)
        #expect(html.committee == "Børne- og Skoleudvalget")
        #expect(html.location == "Udvalgsværelse 2, Rådhuset, Laksetorvet")
        #expect(html.participants.map(\.name) == ["Jacob Fløe Jensen", "Helle Raun"])
        #expect(html.participants.map(\.absent) == [false, true])
        #expect(html.items.first?.caseNumber == "24-003817")
        #expect(html.items.first?.sections.map(\.heading) == ["Beslutning"])
    }

    @Test("a sentence wrapped after 'byrådets beslutning' is no decision heading; 'Økonomiudvalgets beslutning den …' is")
    func genitiveDecisionInText() throws {
        let meeting = try readMeeting("""
            Referat
            Økonomiudvalget
            Mødedato: 3. maj 2023

            Punkt 1: Budgetopfølgning

            Sagsnr.: 24/8812

            Sagsfremstilling
            Merforbruget er 2.350.000 kr. højere end i 2023, jf. byrådets beslutning af
            12. december 2023. Det skyldes blandt andet byrådets beslutning
            om at udvide antallet af pladser.

            Økonomiudvalgets beslutning den 5. marts 2024
            Taget til efterretning.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.sections.map(\.kind) == [.presentation, .decision])
        #expect(item.decision?.text == "Taget til efterretning.")
        #expect(MinutesParser.namesDecidingBody("teknik- og miljøudvalgets beslutning den 5. marts 2024"))
        #expect(!MinutesParser.namesDecidingBody("det skyldes blandt andet byrådets beslutning"))
    }

    @Test("items right under the text before them when their case number follows; stand-ins on the absence line")
    func itemsWithoutBlankLinesAndStandIns() throws {
        let meeting = try readMeeting("""
            Kalundborg Kommune
            Referat
            Økonomiudvalget
            Mødedato: 14.05.2024
            Deltagere: Martin Damm (V), Jørn Bjørn Jensen (A), Lars Krarup (V)
            Afbud: Lars Krarup (V) – stedfortræder Dorte West (V)
            1. Godkendelse af dagsorden
            Sagsnr.: 24/11002
            Beslutning
            Godkendt.
            2. Lånoptagelse 2024
            Sagsnr.: 24/10377
            Sagsfremstilling
            Lånet optages i KommuneKredit. Det følger af
            3. Anlæg i Kalundborg, som blev vedtaget i 2023.
            Beslutning
            Anbefales.
            3. Orientering om likviditet
            Sagsnr.: 24/10811
            Beslutning
            Taget til efterretning.
            """)
        #expect(meeting.items.map(\.number) == [1, 2, 3])
        #expect(meeting.items.map(\.caseNumber) == ["24/11002", "24/10377", "24/10811"])
        #expect(meeting.items.map { $0.decision?.outcome } == [.approved, .recommended, .noted])
        #expect(meeting.participants.map(\.name) == ["Martin Damm", "Jørn Bjørn Jensen", "Lars Krarup", "Dorte West"])
        #expect(meeting.participants.map(\.absent) == [false, false, true, false])
        let other = try readMeeting("Referat\nØkonomiudvalget\nMødedato: 14.05.2024\nDeltagere: Trine Holm (F), Bo Lind (C)\nAfbud: Trine Holm (F). I stedet deltog stedfortræder Jens Aagaard (F).\n\nPunkt 1: Godkendelse af dagsorden\n\n\(Self.itemBody)\n")
        #expect(other.participants.map(\.name) == ["Trine Holm", "Bo Lind", "Jens Aagaard"])
        #expect(other.participants.map(\.absent) == [true, false, false])
    }

    @Test("'Ekstraordinært møde i X', 'X (ekstraordinært møde)' and 'X-ets møde' name the committee X")
    func committeeNameForms() {
        #expect(HeaderReader.committeeName("Ekstraordinært møde i Økonomiudvalget") == "Økonomiudvalget")
        #expect(HeaderReader.committeeName("Møde i Økonomiudvalget") == "Økonomiudvalget")
        #expect(HeaderReader.committeeName("Økonomiudvalget (ekstraordinært møde)") == "Økonomiudvalget")
        #expect(HeaderReader.committeeName("Beslutningsprotokol for Økonomiudvalgets møde") == "Økonomiudvalget")
        #expect(HeaderReader.committeeName("Udvalget for Klima og Miljø") == "Udvalget for Klima og Miljø")
    }

    @Test("absence and disqualification phrasings in items; 'Oversendt til' and 'kunne ikke anbefale'")
    func moreAbsencePhrasings() {
        for line in [
            "Fraværende under punktet: Bo Lind (C).", "Fraværende under behandlingen: Bo Lind (C)",
            "Bo Lind (C) forlod mødet under behandlingen af punktet.", "Bo Lind (C) var ikke til stede.",
        ] {
            #expect(ItemFacts.absentNames(line)?.map(\.name) == ["Bo Lind"], "\(line)")
        }
        #expect(ItemFacts.disqualifiedNames("Udvalget vurderede, at Anja Holm (A) var inhabil i sagen.").map(\.name) == ["Anja Holm"])
        #expect(OutcomeReading.outcome(of: "Oversendt til Økonomiudvalget og Byrådet med anbefaling.") == .recommended)
        #expect(OutcomeReading.outcome(of: "Udvalget kunne ikke anbefale indstillingen.") == .rejected)
    }

    @Test("the common vote sentences of council minutes", arguments: [
        ("Indstillingen blev godkendt med 22 stemmer mod 6.", Vote(text: "", inFavour: 22, against: 6)),
        ("Forslaget blev forkastet med 3 stemmer (O) mod 25 (A, V, F, C, Ø).",
            Vote(text: "", inFavour: 3, against: 25, partiesInFavour: ["O"], partiesAgainst: ["A", "V", "F", "C", "Ø"])),
        ("Et flertal bestående af A, V, F og C tiltrådte indstillingen. Et mindretal bestående af O og Ø stemte imod.",
            Vote(text: "", partiesInFavour: ["A", "V", "F", "C"], partiesAgainst: ["O", "Ø"])),
        ("Forslaget blev forkastet. Følgende stemte for: F, Ø, Å. Følgende stemte imod: A, B, C, V, I.",
            Vote(text: "", partiesInFavour: ["F", "Ø", "Å"], partiesAgainst: ["A", "B", "C", "V", "I"])),
        ("Godkendt. For stemte A, V, C og F. Imod stemte O og Ø.", Vote(text: "", partiesInFavour: ["A", "V", "C", "F"], partiesAgainst: ["O", "Ø"])),
        ("For stemte: 20 (A, V, F, C). Imod stemte: 4 (O, Ø).",
            Vote(text: "", inFavour: 20, against: 4, partiesInFavour: ["A", "V", "F", "C"], partiesAgainst: ["O", "Ø"])),
        ("Godkendt med 27 stemmer. 2 medlemmer undlod at stemme (Ø).", Vote(text: "", inFavour: 27, abstaining: 2, partiesAbstaining: ["Ø"])),
        ("Godkendt. Undlod at stemme: F.", Vote(text: "", partiesAbstaining: ["F"])),
        ("Tiltrådt med 7 stemmer for (A, F, C, Ø). Imod stemte 2 (V). Undlod at stemme 1 (O).",
            Vote(text: "", inFavour: 7, against: 2, abstaining: 1, partiesInFavour: ["A", "F", "C", "Ø"], partiesAgainst: ["V"], partiesAbstaining: ["O"])),
        ("For stemte 27: A, B, C, F, O (Niels D. Kelberg), V Imod stemte 2: O (Githa Nelander), Ø",
            Vote(text: "", inFavour: 27, against: 2, partiesInFavour: ["A", "B", "C", "F", "O", "V"], partiesAgainst: ["O", "Ø"])),
    ])
    func voteSentences(_ sentence: String, _ expected: Vote) {
        var vote = ItemFacts.votes(in: [Line(text: sentence, number: 1)]).first
        vote?.text = ""
        #expect(vote == expected, "\(sentence)")
    }

    @Test("a vote told over two paragraphs is one vote")
    func voteOverTwoParagraphs() {
        let votes = ItemFacts.votes(in: [
            Line(text: "Et flertal bestående af A, V, F og C tiltrådte indstillingen.", number: 10),
            Line(text: "Et mindretal bestående af O og Ø stemte imod.", number: 12),
        ])
        #expect(votes.count == 1)
        #expect(votes.first?.partiesInFavour == ["A", "V", "F", "C"] && votes.first?.partiesAgainst == ["O", "Ø"])
    }

    @Test("a committee's decision then the council's: the meeting's is the decision, the earlier one history")
    func twoStageDecisions() throws {
        let meeting = try readMeeting("""
            Borgerrepræsentationen

            REFERAT

            fra ordinært møde torsdag den 14. marts 2024 kl. 17.30
            Rådhuset, Borgerrepræsentationens mødesal

            1. Forslag til lokalplan "Ydre Nørrebro II" (Sagsnr. 23/4511)

            Beslutning
            Økonomiudvalgets beslutning den 5. marts 2024
            Indstillingen blev anbefalet uden afstemning.

            Borgerrepræsentationens beslutning den 14. marts 2024
            Ændringsforslag stillet af Enhedslisten:
            "Indstillingens at-punkt 1 ændres, så bygningshøjden maksimalt er 5 etager."
            Ændringsforslaget blev forkastet med 9 stemmer mod 42.

            Indstillingen blev herefter godkendt uden afstemning.

            2. Valg af medlem til Kultur- og Fritidsudvalget (2024-0098811)

            Beslutning
            Borgerrepræsentationens beslutning den 14. marts 2024
            Valgt blev Lars Weiss (A).
            """)
        #expect(meeting.committee == "Borgerrepræsentationen")
        #expect(meeting.startTime == ClockTime(hour: 17, minute: 30))
        let first = try #require(meeting.items.first)
        #expect(first.caseNumber == "23/4511")
        #expect(first.decision?.outcome == .approved, "the amendment fell")
        #expect(first.decision?.text.hasPrefix("Ændringsforslag stillet af Enhedslisten:") == true)
        let fifth = try #require(CalendarDate(year: 2024, month: 3, day: 5))
        #expect(first.history == [HistoryEntry(date: fifth, body: "Økonomiudvalget", text: "Indstillingen blev anbefalet uden afstemning.")])
        #expect(meeting.items.last?.decision?.text == "Valgt blev Lars Weiss (A).")
    }

    @Test("a contents list that prints the numbers confirms an item right under the text before it")
    func contentsWithNumbers() throws {
        let meeting = try readMeeting("""
            Referat
            Økonomiudvalget
            Mødedato: 3. maj 2023
            Indholdsfortegnelse
            1. Godkendelse af dagsorden ..................... 2
            2. Meddelelser .................................. 2

            1. Godkendelse af dagsorden
            Sagsnr.: 00.01.00-A00-1-22
            Udvalgets beslutning
            Godkendt.
            Afbud fra Ulrik Pedersen (V)
            2. Meddelelser
            Udvalgets beslutning
            Taget til efterretning.
            """)
        #expect(meeting.items.map(\.number) == [1, 2])
        #expect(meeting.items.map { $0.decision?.text } == ["Godkendt.", "Taget til efterretning."])
    }

    @Test("a lettered item '2a.' is an item of its own, numbered 2 with a warning; absence from 'punkt 5 og 6'")
    func letteredItemsAndLaterAbsence() throws {
        let document = try MinutesReader().read(Array("""
            Referat
            Kultur- og Fritidsudvalget
            Mødedato: 8. april 2024

            1. Godkendelse af dagsorden

            Beslutning
            Godkendt.

            2. Underskudsgaranti til Festugen

            Sagsnr.: 24/002341

            Beslutning
            Godkendt.
            Bo Lind (C) forlod mødet kl. 17.40 og deltog ikke i behandlingen af punkt 2a og 3.

            2a. Tilskud til Musikteatret (tillægspunkt)

            Sagsnr.: 24/002899

            Beslutning
            Godkendt.

            3. Eventuelt

            Beslutning
            Intet.
            """.utf8))
        let meeting = document.meeting
        #expect(meeting.items.map(\.number) == [1, 2, 2, 3])
        #expect(meeting.items.map(\.caseNumber) == [nil, "24/002341", "24/002899", nil])
        #expect(document.warnings.contains { $0.message.contains("lettered item") })
        #expect(meeting.items.last?.absent == ["Bo Lind"])
        #expect(ItemFacts.itemNumbers(in: "deltog ikke i behandlingen af punkt 5 og 6.") == [5, 6])
        #expect(ItemFacts.itemNumbers(in: "fraværende under punkterne 4-6") == [4, 5, 6])
        #expect(ItemFacts.itemNumbers(in: "var fraværende") == [])
    }

    @Test("pdftotext -layout: running headers whose gap varies, case numbers in a right-hand column, table rows, a list over a page break")
    func layoutText() throws {
        let header = { (gap: Int) in "Teknik- og Miljøudvalget" + String(repeating: " ", count: gap) + "12-03-2024" }
        let prose = "Kommunen har modtaget en ansøgning om tilladelse til at etablere et nyt regnvandsbassin ved"
        let text = """
            Referat
            Teknik- og Miljøudvalget
            Mødedato: 12. marts 2024

            1. Godkendelse af dagsorden                                              24/1102

            Beslutning
            Godkendt.
            \u{0C}\(header(60))

            2. Lokalplan 11-63 for et boligområde ved Erlevvej, Haderslev -          23/9913
            endelig vedtagelse

            Sagsfremstilling
            \(prose)
            Erlevvej. Udgifterne fordeler sig således:

            Post                               2024          2025
            Byggeri                            18,2          23,9
            Rådgivning                          2,1           1,3

            Indstilling
            Direktøren indstiller,
            1. at lokalplanen vedtages
            \u{0C}\(header(62))

            2. at sagen afsluttes.

            Beslutning
            Godkendt.
            \u{0C}\(header(61))

            3. Eventuelt                                                             24/1200

            Beslutning
            Intet.
            """
        let meeting = try readMeeting(text)
        #expect(meeting.items.map(\.caseNumber) == ["24/1102", "23/9913", "24/1200"])
        #expect(meeting.items.map(\.title) == ["Godkendelse af dagsorden", "Lokalplan 11-63 for et boligområde ved Erlevvej, Haderslev - endelig vedtagelse", "Eventuelt"])
        let item = try #require(meeting.items.dropFirst().first)
        let presentation = try #require(item.sections.first { $0.kind == .presentation })
        #expect(presentation.text.hasSuffix("Post\t2024\t2025\nByggeri\t18,2\t23,9\nRådgivning\t2,1\t1,3"))
        #expect(item.proposal?.points == ["at lokalplanen vedtages", "at sagen afsluttes."])
        #expect(!meeting.items.flatMap(\.sections).contains { $0.text.contains("12-03-2024") }, "no running header left")
    }

    @Test("plain pdftotext: the wrap width holds with a few long joined-hyphen lines; Acadre fields as label then value")
    func plainPdftotext() throws {
        let wrapped = (1...12).map { "Linje \($0) af en sagsfremstilling, der er brudt om af layoutet ved den faste margin her" }
        let long = String(repeating: "skoledistriktsændringsforslagenes ", count: 5)
        let meeting = try readMeeting("""
            Referat
            Børne- og Uddannelsesudvalget
            Mødedato: 4. april 2024

            Pkt. 31 Salg af ejendom
            Sagsnr.:

            24/1021

            Sagsbehandler:

            Karin Møller

            Lukket sag

            Sagsfremstilling
            \(wrapped.joined(separator: "\n"))
            \(long)
            Udvalget skal tage stilling til ændringen af skoledistrikterne mellem
            Assens Skole og Salbrovadskolen fra skoleåret 2025/26.

            Bilag
            Åben - Kvalitetsrapport for folkeskolerne 2022-23

            Beslutning
            Godkendt.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.caseNumber == "24/1021")
        #expect(!item.isPublic)
        #expect(item.sections.map(\.kind) == [.presentation, .attachments, .decision])
        #expect(item.sections.first?.text.contains("mellem Assens Skole") == true)
        #expect(item.attachments == ["Kvalitetsrapport for folkeskolerne 2022-23"])
    }

    @Test("HTML from a site's meeting module: accordion buttons, <p> inside <li> and <td>, file sizes after attachment links")
    func siteHTML() throws {
        let meeting = try readMeeting("""
            <html><body><button>Accepter cookies</button><main><h1>Social- og Sundhedsudvalget</h1><p>Referat</p>
            <p><strong>Mødedato:</strong> Onsdag den 15. maj 2024 kl. 15:00</p>
            <section><h2><button class="toggle"><span>1.</span> <span>Kvalitetsstandarder 2024</span></button></h2>
            <div hidden><h3>Sagsfremstilling</h3><ul><li><p>Tidlig opsporing</p></li><li><p>Et godt hverdagsliv</p></li></ul>
            <table><tr><td><p>Mio. kr.</p></td><td><p>2024</p></td></tr><tr><td><p>Rengøring</p></td><td><p>-0,6</p></td></tr></table>
            <h3>Bilag</h3><ul><li><a href="a.pdf">Kvalitetsstandarder 2024</a> <span>(PDF, 312 KB)</span></li></ul>
            <h3>Beslutning</h3><p>Godkendt.</p></div></section></main></body></html>
            """)
        let item = try #require(meeting.items.first)
        #expect(item.title == "Kvalitetsstandarder 2024")
        #expect(item.sections.first?.text == "- Tidlig opsporing\n- Et godt hverdagsliv\n\nMio. kr.\t2024\nRengøring\t-0,6")
        #expect(item.attachments == ["Kvalitetsstandarder 2024"])
    }

    @Test("Word minutes: 'Ad 1. Title' items, a Referent row that is nobody's absence, the municipality after the committee's dash")
    func wordMinutes() throws {
        let meeting = try readMeeting("""
            # Referat

            **Folkeoplysningsudvalget – Rebild Kommune**

            | Mødedato: | Torsdag den 7. november 2024 |
            | --- | --- |
            | Deltagere: | Lene Aalestrup (A), Kenneth Graversen (V) |
            | Afbud: | Per Bach Laursen (C) |
            | Referent: | Louise Bak, Kultur og Fritid |

            **Ad 1. Godkendelse af dagsorden**

            **Beslutning:** Godkendt.

            **Ad 2. Fordeling af lokaletilskud 2025**

            **Sagsfremstilling:**

            Ad 1: punkter i en tekst er ingen punkter på dagsordenen.

            **Beslutning:** Udvalget bevilgede 30.000 kr.
            """)
        #expect(meeting.committee == "Folkeoplysningsudvalget")
        #expect(meeting.body == "Rebild Kommune")
        #expect(meeting.items.map(\.number) == [1, 2])
        #expect(meeting.items.last?.decision?.outcome == .approved)
        #expect(!meeting.participants.contains { $0.name == "Louise Bak" })
        #expect(meeting.participants.first { $0.name == "Per Bach Laursen" }?.absent == true)
    }

    @Test("an agenda that prints an earlier committee's decision: no decision, the earlier one history, its absence not the item's")
    func agendaWithEarlierDecision() throws {
        let meeting = try readMeeting("""
            DAGSORDEN Byrådet den 25-09-2024

            Mødedato Onsdag d. 25. september 2024 kl. 17:00

            Punkt 1: Anlægsbevilling til cykelsti

            24/1234

            Indstilling

            Direktionen indstiller, at der gives en anlægsbevilling på 2,5 mio. kr.

            Beslutning Økonomiudvalget den 11-09-2024

            Anbefales.

            Afbud: Tove Kruse (O)

            Punkt 2: Eventuelt
            """)
        #expect(meeting.kind == .agenda)
        let item = try #require(meeting.items.first)
        #expect(item.decision == nil)
        #expect(item.absent.isEmpty)
        let eleventh = try #require(CalendarDate(year: 2024, month: 9, day: 11))
        #expect(item.history == [HistoryEntry(date: eleventh, body: "Økonomiudvalget", text: "Anbefales.")])
    }

    @Test("'Punkt 2: …' inside a decision is no item; numbers that start again after 'Tillægsdagsorden' are")
    func itemNumbersGoingBack() throws {
        let meeting = try readMeeting("""
            Referat
            Økonomiudvalget
            Mødedato: 3. maj 2023

            Punkt 3: Kvalitetsstandarder

            Sagsnr.: 24/8812

            Beslutning
            Punkt 1 godkendt.

            Punkt 2: Sagen sendes i høring i Ældrerådet, inden den endelige beslutning træffes.

            Punkt 4: Eventuelt

            Beslutning
            Intet.

            Tillægsdagsorden

            Punkt 1: Ansøgning om dispensation

            Sagsnr.: 24/00312

            Beslutning
            Godkendt.
            """)
        #expect(meeting.items.map(\.number) == [3, 4, 1])
        #expect(meeting.items.first?.decision?.text.contains("Punkt 2: Sagen sendes i høring") == true)
    }

    @Test("outcomes: a minority's dissent after a recommendation, grants, nothing to decide, sent on without a recommendation")
    func moreOutcomes() {
        let cases: [(String, Outcome)] = [
            ("Anbefales over for Byrådet. Bo Nissen (O) kan ikke anbefale overførslen.", .recommended),
            ("Godkendt, idet høringsfristen forlænges. Simon Alcon (Ø) kunne ikke godkende indstillingen.", .approved),
            ("V og C kan ikke anbefale indstillingen.", .rejected),
            ("Ansøgningen imødekommes.", .approved), ("Ansøgningen afslås.", .rejected),
            ("Der var ingen spørgsmål.", .none), ("Sagen oversendes til Byrådet uden indstilling.", .other),
            ("Sagen sendes tilbage til administrationen med henblik på yderligere belysning.", .postponed),
        ]
        for (text, outcome) in cases { #expect(OutcomeReading.outcome(of: text) == outcome, "\(text)") }
    }

    @Test("member lists and absences: '- afbud', a role before the name, 'Stedfortræder X' without colon, inhabil told by the member")
    func membersAndAbsences() throws {
        let meeting = try readMeeting("""
            REFERAT Økonomiudvalget d. 14-03-2023

            Mødedato Tirsdag d. 14. marts 2023
            Mødetid 15:30
            Mødedeltagere Formand Mikkel Bjerre (V), næstformand Hanne Skov Larsen (A), Torben Winther (C) - afbud
            Stedfortræder Anne Mose (C)

            Punkt 1: Budgetopfølgning

            23/2231 - 00.30.14-S55

            Beslutning
            Godkendt.
            Lis Bonde (O) forlod mødet kl. 17.30 inden behandlingen af punktet.
            Peder Bisgaard (V) gjorde opmærksom på, at han var inhabil, og forlod mødet under sagens behandling.
            """)
        #expect(meeting.startTime == ClockTime(hour: 15, minute: 30))
        #expect(meeting.participants.map(\.name) == ["Mikkel Bjerre", "Hanne Skov Larsen", "Torben Winther", "Anne Mose"])
        #expect(meeting.participants.map(\.absent) == [false, false, true, false])
        let item = try #require(meeting.items.first)
        #expect(item.caseNumber == "23/2231")
        #expect(item.absent.contains("Lis Bonde"))
        #expect(item.disqualified == ["Peder Bisgaard"])
    }

    @Test("Markdown with bold-only section headings: a bold sub-heading inside the Sagsfremstilling stays in its text")
    func boldSubheading() throws {
        let meeting = try readMeeting("""
            # Dagsorden

            **Ældrerådet**

            **Mødedato:** 12. februar 2025

            ## Punkt 1: Kvalitetsstandard for hjemmehjælp

            **Sagsfremstilling**

            Kommunen reviderer kvalitetsstandarden.

            **Ændringer i forhold til den nuværende kvalitetsstandard**

            - Rengøring hver 3. uge

            **Indstilling**

            Administrationen indstiller, at Ældrerådet afgiver høringssvar.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.sections.map(\.kind) == [.presentation, .proposal])
        #expect(item.sections.first?.text == "Kommunen reviderer kvalitetsstandarden.\n\nÆndringer i forhold til den nuværende kvalitetsstandard\n\n- Rengøring hver 3. uge")
    }
}
