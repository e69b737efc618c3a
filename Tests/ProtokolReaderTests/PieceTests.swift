import ProtokolModel
import Testing
@testable import ProtokolReader

@Suite("The reader's pieces")
struct PieceTests {
    @Test("case numbers in every printed shape", arguments: [
        ("15.20.00A00-1-18", true), ("00.01.00G01-161-21", true), ("00.01.00-P20-1-21", true), ("22-001317", true),
        ("23/13922", true), ("15/9671", true), ("EMN-2025-001234", true), ("2012-28504", true), ("2024-0123456", true),
        ("27-04-2022", false), ("2022-04-27", false), ("Godkendt", false), ("12", false), ("3.4.5", false),
    ])
    func caseNumbers(text: String, isCase: Bool) {
        #expect(CaseNumbers.isCaseNumber(text) == isCase)
    }

    @Test("labelled case numbers")
    func labelledCaseNumbers() {
        #expect(CaseNumbers.fromLine("Sagsnr.: 2012-28504") == "2012-28504")
        #expect(CaseNumbers.fromLine("Sags ID: EMN-2025-001234") == "EMN-2025-001234")
        #expect(CaseNumbers.fromLine("Sagsnr.: 2024-005123              Dok.nr.: 2024-112233") == "2024-005123")
        #expect(CaseNumbers.fromLine("J.nr. 23/13922") == "23/13922")
        #expect(CaseNumbers.fromLine("Sagen drejer sig om 22-001317") == nil)
    }

    @Test("dates and times written the Danish ways")
    func dates() {
        #expect(DateText.firstDate(in: "REFERAT Udvalg d. 27-04-2022")?.date.description == "2022-04-27")
        #expect(DateText.firstDate(in: "Onsdag d. 09. marts 2022 kl. 16:30")?.date.description == "2022-03-09")
        #expect(DateText.firstDate(in: "den 3. feb. 2024")?.date.description == "2024-02-03")
        #expect(DateText.firstDate(in: "14.01.2025")?.date.description == "2025-01-14")
        #expect(DateText.firstDate(in: "2023-11-28")?.date.description == "2023-11-28")
        #expect(DateText.firstDate(in: "Tuesday 25. February 2020 kl. 16:00")?.date.description == "2020-02-25")
        #expect(DateText.firstDate(in: "Mødedato: 3 October 2019")?.date.description == "2019-10-03")
        #expect(DateText.firstDate(in: "31-02-2022") == nil)
        #expect(DateText.firstTime(in: "Mandag den 3. juni 2024, kl. 17.00")?.description == "17:00")
        #expect(DateText.firstTime(in: "kl. 8")?.description == "08:00")
        #expect(DateText.firstTime(in: "Tidspunkt: 16:30-18:00")?.description == "16:30")
        #expect(DateText.firstTime(in: "den 27.04.2022") == nil)
    }

    @Test("outcomes from decision words", arguments: [
        ("Godkendt.", Outcome.approved), ("Indstillingen tiltrådt.", .approved), ("Anbefales.", .recommended),
        ("Indstillingerne anbefales.", .recommended), ("Taget til efterretning.", .noted), ("Til orientering.", .noted),
        ("Drøftet.", .discussed), ("Sagen udsættes til næste møde.", .postponed), ("Ikke godkendt.", .rejected),
        ("Godkendt med den ændring, at datoen flyttes.", .amended), ("Beslutning ikke frigivet", .pending),
        ("Intet under dette punkt.", .none), ("Forslaget bortfaldt.", .rejected), ("Der var ingen drøftelse af vejret", .discussed),
        ("Mødet sluttede kl. 17.", .other), ("Anbefales godkendt.", .recommended), ("Jf. protokol.", .pending),
    ])
    func outcomes(text: String, outcome: Outcome) {
        #expect(OutcomeReading.outcome(of: text) == outcome)
    }

    @Test("a committee name and its election term")
    func terms() {
        #expect(HeaderReader.splitTerm("Udvalget for Job, Arbejdsmarked og Integration - 2022-2025") == ("Udvalget for Job, Arbejdsmarked og Integration", "2022-2025"))
        #expect(HeaderReader.splitTerm("Udvalget for Social, Sundhed og Ældre - 2022 - 2025") == ("Udvalget for Social, Sundhed og Ældre", "2022-2025"))
        #expect(HeaderReader.splitTerm("Arbejdsmarkedsudvalget 2022-2025") == ("Arbejdsmarkedsudvalget", "2022-2025"))
        #expect(HeaderReader.splitTerm("Økonomiudvalget") == ("Økonomiudvalget", nil))
    }

