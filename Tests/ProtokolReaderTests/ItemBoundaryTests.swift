import ProtokolModel
import Testing
@testable import ProtokolReader

/// Where one item ends and the next begins when a web page prints more than the heading between them.
@Suite("Item boundaries on web pages")
struct ItemBoundaryTests {
    @Test("'• Pkt. 44 Title', the item's file names, then 'Pkt. 44': one heading; the files are item 44's, not item 43's decision")
    func fileNamesBetweenRepeatedHeadings() throws {
        let meeting = try readMeeting("""
            Referat

            Dato: Onsdag, April 3, 2019 - 18:00
            Sted: Mødelokale 2A
             • Pkt. 43 Meddelelser fra formanden

              Pkt. 43

              Meddelelser fra formanden

              Sagsnr. 299835 Kultur- og Idrætsudvalget Åbent punkt

              Kultur- og Idrætsudvalget, 03-04-2019, pkt. 43

              Orienteringen taget til efterretning.

             • Pkt. 44 Ny strategiplan

              Arbejdsplan_2019.pdf Vision_2019-21.pdf

              Pkt. 44

              Ny strategiplan

              Sagsnr. 315923 Kultur- og Idrætsudvalget Åbent punkt

              Kultur- og Idrætsudvalget, 03-04-2019, pkt. 44

              Drøftet.
            """)
        #expect(meeting.items.map(\.number) == [43, 44])
        #expect(meeting.items.first?.decision?.text == "Orienteringen taget til efterretning.")
        #expect(meeting.items.last?.caseNumber == "315923")
        #expect(meeting.items.last?.attachments == ["Arbejdsplan_2019.pdf", "Vision_2019-21.pdf"])
        #expect(meeting.items.last?.decision?.outcome == .discussed)
    }

    @Test("'2. Godkendelse … 2021-2022Referat': the glued 'Referat' ends the title and heads the item's decision")
    func referatGluedToTitle() throws {
        let meeting = try readMeeting("""
            Dagsorden
            Regionsrådet 24-11-2020 13:00

            1. Meddelelse fra formanden

            Intet.

            2. Godkendelse - Nordjysk Socialaftale 2021-2022Referat

            Godkendt.
            """)
        #expect(meeting.items.last?.title == "Godkendelse - Nordjysk Socialaftale 2021-2022")
        #expect(meeting.items.last?.decision?.outcome == .approved)
        #expect(meeting.items.last?.decision?.text == "Godkendt.")
        #expect(meeting.kind == .minutes)
    }

    @Test("numbered headings inside an item ('1. Drift' … '4. Risici') give way to the item their number repeats, a section right under it")
    func numberedHeadingsInsideAnItem() throws {
        let meeting = try readMeeting("""
            Referat
            Økonomiudvalget
            Mødedato: 12. marts 2020 kl. 16:00

            1. Godkendelse af dagsorden
            Sagsnr.: 20/123
            Beslutning
            Godkendt.

            2. Budgetopfølgning pr. 1. marts
            Sagsnr.: 20/456
            Sagsfremstilling
            Budgetopfølgningen omfatter tre dele.

            1. Drift
            Driften viser et mindreforbrug på 2 mio. kr. i forhold til budgettet.

            2. Anlæg
            Anlæg viser et merforbrug på 1,5 mio. kr.

            3. Finansiering
            Finansieringen er uændret.

            4. Risici
            Der er ingen væsentlige risici ved dette.

            Indstilling
            Direktionen indstiller,
            1. at budgetopfølgningen godkendes
            Beslutning
            Godkendt.

            3. Kommende møder
            Sagsnr.: 20/999
            Beslutning
            Taget til efterretning.

            4. Eventuelt
            Beslutning
            Intet.
            """)
        #expect(meeting.items.map(\.title) == ["Godkendelse af dagsorden", "Budgetopfølgning pr. 1. marts", "Kommende møder", "Eventuelt"])
        #expect(meeting.items.map(\.number) == [1, 2, 3, 4])
        #expect(meeting.items[1].decision?.outcome == .approved)
        #expect(meeting.items[1].sections.first?.text.contains("4. Risici") == true)
        #expect(meeting.items[2].caseNumber == "20/999")
    }

