import ProtokolModel
import Testing
@testable import ProtokolReader

/// Minutes of councils read in the tenth round of scouting (Jutland, Zealand, Funen, Bornholm, Copenhagen), cut to
/// what each test is about under one common header.
@Suite("More councils' minutes: headings, absences, outcomes, bodies")
struct CouncilRoundTests {
    /// A meeting of Byrådet with `items` under its header.
    func minutes(_ items: String) throws -> Meeting {
        try readMeeting("Referat\nByrådet\nMødedato: 29. januar 2020 kl. 19:00\n\n" + items)
    }

    @Test("'Personale' standing alone in one item of several (Brønderslev): a staff section there, though the other items lack it")
    func tailHeadingInOneItem() throws {
        let meeting = try minutes("""
            3. Godkendelse af indkaldte stedfortrædere

            Sagsfremstilling

            Kim Østergaard er indkaldt til Byrådets møde.

            Personale

            Ingen.

            Beslutning

            Godkendt.

            4. Spørgetid for byrådsmedlemmer

            Sagsfremstilling

            Spørgetid for byrådsmedlemmer.

            Beslutning

            Drøftet.
            """)
        #expect(meeting.items[0].sections.map(\.kind) == [.presentation, .staff, .decision])
        #expect(meeting.items[0].sections[0].text == "Kim Østergaard er indkaldt til Byrådets møde.")
        #expect(meeting.items[0].sections[1].text == "Ingen.")
        #expect(meeting.items[1].sections.map(\.kind) == [.presentation, .decision])
    }

    @Test("A page's 'Udskriv' link under each item's title (Thisted, Aabenraa) is no section")
    func printLinkUnderTitles() throws {
        let meeting = try minutes("""
            177. Godkendelse af dagsorden

            Udskriv

            Sagstema

            Godkendelse af dagsorden til dagens møde.

            Beslutning

            Godkendt.

            178. Dialogmøde med Thisted Vand

              • Udskriv

            Sagstema

            Mødet starter kl. 14.00 med det årlige dialogmøde.
            """)
        #expect(meeting.items.map(\.number) == [177, 178])
        #expect(meeting.items[0].sections.map(\.heading) == ["Sagstema", "Beslutning"])
        #expect(meeting.items[1].sections.map(\.heading) == ["Sagstema"])
    }

    @Test("Absences with their reasons: 'pga. ferie', 'ved afbud' after each name, '(syg)', 'Afbud fra:' over 'Borgmester X pga. arbejde.'")
    func absencesWithReasons() throws {
        let meeting = try minutes("""
            1. Budget

            Beslutning

            Afbud: Martin Bech pga. ferie og Anne Holm (syg)

            Godkendt.

            2. Andet

            Beslutning

            Afbud fra:
            Borgmester Anna Mee Allerslev pga. arbejde.

            Godkendt.

            3. Tredje

            Beslutning

            Fraværende: Lars Rytter ved afbud Niels F. Dahlmann ved afbud

            Godkendt.
            """)
        #expect(meeting.items.map(\.absent) == [["Martin Bech", "Anne Holm"], ["Anna Mee Allerslev"], ["Lars Rytter", "Niels F. Dahlmann"]])
        #expect(meeting.items.map { $0.decision?.text } == ["Godkendt.", "Godkendt.", "Godkendt."])
        #expect(ItemFacts.withoutReason("Bo Holm - ferie") == "Bo Holm")
        #expect(ItemFacts.withoutReason("Anne-Marie Olsen - Socialdemokratiet") == "Anne-Marie Olsen - Socialdemokratiet")
        #expect(ItemFacts.withoutReason("Per Hansen (V)") == "Per Hansen (V)")
    }

    @Test("Refusals in other words: 'imødekommes ikke', 'besluttede ikke at godkende', 'Afslag.', 'nedstemt', 'meddeles afslag'")
    func refusals() {
        #expect(OutcomeReading.outcome(of: "Ansøgningen imødekommes ikke.") == .rejected)
        #expect(OutcomeReading.outcome(of: "Udvalget besluttede ikke at godkende ansøgningen.") == .rejected)
        #expect(OutcomeReading.outcome(of: "Afslag.") == .rejected)
        #expect(OutcomeReading.outcome(of: "Forslaget blev nedstemt.") == .rejected)
        #expect(OutcomeReading.outcome(of: "Der meddeles afslag på ansøgningen.") == .rejected)
        #expect(OutcomeReading.outcome(of: "Afslagets begrundelse blev godkendt.") == .approved)
    }

    @Test("A listed item's title naming a region ('… mellem Region Hovedstaden og kommunerne') makes no regional body (Bornholm)")
    func regionInAListedTitle() throws {
        let meeting = try readMeeting("""
            Referat
            Kommunalbestyrelsen
            28-01-2015 kl. 18:00
            kommunalbestyrelsessalen, Landemærket 26, Rønne
            Dagsordenspunkter

              åbent 1 Fraværende og bemærkninger til dagsordenen
              åbent 2 Sundhedsaftale 2015-2018 mellem Region Hovedstaden og kommunerne i regionen
              åbent 19 Ændring af styrelsesvedtægten for Bornholms Regionskommune

            1 Fraværende og bemærkninger til dagsordenen

            Beslutning

            Godkendt.
            """)
        #expect(meeting.body == "Bornholms Regionskommune")
    }

    @Test("Viborg's and Mariagerfjord's sub-headings: economy, legal, consultation, and headings of their own")
    func moreTemplateHeadings() throws {
        let meeting = try minutes("""
            1. Handicaprådet - udpegning af ny suppleant

            Beskrivelse

            Danske Handicaporganisationer har meddelt, at Dorte Høj ønsker at blive fritaget.

            Alternativer

            Intet.

            Tidsperspektiv

            Intet.

            Økonomiske forhold og konsekvenser

            Intet.

            Juridiske og planmæssige forhold

            Intet.

            Inddragelse

            Handicaprådet er hørt.

            Beslutning

            Godkendt.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.sections.map(\.kind) == [.presentation, .other, .other, .economy, .legal, .consultation, .decision])
        #expect(item.sections.map(\.heading).dropFirst().prefix(2) == ["Alternativer", "Tidsperspektiv"])
    }

    @Test("'Beslutning Økonomiudvalget den 02-02-2021' in Byrådet's meeting of 09-02-2021, with no decision of Byrådet's own: history, no decision")
    func anotherBodysEarlierDecision() throws {
        let meeting = try readMeeting("""
            Udvalg: Byrådet

            Mødedato: 09-02-2021

            Mødested: Teams

            1.Alfabo, 39 familieboliger i Søndergade, Brørup, Skema B (C)

            Sagsnummer: 20/8545

            Administrativ indstilling

            Afdelingschef Niels Poulsen Riis indstiller, at

              • Byrådet godkender skema B af 21. januar 2021.
            Beslutning Økonomiudvalget den 02-02-2021

            Indstilles godkendt.

            Sagsfremstilling

            Alfabo Kolding ansøger om godkendelse af Skema B.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.decision == nil)
        #expect(item.history.map(\.body) == ["Økonomiudvalget"])
        #expect(item.history.map(\.text) == ["Indstilles godkendt."])
        #expect(item.history.map(\.date.description) == ["2021-02-02"])
        #expect(item.sections.first { $0.heading.hasPrefix("Beslutning Økonomiudvalget") }?.kind == .previous)
    }

