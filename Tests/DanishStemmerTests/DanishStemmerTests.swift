import Foundation
import Testing

@testable import DanishStemmer

/// Checks `DanishStemmer` against stems made by the reference implementation,
/// `snowballstemmer` 3.1.1 from PyPI (scripts/stemmer-reference.sh).
///
/// Resources/reference-sample.tsv holds 2,970 lines of that script's output: every
/// 170th word of the list, plus words picked by SHA-1 order that have æ, ø or å, an
/// apostrophe, a hyphen, another non-ASCII letter, at most three letters, or one of the
/// algorithm's tricky endings (igst, løst, elig, els, gd/dt/gt/kt, doubled consonants,
/// "s" after a non-s-ending, the long main suffixes).
@Suite("DanishStemmer")
struct DanishStemmerTests {
    let stemmer = DanishStemmer()

    /// Path of a full reference TSV (every word of /usr/share/dict/danish), if given.
    static let fullReferencePath: String? = {
        guard let path = ProcessInfo.processInfo.environment["PROTOKOL_STEMMER_REFERENCE"],
              !path.isEmpty else { return nil }
        return path
    }()

    @Test(
        "Hand-written examples match the reference",
        arguments: [
            ("beskæftigelsesindsatsen", "beskæftigelsesindsats"),
            ("udvalget", "udvalg"),
            ("kommunerne", "kommun"),
            ("kommunalbestyrelsen", "kommunalbestyr"),
            ("byrådets", "byråd"),
            ("økonomiudvalget", "økonomiudvalg"),
            ("undersøgelserne", "undersøg"),
            ("godkendelse", "godkend"),
            ("hjemmeplejen", "hjemmeplej"),
            ("vigtigst", "vigt"),
            ("forløst", "forløs"),
            ("kærlighed", "kær"),
            ("lovligt", "lov"),
            ("venlige", "ven"),
            ("fængsels", "fængsel"),
            ("grusset", "grus"),
            ("teknikker", "teknik"),
            ("stoppe", "stop"),
            ("bevidst", "bevidst"),
            ("abc'erne", "abc"),
            ("tv-stue", "tv-stue"),
            ("ål", "ål"),
            ("", ""),
        ]
    )
    func examples(word: String, expected: String) {
        #expect(stemmer.stem(word) == expected)
    }

    @Test("Uppercase input is lowercased first")
    func uppercase() {
        #expect(stemmer.stem("Kommunerne") == "kommun")
        #expect(stemmer.stem("BYRÅDETS") == "byråd")
        #expect(stemmer.stem("ØKONOMIUDVALGET") == "økonomiudvalg")
        #expect(stemmer.stem("Élevernes") == stemmer.stem("élevernes"))
    }

    @Test("Committed reference sample has no differences")
    func referenceSample() throws {
        let url = try #require(
            Bundle.module.url(forResource: "reference-sample", withExtension: "tsv", subdirectory: "Resources")
        )
        let result = try compare(with: String(contentsOf: url, encoding: .utf8))
        #expect(result.lines > 2_500)
        #expect(result.differenceCount == 0, "\(result.report)")
    }

    @Test(
        "Full word list has no differences",
        .enabled(
            if: DanishStemmerTests.fullReferencePath != nil,
            "set PROTOKOL_STEMMER_REFERENCE to a TSV from scripts/stemmer-reference.sh"
        )
    )
    func fullReference() throws {
        let path = try #require(Self.fullReferencePath)
        let result = try compare(with: String(contentsOfFile: path, encoding: .utf8))
        #expect(result.lines > 0)
        #expect(result.differenceCount == 0, "\(result.report)")
    }

    /// Stems every `word<TAB>stem` line of `tsv` and counts the lines that differ.
    private func compare(with tsv: String) throws -> Comparison {
        var result = Comparison()
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            try #require(fields.count == 2, "malformed line: \(line)")
            let word = String(fields[0])
            let expected = String(fields[1])
            result.lines += 1
            let actual = stemmer.stem(word)
            if actual != expected {
                result.record(word: word, expected: expected, actual: actual)
            }
        }
        return result
    }
}

private struct Comparison {
    var lines = 0
    var differenceCount = 0
    var firstDifferences: [String] = []

    mutating func record(word: String, expected: String, actual: String) {
        differenceCount += 1
        if firstDifferences.count < 20 {
            firstDifferences.append("\(word): expected \(expected), got \(actual)")
        }
    }

    var report: String {
        "\(differenceCount) of \(lines) words differ; first ones:\n" + firstDifferences.joined(separator: "\n")
    }
}
