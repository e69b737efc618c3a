import ProtokolModel
import Testing
@testable import ProtokolReader

/// Minutes of standing committees and councils read in the eleventh round of scouting, cut to what each test is about.
@Suite("Committees' minutes: lists in decisions, contents columns, headers of web pages")
struct CommitteeRoundTests {
    @Test("'• Pkt. 269. ændres til en drøftelsessag' in a decision's list (Varde): a line of the decision, not an item")
    func pointsOfTheAgendaInADecisionList() throws {
        let meeting = try readMeeting("""
            UDVALG

            Udvalget for Plan og Teknik

            MØDE

            Referat

            STARTTIDSPUNKT

            05-12-2018 12:30:00

            PUNKTER

            262. Godkendelse af dagsorden
            263. Områdeplan Oksbøl

            262. Godkendelse af dagsorden

            Beslutning Udvalget for Plan og Teknik den 05-12-2018

            Godkendt med følgende ændringer:

             • Pkt. 269. ændres til en drøftelsessag
             • Pkt. 270. Overskriften tilføjes O således: ”O Etablering af tilbud om hjælp …”

            Deltog ikke i behandling af punktet: Niels Christiansen og Søren Laulund

            263. Områdeplan Oksbøl

            Sagsfremstilling

            Udvalget for Plan og Teknik vedtog 27. september 2018 ”Forslag til Områdeplan Oksbøl”.
            """)
        #expect(meeting.items.map(\.number) == [262, 263])
        #expect(meeting.items.map(\.title) == ["Godkendelse af dagsorden", "Områdeplan Oksbøl"])
        let decision = try #require(meeting.items.first?.decision)
        #expect(decision.outcome == .amended)
        #expect(decision.text.contains("- Pkt. 270. Overskriften tilføjes O"))
        #expect(meeting.items.first?.absent == ["Niels Christiansen", "Søren Laulund"])
        #expect(meeting.items.last?.sections.map(\.kind) == [.presentation])
    }

    @Test("A contents table printed column by column by plain pdftotext (Langeland): numbers, titles, pages; no items read from it")
    func contentsPrintedInColumns() throws {
        let meeting = try readMeeting("""
            Økonomiudvalget
            Referat
            Mødedato:
            Mandag den 08-04-2013
            Mødelokale:
            Mødelokale 1
            Indholdsfortegnelse
            Sag nr. Side
            79.
            80.
            Meddelelser
            Drøftelse af besparelse på badebroer
            101. Bakkegård Rideklub - principbeslutning i forhold til videre procedure
            vedrørende for meget udbetalt tilskud i 2011 og 2012
            102. LUKKET SAG Ny Strynøfærge - kontraktforhold
            Bilagsoversigt
            Underskriftsside
            79
            79
            101
            103
            104
            105
            79. Meddelelser
            12/15486
            Åben sag
            Beslutning
            Taget til efterretning.
            80. Drøftelse af besparelse på badebroer
            12/20001
            Åben sag
            Beslutning
            Drøftet.
            """)
        #expect(meeting.items.map(\.number) == [79, 80])
        #expect(meeting.items.map(\.title) == ["Meddelelser", "Drøftelse af besparelse på badebroer"])
        #expect(meeting.items.map(\.caseNumber) == ["12/15486", "12/20001"])
        #expect(meeting.items.allSatisfy { $0.isPublic && $0.attachments.isEmpty })
        #expect(meeting.items.map { $0.decision?.outcome } == [.noted, .discussed])
    }

