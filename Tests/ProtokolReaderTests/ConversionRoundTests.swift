import Foundation
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

    @Test("A page's links ('Fulde pdf for åben dagsorden.', 'Vis dagsorden') and print button name no committee")
    func pageLinksAreNoTitle() throws {
        let aalborg = try readMeeting("""
            Sundheds- og Kulturudvalget

            Sundheds- og Kulturudvalget 25. november 2020
            Se/vælg den samlede dagsorden/referat som PDF

            Åben

            Fulde pdf for åben dagsorden.
            1. Godkendelse af dagsorden
            Beslutning: Godkendt
            2. Godkendelse af økonomirapport ultimo oktober 2020
            Beslutning: Godkendt
            """)
        #expect(aalborg.committee == "Sundheds- og Kulturudvalget")
        #expect(aalborg.items.count == 2)
        let print = try readMeeting("""
            Udskriv Kultur-, Fritids- og Idrætsudvalget

            Tirsdag den 05.03.2013 kl. 16:30
            Vis dagsorden

            1. Meddelelser fra mødet

            Beslutning

            Taget til efterretning.
            """)
        #expect(print.committee == "Kultur-, Fritids- og Idrætsudvalget")
        #expect(print.startTime == ClockTime(hour: 16, minute: 30))
    }

    @Test("'Udvalg/Råd: Plan- og Boligudvalget': a label for the committee, not part of its name")
    func committeeOrCouncilLabel() throws {
        let meeting = try readMeeting("""
            Plan- og Boligudvalget - 18-02-2014

            Dato: Tirsdag den 18. februar 2014 Tid: Kl. 17:00
            Udvalg/Råd: Plan- og Boligudvalget

            Punkt 1 Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(meeting.committee == "Plan- og Boligudvalget")
    }

    @Test("A contents entry wrapped over two lines by a word processor, its leader dots on the second: no item")
    func wrappedContentsEntry() throws {
        let meeting = try readMeeting("""
            REFERAT Byrådet d. 23-09-2014
            Mødedato                                            Tirsdag d. 23. september 2014 kl. 17:00
            Mødested                                            Byrådssalen

            Indholdsfortegnelse
            Punkt 1: ØK Revisionspåtegning af regnskab 2013 og Revisionsberetning nr.
            12 vedr. årsregnskabet 2013................................................................................. 2
            Punkt 2: Meddelelser ............................................................................................ 3
            Punkt 3: Statistik på beskæftigelsesområdet, herunder udviklingen i
            ydelsesgrupper i Horsens............................................................................. 3

            \u{0C}Punkt 1: ØK Revisionspåtegning af regnskab 2013 og
            Revisionsberetning nr. 12 vedr. årsregnskabet 2013
            00.32.00-S00-11-13

            Resume
            Revisionen har afgivet ”blank” påtegning uden forbehold på regnskabet for 2013.

            Beslutning
            Godkendt.

            \u{0C}Punkt 2: Meddelelser

            Beslutning
            Taget til efterretning.

            Punkt 3: Statistik på beskæftigelsesområdet, herunder udviklingen i ydelsesgrupper i Horsens

            Beslutning
            Taget til efterretning.
            """)
        #expect(meeting.items.map(\.number) == [1, 2, 3])
        #expect(meeting.items.first?.title == "ØK Revisionspåtegning af regnskab 2013 og Revisionsberetning nr. 12 vedr. årsregnskabet 2013")
        #expect(meeting.items.first?.caseNumber == "00.32.00-S00-11-13")
        #expect(meeting.items.allSatisfy { $0.decision != nil })
    }

    @Test("'Kommunalbestyrelsen_2018-21' in a title: the name and its term, the file name's joiner dropped")
    func termAfterUnderscore() throws {
        let meeting = try readMeeting("""
            Referat til mødet i Kommunalbestyrelsen_2018-21 den 16. november 2020 kl. 19:00 i Kommunalbestyrelsens mødesal

            Pkt. 294 Forslag om at Frederiksberg tilslutter sig Børnevenlig By og Kommune

            Sagsfremstilling

            Beslutningsforslaget blev oversendt til børneudvalget.
            """)
        #expect(meeting.committee == "Kommunalbestyrelsen")
        #expect(meeting.term == "2018-2021")
    }

    @Test("Groups of items by the body that sends them ('MILJØ- OG TEKNIKUDVALGETS SAGER') and agenda list entries name no committee")
    func groupsAndListEntriesAreNoCommittee() throws {
        #expect(!HeaderReader.namesCommittee("MILJØ- OG TEKNIKUDVALGETS SAGER"))
        #expect(!HeaderReader.namesCommittee("Økonomiudvalgets sager"))
        #expect(!HeaderReader.namesCommittee("åbent 1 Stefan Agger - udtræden af kommunalbestyrelsen"))
        #expect(HeaderReader.namesCommittee("Miljø- og Teknikudvalget"))
        let meeting = try readMeeting("""
            Dagsordenspunkter

              åbent 1 Stefan Agger - udtræden af kommunalbestyrelsen
              åbent 2 Årsberetning 2016 - Lemvig Kommunes årsregnskab

             1                  Stefan Agger - udtræden af kommunalbestyrelsen

                             00.22.00G01-0002

            Sagsfremstilling

            Kommunalbestyrelsesmedlem Stefan Agger søger om at udtræde af kommunalbestyrelsen.

             2                  Årsberetning 2016 - Lemvig Kommunes årsregnskab

                             00.30.10S00-0001

            Sagsfremstilling

            Årsberetningen fremlægges.
            """)
        #expect(meeting.committee.isEmpty)
        // The number in a column of its own, far from its title, the case number between it and the first heading.
        #expect(meeting.items.map(\.number) == [1, 2])
        #expect(meeting.items.map(\.title) == ["Stefan Agger - udtræden af kommunalbestyrelsen", "Årsberetning 2016 - Lemvig Kommunes årsregnskab"])
        #expect(meeting.items.map(\.caseNumber) == ["00.22.00G01-0002", "00.30.10S00-0001"])
    }

    @Test("'Fra Undervisningsudvalget' between a council's items: the body that sends the items below, no text of the item above")
    func senderLinesBetweenItems() throws {
        let meeting = try readMeeting("""
            Åben dagsorden
            Kommunalbestyrelsen
            Den 20. april 2015, kl. 19.00-23.55

            Lukket dagsorden
            78.  Salg af grund
            Fra Undervisningsudvalget
            80.  Udskolingsundersøgelse 2013/14
            81.  Kommunale test på folkeskolerne
            """)
        #expect(meeting.items.map(\.number) == [78, 80, 81])
        #expect(meeting.items.allSatisfy { $0.sections.isEmpty })
        // (The sender leaves the closed group closed.)
        #expect(meeting.items.map(\.isPublic) == [false, false, false])
    }

    @Test("Markdown from pandoc -s: the YAML block's title and subtitle are the title lines, its keys no text")
    func yamlFrontMatter() throws {
        let meeting = try readMeeting("""
            ---
            subtitle: Udvalget for Miljø og Teknik
            title: Referat
            ---

            **Mødedato:** Tirsdag d. 28. maj 2013 kl. 15:00

            # 1. Godkendelse af dagsorden

            ## Beslutning

            Godkendt.
            """)
        #expect(meeting.kind == .minutes)
        #expect(meeting.committee == "Udvalget for Miljø og Teknik")
        #expect(meeting.date == CalendarDate(year: 2013, month: 5, day: 28))
        #expect(meeting.items.map(\.title) == ["Godkendelse af dagsorden"])
        #expect(MarkdownLines.frontMatter("---\ntitle: REFERAT Byrådet\n---\n")?.titles == [2: "REFERAT Byrådet"])
        // A thematic break over text is no metadata.
        #expect(MarkdownLines.frontMatter("---\nDette er tekst uden nøgle\n---\n") == nil)
    }

    @Test("Markdown contents whose tab before the page number became a space ('Punkt 2: … 3'), wrapped or not: no items")
    func contentsWithSpacedPageNumbers() throws {
        let meeting = try readMeeting("""
            | **Mødedato** | Onsdag d. 27. april 2022 kl. 14:00 |
            |--------------|------------------------------------|
            | **Mødested** | Udvalgsværelse 2, Lemvig Rådhus    |

            # Indholdsfortegnelse

            Punkt 1: Spørgetid 1 2

            Punkt 2: Overførsler fra 2021 til 2022 på Arbejdsmarkeds- &
            Integrationsudvalget 3

            Punkt 3: Meddelelser 4

            # Punkt 1: Spørgetid 1

            ## Beslutning

            Der var ingen spørgsmål.

            # Punkt 2: Overførsler fra 2021 til 2022 på Arbejdsmarkeds- & Integrationsudvalget

            ## Beslutning

            Godkendt.

            # Punkt 3: Meddelelser

            ## Beslutning

            Taget til efterretning.
            """)
        #expect(meeting.items.map(\.number) == [1, 2, 3])
        #expect(meeting.items.map(\.title) == ["Spørgetid 1", "Overførsler fra 2021 til 2022 på Arbejdsmarkeds- & Integrationsudvalget", "Meddelelser"])
        #expect(meeting.items.allSatisfy { $0.decision != nil })
    }

    @Test("LibreOffice's HTML of Word's numbered headings: each '<ol start><li><h1>' is an item, numbered as the list shows it")
    func numberedHeadingsInLists() throws {
        let meeting = try readMeeting("""
            <html><body><p class="title">Referat</p><p>Udvalget for Miljø og Teknik</p><p><b>Mødedato:</b> 28. maj 2013 kl. 15:00</p>
            <ol start="514"><li value="514"><h1 class="western">Godkendelse af dagsorden</h1></ol>
            <p><b>Beslutning</b></p><p>Dagsordnen godkendt.</p>
            <ol start="514"><li><h1 class="western">Miljøgodkendelse af De Nova ApS</h1></ol>
            <p><b>Beslutning</b></p><p>Taget til efterretning.</p>
            <ol start="514"><li><h1 class="western">Eventuelt</h1></ol>
            <p><b>Beslutning</b></p><p>Intet.</p>
            </body></html>
            """)
        #expect(meeting.items.map(\.number) == [514, 515, 516])
        #expect(meeting.items.map(\.title) == ["Godkendelse af dagsorden", "Miljøgodkendelse af De Nova ApS", "Eventuelt"])
        #expect(meeting.items.map { $0.decision?.outcome } == [.approved, .noted, Outcome.none])
        // (Its XHTML prints the list's label in the heading: that label is the number.)
        let xhtml = try readMeeting("""
            <html><body><p>Referat</p><p>Udvalget for Miljø og Teknik</p><p>Mødedato: 28. maj 2013</p>
            <ol><li><h1 class="P1"><span class="ListLabel_20_10">Punkt 514:</span><a id="a1">Godkendelse af dagsorden</a></h1><p><b>Beslutning</b></p><p>Godkendt.</p></li></ol>
            <ol><li><h1 class="P1"><span class="ListLabel_20_10">Punkt 515:</span><a id="a2">Eventuelt</a></h1><p><b>Beslutning</b></p><p>Intet.</p></li></ol>
            </body></html>
            """)
        #expect(xhtml.items.map(\.number) == [514, 515])
        #expect(xhtml.items.map(\.title) == ["Godkendelse af dagsorden", "Eventuelt"])
    }

    @Test("A title wrapped inside its date ('… den 7. juni' over '2021 kl. 20:01 i …'): the date, time and place")
    func titleWrappedInsideItsDate() throws {
        let meeting = try readMeeting("""
            Referat til mødet i By- og Miljøudvalget 2018-21 den 7. juni
            2021 kl. 20:01 i Kommunalbestyrelsens mødesal

            Dagsordenspunkter

            Pkt. 197 Meddelelser

            Sagsfremstilling

            a. Udarbejdelse af mobilitetspolitik
            """)
        #expect(meeting.committee == "By- og Miljøudvalget")
        #expect(meeting.term == "2018-2021")
        #expect(meeting.date == CalendarDate(year: 2021, month: 6, day: 7))
        #expect(meeting.startTime == ClockTime(hour: 20, minute: 1))
        #expect(HeaderReader.endsWithDayAndMonth("den 7. juni", yearBelow: "2021 kl. 20:01") == true)
        #expect(HeaderReader.endsWithDayAndMonth("den 7. juni", yearBelow: "20 deltagere") == false)
    }

    @Test("A running header dates the meeting; the place is the decisions' own 'Sted:' field")
    func placeFromTheDecisionsFields() throws {
        let meeting = try readMeeting("""
            Integrationsrådet 10-12-2015


            66. Temadag for Integrationsrådet

            Sag 306-2014-5450

            Administrativ indstilling

            Administrationen indstiller til Integrationsrådet, at

            · Dato for Integrationsrådets temadag fastlægges.

            Beslutning fra Integrationsrådet

            Dato: 10. december 2015

            Sted: Café Lulu, Algade 25, 4500 Nykøbing Sj.

            Temadagen holdes 14. januar 2016.
            """)
        #expect(meeting.date == CalendarDate(year: 2015, month: 12, day: 10))
        #expect(meeting.location == "Café Lulu, Algade 25, 4500 Nykøbing Sj.")
        #expect(meeting.items.first?.decision?.text == "Temadagen holdes 14. januar 2016.")
    }

    @Test("An item's heading printed twice, the first time wrapped over two lines: both belong to the item, none to the decision above")
    func headingPrintedTwiceWrapped() throws {
        let meeting = try readMeeting("""
            Børne- og Ungeudvalget (2018-2021) – Referat – 11. november 2019

            293. Godkendelse af dagsorden (B)

            293. Godkendelse af dagsorden (B)

            Beslutning i Børne- og Ungeudvalget den 11. november 2019:
            Godkendt.

            294. Opfølgning pr. oktober 2019 - Specialundervisning Skole & Børn og
            Familie (E)

            294. Opfølgning pr. oktober 2019 - Specialundervisning Skole & Børn og Familie (E)

            Beslutning i Børne- og Ungeudvalget den 11. november 2019:
            Taget til efterretning.
            """)
        #expect(meeting.items.map(\.number) == [293, 294])
        #expect(meeting.items.first?.decision?.text == "Godkendt.")
        #expect(meeting.items.last?.title == "Opfølgning pr. oktober 2019 - Specialundervisning Skole & Børn og Familie (E)")
    }

    @Test("'263      Godkendelse af dagsorden' over the case's fields ('Sagsbehandler:', 'Sagsnr.: …') and then a heading: an item")
    func columnNumberOverCaseFields() throws {
        let meeting = try readMeeting("""
            Referat
            Teknisk Udvalg 11. december 2017

            263      Godkendelse af dagsorden

            Sagsbehandler:
            Sagsnr.: 85.00.00-A00-127-13

            Beslutning

            Godkendt

            264      Vedrørende ny taxilov - kommunens fremtidige rolle

            Sagsbehandler:
            Sagsnr.: 22.11.00-I04-1-17

            Resume

            Information om overflytning af administration af taxiområdet.
            """)
        #expect(meeting.items.map(\.number) == [263, 264])
        #expect(meeting.items.map(\.title) == ["Godkendelse af dagsorden", "Vedrørende ny taxilov - kommunens fremtidige rolle"])
        #expect(meeting.items.map(\.caseNumber) == ["85.00.00-A00-127-13", "22.11.00-I04-1-17"])
        #expect(meeting.items.first?.decision?.text == "Godkendt")
    }

    @Test("'Mandag 18.12.2017 kl. 17:30 Borgerservice': a short name right after the time on the date's line is the place")
    func placeRightAfterTheTime() throws {
        let meeting = try readMeeting("""
            Kommunalbestyrelsen

            Referat fra ordinært møde 18. december 2017

            Mandag 18.12.2017 kl. 17:30 Borgerservice

            1. Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(meeting.location == "Borgerservice")
        #expect(meeting.startTime == ClockTime(hour: 17, minute: 30))
        #expect(HeaderReader.placeAfterTime("Mandag 18.12.2017 kl. 17:30 Mødet er aflyst") == nil)
        #expect(HeaderReader.placeAfterTime("Mandag 18.12.2017 kl. 17:30 - 19:00") == nil)
        #expect(HeaderReader.placeAfterTime("Mandag 18.12.2017 kl. 17:30 Økonomiudvalget") == nil)
    }

    @Test("A compact list of items and decisions: 'Bilag til punkt 3' heads attachments, '9. Eventuelt.' is an item")
    func compactDecisionList() throws {
        let meeting = try readMeeting("""
            Sundheds- og Kulturudvalget 23. september 2020

            1. Godkendelse af dagsorden
            Beslutning: Godkendt
            3. Godkendelse af puljen Kickstart til Kulturlivet
            Bilag til punkt 3

            Beslutning: Godkendt med bemærkninger
            8. Orientering
            Beslutning: Til orientering
            9. Eventuelt.
            Beslutning: Intet
            10. Godkendelse af referat
            Beslutning: Godkendt
            """)
        #expect(meeting.items.map(\.number) == [1, 3, 8, 9, 10])
        #expect(meeting.items.map { $0.decision?.outcome } == [.approved, .approved, .noted, Outcome.none, .approved])
        #expect(meeting.items[1].sections.map(\.kind) == [.attachments, .decision])
        #expect(MinutesParser.isShortTitleWithStop("Eventuelt."))
        #expect(!MinutesParser.isShortTitleWithStop("Udvalget godkendte planen. Den sendes videre."))
    }

    @Test("'at | dagsordenen godkendes |' is one proposal point; 'Gert winther' among names is a name")
    func pipedProposalAndSmallSurname() throws {
        let meeting = try readMeeting("""
            Det fælles landdistriktsråd - Dagsordener og referater
            Mødedato: 31. august 2023
            Mødested: Administrationshuset Tørring, Stationsparken 1, 7160 Tørring
            Dagsordenpunkter
            1. Godkendelse af dagsorden
            Sagsfremstilling
            Det Fælles Landdistriktsråd skal godkende dagsordenen for mødet.
            Administrationen indstiller
            at | dagsordenen godkendes |
            Beslutning
            Godkendt
            Peter Andersen, Gert winther og Linda Peitersen deltog ikke på mødet.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.proposal?.points == ["at dagsordenen godkendes"])
        #expect(item.absent == ["Peter Andersen", "Gert winther", "Linda Peitersen"])
        #expect(!ItemFacts.isNameWithSmallSurname("Peter deltog"))
        #expect(ItemFacts.nameList("Peter Andersen og hele bestyrelsen").map(\.name) == ["Peter Andersen"])
    }

    @Test("Two stand-ins in one sentence joined by 'og': both came, both members were away")
    func twoStandInsInOneSentence() throws {
        let both = try #require(ItemFacts.standIn("Britta Andersen deltog som stedfortræder for Brian Dalsgaard og Gert Rosing deltog som stedfortræder for Tonni Hansen"))
        #expect(both.present.map(\.name) == ["Britta Andersen", "Gert Rosing"])
        #expect(both.absent.map(\.name) == ["Brian Dalsgaard", "Tonni Hansen"])
        let one = try #require(ItemFacts.standIn("Britta Andersen deltog som stedfortræder for Brian Dalsgaard og Tonni Hansen"))
        #expect(one.present.map(\.name) == ["Britta Andersen"])
    }

    @Test("A running header read as the title; the page's own title under it gives the term")
    func termFromTheTitleUnderARunningHeader() throws {
        let meeting = try readMeeting("""
            Referat Børne- og Ungeudvalget 11. november 2019

            Børne- og Ungeudvalget (2018-2021) – Referat – 11. november 2019

            293. Godkendelse af dagsorden (B)

            Beslutning i Børne- og Ungeudvalget den 11. november 2019:
            Godkendt.
            """)
        #expect(meeting.committee == "Børne- og Ungeudvalget")
        #expect(meeting.term == "2018-2021")
        #expect(meeting.date == CalendarDate(year: 2019, month: 11, day: 11))
    }

    @Test("An absence sentence wrapped by the page over two or three lines is read whole, and none of it stays in the decision")
    func wrappedAbsenceSentence() throws {
        let meeting = try readMeeting("""
            REFERAT Byrådet d. 29-01-2020

            Punkt 2: Bemærkninger til dagsordenen

            Beslutning
            Ingen.

            Martin Bech, Bettina Bøcker Kjeldsen og Niels Vestergaard Salling var
            fraværende.

            Punkt 3: Revisionsberetning

            Beslutning
            Vedtaget som indstillet.

            Betina Steufer, Andreas Boesen, Dorte Normann, Susan Gyldenkilde, Bjarne
            Sørensen, Lone Ørsted og Niels Peter Bøgballe
            deltog ikke i mødet.
            """)
        #expect(meeting.items.first?.absent == ["Martin Bech", "Bettina Bøcker Kjeldsen", "Niels Vestergaard Salling"])
        #expect(meeting.items.first?.decision == Decision(text: "Ingen.", outcome: Outcome.none))
        #expect(meeting.items.last?.absent.count == 7)
        #expect(meeting.items.last?.decision?.text == "Vedtaget som indstillet.")
    }

    @Test("A sentence wrapped right after its date ('… godkendt i Kommunalbestyrelsen den 22. juni 2021') is text, no stage of the case")
    func sentenceEndingInABodyAndDate() throws {
        let meeting = try readMeeting("""
            Referat
            Udvalget for Job, Arbejdsmarked og Integration 2022-2025
            Mødedato                               Onsdag d. 9. marts 2022 kl. 16:30

            Punkt 2: JAI - Orientering marts 2022

            Beslutning
            Taget til orientering.

            Resumé
            A. Udvidelse af Partnerskabet

            Partnerskabsaftalen blev godkendt i Kommunalbestyrelsen den 22. juni 2021
            med et politisk ønske om at udvide partnerkredsen.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.sections.map(\.kind) == [.decision, .summary])
        #expect(item.decision?.text == "Taget til orientering.")
        #expect(item.history.isEmpty)
        #expect(MinutesParser.stage("Kommunalbestyrelsen den 22. juni 2021")?.body == "Kommunalbestyrelsen")
    }

    @Test("Plain pdftotext prints a running header's date apart from it, beside the footer: that date is no text")
    func runningHeadersDateApart() throws {
        let meeting = try readMeeting("""
            Faaborg-Midtfyn KommuneKommunalbestyrelsen 2018-2021

            05.11.2019

            REFERAT Kommunalbestyrelsen 2018-2021 d. 05-11-2019

            Side 1 af 3

            \u{0C}Faaborg-Midtfyn KommuneKommunalbestyrelsen 2018-2021

            342. Godkendelse af dagsorden

            Beslutning
            Godkendt.

            Side 2 af 3

            05.11.2019

            \u{0C}Faaborg-Midtfyn KommuneKommunalbestyrelsen 2018-2021

            05.11.2019

            343. Kirkelige ligning budget 2020

            Bilag
            Budget 2020

            Side 3 af 3

            05.11.2019
            """)
        #expect(meeting.items.first?.decision?.text == "Godkendt.")
        #expect(meeting.items.last?.attachments == ["Budget 2020"])
        #expect(PageNoise.isBareDate("05.11.2019"))
        #expect(!PageNoise.isBareDate("Godkendt 05.11.2019"))
    }

    @Test("A member's parenthesis never closed ('Alice Kiander (Børne- og Ungdomsorganisationernes Samråd') loses no names after it")
    func parenthesisNeverClosed() throws {
        let meeting = try readMeeting("""
            Referat

            Folkeoplysningsudvalget

            Mødedato: 27-02-2018 kl. 17:00

            Afbud: Kristian Hegaard (B), Alice Kiander (Børne- og Ungdomsorganisationernes Samråd, Signe Buch (Aftenskoleforeningen)

            1. Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(meeting.participants.map(\.name) == ["Kristian Hegaard", "Alice Kiander", "Signe Buch"])
        #expect(meeting.participants.filter { !$0.absent }.isEmpty)
        #expect(HeaderReader.neverCloses(", Signe Buch (Aftenskoleforeningen)"))
        #expect(!HeaderReader.neverCloses(", Kultur) og Bo"))
    }

    @Test("PyMuPDF's layout mode marks a bold heading under a list as the list's item ('- **Beslutning Byrådet den …**'): a heading")
    func boldHeadingMarkedAsListItem() throws {
        let meeting = try readMeeting("""
            # **Referat Byrådet 15-09-2020**

            ## **1. Godkendelse af regnskab**

            **Indstilling**

            Direktionen indstiller, at

            - regnskabet godkendes,
            - overskuddet overføres,
            - **Beslutning Byrådet den 15-09-2020**

            Indstillingen godkendt.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.proposal?.points.count == 2)
        #expect(item.decision == Decision(text: "Indstillingen godkendt.", outcome: .approved))
    }

    @Test("A member a line with what they represent after the comma ('Henrik Bang, Kommunalbestyrelsen'): the names only")
    func membersWithWhatTheyRepresent() throws {
        let meeting = try readMeeting("""
            Referat fra møde i Integrationsrådet
            Torsdag d. 10.09.2015
            Til stede:
            Gitte Kjær-Westermann, Formand, udpeget af Kommunalbestyrelsen
            Fargana Ismailova, etnisk repræsentant
            Ruth Jensen, LyngbyGuiderne
            Bjarne Olsen, Lyngby Frivillignet
            Henrik Bang, Kommunalbestyrelsen
            Afbud:
            Anne-Marie Sejer, Oplysningsforbundene
            Massoud Kadkhodaee, etnisk repræsentant
            Janni Rosendahl, De almene boligorganisationer
            Pkt. 1
            Valg af ny formand
            Gitte Kjær-Westermann blev valgt som ny formand for rådet.
            """)
        #expect(meeting.participants.map(\.name) == [
            "Gitte Kjær-Westermann", "Fargana Ismailova", "Ruth Jensen", "Bjarne Olsen", "Henrik Bang",
            "Anne-Marie Sejer", "Massoud Kadkhodaee", "Janni Rosendahl",
        ])
        #expect(meeting.participants.map(\.absent) == [false, false, false, false, false, true, true, true])
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