    @Test("A page whose item titles were lost (Aabenraa, Viborg, Kolding): each item opens at its 'Sagsid.:' over its first section")
    func itemsOpeningAtTheirCaseNumbers() throws {
        let document = try MinutesReader().read(Array("""
            Beslutningsprotokol

            onsdag den 1. september 2021 kl. 09:00

            Mødested: Lokale 412, Skelbækvej
            Udvalg: Teknik- og Miljøudvalget
            Medlemmer: Arne Leyh Petersen, Kurt Andresen, Thomas Juhl
            Bemærkninger: Afbud: Thomas Juhl
            Udskriv hele dagsordnen
              • Udskriv
                Sagsid.: 20/33839, Sagsinitialer: AGVA

                Indstilling

                Plan, Teknik & Miljø indstiller,

                at dagsorden godkendes.

                Beslutning Teknik- og Miljøudvalget den 01-09-2021

                Godkendt.

              • Udskriv
                Sagsid.: 20/35762, Sagsinitialer: KMAN

                Sagsfremstilling

                Udvalget orienteres om status.
            """.utf8))
        let meeting = document.meeting
        #expect(meeting.items.map(\.number) == [1, 2])
        #expect(meeting.items.map(\.title) == ["", ""])
        #expect(meeting.items.map(\.caseNumber) == ["20/33839", "20/35762"])
        #expect(meeting.items[0].decision?.text == "Godkendt.")
        #expect(meeting.items[0].proposal?.points == ["at dagsorden godkendes."])
        #expect(meeting.items[1].sections.map(\.kind) == [.presentation])
        #expect(meeting.participants.filter(\.absent).map(\.name) == ["Thomas Juhl"])
        #expect(document.warnings.contains { $0.message.contains("no numbers") })
    }

    @Test("Aalborg's council page: each item opens at 'Åben' or 'Lukket' alone over its first section; breadcrumbs name no committee")
    func itemsOpeningAtTheirAccess() throws {
        let meeting = try readMeeting("""
            Skip til hoved indholdet
              Hjem Politiske udvalg Seneste fra byrådet

            22. januar 2024 - referat fra byrådet

            Byrådet 22. januar 2024

            Åben

            Beslutning

            Godkendt.

            Bjarne Jensen og Kristoffer Storm var fraværende.

            Lukket

            Beslutning

            Godkendt.
            """)
        #expect(meeting.committee == "Byrådet")
        #expect(meeting.date?.description == "2024-01-22")
        #expect(meeting.kind == .minutes)
        #expect(meeting.items.map(\.isPublic) == [true, false])
        #expect(meeting.items.map { $0.decision?.outcome } == [.approved, .approved])
        #expect(meeting.items[0].absent == ["Bjarne Jensen", "Kristoffer Storm"])
    }