    @Test("'Referat' over 'Sagsfremstilling' at each item's end are a page's tabs, not decision text nor a section")
    func pageTabsAtItemEnd() throws {
        let meeting = try readMeeting("""
            Referat
            Udvalget for Børn
            29-10-2013 12:00:00

            106. Godkendelse af dagsorden

            Beslutning i Udvalget for Børn den 29-10-2013

            Godkendt.

            Referat
            Sagsfremstilling

            107. Administrationsgrundlag

            Beslutning i Udvalget for Børn den 29-10-2013

            Taget til efterretning.

            Referat
            Sagsfremstilling
            """)
        #expect(meeting.items.map(\.decision?.text) == ["Godkendt.", "Taget til efterretning."])
        #expect(meeting.items.allSatisfy { item in item.sections.map(\.kind) == [.decision] })
    }

    @Test("'Referat' between each item's question and its answer heads the decision; '3:Årsberetning' is an item; the member list ends before 'Fra administrationen deltog'")
    func referatHeadingsInEveryItem() throws {
        let meeting = try readMeeting("""
            Referat fra Ældrerådets møde den 30. november 2015 i St. Magleby Stuen, Rådhuset kl. 10.00 – 12.00

            Deltagere: Sten Brincker, Bent Larsen, Paul Erik Gjerka, Richard Barth, Vagn E Larsen
            Fra administrationen deltog Thyra Pallesen

            1: Godkendelse af referatet fra sidste møde, den 8. oktober 2015
            Referat
            Godkendt

            2: Ældrerådet Ældreguide brochure
            Uddeling og omdeling.
            Referat
            Ældreguiden er uddelt af Ældrerådet til Wiedergården.

            3:Årsberetning 2015
            Hvornår skal denne være færdig?
            Referat
            Skal foreligge senest 1. marts 2016
            """)
        #expect(meeting.items.map(\.title) == ["Godkendelse af referatet fra sidste møde, den 8. oktober 2015", "Ældrerådet Ældreguide brochure", "Årsberetning 2015"])
        #expect(meeting.items.map(\.decision?.text) == ["Godkendt", "Ældreguiden er uddelt af Ældrerådet til Wiedergården.", "Skal foreligge senest 1. marts 2016"])
        #expect(meeting.participants.last?.name == "Vagn E Larsen")
    }

    @Test("Nothing evidenced: short titles with their full stop ('2. Statsforvaltningen.') are items; a sentence is not")
    func shortTitlesWithFullStop() throws {
        let meeting = try readMeeting("""
            Referat af møde i Ældrerådet den 4. marts 2013

            1. Godkendelse af dagsorden.

            Godkendt.

            2. Statsforvaltningen.

            Der er kommet svar fra Statsforvaltningen. Det blev taget til efterretning af alle.

            3. Eventuelt.

            Intet.
            """)
        #expect(meeting.items.map(\.number) == [1, 2, 3])
        #expect(meeting.items.map(\.title) == ["Godkendelse af dagsorden.", "Statsforvaltningen.", "Eventuelt."])
    }

    @Test("Nothing evidenced: '1.' alone on its line over the title numbers the item")
    func numberAloneOverTitle() throws {
        let meeting = try readMeeting("""
            Referat fra Ældrerådets møde den 12. januar 2016

            1.
            Godkendelse af dagsorden
            Godkendt.

            2.
            Budget 2016
            Rådet drøftede budgettet og tog det til efterretning.
            """)
        #expect(meeting.items.map(\.number) == [1, 2])
        #expect(meeting.items.map(\.title) == ["Godkendelse af dagsorden", "Budget 2016"])
    }

    @Test("'1.' before every item, each with its case number and decision (a flattened HTML list): numbered in order, with a warning")
    func everyItemNumberedOne() throws {
        let document = try MinutesReader().read(Array("""
            Referat
            Økonomiudvalget
            Mødedato: 12. december 2011 kl. 16:00

            1. Godkendelse af dagsorden

            Sagsnr.: 11/2001

            Beslutning
            Godkendt.

            1. Budget 2012

            Sagsnr.: 11/2002

            Beslutning
            Godkendt.

            1. Eventuelt

            Sagsnr.: 11/2003

            Beslutning
            Intet.
            """.utf8))
        #expect(document.meeting.items.map(\.number) == [1, 2, 3])
        #expect(document.meeting.items.map(\.caseNumber) == ["11/2001", "11/2002", "11/2003"])
        #expect(document.meeting.items.map(\.title) == ["Godkendelse af dagsorden", "Budget 2012", "Eventuelt"])
        #expect(document.warnings.contains { $0.message.contains("printed as number 1") })
    }