    @Test("A proposal table's cells one under another ('1.' / 'at' / text) and 'indstiller;' (Odder): two points, and who proposes")
    func proposalCellsOneUnderAnother() throws {
        let meeting = try readMeeting("""
            Referat

            Onsdag den 07. september 2016 kl. 16:00

            Mødested: Havnestuen
            Udvalg: Børne-, Fritids- og Kulturudvalget
            Medlemmer: Allan Holst (A), Annette Nyvang (T), Birger Larsen (O)
              • 1
                SSP - drøftelse af ungeindsatsen
                Sagsid.: 16/675

                INDSTILLING:

                Administrationen indstiller;

                1.

                at

                orienteringen tages til efterretning

                2.

                at

                udvalget drøfter hvilke perspektiver på ungeindsatsen, der kunne være interessante at belyse fremadrettet

                SAGSFREMSTILLING:

                På Børne-, Fritids- og Kulturudvalgsmødet d. 6. april 2016 ønskede udvalget en fornyet drøftelse af ungeindsatsten.
            """)
        let proposal = try #require(meeting.items.first?.proposal)
        #expect(proposal.by == "Administrationen")
        #expect(proposal.points == [
            "at orienteringen tages til efterretning",
            "at udvalget drøfter hvilke perspektiver på ungeindsatsen, der kunne være interessante at belyse fremadrettet",
        ])
    }

    @Test("'Stedfortræder Flemming Madsen (A) var fraværende under behandlingen af punkt 1' (Svendborg): the name without the role")
    func standInsRoleIsNoPartOfTheName() throws {
        let meeting = try readMeeting("""
            Teknik- og Miljøudvalget
            Referat • 4. september 2025 kl. 15.30

            1. Budgetopfølgning pr. 30. juni 2025

            Beslutning i Teknik- og Miljøudvalget den 04-09-2025
            Der var afbud fra Karl Magnus Bidstrup (A), som suppleant deltog Flemming Madsen (A).
            Dagsordenen godkendt.
            Stedfortræder Flemming Madsen (A) var fraværende under behandlingen af punkt 1.
            Afbud fra Astrid Ejlersen (A).

            Beslutningstema
            Budgetopfølgning pr. 30. juni 2025 for Teknik- og Miljøudvalgets område.
            """)
        #expect(meeting.items.first?.absent == ["Karl Magnus Bidstrup", "Flemming Madsen", "Astrid Ejlersen"])
    }

    @Test("A page headed only 'Referat' (Stevns): the agenda's approval names the meeting; other bodies' stages are its history")
    func firstItemNamesTheMeeting() throws {
        let meeting = try readMeeting("""
            Referat

             • 740. Åben dagsorden - godkendelse

              Resume

              Godkendelse af åben dagsorden til Kommunalbestyrelsens møde den 21. december 2017.

              Beslutning

              Godkendt

             • 741. Stevns Kommuneplan 2017 - endelig vedtagelse

              Indstilling

              Politik & Borger indstiller til KB via DIR, NFK, PTU og ØU, at

              1. vedtage Stevns Kommuneplan 2017 med de ændringer, som følger af hvidbogen og forvaltningens ændringsnotat.

              Direktionen, 6. november 2017, pkt. 1:

              Anbefales

              Børneudvalget, 14. november 2017, pkt. 364:

              Deltog ikke: John Dallsgaard Jensen (V) og Jørgen Gregersen (B)

              Indstilling tages til efterretning.

              Social- og Sundhedsudvalget, 15. november 2017, pkt. 271:

              Deltog ikke: Jørgen Gregersen (B)

              SSU afventer den videre behandling i KB.
            """)
        #expect(meeting.committee == "Kommunalbestyrelsen")
        #expect(meeting.date == CalendarDate(year: 2017, month: 12, day: 21))
        let item = try #require(meeting.items.last)
        #expect(item.decision == nil)
        #expect(item.absent.isEmpty)
        #expect(item.history.map(\.body) == ["Direktionen", "Børneudvalget", "Social- og Sundhedsudvalget"])
        #expect(item.history.last?.text == "SSU afventer den videre behandling i KB.")
    }

    @Test("'Godkendelse af dagsorden for ØU den 16. februar 2021' dates the meeting, not the latest of the other bodies' decisions")
    func agendaApprovalDatesTheMeeting() throws {
        let meeting = try readMeeting("""
            Referat

             • 212. Dagsorden - Godkendelse

              Resume

              Godkendelse af dagsorden for ØU den 16. februar 2021.

              Beslutning

              Godkendt.

             • 213. Kommuneplan 2021-2033 - Godkendelse

              Resume

              Kommunalbestyrelsen skal behandle Stevns Kommuneplan 2021.

              Beslutning fra Direktionen, 8. februar 2021, pkt. 6:

              Anbefales.

              Beslutning fra Social og Sundhed, 10. februar 2021, pkt. 287:

              Anbefales.

              Beslutning

              6 medlemmer (V+A+C+N) anbefaler indstillingen fra PMT.
            """)
        #expect(meeting.committee == "Økonomiudvalget")
        #expect(meeting.date == CalendarDate(year: 2021, month: 2, day: 16))
        #expect(meeting.items.last?.decision?.text == "6 medlemmer (V+A+C+N) anbefaler indstillingen fra PMT.")
        #expect(meeting.items.last?.history.map(\.body) == ["Direktionen", "Social og Sundhed"])
    }

    @Test("Web pages that lost blank lines (Holbæk): '175. Title' right under 'Godkendt.', and the list's last entry glued to the first heading")
    func headingsWithoutBlankLines() throws {
        let meeting = try readMeeting("""
            UDVALG

            Byrådet

            MØDE

            Referat

            STARTTIDSPUNKT

            17-01-2018 18:00:00


            PUNKTER

            3. Godkendelse af dagsorden til byrådsmøde d. 17. januar 2018
            4. Godkendelse af ny styrelsesvedtægt
            5. Initiativsag - Beslutning om tilbagekaldelse af delegation vedr. Lokalplan 3.793. Godkendelse af dagsorden til byrådsmøde d. 17. januar 2018

            Godkendelse af dagsorden til byrådsmøde d. 17. januar 2018

            Beslutning i Byrådet den 17-01-2018
            Godkendt.

            Morten Bjørn Nielsen deltog ikke i behandlingen af dette punkt.
            4. Godkendelse af ny styrelsesvedtægt

            Godkendelse af ny styrelsesvedtægt

            Beslutning i Byrådet den 17-01-2018
            Godkendt.
            5. Initiativsag - Beslutning om tilbagekaldelse af delegation vedr. Lokalplan 3.79

            Initiativsag - Beslutning om tilbagekaldelse af delegation vedr. Lokalplan 3.79

            Beslutning i Byrådet den 17-01-2018
            Sagen blev udsat.
            """)
        #expect(meeting.items.map(\.number) == [3, 4, 5])
        #expect(meeting.items.first?.title == "Godkendelse af dagsorden til byrådsmøde d. 17. januar 2018")
        #expect(meeting.items.first?.absent == ["Morten Bjørn Nielsen"])
        #expect(meeting.items.map { $0.decision?.outcome } == [.approved, .approved, .postponed])
    }

    @Test("'… deltog i mødet istedet for Per Thomsen.13. Spørgetid' (Faxe): the stand-in sentence, then the next item's heading")
    func headingGluedAfterASentence() throws {
        let meeting = try readMeeting("""
            Referat
            til
            mødet i Byrådet
            den 6. februar 2014 kl. 18:30
            i Byrådssalen, Administrationsbygningen i Rønnede


            12. Godkendelse af dagsorden

            Sagsnr: 00.01.00-P35-34-13 Sagsansvarlig: Ulla Irene Sørensen

            Beslutning i Byrådet den 6. februar 2014

            Godkendt.

            Pia Paaske deltog i mødet istedet for Per Thomsen.13. Spørgetid

            Sagsnr: 00.01.00-P35-34-14 Sagsansvarlig: Ulla Irene Sørensen

            Sagsfremstilling

            Forretningsordenen for spørgetid: ca.3. del af tiden.
            """)
        #expect(meeting.items.map(\.number) == [12, 13])
        #expect(meeting.items.map(\.title) == ["Godkendelse af dagsorden", "Spørgetid"])
        #expect(meeting.items.first?.absent == ["Per Thomsen"])
        #expect(meeting.items.first?.decision?.text == "Godkendt.")
        #expect(meeting.items.last?.sections.first?.text == "Forretningsordenen for spørgetid: ca.3. del af tiden.")
    }

    @Test("A one-page document's page number ('1', '1/1') at its foot is no part of the last decision", arguments: ["1", "1/1"])
    func pageNumberOfAOnePageDocument(number: String) throws {
        let meeting = try readMeeting("""
            Referat
            Byrådet
            Dato: 29. januar 2020
            Tidspunkt: Kl. 19:00

            1. Bemærkninger/ændringer til dagsordenen
            Sagsfremstilling
            Evt. bemærkninger til dagsordenen.
            Beslutning
            Ingen.



                                                                 \(number)
            """)
        #expect(meeting.items.last?.decision?.text == "Ingen.")
    }

    @Test("Unnumbered items as Markdown headings a level above their sections (Aarhus's Magistraten): each heading an item's title")
    func unnumberedMarkdownTitles() throws {
        let document = try MinutesReader().read(Array("""
            # Referat Magistraten 25-03-2019

            ## Dialogmøde mellem Magistraten og Aarhus Vand A/S

            ### Beslutning

            Drøftet.
            Rådmand Kristian Würtz og Keld Hvalsø var forhindret i at deltage i sagens behandling.

            ## Byrådets mødeplan 2020

            ### Beslutning

            Fremsendes til Aarhus Byråd med bemærkning, at Magistraten anbefaler, at byrådet tiltræder indstillingen.

            ## Beslutning om klimapolitisk fødevarestrategi

            ### Beslutning

            Drøftet.
            """.utf8))
        let meeting = document.meeting
        #expect(meeting.items.map(\.title) == [
            "Dialogmøde mellem Magistraten og Aarhus Vand A/S", "Byrådets mødeplan 2020", "Beslutning om klimapolitisk fødevarestrategi",
        ])
        #expect(meeting.items.map { $0.decision?.outcome } == [.discussed, .recommended, .discussed])
        #expect(meeting.items.first?.absent == ["Kristian Würtz", "Keld Hvalsø"])
    }

    @Test("An unnumbered item after the first whose title holds a kind word and a date ('Referat fra Magistratens møde den 18. marts 2019')")
    func unnumberedTitleWithKindWordAndDate() throws {
        let meeting = try readMeeting("""
            Referat Magistraten 25-03-2019

              Dialogmøde mellem Magistraten og Aarhus Vand A/S


              Beslutning
              Drøftet.

              Bilag

              Referat fra Magistratens møde den 18. marts 2019


              Beslutning
              Intet.

              Bilag

              Byrådets mødeplan 2020


              Beslutning
              Anbefales.
            """)
        #expect(meeting.items.map(\.title) == [
            "Dialogmøde mellem Magistraten og Aarhus Vand A/S", "Referat fra Magistratens møde den 18. marts 2019", "Byrådets mødeplan 2020",
        ])
        #expect(meeting.items.map { $0.decision?.text } == ["Drøftet.", "Intet.", "Anbefales."])
        #expect(meeting.items.allSatisfy { $0.attachments.isEmpty })
    }

    @Test("'Beslutning den 24-04-2017:' at the same place on every page of one item each (Lejre): a heading, not a running header")
    func datedDecisionHeadingOnEveryPage() throws {
        let pages = [
            "Referat\nKommunalbestyrelsen\nmandag den 24. april 2017\nKl. 18:00\n\n\n                Side 1",
            "1. KB - Spørgetid\nSagsnr.: 17/46\nBeslutning den 24-04-2017:\nDer var ingen spørgsmål.\n\n\n                Side 2",
            "2. KB - Godkendelse af dagsorden\nBeslutning den 24-04-2017:\nGodkendt.\n\n\n                Side 3",
            "3. KB - Orientering\nBeslutning den 24-04-2017:\nTaget til orientering.\n\n\n                Side 4",
            "4. KB - Planlægning af skoleåret 2017/18\nBeslutning den 24-04-2017:\nGodkendt.\n\n\n                Side 5",
        ]
        let meeting = try readMeeting(pages.joined(separator: "\u{0C}"))
        #expect(meeting.items.map(\.number) == [1, 2, 3, 4])
        #expect(meeting.items.allSatisfy { $0.sections.last?.heading == "Beslutning den 24-04-2017" && $0.sections.last?.kind == .decision })
        #expect(meeting.items.map { $0.decision?.outcome } == [ProtokolModel.Outcome.none, .approved, .noted, .approved])
    }

    @Test("A member list that a PDF-to-Markdown converter broke mid-name over a blank line ('Bjørn Lykke' / 'Sørensen (Fravær), …')")
    func memberListBrokenMidNameOverABlankLine() throws {
        let document = try MinutesReader().read(Array("""
            # **REFERAT Udvalget for Job, Arbejdsmarked og Integration - 2022-2025 d. 09-02-2022**

            **Mødedato** Onsdag d. 09. februar 2022 kl. 16:30

            **Mødedeltagere** Claus Jørgensen, Connie B. Jensen, Klaus Kristiansen, Bjørn Lykke

            Sørensen (Fravær), Ole Blickfeldt, Peter Olsen

            # **Punkt 1: JAI - Godkendelse af dagsorden**

            ## **Beslutning**

            Godkendt.
            """.utf8))
        let participants = document.meeting.participants
        #expect(participants.map(\.name) == ["Claus Jørgensen", "Connie B. Jensen", "Klaus Kristiansen", "Bjørn Lykke Sørensen", "Ole Blickfeldt", "Peter Olsen"])
        #expect(participants.filter(\.absent).map(\.name) == ["Bjørn Lykke Sørensen"])
    }

    @Test("Absences in more shapes: a name a sentence after 'Fraværende:', a name a paragraph, and beside another sentence's inhabil")
    func absencesInMoreShapes() throws {
        let meeting = try readMeeting("""
            Byrådet - Referat

            Dato: 14. september 2016
            Lokale: Byrådssalen, Brønderslev Rådhus

            1. Godkendelse af dagsorden

            Beslutning

            Godkendt

            Fraværende: Michael Hemming Nielsen (Ø). Morten Rohde Klitgaard (G)

            2. Bemærkninger/ændringer til dagsordenen

            Beslutning

            Ingen.

            Fraværende:

            Martin Bech

            Lars Bisgaard

            Til toppen

            3. Forslag til Lokalplan 100

            Beslutning

            Byrådet, 14.09.2016 Freja Lynæs Larsen var fraværende. Daniel Lillerøi blev erklæret inhabil i behandling af sagen, og forlod mødet.

            Godkendt.
            """)
        #expect(meeting.items.map(\.absent) == [
            ["Michael Hemming Nielsen", "Morten Rohde Klitgaard"], ["Martin Bech", "Lars Bisgaard"], ["Freja Lynæs Larsen"],
        ])
        #expect(meeting.items.map { $0.decision?.text } == ["Godkendt", "Ingen.", "Daniel Lillerøi blev erklæret inhabil i behandling af sagen, og forlod mødet.\n\nGodkendt."])
        #expect(meeting.items.last?.disqualified == ["Daniel Lillerøi"])
    }

    @Test("Groups of items by the body that sends them ('MILJØ- OG TEKNIKUDVALGETS SAGER', Randers) or by access after a dash: no item's text")
    func groupsByBodyAndByDoors() throws {
        let meeting = try readMeeting("""
            Byrådet
            Referat
            Mandag den 7. maj 2007 kl. 17:00

            ØKONOMIUDVALGETS SAGER

            181. Overførsel af uforbrugte bevillinger fra 2006 til 2007

            Beslutning
            Tiltrådt.

            MILJØ- OG TEKNIKUDVALGETS SAGER

            196. Forslag til kommuneplantillæg nr. 77

            Beslutning
            Tiltrådt.

            SAGER REJST AF MEDLEMMERNE

            206. Sundhedspolitik

            Beslutning
            Tiltrådt.

            Til behandling - for lukkede døre

            207. Køb af ejendom

            Beslutning
            Tiltrådt.
            """)
        #expect(meeting.items.map(\.number) == [181, 196, 206, 207])
        #expect(meeting.items.allSatisfy { $0.decision?.text == "Tiltrådt." && $0.attachments.isEmpty })
        #expect(meeting.items.map(\.isPublic) == [true, true, true, false])
    }

    @Test("Contents of item headings with their pages in a column below (plain pdftotext), each item atop its own page")
    func contentsOfHeadingsWithPagesBelow() throws {
        let pages = [
            "Referat fra møde i Økonomiudvalget\nTirsdag den 18. maj 2010\n\n",
            "Indhold\nSag nr. 74 Orientering om likviditet 2010\nSag nr. 75 Årsregnskab 2009\n\n3\n4\n\n",
            "Sag nr. 74 Orientering om likviditet 2010\nSagsfremstilling\nØkonomiafdelingen orienterer.\n\nBeslutning\nTaget til efterretning.\n\n",
            "Sag nr. 75 Årsregnskab 2009\nBeslutning\nAnbefales.\n",
        ]
        let meeting = try readMeeting(pages.joined(separator: "\u{0C}"))
        #expect(meeting.items.map(\.number) == [74, 75])
        #expect(meeting.items.map(\.title) == ["Orientering om likviditet 2010", "Årsregnskab 2009"])
        #expect(meeting.items.map { $0.decision?.outcome } == [.noted, .recommended])

        let lemvig = try readMeeting("""
            REFERAT Arbejdsmarkeds- og Integrationsudvalget d. 27-04-2022

            Indholdsfortegnelse
            Punkt 1: Dialogmøde - RAR Vestjylland Formandskab
            Punkt 2: Overførsler fra 2021 til 2022
            Punkt 3: Underskriftside

            1

            3
            4
            8

            Punkt 1: Dialogmøde - RAR Vestjylland Formandskab
            15.20.00A00-1-18

            Beslutning
            Drøftet.

            Punkt 2: Overførsler fra 2021 til 2022
            Beslutning
            Anbefales.

            Punkt 3: Underskriftside
            """)
        #expect(lemvig.items.map(\.number) == [1, 2, 3])
        #expect(lemvig.items.first?.caseNumber == "15.20.00A00-1-18")
    }

    @Test("A small board's minutes written as a numbered list, each point answered under it (Dragør's Ældreråd)")
    func minutesWrittenAsANumberedList() throws {
        let meeting = try readMeeting("""
            Referat fra Ældrerådsmøde Tirsdag den 28. februar 2017

            Tilstede: Sten Brincker, Vagn E. Larsen, Bent Larsen, Richard Barth.

             1. Godkendelse af dagsorden samt referat fra mødet den 14.2.2017
              Begge godkendt.
             2. Statsforvaltningen.
              Ældrerådet har rykket for svar. Ingen horisont for svar.
             3. Ældrerådsvalg 2017
              Ældrerådet retter fornyet henvendelse til Kommunalbestyrelsen desangående.
             4. Eventuelt
              Intet.

            SB/28.02.2017
            """)
        #expect(meeting.kind == .minutes)
        #expect(meeting.items.map(\.number) == [1, 2, 3, 4])
        #expect(meeting.items.map(\.title) == [
            "Godkendelse af dagsorden samt referat fra mødet den 14.2.2017", "Statsforvaltningen.", "Ældrerådsvalg 2017", "Eventuelt",
        ])
        #expect(meeting.items.first?.decision == Decision(text: "Begge godkendt.", outcome: .approved))
        #expect(meeting.items[1].sections.first?.text == "Ældrerådet har rykket for svar. Ingen horisont for svar.")
        #expect(meeting.participants.count == 4)
    }

    @Test("An item without headings whose case is told above its short decision (Egebjerg): only the last paragraph is the decision")
    func decisionUnderTheCaseWithoutHeadings() throws {
        let meeting = try readMeeting("""
            Egebjerg Kommune
            Økonomiudvalget
            Referat
            Dato:                                Torsdag den 07-marts-2002

            41. Til efterretning - Indenrigs- og sundhedsministeriet
            Sagsid.: 02/123
            Indenrigs- og sundhedsministeriet meddeler i skrivelse af 07. januar, at kommunerne gives mulighed for
            automatisk låneadgang til finansiering af nettolikviditetstabet ved indefrysning af ejendomsskatter.

            Til efterretning.

            42. Meddelelser
            Sagsid.: 02/124
            Godkendt.

            Borgmesteren orienterede om budgettet.
            """)
        #expect(meeting.items.map { $0.decision?.text } == ["Til efterretning.", "Godkendt.\n\nBorgmesteren orienterede om budgettet."])
        #expect(meeting.items.map { $0.decision?.outcome } == [.noted, .approved])
    }

    @Test("'3. Anbefales' among a stage's numbered points in the last item's history (First Agenda page): a point, no item")
    func numberedOutcomePointsAreNoItems() throws {
        let html = """
            <html><body>
            <h1>Referat 16. november 2023 kl. 16.15</h1>
            <table><tr><td>Udvalg:</td><td>Økonomiudvalget</td></tr>
            <tr><td>Mødedato:</td><td>torsdag den 16. november 2023 kl. 16.15</td></tr></table>
            <table><tr><td><span>2</span></td><td><h2>Opfølgning på energibesparelser - efterår 2023</h2><span class="sagsnummer">22-011409</span>
            <div><h3>Beslutning</h3>
            <span>Økonomiudvalget anbefaler overfor Byrådet, at indstillingen godkendes.</span>
            </div>
            <h3>Sagens forløb</h3>
            <span class='sagsforloeb'><u>16-11-2023 Klima-, Teknik- og Miljøudvalget</u><br>
            <p>1. Anbefales ikke, idet rumtemperaturen ønskes tilbage til 21 grader</p>
            <p>2. Anbefales fortsat fastholdt</p>
            <p>3. Anbefales</p>
            </span></td></tr></table>
            </body></html>
            """
        let meeting = try MinutesReader().read(Array(html.utf8)).meeting
        #expect(meeting.items.map(\.number) == [2])
        #expect(meeting.items.first?.history.first?.text.contains("3. Anbefales") == true)
    }

    @Test("'Byråd 2022-2025 - Virtuelt' in a page's heading, the room also labelled: committee, term and place apart")
    func termBeforeTheRoom() throws {
        let html = """
            <html><head><title>Byråd 2022-2025 - Virtuelt</title></head><body>
            <h1>Referat 8. januar 2024 kl. 07.45</h1>
            <h2><span class="udvalg">Byråd 2022-2025</span><span> - </span><span class="sted">Virtuelt</span></h2>
            <table><tr><td>Mødested:</td><td>Virtuelt</td></tr></table>
            <table><tr><td><span>1</span></td><td><h2>Godkendelse af dagsorden</h2><span>21-014420</span>
            <div><h3>Beslutning</h3><p>Dagsordenen blev godkendt.</p></div></td></tr></table>
            </body></html>
            """
        let meeting = try MinutesReader().read(Array(html.utf8)).meeting
        #expect(meeting.committee == "Byråd")
        #expect(meeting.term == "2022-2025")
        #expect(meeting.location == "Virtuelt")
    }

    @Test("A PDF's long item title wrapped before a capital ('… til Frederikssund' / 'Hospital i 2024'), right over its first heading")
    func titleWrappedBeforeACapital() throws {
        let meeting = try readMeeting("""
            Social og sundheds møde den 17. april 2023
            Ekstraordinært møde - Mødelokale F7 kl. 12.00

            Referat

            38. Godkendelse af dagsorden
            Beslutning
            Godkendt

            39. Beslutning om at flytte tandklinikken på Ådalens Skole til Frederikssund
            Hospital i 2024
            Resume
            Med sagen lægges op til, at tandklinikken flyttes.
            Beslutning
            Anbefales.

            40. Orientering fra formanden og fra direktøren om budget og økonomi
            Sagen vedrører budgettet
            Beslutning
            Taget til efterretning.
            """)
        #expect(meeting.items.map(\.title) == [
            "Godkendelse af dagsorden", "Beslutning om at flytte tandklinikken på Ådalens Skole til Frederikssund Hospital i 2024",
            "Orientering fra formanden og fra direktøren om budget og økonomi",
        ])
        #expect(meeting.items[1].sections.map(\.kind) == [.summary, .decision])
        #expect(meeting.items[2].sections.first?.text == "Sagen vedrører budgettet")
    }

    @Test("Footers of the committee and date: with the page's number on two pages, and on a one-page document")
    func committeeAndDateFooters() throws {
        let twoPages = try readMeeting("""
            Kultur- og Idrætsudvalget
            Referat 20. august 2019

            Punkt 43 Godkendelse af dagsorden
            Beslutning i Kultur- og Idrætsudvalget den 20-08-2019
            Godkendt.


                                 Kultur- og Idrætsudvalget 20-08-2019 1
            \u{0C}Punkt 44 2. budgetopfølgning 2019
            Økonomiske konsekvenser
            Ingen.


                                 Kultur- og Idrætsudvalget 20-08-2019 2
            \u{0C}
            """)
        #expect(twoPages.items.map { $0.sections.last?.text } == ["Godkendt.", "Ingen."])

        let onePage = try readMeeting("""
            Klima- og Planudvalget
            Referat 9. januar 2020

            1. Godkendelse af dagsorden
            Beslutning
            Godkendt.

            Sag 3 udgår.


            Klima- og Planudvalget 09.01.2020                   1
            """)
        #expect(onePage.items.first?.decision?.text == "Godkendt.\n\nSag 3 udgår.")
        #expect(onePage.items.first?.sections.map(\.kind) == [.decision])
    }

    @Test("Item numbers in a column of their own without a dot ('514       Title', or '514' over the title in plain pdftotext)")
    func itemNumbersInAColumnWithoutADot() throws {
        for heading in ["514       Godkendelse af dagsorden", "514\n\nGodkendelse af dagsorden"] {
            let meeting = try readMeeting("""
                Udvalget for Miljø og Teknik
                Referat 28.05.2013 kl. 16:30

                \(heading)

                Beslutning

                Dagsordnen godkendt.

                515\tMiljøgodkendelse af De Nova ApS

                Beslutning

                Direktionens indstilling taget til efterretning.
                """)
            #expect(meeting.items.map(\.number) == [514, 515], "\(heading)")
            #expect(meeting.items.map(\.title) == ["Godkendelse af dagsorden", "Miljøgodkendelse af De Nova ApS"], "\(heading)")
        }
    }

    @Test("A proposal's numbered point wrapped after 'for' before a capitalised name: one point")
    func pointWrappedBeforeAName() throws {
        let meeting = try readMeeting("""
            Referat
            Udvalget for Ældre og Sundhed 4. juni 2020

            50. Godkendelse af anbefalinger

            Indstilling

            Administrationen indstiller, at

              1. anbefalinger udarbejdet af Projektudvalget for
                 Afbureaukratisering og Decentralisering godkendes
              2. Udvalget for Ældre og Sundhed i samarbejde med plejecentrene
                 sikrer, at alle anbefalinger udmøntes

            Beslutning

            Godkendt.
            """)
        #expect(meeting.items.first?.proposal?.points == [
            "anbefalinger udarbejdet af Projektudvalget for Afbureaukratisering og Decentralisering godkendes",
            "Udvalget for Ældre og Sundhed i samarbejde med plejecentrene sikrer, at alle anbefalinger udmøntes",
        ])
    }

    @Test("A running header printed from the second page on, so only once in two pages, which the title holds: dropped")
    func runningHeaderFromThePageAfterTheTitle() throws {
        let meeting = try readMeeting("""
            Referat - Kommunalbestyrelsen den 28. oktober 2014

            1. Meddelelser
            Beslutning i Kommunalbestyrelsen den 28-10-2014
            Borgmesteren meddelte, at mødet slutter kl. 20.

            2. Orientering om en kommende sag
            \u{0C}Kommunalbestyrelsen den 28. oktober 2014

            Beslutning i Kommunalbestyrelsen den 28-10-2014
            Borgmesteren orienterede om en kommende sag.
            """)
        #expect(meeting.items.map { $0.sections.map(\.heading) } == [
            ["Beslutning i Kommunalbestyrelsen den 28-10-2014"], ["Beslutning i Kommunalbestyrelsen den 28-10-2014"],
        ])
        #expect(meeting.items.last?.decision?.text == "Borgmesteren orienterede om en kommende sag.")
    }

    @Test("A place wrapped onto the next line: after a comma in the title's sentence, and under its label ('Byrådssalen, Tønder' / 'Rådhus')")
    func placesWrappedOntoTheNextLine() throws {
        let sentence = try readMeeting("""
            Referat
            Referat til mødet i Udvalget for Teknik og Miljø den 22. juni 2020 kl. 17:30 i Arden Rådhus, Østergade 22,
            Arden - Mødelokale Skoven

            131. Godkendelse af dagsorden

            Beslutning
            Godkendt.
            """)
        #expect(sentence.location == "Arden Rådhus, Østergade 22, Arden - Mødelokale Skoven")
        #expect(sentence.startTime == ClockTime(hour: 17, minute: 30))

        let labelled = try readMeeting("""
            Tønder Kommune – Kommunalbestyrelsen
            Dagsorden
            Mødedato:
            25. juni 2015
            Mødelokale:
            Byrådssalen, Tønder
            Rådhus
            Starttidspunkt for møde:
            19:00

            1. Høring Sydtrafik budget 2016

            Indstilling
            Det indstilles, at høringen tages til efterretning.
            """)
        #expect(labelled.location == "Byrådssalen, Tønder Rådhus")
        #expect(labelled.startTime == ClockTime(hour: 19, minute: 0))
    }

    @Test("Aabenraa's page without titles: 'Mødet sluttede kl. 11.15' is no title, and each 'Sagsid.:' line over a section opens an item")
    func headerRemarkIsNoTitle() throws {
        let meeting = try readMeeting("""
            Beslutningsprotokol

            tirsdag den 6. juni 2017 kl. 09:00

            Mødested: Loungen, Skelbækvej 2, Aabenraa
            Udvalg: Børne- og Uddannelsesudvalg

            Mødet sluttede kl. 11.15
             • Udskriv
              Sagsid.: 17/69, Sagsinitialer: bhh

              Beslutning Børne- og Uddannelsesudvalg den 06-06-2017

              Godkendt.

             • Udskriv
              Sagsid.: 11/44211, Sagsinitialer: khl

              Sagsfremstilling

              Udvalget orienteres i denne sag om byggeprojekter.
            """)
        #expect(meeting.items.map(\.caseNumber) == ["17/69", "11/44211"])
        #expect(meeting.items.map(\.title) == ["", ""])
        #expect(meeting.items.first?.decision?.text == "Godkendt.")
    }

    @Test("A PDF's pages in Markdown without form feeds (pymupdf4llm): page numbers, the running header and a footer are no text")
    func pageFurnitureOfMarkdownWithoutFormFeeds() throws {
        let header = try MinutesReader().read(Array("""
            Udvalget for Teknik og Miljø 22-06-2020
            # **Referat**

            Referat til mødet i Udvalget for Teknik og Miljø den 22. juni 2020 kl. 17:30 i Arden Rådhus

            ## **131. Godkendelse af dagsorden**

            **Beslutning**

            Dagsorden blev godkendt.

            Fraværende: Peter Muhl (A).


            1


            Udvalget for Teknik og Miljø 22-06-2020

            ## **132. Højdevej 13 - Byggesag i partshøring**

            **Beslutning**

            Godkendt.


            2
            """.utf8)).meeting
        #expect(header.items.map { $0.decision?.text } == ["Dagsorden blev godkendt.", "Godkendt."])
        #expect(header.items.first?.sections.map(\.kind) == [.decision])
        #expect(header.items.first?.absent == ["Peter Muhl"])

        let footer = try MinutesReader().read(Array("""
            # **Kultur- og Idrætsudvalget**

            **Referat** 20. august 2019

            ## **Punkt 43 Godkendelse af dagsorden**

            **Beslutning i Kultur- og Idrætsudvalget den 20-08-2019**

            Godkendt.

            Kultur- og Idrætsudvalget 20-08-2019 1

            ## **Punkt 44 2. budgetopfølgning 2019**

            **Sagsresumé**

            Koncernområdet forventer et merforbrug.

            Kultur- og Idrætsudvalget 20-08-2019 2
            """.utf8)).meeting
        #expect(footer.items.first?.decision?.text == "Godkendt.")
        #expect(footer.items.last?.sections.first?.text == "Koncernområdet forventer et merforbrug.")
    }

    @Test("'## **Meddelelser**' a blank line over 'Sag nr. 24' (Rødovre through pymupdf4llm): the heading is the item's title")
    func markedTitleOverSagNr() throws {
        let meeting = try MinutesReader().read(Array("""
            # **Social- og Sundhedsudvalget**

            **05-04-2022**

            ## **Meddelelser**

            Sag nr. 24

            **Beslutning**

            Taget til efterretning.

            ## **Fremlæggelse af oversigt over visitation af borgere til plejehjem**

            Sag nr. 25

            **Beslutning**

            Taget til efterretning.
            """.utf8)).meeting
        #expect(meeting.items.map(\.number) == [24, 25])
        #expect(meeting.items.map(\.title) == ["Meddelelser", "Fremlæggelse af oversigt over visitation af borgere til plejehjem"])
        #expect(meeting.items.allSatisfy { $0.sections.map(\.kind) == [.decision] })
    }

    @Test("Items as '## N. Title' headings: a plain '3. …' line among the proposal's points is a point, no item")
    func markedItemHeadingsLeavePlainNumberedLinesToTheText() throws {
        let meeting = try MinutesReader().read(Array("""
            # Referat af møde i Klima- og Planudvalget

            Den 09.01.2020 kl. 13:00 i Tapperiet, Sdr. Badevej 1, 4600 Køge

            ## 1. Godkendelse af dagsorden

            ### Beslutning

            Godkendt.

            ## 2. Ikke støjende arbejde på byggepladsen efter kl. 18

            ### Indstilling

            Forvaltningen indstiller, at der stilles følgende krav:

            1. Udendørs arbejde skal aftales konkret med forvaltningen hver gang,

            2. Bygherre skal opsætte støjmåler,

            3. Bygherre skal fremsende støjrapporter til forvaltningen, der viser støjen midlet over

            referencetidsrummet,

            4. Der må ikke tilkøres materiale til byggepladsen.

            ### Beslutning

            Godkendt.
            """.utf8)).meeting
        #expect(meeting.items.map(\.number) == [1, 2])
        #expect(meeting.items.last?.proposal?.points.count == 4)
    }

    @Test("A 'Dagsorden' whose decisions read 'Jf. protokol.' (Lyngby-Taarbæk) stays an agenda, its decisions pending")
    func agendaWithDecisionsInTheProtocol() throws {
        let meeting = try readMeeting("""
            Byplanudvalget 2018-2021

            Dagsorden

            14. august 2019 kl. 07:30

            Punkt 1 Godkendelse af dagsordenen

            Beslutning

            Jf. protokol.

            Punkt 2 Plangrundlag for lokalplan 291

            Beslutning

            Jf. protokol.
            """)
        #expect(meeting.kind == .agenda)
        #expect(meeting.items.map { $0.decision?.outcome } == [.pending, .pending])
    }

    @Test("Sentences a page ran together without spaces ('… deltog Preben Petersen.Rådmand Jane Jegind forlod mødet efter pkt. 4.Borgmesteren')")
    func sentencesRunTogether() throws {
        #expect(ItemFacts.spacedAfterStops("Preben Petersen.Rådmand Jane Jegind forlod mødet efter pkt. 4.Borgmesteren orienterede. St.Magleby")
            == "Preben Petersen. Rådmand Jane Jegind forlod mødet efter pkt. 4. Borgmesteren orienterede. St.Magleby")
        let meeting = try readMeeting("""
            Odense Byråd

            Referat

            Onsdag den 26-03-2008 kl. 17:00

            Afbud fra:
            Vivi Kier

            I stedet for Vivi Kier deltog Preben Petersen.Rådmand Jane Jegind forlod mødet efter pkt. 4.Borgmesteren orienterede om bestyrelsen.

            4. Titel fire.
            Åbent - 00.01.00A04 - 2007/34364

            BESLUTNING

            Godkendt.

            5. Titel fem.
            Åbent - 00.01.00A04 - 2007/34365

            BESLUTNING

            Godkendt.
            """)
        #expect(meeting.participants.map(\.name) == ["Vivi Kier", "Preben Petersen"])
        #expect(meeting.items.map(\.absent) == [[], ["Jane Jegind"]])
    }

    @Test("An empty '• Sagsid.:' field opens each item of a page without titles, and is no part of the decision before it")
    func emptyCaseFieldOpensItems() throws {
        let meeting = try readMeeting("""
            Referat

            Onsdag den 13. december 2017 kl. 17:00

            Mødested: Byrådssalen
            Udvalg: Byrådet
             • Sagsid.:

              Beslutning Byrådet den 13-12-2017

              Dagsordenen godkendt.

             • Sagsid.:

              Sagsfremstilling

              Valg af borgmester for funktionsperioden 1. januar 2018 – 31. december 2021.

              Beslutning Byrådet den 13-12-2017

              Søren Steen Andersen, V blev valgt.
            """)
        #expect(meeting.items.map { $0.decision?.text } == ["Dagsordenen godkendt.", "Søren Steen Andersen, V blev valgt."])
    }

    @Test("'X (C), Næstformand deltog ikke i Udvalget for det nære sundhedsvæsens behandling af sagen.': the item's absence, without the office")
    func absentFromTheBodysTreatment() throws {
        let meeting = try readMeeting("""
            Referat

            Møde i Udvalget for det nære sundhedsvæsen

            onsdag den 15. januar 2020 kl. 13:00

            1. Godkendelse af dagsorden

            Åbent

            Behandling i Udvalget for det nære sundhedsvæsen onsdag den 15. januar 2020, pkt. 1

            Dagsorden blev godkendt.

            Christian Wedell-Neergaard (C), Næstformand deltog ikke i Udvalget for det nære sundhedsvæsens behandling af sagen.
            """)
        #expect(meeting.items.first?.absent == ["Christian Wedell-Neergaard"])
        #expect(meeting.items.first?.decision?.text == "Dagsorden blev godkendt.")
    }

    @Test("'… indstiller at følgende indsatser foretages:' over a numbered list: the lead announces the points and is none of them")
    func leadThatAnnouncesTheList() throws {
        let meeting = try readMeeting("""
            Referat
            Økonomiudvalget 16. november 2023

            2. Opfølgning på energibesparelser

            Indstilling

            Administrationen indstiller at følgende indsatser foretages i varmesæson 2023/2024:

            1. Rumopvarmning til gennemsnitlig 19 grader foretages i skoler og administrationsbygninger.
            2. Lufttemperaturen i de to største svømmehaller reduceres med en grad.

            Beslutning

            Anbefales.
            """)
        #expect(meeting.items.first?.proposal?.by == "Administrationen")
        #expect(meeting.items.first?.proposal?.points == [
            "Rumopvarmning til gennemsnitlig 19 grader foretages i skoler og administrationsbygninger.",
            "Lufttemperaturen i de to største svømmehaller reduceres med en grad.",
        ])
    }

    @Test("Kolding's page: the room under the committee ('KUC, Konference 1'), and 'Nyt forslag' over who proposes")
    func roomUnderTheCommitteeAndNewProposal() throws {
        let meeting = try readMeeting("""
            Dagsorden

            Onsdag 11. sep 2019 kl. 07:45

            Børne- og Uddannelsesudvalget

            KUC, Konference 1

            Referat

            1. Mødeplan 2020

            Resumé

            Godkendelse af mødeplan for Børne- og Uddannelsesudvalget 2020.

            Nyt forslag

            Børne-, uddannelses- og arbejdsmarkedsdirektøren foreslår,

            at mødeplanen for 2020 godkendes.

            Beslutning Børne- og Uddannelsesudvalget den 11-09-2019

            Godkendt.
            """)
        #expect(meeting.location == "KUC, Konference 1")
        let item = try #require(meeting.items.first)
        #expect(item.sections.map(\.kind) == [.summary, .proposal, .decision])
        #expect(item.proposal == Proposal(by: "Børne-, uddannelses- og arbejdsmarkedsdirektøren", points: ["at mødeplanen for 2020 godkendes."]))
    }
}
