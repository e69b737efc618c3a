import ProtokolModel
import Testing
@testable import ProtokolReader

/// The byte-level helpers of the hot path agree with the String operations they stand for.
@Suite("The reader's byte-level pieces")
struct BytePieceTests {
    @Test("one pass finds each phrase where findWord does", arguments: [
        "godkendt med den ændring at", "ikke godkendt, men udsat", "sagen blev udsat og godkendt", "", "ugodkendt godkendt",
        "tiltrådt. godkendes ikke", "anbefales godkendt", "æøå godkendt",
    ])
    func wordFinder(text: String) {
        let words = ["godkendt", "udsat", "godkendes ikke", "ikke", "anbefales", "godkendt", "tiltrådt", ""].map { Array($0.utf8) }
        let haystack = Bytes.folded(text)
        let found = Bytes.WordFinder(words).firstWordPositions(in: haystack)
        #expect(found == words.map { Bytes.findWord($0, in: haystack) })
    }

    @Test("ASCII-folded search for any of several stems")
    func containsAnyFolded() {
        let stems = Bytes.NeedleSet(["referat", "dagsorden"])
        #expect(Bytes.containsAnyFolded("REFERAT Økonomiudvalget", stems))
        #expect(Bytes.containsAnyFolded("Mødedagsorden", stems))
        #expect(!Bytes.containsAnyFolded("Økonomiudvalget 2024", stems))
        #expect(!Bytes.containsAnyFolded("refera", stems))
    }

    @Test("lines of a text split as String.split does", arguments: [
        "a\nb", "\n\nøre\n\n- punkt\n", "", "ét\r\nto\ntre", "x\n\u{301}y",
    ])
    func lines(text: String) {
        #expect(Paragraphs.lines(of: text) == text.split(separator: "\n"))
    }

    @Test("the first colon within a byte limit")
    func colon() {
        #expect(MinutesParser.colonIndex("Beslutning: Godkendt", within: 60).map { "Beslutning: Godkendt".utf8.distance(from: "Beslutning: Godkendt".startIndex, to: $0) } == 10)
        #expect(MinutesParser.colonIndex("Økonomi: ja", within: 8) == nil)
        #expect(MinutesParser.colonIndex("Ingen kolon", within: 60) == nil)
    }

    @Test("list items told by their first bytes as by their Characters", arguments: [
        "a) første punkt", "b)\tandet", "at udvalget godkender", "o Punkt", "o punkt", "a)x", "á) punkt", "a) \u{301}punkt", "- punkt", "1. punkt",
    ])
    func listItems(text: String) {
        let (isItem, normalised) = ListItem.normalise(text)
        #expect(normalised.hasPrefix("- ") || normalised == text)
        let expected: Bool = switch text {
        case "a) første punkt", "b)\tandet", "o Punkt", "á) punkt", "- punkt", "1. punkt": true
        default: false
        }
        #expect(isItem == expected)
    }

    @Test("header labels without a colon, also when a tab stands for the space")
    func labels() {
        #expect(HeaderReader.labelled("Mødested Udvalgsværelse 2")?.1 == "Udvalgsværelse 2")
        #expect(HeaderReader.labelled("Til\tstede Anne Hansen og Bo Jensen")?.1 == "Anne Hansen og Bo Jensen")
        #expect(HeaderReader.labelled("Afbud fra Anne Hansen")?.1 == "Anne Hansen")
        #expect(HeaderReader.labelled("Udvalget godkendte sagen") == nil)
    }

    @Test("proposal leads and absences read on bytes as on Characters")
    func leads() {
        #expect(ItemFacts.proposer("Direktøren for Social/Sundhed og Arbejdsmarked indstiller,")?.by == "Direktøren for Social/Sundhed og Arbejdsmarked")
        #expect(ItemFacts.proposer("Det indstilles, at")?.by == nil)
        #expect(ItemFacts.proposer("DET indstilles, at") != nil)
        #expect(ItemFacts.proposer("Sagen indstilles til godkendelse.") == nil)
        #expect(ItemFacts.absentNames("Afbud: Peter Svane (D) og Anne Hansen")?.map(\.name) == ["Peter Svane", "Anne Hansen"])
        #expect(ItemFacts.absentNames("Carl Nielsen (F) var fraværende, Ib Holm var inhabil.") == nil)
    }
}