    @Test("'Ad 2: …' and 'Ad 3) …' lines in the text of 'N. Title' items are the text's points, not the items")
    func adLinesInsideItems() throws {
        let meeting = try readMeeting("""
            Referat af møde i Klima- og Planudvalget

            Den 09.01.2020 kl. 13:00 i Tapperiet

            1.   Godkendelse af dagsorden

            Beslutning

            Godkendt.

            2.   Ikke støjende arbejde på byggepladsen efter kl. 18

            Sagsbeskrivelse:

            Udvalget skal tage stilling til følgende:
            Ad 1 og 2) Udpegning af valgstyrere.
            Ad 3) Udpegning af brevstemmemodtagere.

            Beslutning

            Ad 1 og 2: Anbefales overfor Byrådet.

            Ad 2: Jette Leth Buhl kan ikke stemme for forslaget.

            3.   Budget

            Beslutning

            Godkendt.
            """)
        #expect(meeting.items.map(\.number) == [1, 2, 3])
        #expect(meeting.items.map(\.title) == ["Godkendelse af dagsorden", "Ikke støjende arbejde på byggepladsen efter kl. 18", "Budget"])
        #expect(meeting.items.map { $0.decision?.outcome } == [.approved, .recommended, .approved])
        #expect(meeting.items[1].decision?.text.hasSuffix("Ad 2: Jette Leth Buhl kan ikke stemme for forslaget.") == true)
    }

    @Test("'Referat: Godkendt' under a title is the decision with its outcome; 'Referat:' alone in every item heads one too")
    func referatLabel() throws {
        let meeting = try readMeeting("""
            Referat fra Ældrerådets møde den 22. februar 2016 kl. 10.00

            1. Godkendelse af referatet fra sidste møde

            Referat: Godkendt

            2. Årsberetning 2015

            Godkendelse af tidligere fremsendt udkast til årsberetningen.

            Referat:

            Godkendt.

            3. Høringssvar

            Referat:

            Ældrerådet formulerer et høringssvar.
            """)
        #expect(meeting.items.map(\.title) == ["Godkendelse af referatet fra sidste møde", "Årsberetning 2015", "Høringssvar"])
        #expect(meeting.items.map { $0.decision?.text } == ["Godkendt", "Godkendt.", "Ældrerådet formulerer et høringssvar."])
        #expect(meeting.items.map { $0.decision?.outcome } == [.approved, .approved, .other])
        #expect(meeting.items[0].sections.map(\.heading) == ["Referat"])
    }

    @Test("'<ol start=\"2\">' and '<li value=\"3\">' number the items as a browser shows them; '<ol><li>' before each item is renumbered with a warning")
    func htmlListNumbers() throws {
        func read(_ lists: [String]) throws -> ParsedDocument {
            let items = zip(lists, [("Godkendelse af dagsorden", "11/2001"), ("Budget 2012", "11/2002"), ("Eventuelt", "11/2003")]).map { list, item in
                "\(list)<b>\(item.0)</b></li></ol><p>Sagsnr.: \(item.1)</p><h3>Beslutning</h3><p>Godkendt.</p>"
            }
            let html = "<html><body><h1>Referat</h1><p>Økonomiudvalget</p><p>Mødedato: 12. december 2011 kl. 16:00</p>" + items.joined() + "</body></html>"
            return try MinutesReader().read(Array(html.utf8))
        }
        let numbered = try read(["<ol><li>", "<ol start=\"2\"><li>", "<ol><li value=\"3\">"])
        #expect(numbered.meeting.items.map(\.number) == [1, 2, 3])
        #expect(numbered.warnings.isEmpty)
        let flattened = try read(["<ol><li>", "<ol><li>", "<ol><li>"])
        #expect(flattened.meeting.items.map(\.number) == [1, 2, 3])
        #expect(flattened.meeting.items.map(\.caseNumber) == ["11/2001", "11/2002", "11/2003"])
        #expect(flattened.warnings.map(\.message) == ["every item is printed as number 1: numbered 1 to 3 in their order"])
    }

    @Test("Nothing evidenced: a title of 170 characters between items 1 and 3 is item 2; 'Henvist til behandling i …' under it is its decision")
    func longTitleAndReferral() throws {
        let document = try MinutesReader().read(Array("""
            Referat for møde i Aarhus Byråd, 26. januar 2011

            Fraværende: Anne Mette Villadsen

            1. Udmøntning af besparelser

            Vedtaget.

            2. Forslag fra Socialdemokraternes og Det Konservative Folkepartis byrådsgrupper til byrådsbeslutning om at Magistratsafdelingen for Børn og Unge udarbejder et forslag

            Henvist til behandling i Børn og Unge-udvalget.

            3. International Community

            Vedtaget.
            """.utf8))
        let items = document.meeting.items
        #expect(items.map(\.number) == [1, 2, 3])
        #expect(items.map(\.decision?.outcome) == [.approved, .other, .approved])
        #expect(items.dropFirst().first?.decision?.text == "Henvist til behandling i Børn og Unge-udvalget.")
        #expect(document.warnings.map(\.message) == ["item 2: outcome not recognised in \"Henvist til behandling i Børn og Unge-udvalget.\""])
    }

