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

    @Test("'Udvalg, dd.mm.yyyy text' lines under Beslutning: the meeting's own is the decision with its absence, the others history")
    func stagesWithTheirTextOnOneLine() throws {
        let meeting = try readMeeting("""
            Byrådet 22-11-2016

            Punkt 172: Endelig vedtagelse af lokalplan 067

            01.02.05-P16-8-16

            Beslutning

            Plan- og Ejendomsudvalget, 24.10.2016 Anbefales

            Økonomiudvalget, 31.10.2016 Jette Leth Buhl var fraværende. Anbefales.

            Byrådet, 22.11.2016 Githa Nelander var fraværende. Godkendt.

            Sagsfremstilling

            Planforslaget har været fremlagt til offentlig høring.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.decision?.text == "Godkendt.")
        #expect(item.decision?.outcome == .approved)
        #expect(item.absent == ["Githa Nelander"])
        #expect(item.history.map(\.body) == ["Plan- og Ejendomsudvalget", "Økonomiudvalget"])
        #expect(item.history.map(\.date) == [CalendarDate(year: 2016, month: 10, day: 24), CalendarDate(year: 2016, month: 10, day: 31)])
        #expect(item.history.first?.text == "Anbefales")
    }

    @Test("A stage's body without its term, its code or a comma, as the meeting names its committee")
    func stageBodies() {
        #expect(MinutesParser.stage("Økonomiudvalget 2018-21, 28. oktober 2019, pkt. 452:")?.body == "Økonomiudvalget")
        #expect(MinutesParser.stage("Beslutning i Økonomiudvalget (ØK) den 13-06-2018")?.body == "Økonomiudvalget")
        #expect(MinutesParser.stage("Beslutning i Byrådet den 20-06-2018")?.body == "Byrådet")
        #expect(MinutesParser.stageWithText("Økonomiudvalget, 18. september 2019, pkt. 153:") == nil)
        #expect(MinutesParser.stageWithText("Byrådet, 22.11.2016 Godkendt.").map { [$0.heading, $0.rest] } == ["Byrådet, 22.11.2016", "Godkendt."])
    }

    @Test("'00.22.02-A26-1-13 Beslutning Byrådet, 20.09.2016 X og Y var fraværende. Godkendt.' on one line: case number, decision, absences")
    func caseNumberHeadingAndDecisionOnOneLine() throws {
        let meeting = try readMeeting("""
            Referat af Byrådets møde d. 20.09.2016

            Byrådet 20-09-2016

            Punkt 134: Godkendelse af dagsorden

            00.22.02-A26-1-13 Beslutning Byrådet, 20.09.2016 Helle Jessen og Niels True var fraværende. Godkendt.

            Punkt 135: 1. behandling af budget 2017-2020

            00.30.10-S00-3-16 Resume Kompetenceudvalg: Byrådet

            Budgettet behandles første gang.
            """)
        #expect(meeting.items.map(\.number) == [134, 135])
        #expect(meeting.items.map(\.title) == ["Godkendelse af dagsorden", "1. behandling af budget 2017-2020"])
        #expect(meeting.items.map(\.caseNumber) == ["00.22.02-A26-1-13", "00.30.10-S00-3-16"])
        #expect(meeting.items[0].decision?.text == "Godkendt.")
        #expect(meeting.items[0].absent == ["Helle Jessen", "Niels True"])
        #expect(meeting.items[1].sections.first?.kind == .summary)
    }

    @Test("Absences and disqualifications printed after another body's stage ('Økonomiudvalget, 31.10.2016 X var fraværende') are not this meeting's")
    func otherBodiesAbsences() throws {
        let meeting = try readMeeting("""
            Referat
            Byrådet 22-11-2016

            Punkt 1: Lokalplan

            Sagsfremstilling

            Lokalplanen forelægges.

            Økonomiudvalget, 31.10.2016 Jette Leth Buhl var fraværende. Anbefales.

            Økonomiudvalget, 20.04.2020 Daniel Lillerøi blev erklæret inhabil i behandling af sagen, og forlod mødet.

            Beslutning

            Godkendt.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.absent.isEmpty)
        #expect(item.disqualified.isEmpty)
        #expect(item.decision?.text == "Godkendt.")
    }

    @Test("Page buttons ('Show video', '• Luk', 'Udskriv') and a table's header rows ('Punkt Titel', 'Bilag Funktioner') stay out of items")
    func pageButtonsAndTableHeaders() throws {
        let meeting = try readMeeting("""
            Titel Udvalg Funktioner
            Byrådet Byrådet Vis medlemmer Rss-feed til udvalget Udskriv
            Referat 20-06-2018

            Punkt Titel
            88 Indkaldelse af stedfortræder for Ole Skiffard
            Indstilling

            Borgmesteren indstiller til byrådet,

            at det godkendes, at betingelserne for at indkalde stedfortræder er til stede.

            Beslutning

            Tiltrådt.

            Show video

            Bilag Funktioner
            Ingen bilag


            Punkt Titel
            89 Klage over afgørelse i bevillingsnævnet
            Beslutning

            Godkendt.

              • Luk
            """)
        #expect(meeting.committee == "Byrådet")
        #expect(meeting.items.map(\.number) == [88, 89])
        #expect(meeting.items.map { $0.decision?.text } == ["Tiltrådt.", "Godkendt."])
        #expect(meeting.items.map(\.attachments) == [[], []])
        #expect(meeting.items[0].sections.map(\.kind) == [.proposal, .decision, .attachments])
    }

    @Test("The body: a regional council's minutes are no municipality's; 'Fanø kommuner' names none; 'Køge Byråd' names Køge")
    func bodies() throws {
        let region = try readMeeting("""
            Referat - Regionsrådet 2018-2021

            08-03-2021 16:00

            1 (Åben) Tilladelse til råstofindvinding på Engmosevej 6A i Guldborgsund Kommune

            Beslutning

            Godkendt.
            """)
        #expect(region.committee == "Regionsrådet")
        #expect(region.body == nil)
        let plural = try readMeeting("""
            Referat
            Udvalget for Økonomi og Erhverv 23-05-2018

            165. Fælles institution for FGU i Varde, Esbjerg og Fanø kommuner

            Beslutning

            Godkendt.
            """)
        #expect(plural.body == nil)
        let town = try readMeeting("""
            Referat af møde i Køge Byråd

            Den 31.05.2022 kl. 17:00 i Byrådssalen

            92.   Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(town.body == "Køge Kommune")
    }

    @Test("Header fields: 'Udvalg Ikon' over the committee, 'Mødedato … Mødested …' on one line, 'Mødelokale X' without a colon")
    func headerFieldForms() throws {
        let regionh = try readMeeting("""
            Møde i regionsrådet den 22. marts 2022

            Udvalg Ikon
            Regionsrådet
            Tidspunkt Ikon
            Dato: 22-03-2022
            Tid: 17:00 - 19:10

            Referat

            1. Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(regionh.committee == "Regionsrådet")
        #expect(regionh.startTime == ClockTime(hour: 17, minute: 0))
        let oneLine = try readMeeting("""
            REFERAT Byrådet 2022-2025 d. 31-01-2023

            Mødedato Tirsdag d. 31. januar 2023 kl. 18:30 Mødested Byrådssalen

            Punkt 1: Godkendelse af dagsorden

            Beslutning

            Godkendt.

            Punkt 2: Closed: Beslutning om udbud af ejendom
            """)
        #expect(oneLine.location == "Byrådssalen")
        #expect(oneLine.startTime == ClockTime(hour: 18, minute: 30))
        // ("Closed:": the English export's marker of a closed item.)
        #expect(oneLine.items.map(\.title) == ["Godkendelse af dagsorden", "Beslutning om udbud af ejendom"])
        #expect(oneLine.items.map(\.isPublic) == [true, false])
        let room = try readMeeting("""
            Dagsorden til møde i Økonomiudvalget

            Mødedato 10. juni 2013

            Mødetidspunkt 17.00

            Mødelokale Udvalgsværelse D

            1. Kommuneplan 2013

            Sagsfremstilling

            Kommuneplanen vedtages.
            """)
        #expect(room.location == "Udvalgsværelse D")
    }

    @Test("Members: one field a line with '2. næstformand' among the roles; stand-ins in 'I stedet mødt X og Y' and 'Afbud (Stedfortræder X, …)'")
    func membersRolesAndStandIns() throws {
        let listed = try readMeeting("""
            Referat - Regionsrådet 2018-2021

            08-03-2021 16:00

            Medlemmer af udvalget:

            Heino Knudsen

            Formand

            (A)

            Jacob Jensen

            2. næstformand

            (V)

            Freddy Blak

            (A)

            1 (Åben) Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(listed.participants.map(\.name) == ["Heino Knudsen", "Jacob Jensen", "Freddy Blak"])
        #expect(listed.participants.map(\.party) == ["A", "V", "A"])
        let sentence = try readMeeting("""
            Åben dagsorden
            Kommunalbestyrelsen
            Den 20. april 2015, kl. 19.00-23.55
            Katrine Lester og Laura Lindahl havde meldt forfald. I stedet mødt Anja Camilla Ravn og Lars Berg Andersen.

            76.  Spørgsmål om parkeringsforliget

            Beslutning

            Besvaret.
            """)
        #expect(sentence.participants.map(\.name) == ["Katrine Lester", "Laura Lindahl", "Anja Camilla Ravn", "Lars Berg Andersen"])
        #expect(sentence.participants.map(\.absent) == [true, true, false, false])
    }

    @Test("Titles opening with '§17,4' or a count ('17 nye …'); 'Dagsordener og referater' (a site's menu) says nothing of the kind")
    func titleOpeningsAndSiteMenu() throws {
        let albertslund = try readMeeting("""
            Dagsordener og referater

            Udvalg: Temaudvalg (§17, stk. 4)

            Dato: Tirsdag den 29. januar 2019

            Tid: Kl. 17:00

            1. §17,4 Temaudvalg - Evaluering af temaudvalgets første år

            Anledning

            Udvalget evaluerer sit første år.

            2. §17,4 Temaudvalg - Evt.

            Anledning

            Eventuelt.
            """)
        #expect(albertslund.kind == .agenda)
        #expect(albertslund.committee == "Temaudvalg (§17, stk. 4)")
        #expect(albertslund.items.map(\.title) == ["§17,4 Temaudvalg - Evaluering af temaudvalgets første år", "§17,4 Temaudvalg - Evt."])
        let count = try readMeeting("""
            Åben dagsorden
            Kommunalbestyrelsen
            Den 20. april 2015, kl. 19.00

            88.  Skolen ved Søerne, skybrudssikring
            89.  17 nye senior-egnede lejligheder på Thurøvej 13-15
            90.  Forskrift for brug af fastbrændselsovne
            """)
        #expect(count.items.map(\.number) == [88, 89, 90])
        #expect(count.items[1].title == "17 nye senior-egnede lejligheder på Thurøvej 13-15")
    }

    @Test("A meeting page with labelled committee and date, cut before its items: the header is read, with a warning")
    func labelledPageWithoutItems() throws {
        let document = try MinutesReader().read(Array("""
            Udvalg: Kommunalbestyrelsen

            Dato: Tirsdag den 11. december 2018

            Tid: Kl. 18:00

            Sted: Kommunalbestyrelsessalen

            Indkaldelse :

              • Steen Christiansen (A)
              • Dogan Polat (A)
            """.utf8))
        #expect(document.meeting.committee == "Kommunalbestyrelsen")
        #expect(document.meeting.location == "Kommunalbestyrelsessalen")
        #expect(document.meeting.participants.map(\.name) == ["Steen Christiansen", "Dogan Polat"])
        #expect(document.warnings.map(\.message).contains("no numbered items were found"))
    }

    @Test("Proposal: 'at …' over a list is a point; the first body proposes; PolWeb's document number over an attachment is no title")
    func proposalOverAListAndPolWebAttachments() throws {
        let meeting = try readMeeting("""
            Referat
            Byrådet
            Onsdag den 31. maj 2017 kl. 17:00

            2. 1. budgetopfølgning 2017

            Indstilling

            Direktionen indstiller, at 1. budgetopfølgning tages til efterretning og at følgende indstilles til Byrådet:

            • at der gives en tillægsbevilling på 147.000 kr. i 2017 vedrørende Ungeenheden.

            Børne- og Uddannelsesudvalget indstiller:

            • at der gives en negativ tillægsbevilling på 147.000 kr. i 2017 vedrørende Ungeenheden.

            Bilag

            450-2021-169164

            Status_på_bevillinger_2021

            Beslutning

            Godkendt.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.proposal?.by == "Direktionen")
        #expect(item.proposal?.points == [
            "at 1. budgetopfølgning tages til efterretning og at følgende indstilles til Byrådet:",
            "at der gives en tillægsbevilling på 147.000 kr. i 2017 vedrørende Ungeenheden.",
            "at der gives en negativ tillægsbevilling på 147.000 kr. i 2017 vedrørende Ungeenheden.",
        ])
        #expect(item.attachments == ["Status_på_bevillinger_2021"])
    }

    @Test("'A og B deltog som suppleanter.' under a decision is who came, not the decision's text")
    func attendanceNotesOutOfDecisions() throws {
        let meeting = try readMeeting("""
            Det fælles landdistriktsråd - Referat
            Mødedato: 31. august 2023

            1. Godkendelse af dagsorden

            Beslutning

            Godkendt
            Peter Andersen og Linda Peitersen deltog ikke på mødet.
            Kenneth Dahl og Morten Juhl deltog som suppleanter.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.decision?.text == "Godkendt")
        #expect(item.absent == ["Peter Andersen", "Linda Peitersen"])
        #expect(ItemFacts.isAttendanceNote("Udvalget valgte Kim Hansen som suppleant.") == false)
    }

    @Test("Næstved's 'Politisk behandling:' naming this meeting is no history; 'Udvalg, dd.mm.yyyy' under Beslutning heads the decision")
    func ownTreatmentIsNoHistory() throws {
        let meeting = try readMeeting("""
            Referat
            Kultur- og Demokratiudvalget 3. september 2018

            104. Orientering om Børnekulturhuset

            Sagsnr.: 00.01.00-A00-57-17

            Resume

            Politisk behandling:

            Kultur- og Demokratiudvalget (til efterretning), 03.09.2018

            Udvalget introduceres til Børnekulturhusets aktiviteter.

            Beslutning

            Kultur- og Demokratiudvalget, 03.09.2018

            Til efterretning.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.history.isEmpty)
        #expect(item.decision?.text == "Til efterretning.")
        #expect(item.decision?.outcome == .noted)
    }

    @Test("'Ekstraordinært møde - Mødelokale F7 kl. 12.00' under 'Social og sundheds møde den …': the place and time, not the committee")
    func extraordinaryMeetingLine() throws {
        let meeting = try readMeeting("""
            Frederikssund Kommunes logo

            Social og sundheds møde den 17. april 2023

            Ekstraordinært møde - Mødelokale F7 kl. 12.00

            Referat

            38Godkendelse af dagsorden

            Beslutning

            Godkendt
            """)
        #expect(meeting.committee == "Social og sundhed")
        #expect(meeting.location == "Mødelokale F7")
        #expect(meeting.startTime == ClockTime(hour: 12, minute: 0))
    }

    @Test("A book of two meetings' minutes: the first is read, with a warning where the second begins")
    func secondMeetingInTheSameDocument() throws {
        let document = try MinutesReader().read(Array("""
            REFERAT Byrådet 2022-2025 d. 10-01-2023

            Mødedato Tirsdag d. 10. januar 2023 kl. 18:30 Mødested Byrådssalen

            Punkt 1: Godkendelse af dagsorden

            00.22.00-P35-11-21 Beslutning Byrådet 10.01.2023 Mødet er aflyst.

            Punkt 2: Underskriftsark

            REFERAT Byrådet 2022-2025 d. 31-01-2023

            Mødedato Tirsdag d. 31. januar 2023 kl. 18:30 Mødested Byrådssalen

            Punkt 1: Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """.utf8))
        let meeting = document.meeting
        #expect(meeting.date == CalendarDate(year: 2023, month: 1, day: 10))
        #expect(meeting.items.map(\.title) == ["Godkendelse af dagsorden", "Underskriftsark"])
        #expect(meeting.items[0].decision?.text == "Mødet er aflyst.")
        #expect(meeting.items[1].sections.isEmpty)
        #expect(document.warnings.contains { $0.line == 11 && $0.message.contains("another meeting's minutes begin here") })
    }

    @Test("Fields under the heading ('Dok. 306-2019-263412', 'Initialer: PIM', 'Åbent') and an absence line make no untitled section")
    func fieldsAndAbsencesUnderTheHeading() throws {
        let meeting = try readMeeting("""
            Referat
            Byrådet
            Mødedato: 3. marts 2021

            1.      Spørgetid for borgerne

            Sag 306-2009-600

            Dok. 306-2019-263412

            Initialer: PIM

            Åbent

            Sagsfremstilling

            Byrådet indførte spørgetid i 2009.

            2. Regnskab

            Fraværende:
            Peter Hansen (V)

            Beslutning

            Godkendt.
            """)
        #expect(meeting.items.map(\.caseNumber) == ["306-2009-600", nil])
        #expect(meeting.items.map { $0.sections.map(\.kind) } == [[.presentation], [.decision]])
        #expect(meeting.items[1].absent == ["Peter Hansen"])
    }

    @Test("Wrapped text as a PDF gives it: 'vedlagt som' / 'bilag.' is no heading; a wrapped place and a wrapped history body are whole")
    func wrappedLines() throws {
        let meeting = try readMeeting("""
            REFERAT Regionsrådet d. 31-05-2017

            Mødedato Onsdag d. 31. maj 2017 kl. 13:00

            Mødested Regionsrådssalen, Regionshuset Viborg, Skottenborg 26,
            8800 Viborg

            Alle medlemmer var mødt undtagen Poul Erik Christensen og Aleksander Aagaard, der havde meldt afbud.

            Punkt 5: Tilkendte puljer på beskæftigelsesområdet 2022

            22-000180

            Beslutning

            Indstillingerne anbefales.

            Sagsfremstilling

            Positiv-listen er en liste med de områder og uddannelser, hvor der er mangel på
            arbejdskraft. Positivlisten for områderne er vedlagt som
            bilag.

            Kurset kan bevilliges fra første dag, hvor borger er ledig.

            Sagens forløb

            09-02-2022 Udvalget for Job, Arbejdsmarked og Integration -
            2022-2025

            Indstillingerne anbefales.

            Bilag

            Tilsagn.docx
            """)
        #expect(meeting.location == "Regionsrådssalen, Regionshuset Viborg, Skottenborg 26, 8800 Viborg")
        #expect(meeting.participants.map(\.name) == ["Poul Erik Christensen", "Aleksander Aagaard"])
        let item = try #require(meeting.items.first)
        #expect(item.sections.map(\.kind) == [.decision, .presentation, .history, .attachments])
        #expect(item.attachments == ["Tilsagn.docx"])
        #expect(item.history.map(\.body) == ["Udvalget for Job, Arbejdsmarked og Integration - 2022-2025"])
        #expect(item.history.map(\.text) == ["Indstillingerne anbefales."])
    }

    @Test("Pages that each hold one item: the case number at each page's top and 'Intet.' at its foot are no running lines")
    func onePagePerItem() throws {
        let meeting = try readMeeting(
            "REFERAT Arbejdsmarkedsudvalget 2022-2025 d. 26-01-2022\n\nMødedato Onsdag d. 26. januar 2022 kl. 16:00\n\n"
                + "\u{0C}Punkt 5: Meddelelser - Åbent møde\n\n00.22.00P35-1-21\n\nBeslutning\n\nForvaltningen orienterede om status.\n\n"
                + "\u{0C}Punkt 6: Lukket: Meddelelser - Lukket møde\n\n00.22.00P35-1-21\n\nIntet.\n\n"
                + "\u{0C}Punkt 7: Lukket: Eventuelt\n\n00.22.00P35-1-21\n\nIntet.\n")
        #expect(meeting.items.map(\.caseNumber) == ["00.22.00P35-1-21", "00.22.00P35-1-21", "00.22.00P35-1-21"])
        #expect(meeting.items.map { $0.decision?.text } == ["Forvaltningen orienterede om status.", "Intet.", "Intet."])
    }

    @Test("'- Mødedato: 31. maj, 2017 kl. 13:00' and '- Mødested: …': a list of the meeting's fields")
    func dashedFieldList() throws {
        let meeting = try readMeeting("""
            Regionsrådet 31. maj 2017 (Referat)
            Regionsrådet
            - Udvalg: regionsrådet
            - Mødedato: 31. maj, 2017 kl. 13:00
            - Mødested: Regionsrådssalen, Regionshuset Viborg

            1. Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(meeting.startTime == ClockTime(hour: 13, minute: 0))
        #expect(meeting.location == "Regionsrådssalen, Regionshuset Viborg")
    }

    @Test("An agenda's groups ('Til behandling (åbne punkter)', 'Til behandling (lukkede punkter)') each number from 1; the group closes its items")
    func agendaGroupsNumberedAgain() throws {
        let meeting = try readMeeting("""
            Kommunalbestyrelsen holder møde tirsdag den 15. september 2020 kl. 17.00

            Det foregår Sparekassen Thy Arena Mors, VIP lokalet med nedenstående dagsorden:

            Til behandling (åbne punkter)

              1. Førstebehandling af budget 2021-2025
              2. I/S Mors-Thy Færgefart - Udskiftning af motorer

            Til behandling (lukkede punkter)

              1. Køb af ejendom
            """)
        #expect(meeting.kind == .agenda)
        #expect(meeting.committee == "Kommunalbestyrelsen")
        #expect(meeting.items.map(\.title) == ["Førstebehandling af budget 2021-2025", "I/S Mors-Thy Færgefart - Udskiftning af motorer", "Køb af ejendom"])
        #expect(meeting.items.map(\.isPublic) == [true, true, false])
        #expect(MinutesParser.itemGroup(Line(text: "For lukkede døre", number: 1)) == .closed)
        #expect(MinutesParser.itemGroup(Line(text: "Tillægsdagsorden II", number: 1)) == .supplement)
        #expect(MinutesParser.itemGroup(Line(text: "Til orientering.", number: 1)) == nil)
    }

    @Test("Closed items: titles listed under 'Lukkede punkter' with nothing below, and '(FOR LUKKEDE DØRE)', '(Fortroligt)', 'Fortroligt - X'")
    func closedItemForms() throws {
        let listed = try readMeeting("""
            Referat
            Økonomiudvalget
            Mødedato: 22. oktober 2018

            160. Temadrøftelse af Statsvej til motorvejen

            Beslutning

            Drøftet.

            Lukkede punkter
            161. Diverse orienteringer
            162. Køb af ejendom
            """)
        #expect(listed.items.map(\.number) == [160, 161, 162])
        #expect(listed.items.map(\.isPublic) == [true, false, false])
        let marked = try readMeeting("""
            Referat
            Kommunalbestyrelsen
            Mødedato: 15. maj 2022

            27. Orientering fra borgmesteren (FOR LUKKEDE DØRE)

            Beslutning

            Taget til efterretning.

            28. Salg af ejendom (Fortroligt)

            Beslutning

            Godkendt.

            29. Fortroligt - Personalesag

            Beslutning

            Godkendt.
            """)
        #expect(marked.items.map(\.title) == ["Orientering fra borgmesteren", "Salg af ejendom", "Personalesag"])
        #expect(marked.items.map(\.isPublic) == [false, false, false])
    }

    @Test("Members as 'Name (INITIALS) Party' with notes ('(Orlov)'), and 'Fraværende' over one of them")
    func initialsBeforeParties() throws {
        let meeting = try readMeeting("""
            Referat Byrådet

            Mødedato: Mandag den 09-09-2019

            Mødetidspunkt: 19:00-21:00

            Medlemmer
            Henrik Hvidesten (hjhehv) V
            Klaus Hansen (hjkh) V
            Jan Jakobsen (jja) Ø (Orlov)
            Berit Bruun (berbr) Ø (Stedfortræder for Jan Jakobsen)

            Fraværende
            Klaus Hansen (hjkh) V

            1. Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(meeting.participants.map(\.name) == ["Henrik Hvidesten", "Klaus Hansen", "Jan Jakobsen", "Berit Bruun"])
        #expect(meeting.participants.map(\.party) == ["V", "V", "Ø", "Ø"])
        #expect(meeting.participants.map(\.absent) == [false, true, true, false])
        #expect(HeaderReader.partiesAfterInitials("Per Roos (PR) V, Kim Bonde (KB) A") == "Per Roos (V), Kim Bonde (A)")
        #expect(HeaderReader.partiesAfterInitials("Per Roos (V), Kim Bonde (A)") == nil)
    }

    @Test("Other pages' forms: 'SagsID/Sagsnummer: 14/331', 'Stedfortræder: X' under a decision, 'Dagsorden med vedtagelser', 'ReferatByrådet'")
    func moreFieldForms() throws {
        let ringsted = try readMeeting("""
            Byrådet - 09-11-2015

            Dato: Mandag den 9. november 2015 Tid: Kl. 19:00
              • Punkt 1 Godkendelse af dagsorden for mødet den 9. november 2015

                SagsID/Sagsnummer: 14/331

                Beslutning i Byrådet den 09-11-2015

                Godkendt.

                Afbud: Jørgen Suhr (B)

                Stedfortræder: Ebbe Mosbæk Rasmussen (B)
            """)
        #expect(ringsted.items.first?.caseNumber == "14/331")
        #expect(ringsted.items.first?.decision?.text == "Godkendt.")
        #expect(ringsted.items.first?.absent == ["Jørgen Suhr"])
        let rudersdal = try readMeeting("""
            ØKONOMIUDVALGET

            Dagsorden med vedtagelser

            Mødedato Onsdag den 23. maj 2012

            1. Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(rudersdal.kind == .minutes)
        #expect(rudersdal.committee == "Økonomiudvalget")
        let glued = try readMeeting("ReferatByrådet\n\nMødedato: Mandag den 09-01-2012\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n")
        #expect(glued.kind == .minutes)
        #expect(glued.committee == "Byrådet")
    }

    @Test("Lines ending in '<br />' without a block element are a web page's HTML")
    func lineBreakTagsMakeHTML() throws {
        let document = try MinutesReader().read(Array("""
            <strong>ØKONOMIUDVALGET</strong><br />

            <strong>Referat</strong><br />

            Mødedato Onsdag den 23. maj 2012<br />

            Mødetidspunkt Kl. 8.00<br />

            1. Godkendelse af dagsorden<br />
            Beslutning<br />
            Godkendt.<br />
            """.utf8))
        #expect(document.source.format == .html)
        #expect(document.meeting.committee == "Økonomiudvalget")
        #expect(document.meeting.startTime == ClockTime(hour: 8, minute: 0))
    }

    @Test("Acadre's 'Punkt: 1' under the committee's name: the case's fields, then the title; an absence in the text is the item's")
    func acadrePunktColon() throws {
        let meeting = try readMeeting("""
            Økonomiudvalget
            Referat fra ordinært møde
            Mandag 07.12.2015 kl. 8:00
            Mødelokale D2

            Økonomiudvalget
            Punkt: 1
            Acadre sagsnr.: 17/10438
            Journalnr.: A00
            Sagsforløb: ØU - Åben sag
            Sagsansvarlig enhed: Politik, Udvikling og Borgerservice
            Meddelelser
            Baggrund
            Centerchef Betina Bojesen henledte opmærksomheden på retningslinjerne.
            Thorkild Gruelund (C) deltog ikke i sagens behandling.

            Økonomiudvalget
            Punkt: 2
            Acadre sagsnr.: 17/11524
            Journalnr.: K09
            Sagsforløb: ØU-KB - Lukket sag
            Køb af ejendom
            """)
        #expect(meeting.committee == "Økonomiudvalget")
        #expect(meeting.items.map(\.number) == [1, 2])
        #expect(meeting.items.map(\.title) == ["Meddelelser", "Køb af ejendom"])
        #expect(meeting.items.map(\.caseNumber) == ["17/10438", "17/11524"])
        #expect(meeting.items.map(\.isPublic) == [true, false])
        #expect(meeting.items[0].absent == ["Thorkild Gruelund"])
        #expect(meeting.participants.isEmpty)
    }

    @Test("A bare date line over 'Mandag 07.12.2015 kl. 8:00': the weekday's line with its time names the meeting")
    func weekdayLineOverBareDate() throws {
        let meeting = try readMeeting("""
            Økonomiudvalget

            Referat fra ordinært møde

            03-12-2015

            Mandag 07.12.2015 kl. 8:00

            Mødelokale D2

            1. Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(meeting.date == CalendarDate(year: 2015, month: 12, day: 7))
        #expect(meeting.startTime == ClockTime(hour: 8, minute: 0))
    }

    @Test("A regional committee meeting 'i Herning Kommune, Torvet 5' is Region Midtjylland's; every municipality lies in one region")
    func regionalCommitteeAtAMunicipality() throws {
        let meeting = try readMeeting("""
            Dagsorden
            til
            mødet i Udvalg for regional udvikling
            den 1. februar 2023 kl. 09:00
            i Herning Kommune, Torvet 5, 7400 Herning

            1. Miljøstyrelsens afgørelse om Rønland

            Resume

            Miljøstyrelsen traf i oktober 2021 afgørelse.
            """)
        #expect(meeting.committee == "Udvalg for regional udvikling")
        #expect(meeting.body == "Region Midtjylland")
        #expect(MinutesReader.municipalities.allSatisfy { Municipalities.region(of: $0) != nil })
        #expect(Set(Municipalities.regions.values).count == 5)
    }

    @Test("A flattened route table ('Sagsgang', 'BY', 'Indstilling', 'Beslutning', 'x') makes no decision")
    func routeTableIsNoDecision() throws {
        let meeting = try readMeeting("""
            Byrådet - 09-11-2015

            Dato: Mandag den 9. november 2015 Tid: Kl. 19:00
              • Punkt 2 Henvendelse om dispensation fra visse dele af skolereformen

                Sagen afgøres i: Byrådet

                Sagsgang

                BY

                Indstilling

                Beslutning

                x

                BY=Byråd, ØK=Økonomiudvalg

                Beskrivelse af sagen

                Af henvendelsen fremgår bl.a.:
            """)
        #expect(meeting.items.first?.decision == nil)
        #expect(meeting.kind == .agenda)
    }

    @Test("'Fraværende- Hans Østergaard ()': an empty parenthesis gives no party")
    func emptyPartyParenthesis() throws {
        let meeting = try readMeeting("""
            Referat: 27. oktober 2025 kl. 08:00
            Økonomiudvalget

            Medlemmer
            - Hans Østergaard
            - Irvin Christensen

            1 : Godkendelse af dagsorden

            Beslutning

            Godkendt.

            Fraværende- Hans Østergaard ()
            """)
        #expect(meeting.items.first?.absent == ["Hans Østergaard"])
        #expect(meeting.participants.allSatisfy { $0.party == nil })
    }

    @Test("An item page: 'Referat' alone right under the title heads what was decided, so the page is minutes")
    func referatUnderAnItemPagesTitle() throws {
        let meeting = try readMeeting("""
            Tilbage til oversigt

            Regionsrådet
            22-12-2020 13:00

            Udskriv

            1. Meddelelse fra formanden

            Referat

            Følgende emner blev nævnt under dette punkt på Regionsrådets møde den 22. december 2020:

            1. Afbud. Der var afbud fra Jørgen Hansen og Arne Nielsen.
            """)
        #expect(meeting.kind == .minutes)
        #expect(meeting.items.first?.sections.map(\.kind) == [.decision])
        #expect(meeting.items.first?.absent == ["Jørgen Hansen", "Arne Nielsen"])
    }

    @Test("'NR/' under a case's text: the case officer's initials, no text")
    func signOffInitials() {
        #expect(PageNoise.isSignOff("NR/"))
        #expect(PageNoise.isSignOff("NR/KLM"))
        #expect(!PageNoise.isSignOff("A/S"))
        #expect(!PageNoise.isSignOff("I/S Mors"))
        #expect(!PageNoise.isSignOff("23/13922"))
    }

    @Test("'X (A) deltog i mødet i stedet for Y (A).' under a decision: Y was away; 'Fraværende:' over 'Ingen'; 'Fremmødt:'; 'kl. 10.00 i lokale M1'")
    func standInsAndNobodyAndFremmoedt() throws {
        let faxe = try readMeeting("""
            Byrådet - 14-03-2019

            Referat
            Dato:
            Torsdag, 14 marts, 2019 - 18:30
            23. Godkendelse af dagsorden

            Beslutning

            Godkendt.

            Inger Andersen (A) deltog i mødet i stedet for Tanja Larsson (A).

            24. Budget

            Beslutning

            Godkendt.

            Fraværende:

            Ingen
            """)
        #expect(faxe.items.map { $0.decision?.text } == ["Godkendt.", "Godkendt."])
        #expect(faxe.items.map { $0.decision?.outcome } == [.approved, .approved])
        #expect(faxe.items.map(\.absent) == [["Tanja Larsson"], []])
        let dragoer = try readMeeting("""
            Referat af Ældrerådsmøde Mandag den 03.april 2017 Kl. 10.00 i lokale M1 på Wiedergården
            Fremmødt: Sten Brincker, Richard Barth og Kirja Kongsbak.

            1. Godkendelse af dagsorden
            Dagsorden godkendt.

            2. Høringssvar
            Høringsanmodningerne blev drøftet.
            """)
        #expect(dragoer.participants.map(\.name) == ["Sten Brincker", "Richard Barth", "Kirja Kongsbak"])
        #expect(dragoer.location == "lokale M1 på Wiedergården")
    }

    @Test("'application/pdf icon X.pdf' is the attachment X.pdf; '012497 - 2017/12299' gives the case number after the document's")
    func iconLinksAndDocumentNumbers() throws {
        let meeting = try readMeeting("""
            Referat

            Kommunalbestyrelsen 22. januar 2020

              • 302. Planstrategi 2020

                application/pdf icon udkast._planstrategi_2020.pdf

                Resume

                Planstrategien skal i høring.

            303. Forslag til Kommuneplantillæg nr. 10 for Gilleleje
            012497 - 2017/12299

            Sagsfremstilling
            Plan- og Miljøudvalget behandlede sagen.
            """)
        #expect(meeting.items.map(\.attachments) == [["udkast._planstrategi_2020.pdf"], []])
        #expect(meeting.items.map(\.caseNumber) == [nil, "2017/12299"])
        #expect(meeting.items[1].title == "Forslag til Kommuneplantillæg nr. 10 for Gilleleje")
    }

    @Test("A hyphen at a line's end that is the word's own stays: 'IT-' / 'løsninger', 'A-' / 'kasser', 'Anne-' / 'Mette', '2022-' / '2023', a file's name")
    func ownHyphensAtLineEnds() {
        #expect(Paragraphs.dehyphenate(prev: "understøttet af IT-", next: "løsninger.") == "IT-løsninger.")
        #expect(Paragraphs.dehyphenate(prev: "i Kommuner og A-", next: "kasser") == "A-kasser")
        #expect(Paragraphs.dehyphenate(prev: "Anne-", next: "Mette Dalgaard") == "Anne-Mette Dalgaard")
        #expect(Paragraphs.dehyphenate(prev: "betales for 2022-", next: "2023.") == "2022-2023.")
        #expect(Paragraphs.dehyphenate(prev: "Fokusrevisionen-om-indsatsen-for-", next: "uddannelse") == "Fokusrevisionen-om-indsatsen-for-uddannelse")
        #expect(Paragraphs.dehyphenate(prev: "beskæf-", next: "tigelse") == "beskæftigelse")
        #expect(Paragraphs.dehyphenate(prev: "Social-", next: "og sundhed") == nil)
    }

    @Test("As a PDF wraps the seeds' layout: a 'Punkt N:' title over three lines, a term on the title's last line, a decision heading wrapped before its date")
    func wrappedTitlesAndDecisionHeadings() throws {
        let meeting = try readMeeting("""
            REFERAT Byrådet 2018-2021 d. 09-02-2021

            Mødedato Tirsdag d. 09. februar 2021 kl. 16:00

            Punkt 1: Tilsagn om tilskud på 710.000 kr. fra Styrelsen for
            Arbejdsmarked og Rekrutterings (STAR) pulje til Styrket
            Jobformidling i Kommuner og A-kasser

            20/8545

            Beslutning Udvalget for sundhed, kultur og fritid den
            26-01-2021

            Anbefales.

            Beslutning Byrådet den 09-02-2021

            Godkendt.

            Punkt 2: Forslag til introduktionsprogram for Udvalget for Job, Arbejdsmarked og Integration
            2022-2025

            22-000647

            Beslutning Byrådet den 09-02-2021

            Godkendt.
            """)
        #expect(meeting.items.map(\.title) == [
            "Tilsagn om tilskud på 710.000 kr. fra Styrelsen for Arbejdsmarked og Rekrutterings (STAR) pulje til Styrket Jobformidling i Kommuner og A-kasser",
            "Forslag til introduktionsprogram for Udvalget for Job, Arbejdsmarked og Integration 2022-2025",
        ])
        #expect(meeting.items.map(\.caseNumber) == ["20/8545", "22-000647"])
        #expect(meeting.items[0].history.map(\.body) == ["Udvalget for sundhed, kultur og fritid"])
        #expect(meeting.items[0].history.map(\.text) == ["Anbefales."])
        #expect(meeting.items.map { $0.decision?.text } == ["Godkendt.", "Godkendt."])
        #expect(!CaseNumbers.isCaseNumber("2022-2025") && !CaseNumbers.isCaseNumber("2018-21") && CaseNumbers.isCaseNumber("2022-000647"))
    }

    @Test("A sentence that ends a page ends its paragraph, in a text whose wrap width is unknown")
    func paragraphEndingAtAPageBreak() throws {
        let meeting = try readMeeting(
            "REFERAT Udvalget for Job d. 09-02-2022\n\nPunkt 4: Status på mål for det skærpede tilsyn\n\n22-000477\n\n"
                + "Administrationens vurdering\n\nDertil er der en bekymring for, at fokusmålet ikke kan nås i 2022.\n"
                + "\u{0C}Analysen af beskæftigelsesområdet forventes at give et solidt grundlag.\n\nBeslutning\n\nTaget til efterretning.\n")
        #expect(meeting.items.first?.sections.first?.text
            == "Dertil er der en bekymring for, at fokusmålet ikke kan nås i 2022.\n\nAnalysen af beskæftigelsesområdet forventes at give et solidt grundlag.")
    }

    @Test("'Konstituerende møde - 02-12-2021' over 'Torsdag, 2 december, 2021 - 18:30': the meeting's name, not a piece of its date")
    func meetingNamedByItsKind() throws {
        let meeting = try readMeeting("""
            Konstituerende møde - 02-12-2021

            Referat
            Dato:
            Torsdag, 2 december, 2021 - 18:30
            Hent som fil:
            1. Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(meeting.committee == "Konstituerende møde")
        #expect(meeting.date == CalendarDate(year: 2021, month: 12, day: 2))
    }

    @Test("'01 Bemærkninger til dagsordenen': items numbered with a leading zero and no dot (Lotus Notes minutes)")
    func zeroPaddedItemNumbers() throws {
        let meeting = try readMeeting("""
            Mødereferat

            d.: 10-09-2009 kl.: 16:30 til 18:30 :

            Grundejerkontaktudvalg

            Punkter Top

            01 Bemærkninger til dagsordenen

            Referat:

            Godkendt

            02 Godkendelse af referat fra mødet den 18.06.2009

            Referat:

            Godkendt med en bemærkning.
            """)
        #expect(meeting.items.map(\.number) == [1, 2])
        #expect(meeting.items.map(\.title) == ["Bemærkninger til dagsordenen", "Godkendelse af referat fra mødet den 18.06.2009"])
        #expect(meeting.items.map { $0.decision?.outcome } == [.approved, .approved])
    }
}