/// Characters and line ends that converters put into minutes (scout L): the reading must not change.
@Suite("Noise characters: line ends, dashes, ligatures, decomposed letters, bullets and references")
struct NoiseCharacterTests {
    static let clean = """
        Referat

        Arbejdsmarkedsudvalget

        Mødedato: 26-01-2022 kl. 16:00

        Mødested: Mødelokale 1, Rådhuset

        Deltagere:
        • Anne Finsen (A)
        • Bo Flindt (V)

        Punkt 1: Orientering om økonomi og finansiering
        Sagsnr.: 00.22.00P35-1-21

        Økonomi og finansiering

        Der er ingen økonomiske konsekvenser.

        Beslutning

        Drøftet. Bo Flindt var fraværende.
        """

    func read(_ text: String, format: SourceFormat? = nil) throws -> Meeting {
        let document = try MinutesReader().read(Array(text.utf8))
        if let format { #expect(document.source.format == format) }
        return document.meeting
    }

    func expectSameReading(_ noisy: String, _ what: Comment) throws {
        let expected = try read(Self.clean)
        let meeting = try read(noisy)
        #expect(meeting.committee == expected.committee, what)
        #expect(meeting.date == expected.date, what)
        #expect(meeting.startTime == expected.startTime, what)
        #expect(meeting.participants == expected.participants, what)
        #expect(meeting.items.map(\.number) == expected.items.map(\.number), what)
        #expect(meeting.items.map(\.title) == expected.items.map(\.title), what)
        #expect(meeting.items.map(\.caseNumber) == expected.items.map(\.caseNumber), what)
        #expect(meeting.items.map { $0.sections.map(\.kind) } == expected.items.map { $0.sections.map(\.kind) }, what)
        #expect(meeting.items.map(\.decision) == expected.items.map(\.decision), what)
        #expect(meeting.items.map(\.absent) == expected.items.map(\.absent), what)
    }

    @Test("The clean text reads as expected, so that the comparisons below compare a reading")
    func cleanReading() throws {
        let meeting = try read(Self.clean)
        #expect(meeting.date == CalendarDate(year: 2022, month: 1, day: 26))
        #expect(meeting.participants.map(\.name) == ["Anne Finsen", "Bo Flindt"])
        let item = try #require(meeting.items.first)
        #expect(item.caseNumber == "00.22.00P35-1-21")
        #expect(item.sections.map(\.kind) == [.economy, .decision])
        #expect(item.decision?.outcome == .discussed)
        #expect(item.absent == ["Bo Flindt"])
    }

    @Test("Lone CR line ends (old Mac text) and CR LF read as LF")
    func lineEnds() throws {
        try expectSameReading(Self.clean.replacingOccurrences(of: "\n", with: "\r"), "lone CR")
        try expectSameReading(Self.clean.replacingOccurrences(of: "\n", with: "\r\n"), "CR LF")
    }

    @Test("Markdown with CR LF line ends is still Markdown")
    func markdownWithCRLF() throws {
        let markdown = "# Referat\r\n\r\n**Arbejdsmarkedsudvalget**\r\n\r\nMødedato: 26-01-2022\r\n\r\n## Punkt 1: Orientering\r\n\r\n**Beslutning**\r\n\r\nDrøftet.\r\n"
        let meeting = try read(markdown, format: .markdown)
        #expect(meeting.items.first?.title == "Orientering")
        #expect(meeting.items.first?.decision?.text == "Drøftet.")
    }

    @Test("En dashes, em dashes and minus signs inside case numbers and dates read as hyphens")
    func dashesInNumbers() throws {
        try expectSameReading(Self.clean.replacingOccurrences(of: "00.22.00P35-1-21", with: "00.22.00P35–1–21")
            .replacingOccurrences(of: "26-01-2022", with: "26–01–2022"), "en dashes")
        try expectSameReading(Self.clean.replacingOccurrences(of: "00.22.00P35-1-21", with: "00.22.00P35\u{2212}1\u{2212}21"), "minus signs")
    }

    @Test("A PDF font's ligatures are spelled out: 'Økonomi og ﬁnansiering' is a heading, 'Bo Flindt' a name")
    func ligatures() throws {
        try expectSameReading(Self.clean.replacingOccurrences(of: "fi", with: "\u{FB01}"), "fi ligature")
        #expect(TextCleanup.normalised("ﬂertal af ﬀ og ﬃ") == "flertal af ff og ffi")
    }

    @Test("Decomposed letters (NFD, as some PDF tools write å and é) read as composed ones")
    func decomposedLetters() throws {
        try expectSameReading(Self.clean.decomposedStringWithCanonicalMapping, "NFD")
        let meeting = try read(Self.clean.decomposedStringWithCanonicalMapping)
        #expect(meeting.items.first?.sections.last?.text.unicodeScalars.contains { $0.value == 0x30A } == false)
    }

    @Test("Word's Symbol-font bullets (U+F0B7, U+F0A7) as pdftotext prints them are bullets")
    func privateUseBullets() throws {
        try expectSameReading(Self.clean.replacingOccurrences(of: "• ", with: "\u{F0B7} "), "U+F0B7")
        try expectSameReading(Self.clean.replacingOccurrences(of: "• ", with: "\u{F0A7} "), "U+F0A7")
    }

    @Test("HTML's character references left in plain text are read as their characters")
    func referencesInPlainText() throws {
        let noisy = Self.clean.replacingOccurrences(of: "ø", with: "&oslash;").replacingOccurrences(of: "Punkt 1", with: "Punkt&nbsp;1")
        try expectSameReading(noisy, "references")
        // ("R&D;" is no reference: left as it is.)
        #expect(TextCleanup.decodingReferences("R&D; og Dr&oslash;ftet") == "R&D; og Drøftet")
    }

    @Test("A web page's soft hyphens and zero-width spaces are no part of its text")
    func softHyphensInHTML() throws {
        let meeting = try read("""
            <html><body><h1>Arbejdsmarkedsudvalget</h1><p>Referat</p><p>Mødedato: 26-01-2022</p>
            <h2>1. Orientering</h2><h3>\u{200B}Beslutning</h3><p>Godkendt. Bo Flindt var fra&shy;værende.</p>
            <h3>Sagsfremstilling</h3><p>Miljø\u{00AD}godkendelsen sendes til efterretning.</p></body></html>
            """, format: .html)
        let item = try #require(meeting.items.first)
        #expect(item.sections.map(\.kind) == [.decision, .presentation])
        #expect(item.sections.last?.text == "Miljøgodkendelsen sendes til efterretning.")
        #expect(item.absent == ["Bo Flindt"])
    }

    @Test("A spaced em dash is the spaced en dash Danish sets: 'X (V) — Y (V) mødte som stedfortræder'")
    func spacedEmDash() throws {
        #expect(TextCleanup.normalised("Evan Lynnerup (V) — Marianne Kiærulff (V)") == "Evan Lynnerup (V) – Marianne Kiærulff (V)")
        #expect(TextCleanup.normalised("1990—2000") == "1990-2000")
        #expect(TextCleanup.normalised("A–Z og 16.00 – 18.00") == "A–Z og 16.00 – 18.00")
    }
}

extension NoiseCharacterTests {
    @Test("En dashes as bullets before the members' names ('– Anne Finsen (A)') are bullets")
    func enDashBullets() throws {
        try expectSameReading(Self.clean.replacingOccurrences(of: "• ", with: "– "), "en dash bullets")
    }
}