    @Test("'Klima- og Miljøudvalget, 05-12-2017 pkt. 188' without its comma heads the decision, not its text")
    func stageWithoutCommaBeforePkt() throws {
        let meeting = try readMeeting("""
            Referat

            Dato: Tirsdag, December 5, 2017 - 08:15
            Sted: Mødelokale 2A

              Pkt. 188

              Beslutninger om dagsorden

              Sagsnr. 249032 Klima- og Miljøudvalget Åbent punkt

              Klima- og Miljøudvalget, 05-12-2017 pkt. 188

              Godkendt.

              Fraværende: Kaj V. Hansen (A).
            """)
        #expect(meeting.committee == "Klima- og Miljøudvalget")
        #expect(meeting.items.first?.decision?.text == "Godkendt.")
        #expect(meeting.items.first?.absent == ["Kaj V. Hansen"])
    }

    @Test("Herning's unnumbered items: the case number over the title, the bodies' codes ('DIR', 'BYR') and 'Øvrige sagsbehandlere: -' under it")
    func routingCodesUnderTitles() throws {
        let meeting = try readMeeting("""
            Udvalg: Handicaprådet
            Mødedato: 22. september 2014
            Mødested: Bytoften Bo- og Aktivitetscenter, Tjørring

            Sagsnr.: 27.69.48-G01-2-14 Sagsbehandler: Nora Thalund

            Besøg på Bytoften Bo- og Aktivitetscenter

            DIR
            FOU
            BYR

            Øvrige sagsbehandlere: -

            Sagsfremstilling

            Rådet aflægger besøg på institutionen.

            Beslutning

            Besøget afviklet.

            Sagsnr.: 05.01.10-G01-1-14 Sagsbehandler: Nora Thalund

            Adgangsforhold - Silkeborgvej - op- og nedkørsler

            DIR
            BYR

            Øvrige sagsbehandlere: -

            Beslutning

            Drøftet.
            """)
        #expect(meeting.items.map(\.title) == ["Besøg på Bytoften Bo- og Aktivitetscenter", "Adgangsforhold - Silkeborgvej - op- og nedkørsler"])
        #expect(meeting.items.map(\.caseNumber) == ["27.69.48-G01-2-14", "05.01.10-G01-1-14"])
        #expect(meeting.items.map(\.decision?.text) == ["Besøget afviklet.", "Drøftet."])
    }

    @Test("A template's empty headings in a run: 'Økonomiske konsekvenser' then 'Øvrige konsekvenser' are two empty sections, not a heading and its text")
    func runOfEmptyHeadings() throws {
        let meeting = try readMeeting("""
            Referat
            Handicaprådet
            Mødedato: 3. november 2015

            1. Orientering og rundvisning Elmelunden

            Beskrivelse af sagen
            Mødet afholdes på Elmelunden, hvor der vil være rundvisning.
            Økonomiske konsekvenser
            Øvrige konsekvenser
            Høring
            Beslutning i Handicaprådet den 03-11-2015
            Rundvisningen blev gennemført.
            """)
        let sections = try #require(meeting.items.first?.sections)
        #expect(sections.map(\.heading) == ["Beskrivelse af sagen", "Økonomiske konsekvenser", "Øvrige konsekvenser", "Høring", "Beslutning i Handicaprådet den 03-11-2015"])
        #expect(sections[1].text.isEmpty && sections[2].text.isEmpty)
    }

    @Test("Kolding's 'Sagen behandles i', 'Forslag' and 'Personale' in every item are headings")
    func koldingHeadings() throws {
        let item = """
            Sagen behandles i

            Ældrerådet (orientering).

            Forslag

            Senior- og Socialforvaltningen foreslår, at orienteringen tages til efterretning.

            Personale

            Ingen.

            Beslutning

            Orienteringen taget til efterretning.
            """
        let meeting = try readMeeting("Ældrerådet - Referat\n\nDato: 10. november 2016\n\n1. Ny seniorområdechef\n\n\(item)\n\n2. Budget 2017\n\n\(item)")
        #expect(meeting.items.map { $0.sections.map(\.heading) } == Array(repeating: ["Sagen behandles i", "Forslag", "Personale", "Beslutning"], count: 2))
        #expect(meeting.items.first?.proposal?.by == "Senior- og Socialforvaltningen")
    }