    @Test("Stand-ins told in sentences: 'Som suppleant deltog Y', 'Som suppleanter er indkaldt …', 'Y deltog for X', 'I stedet for X deltog Y'")
    func standInSentences() throws {
        let meeting = try readMeeting("""
            Økonomiudvalget
            Referat • 18. marts 2025 kl. 15.30

            Der var afbud fra Jørgen Lundsgaard. Som suppleant deltog Hanne Ringgaard Møller. Udvalget godkendte dette.
            Afbud fra Maria Haladyn (A), Birger Jensen (V). Som suppleanter er indkaldt Claus Krossteig (A), Karen Kruse (V). Kommunalbestyrelsen godkendte dette.

            Lisa Skov deltog for Steen Ørskov Larsen. René Langhorn deltog for Mikkel Dencker.

            I stedet for Simon Pihl Sørensen deltog Silas Mudoh

            1. Godkendelse af dagsorden

            Beslutning

            Dagsorden godkendt.
            """)
        #expect(meeting.participants.filter(\.absent).map(\.name) == [
            "Jørgen Lundsgaard", "Maria Haladyn", "Birger Jensen", "Steen Ørskov Larsen", "Mikkel Dencker", "Simon Pihl Sørensen",
        ])
        #expect(meeting.participants.filter { !$0.absent }.map(\.name) == [
            "Hanne Ringgaard Møller", "Claus Krossteig", "Karen Kruse", "Lisa Skov", "René Langhorn", "Silas Mudoh",
        ])
        let pair = try #require(ItemFacts.standIn("Evan Lynnerup (V) - Marianne Kiærulff (V) mødte som stedfortræder."))
        #expect(pair.absent.map(\.name) == ["Evan Lynnerup"])
        #expect(pair.present.map(\.name) == ["Marianne Kiærulff"])
        #expect(ItemFacts.standIn("Sagen blev sendt for videre behandling.") == nil)
    }

    @Test("'Bo Libergren deltog ikke i behandlingen af pkt. 1 og 2.' in the header: absent from those items, not from the meeting")
    func absentFromNamedItemsOnly() throws {
        let meeting = try readMeeting("""
            Referat
            til
            mødet i Odense Byråd
            den 27. september 2017 kl. 17:00
            i Byrådssalen

            Afbud fra Steen Møller. I stedet mødte Tommy Hummelmose.

            Bo Libergren deltog ikke i behandlingen af pkt. 1 og 2.

            1. Rammeaftale 2018

            BESLUTNING

            Godkendt.

            2. Boliger på Rugårdsvej 18-20

            BESLUTNING

            Godkendt.

            3. Salg af grund

            BESLUTNING

            Godkendt.
            """)
        #expect(meeting.participants.filter(\.absent).map(\.name) == ["Steen Møller"])
        #expect(meeting.items.map(\.absent) == [["Bo Libergren"], ["Bo Libergren"], []])
    }

    @Test("'Mødelokale Tårnbjerget, Rådhuset': a room of that name; 'Mødelokale Udvalgsværelse D': the label before the room")
    func namedRooms() throws {
        let named = try minutes("Mødelokale Tårnbjerget, Rådhuset, Ishøj Store Torv 20\n\n1. Sag\n\nBeslutning\n\nGodkendt.\n")
        #expect(named.location == "Mødelokale Tårnbjerget, Rådhuset, Ishøj Store Torv 20")
        let labelled = try minutes("Mødelokale Udvalgsværelse D\n\n1. Sag\n\nBeslutning\n\nGodkendt.\n")
        #expect(labelled.location == "Udvalgsværelse D")
    }

    @Test("'Ad 1. Helle M. Adelborg blev valgt som formand …' in the decision of the one item '1. Valg af formand': a sentence, not the item")
    func adSentenceInADecision() throws {
        let meeting = try minutes("""
            1. Valg af formand for Kommunalbestyrelsen (borgmester)

            Beslutningstema

            Kommunalbestyrelsen skal vælge en formand.

            Beslutning i Kommunalbestyrelsen den 29-01-2020

            Ad 1. Helle M. Adelborg blev valgt som formand for Kommunalbestyrelsen (borgmester).

            For: Gruppe A, F, O, V, C og F.
            """)
        #expect(meeting.items.map(\.title) == ["Valg af formand for Kommunalbestyrelsen (borgmester)"])
        #expect(meeting.items.first?.decision?.outcome == .approved)
        #expect(meeting.items.first?.decision?.text.hasPrefix("Ad 1. Helle M. Adelborg blev valgt") == true)
    }

    @Test("'3.592 m2. Gennemsnitsarealet …': a unit's power before a sentence, no item heading glued on")
    func squareMetresBeforeASentence() {
        #expect(MinutesReader.gluedItemHeading("Det samlede boligareal er på 3.592 m2. Gennemsnitsarealet pr. bolig er 92 m2.") == nil)
        #expect(MinutesReader.gluedItemHeading("Arealet er 12 km2. Det er stort.") == nil)
        #expect(MinutesReader.gluedItemHeading("Underskriftsark1. Godkendelse af dagsorden")?.heading == "1. Godkendelse af dagsorden")
    }

    @Test("'Godkendt. Peter Muhl (A) deltog ikke under punktet.': the outcome's sentence is no part of the absent member's name")
    func absenceAfterTheOutcome() throws {
        let meeting = try minutes("1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt. Peter Muhl (A) deltog ikke under punktet.\n")
        #expect(meeting.items.first?.absent == ["Peter Muhl"])
        #expect(meeting.items.first?.decision?.text == "Godkendt.")
    }

    @Test("Herning's item: 'Sagsnr.: … Sagsbehandler: …', the title, the flattened route ('DIR', 'FOU', ' x') and a field, then the sections")
    func caseNumberTitleAndRoute() throws {
        let meeting = try readMeeting("""
            Dagsordener og referater

            Udvalg: Teknik- og Miljøudvalget
            Mødedato: 6. november 2017
            Mødested: C3.40

            Dagsordenpunkter

            Sagsnr.: 05.00.00-A00-2-17 Sagsbehandler: Lene Ahle Skoubo Jakobsen

            Orientering om beskæftigelsesprojektet "Naturen som løftestang"

            DIR

            FOU

             x

            Øvrige sagsbehandlere: Jacob Philipsen

            Sagsresume

            Filmen vil blive vist på mødet.

            Beslutning

            Sagen taget til orientering.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.title == "Orientering om beskæftigelsesprojektet \"Naturen som løftestang\"")
        #expect(item.caseNumber == "05.00.00-A00-2-17")
        #expect(item.sections.map(\.heading) == ["Sagsresume", "Beslutning"])
        #expect(item.decision?.outcome == .noted)
        #expect(meeting.kind == .minutes)
    }

    @Test("Thisted's pages name no committee in a header: 'Høring og sagsgang' over 'X den <the meeting's date>', or 'dagens møde i X'")
    func committeeFromTheFirstItem() throws {
        let route = try readMeeting("""
            16. aug 2021

            177. Godkendelse af dagsorden

            Sagstema

            Godkendelse af dagsorden.

            Høring og sagsgang

            Klima-, Miljø- og Teknikudvalget den 16. august 2021

            Beslutning

            Godkendt.
            """)
        #expect(route.committee == "Klima-, Miljø- og Teknikudvalget")
        let named = try readMeeting("""
            25. jan 2022

            1. Godkendelse af dagsorden

            Sagstema

            Godkendelse af dagsorden til dagens møde i Kommunalbestyrelsen.

            Beslutning

            Godkendt.
            """)
        #expect(named.committee == "Kommunalbestyrelsen")
    }

    @Test("København's item page: 'Fraværende med afbud:' over lines of names with stand-ins' notes, 'Mødet sluttede' over the decision")
    func copenhagenItemPage() throws {
        let meeting = try readMeeting("""
            2. Godkendelse af dagsordnen

            Mødet sluttede kl.21.33

            Fraværende med afbud:
            Maria Bagger Grell, Merete Øverup indkaldt
            Jens Askov og Henrik Bang-Pedersen, Jes König deltog
            Charlotte Tørngren og Lasse Kragballe Rasmussen
            Tina Wittendorf og Henrik Magnussen
            Peter Haahr, Ingolf Broe og Freddy Christiansen

            Beslutning

            Dagsorden blev godkendt som udsendt.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.number == 2)
        #expect(item.absent == [
            "Maria Bagger Grell", "Jens Askov", "Henrik Bang-Pedersen", "Charlotte Tørngren", "Lasse Kragballe Rasmussen",
            "Tina Wittendorf", "Henrik Magnussen", "Peter Haahr", "Ingolf Broe", "Freddy Christiansen",
        ])
        #expect(item.decision?.text == "Dagsorden blev godkendt som udsendt.")
        #expect(meeting.kind == .minutes)
    }

    @Test("First Agenda's publication page: the item's menu ('Hent som PDF', 'Kopier link'), the file badge and the 'PDF' label are no text")
    func publicationPageChrome() throws {
        let meeting = try readMeeting("""
            <html><body><h1>Teknisk Udvalg</h1><p>Referat</p><p>Mødedato: 01.10.2025 kl. 15:45</p>
            <table><tbody><tr class="punktrow"><td><span class="label label-default">1</span></td><td>
            <button class="overskrift-btn" role="button"><h2 class="overskrift">Referat fra sidste udvalgsmøde</h2></button>
            <div class="details"><span class="sagsnummer">EMN-2025-010561</span><div class="punkt"><h3>Beslutninger</h3><p>Ingen bemærkninger.</p>
            <h3>Bilag</h3><ul class="list-unstyled"><li><span class="label pdf-label" role="button" aria-label="Referat">PDF</span>
            <a class="bilag-link" href="/vis/pdf/bilag/1">Referat fra møde den 22. september 2025</a></li></ul></div></div></td>
            <td><span class="badge fil-ikon"><span class="glyphicon glyphicon-paperclip"></span><span class="fil-ikon-nummer">1</span></span>
            <span class="dropdown"><ul class="dropdown-menu" role="menu"><li><a role="menuitem" href="#">Hent som PDF</a></li>
            <li><a role="menuitem" href="#">Kopier link</a></li></ul></span>
            <span class="expand"><span class="glyphicon glyphicon-plus" aria-hidden="true"></span></span></td></tr>
            </tbody></table></body></html>
            """)
        let item = try #require(meeting.items.first)
        #expect(item.title == "Referat fra sidste udvalgsmøde")
        #expect(item.sections.map(\.heading) == ["Beslutninger", "Bilag"])
        #expect(item.sections.last?.text == "- Referat fra møde den 22. september 2025")
        #expect(item.attachments == ["Referat fra møde den 22. september 2025"])
        #expect(HTMLLines.isChrome("div class=\"panel\" aria-hidden=\"true\"") == false)
    }

    @Test("Aarhus 2019: 'Beslutning <text>' on one line over the case's text, and 'Sagens forløb <date> <body>' opening the history")
    func headingsWithTheirTextOnOneLine() throws {
        let meeting = try readMeeting("""
            Referat Aarhus Byråd 14-08-2019

              1. Revisionsberetningerne og endelig godkendelse af regnskab 2018


              Beslutning Tilbagesendes Borgmesterens Afdeling med bemærkning, at byrådet i sit møde den 14. august 2019 har vedtaget Magistratens indstilling.
              Borgmesterens Afdeling har modtaget beretningerne om resultatet af revisionen.
              På den baggrund indstilles, at regnskabet for 2018 godkendes endeligt.

              Sagens forløb 12-08-2019 Magistraten
              Fremsendes til Aarhus Byråd med bemærkning, at Magistraten anbefaler indstillingen.
              14-08-2019 Aarhus Byråd
              Tilbagesendes Borgmesterens Afdeling med bemærkning, at byrådet har vedtaget Magistratens indstilling.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.sections.first?.heading == "Beslutning")
        #expect(item.decision?.text == "Tilbagesendes Borgmesterens Afdeling med bemærkning, at byrådet i sit møde den 14. august 2019 har vedtaget Magistratens indstilling.")
        #expect(item.decision?.outcome == .approved)
        #expect(item.history.map(\.body) == ["Magistraten", "Aarhus Byråd"])
        #expect(item.history.first?.text == "Fremsendes til Aarhus Byråd med bemærkning, at Magistraten anbefaler indstillingen.")
    }

    @Test("Odense's 'EFFEKT' in capitals under an empty 'SAGSFREMSTILLING'; 'i stedet for' one member is no amendment")
    func capitalHeadingAndInsteadOf() throws {
        let meeting = try minutes("""
            1. Orientering om ændring i udvalgsbesættelsen

            BESLUTNING

            Godkendt, at gruppe A har udpeget Jesper Kinch-Jensen som nyt medlem i stedet for rådmand Søren Thorsager.

            SAGSFREMSTILLING

            EFFEKT

            Sagen har ingen konsekvenser for byrådets otte effektmål.

            ØKONOMI

            Sagen har ingen økonomiske konsekvenser.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.sections.map(\.heading) == ["BESLUTNING", "SAGSFREMSTILLING", "EFFEKT", "ØKONOMI"])
        #expect(item.decision?.outcome == .approved)
        #expect(OutcomeReading.outcome(of: "Udvalget besluttede i stedet, at sagen sendes i høring.") == .amended)
    }

    @Test("Bullets: Word's 'o   Sundhedsområdet' and Roskilde's combining stroke '̵ Standerhejsning'")
    func moreBullets() {
        #expect(ListItem.normalise("o   Sundhedsområdet").text == "- Sundhedsområdet")
        #expect(ListItem.normalise("\u{335} Standerhejsning i Roskilde Roklub").text == "- Standerhejsning i Roskilde Roklub")
        #expect(ListItem.normalise("o   og så videre").isItem == false)
    }

    @Test("Slagelse: 'Kompetence: Økonomiudvalget' under a row of the case's fields in every item is the authority, not text")
    func authorityUnderCaseFields() throws {
        var text = "Økonomiudvalget – Referat – 1. oktober 2018\n\n"
        for (n, title) in ["Godkendelse af dagsorden (B)", "Siden sidst fra udvalgets medlemmer (O)", "Orientering fra borgmesteren (O)"].enumerated() {
            text += """
                \(n + 1). \(title)

                \(n + 1).     \(title)

                Sagsnr.: 330-2018-3619                 Dok.nr.: 330-2018-50030\(n)                                          Åbent
                Kompetence: Økonomiudvalget
                Beslutningstema
                Orientering.
                Beslutning i Økonomiudvalget den 1. oktober 2018:
                Godkendt.


                """
        }
        let meeting = try readMeeting(text)
        #expect(meeting.items.count == 3)
        #expect(meeting.items.allSatisfy { $0.sections.first?.kind == .authority && $0.sections.first?.text == "Økonomiudvalget" })
    }

    @Test("PDF text: 'ByrådetMødedato: …' (a label glued to the committee), and an unlabelled '<place> kl. 14.00' line")
    func gluedLabelAndPlaceBeforeTime() throws {
        let varde = try readMeeting("""
            Varde Kommune

            Åbent Referat

            til

            ByrådetMødedato: Tirsdag den 2. september 2014

            Mødetidspunkt: 18:00 - 19:30

            Mødested: Kantinen, BCV

            1. Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(varde.committee == "Byrådet")
        #expect(varde.date?.description == "2014-09-02")
        let frederikssund = try readMeeting("""
            Uddannelsesudvalget 2018-2021s møde den 06. oktober 2021

            Østersvej 4, 3600 Frederikssund kl. 14.00

            Referat

            1. Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(frederikssund.location == "Østersvej 4, 3600 Frederikssund")
        #expect(frederikssund.startTime?.description == "14:00")
        #expect(MinutesReader.gluedHeaderLabel("Sagen blev drøftet. Deltagere: alle") == nil)
    }

    @Test("Greve's page: text after a cell's </p> is a line of its own ('Ikke tilstede: X'), 'Sagsprocedure' under 'Fremstilling', the room after the committee, dialogs")
    func grevePage() throws {
        let meeting = try readMeeting("""
            <html><body><h1><span class="udvalg">Klima-, Teknik- og Miljøudvalget</span><span> - </span><span class="sted">Trappetårn 5 sal</span></h1>
            <p>Referat</p><table><tr><td>Mødedato:</td><td>23.10.2025 kl. 08:00</td></tr><tr><td>Mødested:</td><td>Trappetårn 5 sal</td></tr></table>
            <table><tbody><tr class="punktrow"><td><span class="label">5</span></td><td><h2>Lukket: Opsigelse af erhvervslejekontrakt</h2>
            <div><h3>Beslutning</h3><div><p class="xsltFirstParagraph">Byrådet godkendte Økonomiudvalgets indstilling.</p>
            Ikke tilstede: Tina Rottbøll</div></div></td></tr>
            <tr class="punktrow"><td><span class="label">6</span></td><td><h2>Underskriftsark</h2>
            <div><h3>Fremstilling</h3><span class="ukendt"><h4>Sagsprocedure</h4><p>Byrådet.</p><h4>Resume</h4><p>Elektronisk underskriftsark.</p></span></div></td></tr>
            </tbody></table>
            <div class="modal fade" role="dialog"><h4>Kopier link</h4><ul><li>Kopier linket i tekstboksen</li></ul></div>
            </body></html>
            """)
        #expect(meeting.committee == "Klima-, Teknik- og Miljøudvalget")
        #expect(meeting.location == "Trappetårn 5 sal")
        #expect(meeting.items.map(\.number) == [5, 6])
        #expect(meeting.items[0].decision?.text == "Byrådet godkendte Økonomiudvalgets indstilling.")
        #expect(meeting.items[0].absent == ["Tina Rottbøll"])
        #expect(meeting.items[1].sections.map(\.heading) == ["Fremstilling", "Sagsprocedure", "Resume"])
        #expect(meeting.items[1].sections.last?.text == "Elektronisk underskriftsark.")
    }

    @Test("Region Midtjylland: 'Som stedfortræder for X deltog Y', and 'A og B var forhindrede i at deltage i sagens behandling.' under the points")
    func regionStandInsAndItemAbsence() throws {
        let meeting = try readMeeting("""
            Referat
            Regionsrådet
            Mødedato: 16. januar 2018 kl. 13:00

            Som stedfortræder for Anders Kühnau deltog Claus Kjeldsen.

            1. Godkendelse af forretningsorden for regionsrådet

            Resume

            Forretningsordenen er opdateret.

            Forretningsudvalget indstiller,

            at forretningsorden for regionsrådet godkendes.


            Martin Jakobsen og Ib Bjerregaard var forhindrede i at deltage i sagens behandling.
            """)
        #expect(meeting.participants.map(\.name) == ["Anders Kühnau", "Claus Kjeldsen"])
        #expect(meeting.participants.map(\.absent) == [true, false])
        let item = try #require(meeting.items.first)
        #expect(item.absent == ["Martin Jakobsen", "Ib Bjerregaard"])
        #expect(item.proposal?.points == ["at forretningsorden for regionsrådet godkendes."])
    }

    @Test("'Økonomiforvaltningen indstiller til Det rådgivende Integrationsudvalg,' over its 'at …' paragraph: the body it goes to is no point")
    func proposalToABody() throws {
        let meeting = try minutes("""
            1. Møde med Rådet for Etniske Minoriteter

            INDSTILLING OG BESLUTNING

            Økonomiforvaltningen indstiller til Det rådgivende Integrationsudvalg,

            at udvalget mødes med Rådet for Etniske Minoriteter.

            Det rådgivende Integrationsudvalgs beslutning i mødet den 29. januar 2020

            Mødet fandt sted.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.proposal?.by == "Økonomiforvaltningen")
        #expect(item.proposal?.points == ["at udvalget mødes med Rådet for Etniske Minoriteter."])
    }

    @Test("Places: 'kl. 10.00, Ved Fjorden 20 \"Mødelokale 1\"' after the time, and 'Nicolaiplads 6 - Festsalen' under the committee")
    func morePlaces() throws {
        #expect(HeaderReader.placeAfterTime("Bestyrelsesmøde 29. januar 2016 kl. 10.00, Ved Fjorden 20 \"Mødelokale 1\"") == "Ved Fjorden 20 \"Mødelokale 1\"")
        #expect(HeaderReader.placeAfterTime("Mødet begyndte kl. 10.00, og sluttede kl. 12") == nil)
        let kolding = try readMeeting("""
            Dagsorden

            Torsdag 10. nov 2016 kl. 10:30

            Ældrerådet

            Nicolaiplads 6 - Festsalen

            1. Præsentation af ny seniorområdechef

            Beslutning Ældrerådet den 10-11-2016

            Orienteringen taget til efterretning.
            """)
        #expect(kolding.location == "Nicolaiplads 6 - Festsalen")
        #expect(kolding.kind == .minutes)
    }

    @Test("Holbæk: 'PUNKTER' over a list whose last line has item 1's heading glued on ('10. Underskriftsark1. Godkendelse …')")
    func listWithTheFirstHeadingGluedOn() throws {
        let meeting = try readMeeting("""
            UDVALG

            Projektudvalget for Udvikling af Lokalområderne

            MØDE

            Referat

            STARTTIDSPUNKT

            19-11-2019 16:45:00


            PUNKTER

            1. Godkendelse af dagsorden
            2. Orientering om status fra fælles-skaberne
            3. Evt.
            4. Underskriftsark1. Godkendelse af dagsorden

            Godkendelse af dagsorden
            Beslutning

            Godkendt

            2. Orientering om status fra fælles-skaberne

            Orientering om status fra fælles-skaberne
            Beslutning

            Taget til efterretning
            """)
        #expect(meeting.items.map(\.number) == [1, 2])
        #expect(meeting.items.map(\.title) == ["Godkendelse af dagsorden", "Orientering om status fra fælles-skaberne"])
        #expect(meeting.items.map { $0.decision?.outcome } == [.approved, .noted])
    }

    @Test("One-line titles: 'Økonomiudvalget. Referat fra møde …. Mødet slut kl. 17.' and 'Egebjerg Kommune. Kommunalbestyrelsen. Referat …'")
    func oneLineTitles() throws {
        let economy = try readMeeting("""
            Økonomiudvalget. Referat fra møde Torsdag den 6. september 2012 kl. 15.00 i Borgmesterens kontor. Mødet slut kl. 17.

            1. Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(economy.kind == .minutes)
        #expect(economy.committee == "Økonomiudvalget")
        #expect(economy.startTime?.description == "15:00")
        let former = try readMeeting("""
            Egebjerg Kommune. Kommunalbestyrelsen. Referat fra mødet den 15. maj 2002

            1. Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(former.body == "Egebjerg Kommune")
        #expect(former.committee == "Kommunalbestyrelsen")
        #expect(HeaderReader.startTime(in: "Mødet begyndte kl. 16.00. Mødet hævet kl. 18.30")?.description == "16:00")
    }

    @Test("Rødovre's 'Fraværende' over 'Britt Jensen (A), sag 129-130': absent from those items; København's empty '( )'; a page's load error")
    func absentFromARangeOfCases() throws {
        let meeting = try readMeeting("""
            Kommunalbestyrelsen

            24-09-2019

            Medlemmer

            Michel Berg (A)
            Britt Jensen (A)
            Lene Due (A)

            Fraværende

            Britt Jensen (A), sag 129-130

            129. Godkendelse af dagsorden ( )

            Beslutning

            Godkendt.

            Kunne ikke indlæse data fra Slagelse Kommunes hjemmeside.

            130. Salg af grund

            Beslutning

            Godkendt.

            131. Eventuelt

            Beslutning

            Intet.
            """)
        #expect(meeting.items.map(\.absent) == [["Britt Jensen"], ["Britt Jensen"], []])
        #expect(meeting.items.first?.title == "Godkendelse af dagsorden")
        #expect(meeting.items.first?.decision?.text == "Godkendt.")
        #expect(ItemFacts.itemNumbers(in: "forlod mødet efter sag nr. 104") == [104])
        #expect(ItemFacts.itemNumbers(in: "sagen om salg af grunden") == [])
    }

    @Test("Absent from the whole meeting, told in an item: 'A og B deltog ikke i mødet.', 'Fraværende i X, <this date>:'; 'Fraværende' over 'A, B.'")
    func meetingAbsencesInItems() throws {
        let meeting = try readMeeting("""
            Referat
            Folkeoplysningsudvalget
            Mødedato: 23. maj 2022 kl. 17:00

            24. Orientering om budgetopfølgning

            Beslutning

            Godkendt.

            Ingrid Nielsen og Susanne Schultz deltog ikke i mødet.

            25. Fraværende og bemærkninger

            Fraværende i Folkeoplysningsudvalget, 23. maj 2022:

            Henning Holm

            26. Tilskud

            Fraværende

            Carsten Scheibye, Lotte Helms.

            Beslutning

            Godkendt.
            """)
        // (Carsten Scheibye and Lotte Helms were away from item 26 only.)
        #expect(Set(meeting.participants.filter(\.absent).map(\.name)) == ["Ingrid Nielsen", "Susanne Schultz", "Henning Holm"])
        #expect(meeting.items.map(\.absent) == [["Ingrid Nielsen", "Susanne Schultz"], ["Henning Holm"], ["Carsten Scheibye", "Lotte Helms"]])
    }

    @Test("A school board's members in groups ('Forældrevalgte: …', 'Skolerepræsentanter: …') under 'Til stede:' and 'Fraværende:'")
    func membersInGroups() throws {
        let meeting = try readMeeting("""
            Referat af ekstraordinært Skolebestyrelsesmøde
            Skovboskolen, mødelokale K2
            onsdag den 16. april 2008 kl. 18.30 - 20.30


            Dirigent: Peter Knappmann
            Referent: Erling Grøn-Jensen

            Til stede:
            Forældrevalgte: Peter Knappmann, Nette Schultz, Rikke Søndergaard.
            Skolerepræsentanter: Birgit Pedersen, Erling Grøn-Jensen.
            Elevrepræsentanter: Kaja Schuster Damgaard.

            Fraværende:
            Forældrevalgte: Dorte Myhre Therkildsen.
            Elevrepræsentanter: Marie Kristine Braad Carstens.

             1. Udvalg

            Skolebestyrelsens liste blev gennemgået.
            """)
        #expect(meeting.participants.filter { !$0.absent }.map(\.name) == [
            "Peter Knappmann", "Nette Schultz", "Rikke Søndergaard", "Birgit Pedersen", "Erling Grøn-Jensen", "Kaja Schuster Damgaard",
        ])
        #expect(meeting.participants.filter(\.absent).map(\.name) == ["Dorte Myhre Therkildsen", "Marie Kristine Braad Carstens"])
        #expect(meeting.participants.allSatisfy { $0.party == nil })
    }

    @Test("Stevns's pages name no committee but 'Godkendelse af åben dagsorden for KB den 22. januar 2020.' in the first item")
    func committeeByItsLetters() throws {
        let meeting = try readMeeting("""
            Referat

              • 301. Åben dagsorden - godkendelse

                Resume

                Godkendelse af åben dagsorden for KB den 22. januar 2020.

                Beslutning

                Godkendt.
            """)
        #expect(meeting.committee == "Kommunalbestyrelsen")
        #expect(meeting.date?.description == "2020-01-22")
    }

    @Test("PolWeb's decision with its meeting's own fields ('Dato:', 'Sted:'), a second case number ('Sagsnr.: 6628'), absent members in columns")
    func decisionFieldsCaseFieldsAndColumns() throws {
        let odsherred = try readMeeting("""
            66.    Temadag for Integrationsrådet

            J.nr.: 00.01.00.A10-0001/2013
            Sagsnr.: 6628

            Administrativ indstilling

            Administrationen indstiller til Integrationsrådet, at

            ·          Dato for Integrationsrådets temadag fastlægges.

            Beslutning fra Integrationsrådet

            Dato: 10. december 2015

            Sted: Café Lulu, Algade 25, 4500 Nykøbing Sj.

            Forslag om lørdag den 9. april 2016.
            """)
        #expect(odsherred.date?.description == "2015-12-10")
        #expect(odsherred.location == "Café Lulu, Algade 25, 4500 Nykøbing Sj.")
        let item = try #require(odsherred.items.first)
        #expect(item.decision?.text == "Forslag om lørdag den 9. april 2016.")
        #expect(item.caseNumber == "00.01.00.A10-0001/2013")
        #expect(item.sections.first?.heading == "Administrativ indstilling")
        let columns = try readMeeting("""
            Mødedato: 02.05.2005, kl. 19:15

            Det rådgivende Integrationsudvalg

            BESLUTNINGSPROTOKOL

            Fraværende med afbud:

             

            Per Bregengaard (Ø)        Mogens Lønborg (C)        Bjarne Nielsen (B)

             

            Manu Sareen (B)               Pia Allerslev (V)               Frank Hedegaard (F)

            1. Møde med Rådet for Etniske Minoriteter

            Beslutning

            Mødet fandt sted.
            """)
        #expect(columns.participants.filter(\.absent).map(\.name) == [
            "Per Bregengaard", "Mogens Lønborg", "Bjarne Nielsen", "Manu Sareen", "Pia Allerslev", "Frank Hedegaard",
        ])
    }

    @Test("Svendborg's page lost its items' numbers and titles: each item opens at 'Beslutningstema'; the first, cut to its decision, too")
    func itemsOpeningAtTheirFirstHeading() throws {
        let document = try MinutesReader().read(Array("""
            Erhvervs- og Turismeudvalget
            Referat • 14. august 2024 kl. 15.30
            Indhold
            Beslutning i Erhvervs- og Turismeudvalget den 14-08-2024
            Hanne Ringgaard Møller (B) var fraværende.
            Dagsorden godkendt.
            Beslutningstema
            Budgettema til budget 2025
            Indstilling
            Direktionen indstiller til Erhvervs- og Turismeudvalget at:
            - Nedenstående anlægstema fremsendes til Teknik- og Miljøudvalget.
            Beslutning i Erhvervs- og Turismeudvalget den 14-08-2024
            Godkendt.
            Beslutningstema
            Orientering om havnen
            Beslutning i Erhvervs- og Turismeudvalget den 14-08-2024
            Taget til efterretning.
            """.utf8))
        let meeting = document.meeting
        #expect(meeting.items.map(\.number) == [1, 2, 3])
        #expect(meeting.items.map { $0.decision?.outcome } == [.approved, .approved, .noted])
        #expect(meeting.items[0].absent == ["Hanne Ringgaard Møller"])
        #expect(meeting.items[1].sections.map(\.kind) == [.summary, .proposal, .decision])
        #expect(meeting.committee == "Erhvervs- og Turismeudvalget")
        #expect(document.warnings.contains { $0.message.contains("no numbers or titles") })
    }

    @Test("A page of one line a paragraph, lines of every length: no wrap width, so no two paragraphs run together")
    func oneLineParagraphsOfEveryLength() {
        var lines = [Line]()
        for k in 0..<30 {
            let words = Array(repeating: "ord", count: 12 + (k * 7) % 40).joined(separator: " ")
            lines.append(Line(text: "Sætning nummer \(k) har disse \(words).", number: k + 1))
        }
        #expect(Paragraphs.estimateWrapWidth(lines) == 0)
        var wrapped = [Line]()
        for k in 0..<30 { wrapped.append(Line(text: String(repeating: "ordene ", count: 10 + k % 2) + "slut", number: k + 1)) }
        #expect(Paragraphs.estimateWrapWidth(wrapped) > 0)
    }

    @Test("Hedensted's first item 'Mødets deltagere og fraværende noteres her.': who was away and who sat in are the meeting's")
    func rollItemWithoutTitle() throws {
        let meeting = try readMeeting("""
            Kommunalbestyrelsen - Dagsordener og referater
            Udvalg: Kommunalbestyrelsen 2022-2025
            Mødedato: 25. juni 2025
            Mødested: Rådhussalen, Juelsminde Rådhus
            Sagsnr.: 00.00.00-P35-34-24
            Beslutningstema
            Mødets deltagere og fraværende noteres her.
            Beslutning
            Jacob Ejs (A) var fraværende. Som stedfortræder deltog Helle Obenhausen Mortensen (A)
            Hanne Grangaard (A) var fraværende.
            Sagsnr.: 00.00.00-A00-11-24
            Beslutningstema
            Spørgetid.
            Beslutning
            Der var ingen spørgsmål.
            """)
        #expect(meeting.items.count == 2)
        #expect(Set(meeting.participants.filter(\.absent).map(\.name)) == ["Jacob Ejs", "Hanne Grangaard"])
        #expect(meeting.participants.filter { !$0.absent }.map(\.name) == ["Helle Obenhausen Mortensen"])
    }

    @Test("A closed item that prints only what was decided, and its votes; a 'Dagsorden' page whose status line says 'Referat'")
    func closedItemDecisionAndStatusLine() throws {
        let meeting = try readMeeting("""
            Dagsorden

            Torsdag 10. nov 2016 kl. 10:30

            Ældrerådet

            Referat

            1. Lukket: Salg af grund

            Byrådet godkendte Økonomiudvalgets indstilling.
            Imod: Ø

            2. Lukket: Personalesag

            Sagen behandles for lukkede døre.
            """)
        #expect(meeting.kind == .minutes)
        #expect(meeting.items.map(\.isPublic) == [false, false])
        #expect(meeting.items[0].decision?.outcome == .approved)
        #expect(meeting.items[0].decision?.text.hasPrefix("Byrådet godkendte Økonomiudvalgets indstilling.") == true)
        #expect(meeting.items[1].decision == nil)
    }

    @Test("First Agenda HTML5 without </head>; the committee and room in one heading; numbers that jump from 9 to 40")
    func pageWithoutHeadEnd() throws {
        let meeting = try readMeeting("""
            <html lang="da"><head>
                    <title>Byråd 2022-2025 - Byrådssalen</title>
                <body>
                    <h1>Referat 23. april 2025 kl. 19.00</h1>
                    <h2><span class="udvalg">Byråd 2022-2025</span><span> - </span><span class="sted">Byrådssalen</span></h2>
            <table><tbody>
            <tr class="punktrow"><td><span class="label">9</span></td><td><h2>Orientering fra administrationen</h2>
            <div><h3>Beslutning</h3><p>Taget til efterretning.</p></div></td></tr>
            <tr class="punktrow"><td><span class="label">40</span></td><td><h2>Underskriftsark</h2>
            <div><h3>Beslutning</h3><p>Godkendt.</p></div></td></tr>
            </tbody></table></body></html>
            """)
        #expect(meeting.committee == "Byråd")
        #expect(meeting.term == "2022-2025")
        #expect(meeting.location == "Byrådssalen")
        #expect(meeting.items.map(\.number) == [9, 40])
        #expect(meeting.items.map { $0.decision?.text } == ["Taget til efterretning.", "Godkendt."])
    }

    @Test("Bornholm's first item: 'Fraværende' over 'A, B.' and 'X er indkaldt som suppleant for A.' under Bemærkninger")
    func rollItemWithSubstitutes() throws {
        let meeting = try readMeeting("""
            Referat
            Kommunalbestyrelsen
            28-01-2015 kl. 18:00

            1  Fraværende og bemærkninger til dagsordenen

            Fraværende

            Carsten Scheibye, Lotte Helms.

            Bemærkninger til dagsordenen

            Brian Kofoed er indkaldt som suppleant for Carsten Scheibye.

            2  Sundhedsaftale 2015-2018

            Beslutning

            Godkendt.
            """)
        #expect(Set(meeting.participants.filter(\.absent).map(\.name)) == ["Carsten Scheibye", "Lotte Helms"])
        #expect(meeting.participants.filter { !$0.absent }.map(\.name) == ["Brian Kofoed"])
    }

    @Test("'… og Henrik Bang (Ø) deltog ikke under' over 'punkterne 2 og 3.' in the header: absent from those items only")
    func wrappedItemAbsenceInTheHeader() throws {
        let meeting = try readMeeting("""
            Kommunalbestyrelsen
            Protokol
            12-11-2015 kl. 17:00
            Medlemmer
            Morten Normann Jørgensen
            Henrik Bang
            Morten Normann Jørgensen (SF) og Henrik Bang (Ø) deltog ikke under
            punkterne 2 og 3.

            1. Godkendelse af dagsorden

            Beslutning

            Godkendt.

            2. Budget

            Beslutning

            Godkendt.

            3. Salg

            Beslutning

            Godkendt.
            """)
        #expect(meeting.participants.allSatisfy { !$0.absent })
        #expect(meeting.items.map(\.absent) == [[], ["Morten Normann Jørgensen", "Henrik Bang"], ["Morten Normann Jørgensen", "Henrik Bang"]])
    }

    @Test("Aarhus's archive: '  N. Title' with a full stop or 150 characters over a bare decision; 'Fraværende: X Sagerne 1, 2 …'")
    func archiveTitlesOverBareDecisions() throws {
        let meeting = try readMeeting("""
              Referat for møde i Aarhus Byråd, 10. august 2011

              Fraværende: Steen B. Andersen Sagerne 1, 2 og 3: Magistratens erklæring vil senere blive udsendt elektronisk.

              1. Anmodning fra borgmester Nicolai Wammen om med øjeblikkelig virkning at blive fritaget for hvervet som borgmester.

              Vedtaget i overensstemmelse med Magistratens indstilling af 8. august 2011

              2. Udpegning af borgmester samt udpegning af rådmand og ændringer i faste udvalg m.v.

              Vedtaget i overensstemmelse med Magistratens indstilling af 8. august 2011

              3. Endelig vedtagelse af forslag til Lokalplan nr. 885 – Højhuse til erhverv ved Viborgvej, Runevej og Bredskiftevej og Tillæg nr. 10 til Kommuneplan 2009

              Vedtaget i overensstemmelse med Magistratens indstilling af 6. juni 2011.
              Enhedslisten De Rød-Grønnes byrådsgruppe kunne ikke tiltræde indstillingen.
            """)
        #expect(meeting.items.map(\.number) == [1, 2, 3])
        #expect(meeting.items.map { $0.decision?.outcome } == [.approved, .approved, .approved])
        #expect(meeting.participants.map(\.name) == ["Steen B. Andersen"])
        #expect(meeting.participants.first?.absent == true)
    }

    @Test("Aabenraa 2013: '-' over 'UdskrivSagsid.: …' (a print link glued on) opens each item; 'Sagsforløb: BY' is a field, no text")
    func printLinkGluedToTheCaseNumber() throws {
        let meeting = try readMeeting("""
            Beslutningsprotokol

            onsdag den 20. marts 2013 kl. 17:00

            Udvalg: Byrådet
            -
            UdskrivSagsid.: 13/11537, Sagsinitialer: dlj

            Resume

            Sagsforløb: BY

            Sagen udgår.

            Beslutning Byrådet den 20-03-2013

            Udgik.
            -
            UdskrivSagsid.: 12/41405, Sagsinitialer: KSA

            Sagsfremstilling

            Udvalget orienteres.
            """)
        #expect(meeting.items.map(\.caseNumber) == ["13/11537", "12/41405"])
        #expect(meeting.items[0].decision?.text == "Udgik.")
        #expect(meeting.items[0].sections.first?.text == "Sagen udgår.")
    }

    @Test("PDF text: a title wrapped before its date ('REFERAT Udvalget for Job, Arbejdsmarked og' / 'Integration - 2022-2025 d. …'); bullets alone")
    func pdfTitleWrapAndLoneBullets() throws {
        let meeting = try readMeeting("""
            REFERAT Udvalget for Job, Arbejdsmarked og
            Integration - 2022-2025 d. 09-02-2022

            Mødedato       Onsdag d. 09. februar 2022 kl. 16:30

            Punkt 1: JAI - Godkendelse af dagsorden
            15.20.00A00-1-18

            Sagsfremstilling
            Punkter der ønskes drøftet:
            •
            •

            Rekruttering
            Decentral uddannelse

            Beslutning
            Godkendt.
            """)
        #expect(meeting.committee == "Udvalget for Job, Arbejdsmarked og Integration")
        #expect(meeting.term == "2022-2025")
        #expect(meeting.date?.description == "2022-02-09")
        #expect(meeting.items.first?.sections.first?.text == "Punkter der ønskes drøftet:\n- Rekruttering\n- Decentral uddannelse")
        #expect(ListItem.normalise("● Budget").text == "- Budget")
        #expect(ListItem.normalise("\u{F0A7} Lov om seniorjob").text == "- Lov om seniorjob")
    }

    @Test("A two-page PDF's running header ('Økonomiudvalget - 18-09-2024' atop both pages) is no decision heading, and names the committee")
    func twoPageRunningHeader() throws {
        let document = try MinutesReader().read(Array("""
            Økonomiudvalget - 18-09-2024

            REFERAT
            Mødedato: Onsdag den 18. september 2024 kl. 16:00

            Punkt 1: Godkendelse af dagsorden

            Beslutning

            Godkendt.

                                                                Side 1 af 2
            \u{0C}Økonomiudvalget - 18-09-2024

            Punkt 2: Orientering om budget

            Beslutning

            Taget til efterretning.

                                                                Side 2 af 2
            """.utf8))
        let meeting = document.meeting
        #expect(meeting.committee == "Økonomiudvalget")
        #expect(meeting.items.map { $0.decision?.text } == ["Godkendt.", "Taget til efterretning."])
        #expect(meeting.items.map { $0.sections.map(\.heading) } == [["Beslutning"], ["Beslutning"]])
    }

    @Test("Markdown from PDF converters: members one a paragraph with blank lines between ('- Lennart Qvist', 'Lisa Ward, A')")
    func membersOneAParagraph() throws {
        let meeting = try readMeeting("""
            # **Referat**


            **Deltagere:**


            John Engelhardt, V


            Lisa Ward, A


            Lars Thomsen, V


            **Afbud:**


            Robert Sørensen, Ø


            ## **1. Godkendelse af dagsordenen**


            **Beslutning i Kommunalbestyrelsen den 17-01-2018**


            Godkendt.
            """)
        #expect(meeting.participants.map(\.name) == ["John Engelhardt", "Lisa Ward", "Lars Thomsen", "Robert Sørensen"])
        #expect(meeting.participants.map(\.party) == ["V", "A", "V", "Ø"])
        #expect(meeting.participants.map(\.absent) == [false, false, false, true])
    }

    @Test("Næstved: 'Beslutning' over 'Kultur- og Demokratiudvalget, 03.09.2018' is one decision heading")
    func decisionHeadingOverItsStage() throws {
        let meeting = try readMeeting("""
            Referat
            Kultur- og Demokratiudvalget
            Mødedato: 03.09.2018 kl. 16:00

            103. Godkendelse af dagsorden

            Beslutning

            Kultur- og Demokratiudvalget, 03.09.2018

            Godkendt.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.sections.map(\.heading) == ["Beslutning Kultur- og Demokratiudvalget, 03.09.2018"])
        #expect(item.sections.map(\.kind) == [.decision])
        #expect(item.decision?.text == "Godkendt.")
    }

    @Test("Markdown: a bold '**Afbud:**' over its names is the absence's label, no section")
    func boldAbsenceLabel() throws {
        let meeting = try readMeeting("""
            # **Referat Byrådet 17-01-2018**

            **Mødested** Byrådssalen

            ## **1. Godkendelse af dagsordenen**

            **Beslutning**

            Godkendt.

            **Afbud:**
            Robert Sørensen, Ø
            """)
        let item = try #require(meeting.items.first)
        #expect(item.absent == ["Robert Sørensen"])
        #expect(item.sections.map(\.heading) == ["Beslutning"])
        #expect(item.decision?.text == "Godkendt.")
    }

    @Test("A converter's Markdown with one heading and escaped item numbers ('1\\. Budgettema') is Markdown")
    func escapedNumbersMakeMarkdown() throws {
        let text = """
            Erhvervs- og Turismeudvalget
            # **Referat • 14. august 2024 kl. 15.30**

            1\\. Budgettema til budget 2025

            Beslutning

            Indstillingen godkendt.
            """
        #expect(FormatDetection.detect(text: text) == .markdown)
        let meeting = try readMeeting(text)
        #expect(meeting.committee == "Erhvervs- og Turismeudvalget")
        #expect(meeting.items.map(\.title) == ["Budgettema til budget 2025"])
    }

    @Test("PDF headers: 'Lokale' and its value in columns; a sentence naming the place wrapped before its time")
    func pdfHeaderPlaces() throws {
        let columns = try readMeeting("""
            Byrådet - Referat

            Dato                   29. januar 2020
            Lokale                 Byrådssalen, Brønderslev Rådhus
            Tidspunkt              Kl. 19:00

            1. Fraværende

            Beslutning

            Martin Bech var fraværende.
            """)
        #expect(columns.location == "Byrådssalen, Brønderslev Rådhus")
        let wrapped = try readMeeting("""
            Referat fra Ældrerådets møde den 22. februar 2016 i St. Magleby
            Stuen, Rådhuset kl. 10.00 – 12.00

            1. Godkendelse af dagsorden

            Referat: Godkendt
            """)
        #expect(wrapped.location == "St. Magleby Stuen, Rådhuset")
        #expect(wrapped.startTime?.description == "10:00")
    }

    @Test("Plain pdftotext without blank lines: 'Intet.' and 'Afbud: …' under a title are text; a point wrapped after 'og'")
    func plainPdftotextWithoutBlankLines() throws {
        let meeting = try readMeeting("""
            REFERAT Udvalget for arbejdsmarked og integration d. 28-11-2023

            Punkt 9: Lukket: Eventuelt (B)
            Intet.
            Afbud: Peter Svane (D)

            Punkt 10: Fornyelse af partnerskabsaftale for de grønne områder
            15.20.00P20-1-19

            Forvaltningen indstiller
            at partnerskabsaftalen mellem Herlev Kommune, Danske Anlægsgartnere, OK Nygaard og
            Roskilde Tekniske Skole Vilvorde tages til efterretning.

            Beslutning
            Taget til efterretning.
            """)
        #expect(meeting.items.map(\.title) == ["Eventuelt (B)", "Fornyelse af partnerskabsaftale for de grønne områder"])
        #expect(meeting.items[0].decision?.outcome == Outcome.none)
        #expect(meeting.items[0].absent == ["Peter Svane"])
        #expect(meeting.items[1].proposal?.points == [
            "at partnerskabsaftalen mellem Herlev Kommune, Danske Anlægsgartnere, OK Nygaard og Roskilde Tekniske Skole Vilvorde tages til efterretning.",
        ])
    }

    @Test("Markdown: 'Pkt. 43' over '# **Meddelelser fra formanden**', the title a heading of its own")
    func titleAsItsOwnHeading() throws {
        let meeting = try readMeeting("""
            # **Referat**

            **Dato:** Onsdag, April 3, 2019 - 18:00
            **Sted:** Mødelokale 2A

            Pkt. 43

            # **Meddelelser fra formanden**

            ## **Kultur- og Idrætsudvalget, 03-04-2019, pkt. 43**

            Taget til efterretning.
            """)
        #expect(meeting.items.map(\.title) == ["Meddelelser fra formanden"])
        #expect(meeting.items.first?.decision?.outcome == .noted)
    }
}