    @Test("participants with party letters, absence marks and roles")
    func participants() {
        let people = HeaderReader.participants("Claus Jørgensen, Bjørn Lykke Sørensen (Fravær), Martin Clausen (A), Lone Jensen (A) - formand og Ib Holm (V)")
        #expect(people == [
            Participant(name: "Claus Jørgensen"), Participant(name: "Bjørn Lykke Sørensen", absent: true),
            Participant(name: "Martin Clausen", party: "A"), Participant(name: "Lone Jensen", party: "A"), Participant(name: "Ib Holm", party: "V"),
        ])
    }

    @Test("absences, disqualifications and votes in decision lines")
    func itemFacts() {
        #expect(ItemFacts.absentNames("Afbud: Peter Svane (D)")?.map(\.name) == ["Peter Svane"])
        #expect(ItemFacts.absentNames("Fraværende: Anne Hansen og Bo Jensen.")?.map(\.name) == ["Anne Hansen", "Bo Jensen"])
        #expect(ItemFacts.absentNames("Carl Nielsen (F) var fraværende.")?.map(\.name) == ["Carl Nielsen"])
        #expect(ItemFacts.absentNames("Udvalget drøftede afbud fra borgerne i lang tid og besluttede at gå videre med sagen") == nil)
        #expect(ItemFacts.disqualifiedNames("Martin Clausen (A) blev erklæret inhabil.").map(\.name) == ["Martin Clausen"])
        #expect(ItemFacts.disqualifiedNames("Inhabil: Anne Hansen").map(\.name) == ["Anne Hansen"])
        #expect(ItemFacts.disqualifiedNames("Godkendt.").isEmpty)
        let votes = ItemFacts.votes(in: [Line(text: "Forslaget blev forkastet med 2 stemmer for (Ø, F), 5 imod (A, V) og 1 undlod at stemme (C).", number: 1)])
        #expect(votes.first?.inFavour == 2 && votes.first?.against == 5 && votes.first?.abstaining == 1)
        #expect(votes.first?.partiesAgainst == ["A", "V"])
        #expect(votes.first?.partiesAbstaining == ["C"])
    }

    @Test("item headings and tables of contents")
    func headings() {
        #expect(MinutesParser.punktHeading("Punkt 3: Tilsagn om tilskud")?.0 == 3)
        #expect(MinutesParser.punktHeading("Pkt. 12 Godkendelse")?.1 == "Godkendelse")
        #expect(MinutesParser.punktHeading("Punkter der ønskes drøftet:") == nil)
        #expect(MinutesParser.punktHeading("Punkt 4, Forslag til lokalplan")?.1 == "Forslag til lokalplan")
        #expect(MinutesParser.punktHeading("Punkt 2 i indstillingen") == nil)
        #expect(MinutesParser.numberedHeading("3. Anlægsbevilling til daginstitution")?.0 == 3)
        #expect(MinutesParser.numberedHeading("1. at udvalget godkender") == nil)
        #expect(MinutesParser.tocTitle("Meddelelser.....\t15") == "Meddelelser")
        #expect(MinutesParser.tocTitle("Lukket: Eventuelt (B).....\t18") == "Lukket: Eventuelt (B)")
        #expect(MinutesParser.tocTitle("Der er afsat 15 mio. kr. i 2022") == nil)
        #expect(MinutesParser.closedPrefix("Lukket: Eventuelt") == (true, "Eventuelt"))
    }

    @Test("page numbers and running headers are layout, not text")
    func pageNoise() {
        #expect(PageNoise.isPageNumber("Side 3 af 16"))
        #expect(PageNoise.isPageNumber("Side 4"))
        #expect(PageNoise.isPageNumber("- 7 -"))
        #expect(!PageNoise.isPageNumber("Side om side med borgerne"))
        let words = ["Indledning", "Baggrund", "Økonomi", "Vurdering", "Beslutning", "Bilag", "Høring", "Proces"]
        var lines = [Line]()
        var content = [String]()
        for page in 1...4 {
            lines.append(Line(text: "Økonomiudvalget 12-03-2024", number: lines.count + 1, pageBreak: page > 1))
            for n in 0..<4 {
                let text = "\(words[(page + n) % words.count]) er nævnt som emne \(page * 10 + n)."
                content.append(text)
                lines.append(Line(text: text, number: lines.count + 1))
            }
            lines.append(Line(text: "Side \(page) af 4", number: lines.count + 1))
        }
        #expect(PageNoise.remove(lines).map(\.text) == content)
    }

    @Test("paragraphs: wrapped lines joined, hyphenation undone, lists kept")
    func paragraphs() {
        let lines = ["Der søges om en bevilling til beskæf-", "tigelsesindsatsen i 2024.", "", "- Rekruttering", "• Uddannelse", "", "Arbejdsmarkeds- og", "Integrationsudvalget."]
            .enumerated().map { Line(text: $0.element, number: $0.offset + 1) }
        let text = Paragraphs(wrapWidth: 0).text(lines)
        #expect(text == "Der søges om en bevilling til beskæftigelsesindsatsen i 2024.\n\n- Rekruttering\n- Uddannelse\n\nArbejdsmarkeds- og\nIntegrationsudvalget.")
    }

    @Test("text encodings are told apart")
    func encodings() throws {
        #expect(try TextDecoding.decode(Array("Mødested".utf8)).encoding == .utf8)
        #expect(try TextDecoding.decode([0x4D, 0xF8, 0x64, 0x65]) == ("Møde", .windows1252))
        #expect(try TextDecoding.decode([0xFF, 0xFE, 0x4D, 0x00, 0xF8, 0x00]) == ("Mø", .utf16LE))
    }
}