    @Test("'Åben sag' / 'Lukket sag' printed under each heading belong to that item, not to the next")
    func accessMarkersUnderHeadings() throws {
        let meeting = try readMeeting("""
            Referat
            Handicaprådet
            Mødedato: Mandag den 23. november 2015

            01. Godkendelse af dagsorden
            Åben sag
            Beslutninger
            Dagsordenen godkendt.

            02. Uddeling af Handicapprisen
            Lukket sag

            03. Høring af udbudsmaterialet
            Åben sag
            Beslutninger
            Taget til efterretning.
            """)
        #expect(meeting.items.map(\.isPublic) == [true, false, true])
    }

    @Test("'1 3. anslået regnskab 2016' opens with an ordinal; '2. Salg af areal - LUKKET SAG' is closed")
    func ordinalTitleAndClosedSuffix() throws {
        let meeting = try readMeeting("""
            Kommunalbestyrelsen

            Referat

            22. december 2016 kl. 17:00

            1 3. anslået regnskab 2016 - samlet sag
            Sagsnr.: 2016/0008123

            Beslutning
            Godkendt.

            2 Salg af areal - LUKKET SAG
            Sagsnr.: 2016/0031234

            Beslutning
            Godkendt.
            """)
        #expect(meeting.items.map(\.title) == ["3. anslået regnskab 2016 - samlet sag", "Salg af areal"])
        #expect(meeting.items.map(\.isPublic) == [true, false])
    }

    @Test("Thisted's 'Sagstema', 'Andre konsekvenser' and 'Høring og sagsgang' are headings; a body and date listed under the last is no decision")
    func thistedHeadings() throws {
        let meeting = try readMeeting("""
            Referat
            Kommunalbestyrelsen
            Mødedato: 26. maj 2020 kl. 19:00

            84. Revision af styrelsesvedtægt

            Sagstema

            Godkendelse af styrelsesvedtægt efter revidering.

            Redegørelse

            Vedtægten er revideret på baggrund af ny lovgivning.

            Økonomiske og erhvervsmæssige konsekvenser

            Intet at bemærke.

            Andre konsekvenser

            Intet at bemærke.

            Høring og sagsgang

            Børne- og Familieudvalget den 4. februar 2020

            Beslutning

            Godkendt.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.sections.map(\.kind) == [.summary, .presentation, .economy, .other, .consultation, .decision])
        #expect(item.sections.map(\.heading).dropFirst(3).first == "Andre konsekvenser")
        #expect(item.decision?.text == "Godkendt.")
    }

    @Test("Numbered points of a proposal a paragraph apart are points, not items; a heading after a one-point proposal is the next item")
    func proposalPointsParagraphsApart() throws {
        let meeting = try readMeeting("""
            Referat
            Byrådet
            Mødedato: 18. december 2018 kl. 17:00

            1. Bækholmskolen. Genopbygning efter brand

            Indstilling

            Forvaltningen indstiller til udvalget, at byrådet godkender:

              1. Anlægsbevillingen meddeles som en anlægsbevilling til genopbygning af skolen.

              2. Der meddeles og frigives en anlægsbevilling på 8.000.000 kr. i 2012.

            Beslutning

            Godkendt.

            2. Skolestruktur

            Indstilling

            Forvaltningen indstiller, at:

              1. Strukturen godkendes.

            3. Eventuelt

            Beslutning

            Intet.
            """)
        #expect(meeting.items.map(\.number) == [1, 2, 3])
        #expect(meeting.items.first?.proposal?.points.count == 2)
        #expect(meeting.items.first?.decision?.text == "Godkendt.")
    }

    @Test("A title wrapped onto a short line right over its case number, in text without blank lines: the item and its whole title")
    func wrappedTitleOverCaseNumber() throws {
        let meeting = try readMeeting("""
            Tønder Kommune – Kommunalbestyrelsen
            Dagsorden
            Mødedato:
            26. maj 2015
            1. Kvartalsregnskab pr. 31. marts 2015
            00.30.10-S00-1-15
            Sagsfremstilling
            Kvartalsregnskabet forelægges.
            Indstilling
            Direktionen indstiller, at kvartalsregnskabet tages til efterretning.
            2. Tønder Forsyning A/S - Ændring af vandtakst for Tønder Vand
            A/S
            13.02.00-S55-1-15
            Sagsfremstilling
            Vandtaksten foreslås ændret.
            3. Udpegning til bestyrelse
            Sagsbehandler: Nora
            27.69.48-G01-2-14
            Sagsfremstilling
            Der skal udpeges et medlem.
            4. Godkendelse af regnskab
            • Udskriv
            27.69.48-G01-3-14
            Sagsfremstilling
            Regnskabet forelægges.
            """)
        #expect(meeting.items.map(\.title) == [
            "Kvartalsregnskab pr. 31. marts 2015", "Tønder Forsyning A/S - Ændring af vandtakst for Tønder Vand A/S", "Udpegning til bestyrelse",
            "Godkendelse af regnskab",
        ])
        #expect(meeting.items.map(\.caseNumber) == ["00.30.10-S00-1-15", "13.02.00-S55-1-15", "27.69.48-G01-2-14", "27.69.48-G01-3-14"])
    }

    @Test("A closed item that prints only its heading: 'Lukket punkt.' under it, or 'Lukket punkt' over '101' after item 1 (Bornholm's closed series)")
    func closedItemsWithoutBodies() throws {
        let tonder = try readMeeting("""
            Tønder Kommune – Kommunalbestyrelsen
            Dagsorden
            Mødedato:
            26. maj 2015
            1. Kvartalsregnskab pr. 31. marts 2015
            00.30.10-S00-1-15
            Sagsfremstilling
            Kvartalsregnskabet forelægges.
            2. Salg af 2 parcelhusgrunde i Abild
            Lukket punkt.
            """)
        #expect(tonder.items.map(\.number) == [1, 2])
        #expect(tonder.items.map(\.isPublic) == [true, false])
        let bornholm = try readMeeting("""
            Referat
            Kommunalbestyrelsen
            26-03-2015 kl. 18:00

            Til indholdsfortegnelse

             Åbent  punkt

             1  Evaluering og godkendelse af asylcenter på Bornholm

            27.36.00G01-0003

            Kommunalbestyrelsen den 26. marts 2015:

            Godkendt.

            Til indholdsfortegnelse

             Lukket  punkt

             101  Lukket punkt: salg af areal
            """)
        #expect(bornholm.items.map(\.number) == [1, 101])
        #expect(bornholm.items.map(\.isPublic) == [true, false])
        #expect(bornholm.items.first?.decision?.text == "Godkendt.")
    }

    @Test("Esbjerg's 'Dok.nr.: 1965 Sagsid.: 14/40 Initialer: dosko Lukket sag': the case number after another field, and the access at the end")
    func caseFieldsOnOneLine() throws {
        let meeting = try readMeeting("""
            Referat fra Økonomiudvalget
            Mødedato: Mandag den 6. oktober 2014

            1. Godkendelse af dagsorden
            Dok.nr.: 1965 Sagsid.: 14/40 Initialer: dosko Åben sag

            Beslutning Økonomiudvalget den 06-10-2014
            Godkendt.

            2. Forlængelse af byggefrist
            Dok.nr.: 2011 Sagsid.: 14/20001 Initialer: anba Lukket sag

            Beslutning Økonomiudvalget den 06-10-2014
            Godkendt.
            """)
        #expect(meeting.items.map(\.caseNumber) == ["14/40", "14/20001"])
        #expect(meeting.items.map(\.isPublic) == [true, false])
    }

    @Test("'Samlet bilagsliste …… 11' in the contents is no item: no warning that the contents list more items")
    func contentsAppendixLine() throws {
        let document = try MinutesReader().read(Array("""
            ÅBEN DAGSORDEN
            ØKONOMIUDVALG
            Mødedato: 12. august 2014

            INDHOLDSFORTEGNELSE
            1. Budgetstatus 2015 ............................................... 1
            2. Udbud af rengøringsservice ........................................ 6
            Samlet bilagsliste.................................................... 11

            1. BUDGETSTATUS 2015
            Sagsnr. 14/12002
            INDSTILLING
            Direktionen indstiller, at budgetoplægget godkendes.

            2. UDBUD AF RENGØRINGSSERVICE
            Sagsnr. 14/9921
            INDSTILLING
            Direktionen indstiller, at udbuddet igangsættes.
            """.utf8))
        #expect(document.meeting.items.map(\.number) == [1, 2])
        #expect(document.warnings.isEmpty)
    }
}
