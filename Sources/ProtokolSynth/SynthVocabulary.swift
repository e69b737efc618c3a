import Foundation

/// The words and sentences the synthetic corpus is made of, read from real minutes (the seeds) at
/// run time.
///
/// Only prose is taken: lines of running text, cut into sentences. Sentences that would change how
/// the reader reads a document (a municipality named, an absence, a vote, a proposal, a closed item,
/// a label with a colon) are left out, so a synthetic document reads back exactly as it was made.
public struct SynthVocabulary: Sendable, Hashable {
    /// Whole sentences of running text, in the order first seen, without repeats.
    public let sentences: [String]
    /// Words of four letters or more, lower case, most frequent first (ties in alphabetical order).
    public let words: [String]
    /// Words of seven letters or more (the "content" words titles and queries are made of).
    public let longWords: [String]
    /// The seeds' item titles, without "Lukket:" and committee prefixes.
    public let titles: [String]

    public enum Failure: Error, CustomStringConvertible, Sendable {
        case noSeeds(String)
        case tooLittleText(sentences: Int, words: Int)

        public var description: String {
            switch self {
            case .noSeeds(let path): "no seed minutes (*.txt) in \(path)"
            case .tooLittleText(let sentences, let words):
                "the seeds give too little text to build a corpus from (\(sentences) sentences, \(words) words)"
            }
        }
    }

    /// Reads every `.txt` and `.md` file in the directory (in name order).
    public init(seedDirectory: String) throws(Failure) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: seedDirectory)) ?? [])
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
            .sorted()
        var texts = [String]()
        for name in names {
            guard let data = FileManager.default.contents(atPath: (seedDirectory as NSString).appendingPathComponent(name)) else { continue }
            texts.append(String(decoding: data, as: UTF8.self))
        }
        guard !texts.isEmpty else { throw .noSeeds(seedDirectory) }
        try self.init(texts: texts)
    }

    /// Builds the vocabulary from the texts of real minutes.
    public init(texts: [String]) throws(Failure) {
        var sentences = [String]()
        var seenSentences = Set<String>()
        var counts = [String: Int]()
        var titles = [String]()
        var seenTitles = Set<String>()
        for text in texts {
            for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
                var line = rawLine.trimmingCharacters(in: .whitespaces)
                line = line.replacingOccurrences(of: "**", with: "")
                while line.hasPrefix("#") { line = String(line.dropFirst()).trimmingCharacters(in: .whitespaces) }
                if let title = Self.itemTitle(line), seenTitles.insert(title).inserted {
                    titles.append(title)
                    continue
                }
                guard Self.isProse(line) else { continue }
                // Lower-case words only: names and words at the start of a sentence are left out.
                for word in Self.letterWords(line) where word.count >= 4 && word.allSatisfy({ !$0.isUppercase }) {
                    let word = String(word)
                    if Self.isSafe(word) { counts[word, default: 0] += 1 }
                }
                for sentence in Self.sentences(in: line) where Self.isUsable(sentence) {
                    if seenSentences.insert(sentence).inserted { sentences.append(sentence) }
                }
            }
        }
        let words = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
        guard sentences.count >= 20, words.count >= 100 else {
            throw .tooLittleText(sentences: sentences.count, words: words.count)
        }
        self.sentences = sentences
        self.words = words
        let long = words.filter { $0.count >= 7 }
        self.longWords = long.isEmpty ? words : long
        self.titles = titles
    }

    /// "Punkt 3: JAI - Title (B)" → "Title"; nil for any other line.
    static func itemTitle(_ line: String) -> String? {
        guard line.hasPrefix("Punkt "), let colon = line.firstIndex(of: ":") else { return nil }
        var title = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        if title.lowercased().hasPrefix("lukket:") { return nil }
        if let dash = title.range(of: " - "), title[..<dash.lowerBound].count <= 4,
            title[..<dash.lowerBound].allSatisfy({ $0.isUppercase })
        {
            title = String(title[dash.upperBound...])
        }
        if title.hasSuffix(" (B)") || title.hasSuffix(" (O)") { title = String(title.dropLast(4)) }
        guard title.count >= 8, title.count <= 90, Self.isSafe(title), !title.contains(":") else { return nil }
        return title
    }

    /// A line of running text: long, no table cells, no list item, no table of contents entry.
    static func isProse(_ line: String) -> Bool {
        guard line.count >= 60, !line.contains("\t"), !line.contains("|"), !line.contains("....."),
            !line.hasPrefix("- "), !line.hasPrefix("Punkt "), let first = line.first, first.isUppercase
        else { return false }
        return true
    }

    /// Sentences end with ". " before an upper-case letter.
    static func sentences(in line: String) -> [String] {
        var result = [String]()
        var current = ""
        var index = line.startIndex
        while index < line.endIndex {
            let c = line[index]
            current.append(c)
            let next = line.index(after: index)
            if c == ".", next < line.endIndex, line[next] == " " {
                let after = line.index(after: next)
                if after < line.endIndex, line[after].isUppercase {
                    result.append(current)
                    current = ""
                    index = after
                    continue
                }
            }
            index = next
        }
        if !current.isEmpty { result.append(current) }
        return result.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// Pieces of text that would make the reader see more than prose.
    static let unsafePieces = [
        "ommune", "Rådhus", "fbud", "ravær", "eltog ikke", "kke til stede", "orfald", "nhabil", "ndstill", "stemme",
        "stemte", "Punkt", "unkt ", "ukket", "Bilag", "bilag", "Sagens", "Beslutning", "ortroli", "”", "“", "\"", "(", ")",
    ]

    static func isSafe(_ text: String) -> Bool {
        !unsafePieces.contains(where: { text.contains($0) })
    }

    /// A sentence of 8 to 45 words that ends with a full stop and is safe to reuse anywhere.
    static func isUsable(_ sentence: String) -> Bool {
        guard sentence.hasSuffix("."), !sentence.hasSuffix(".."), !sentence.contains(":"), isSafe(sentence),
            let first = sentence.first, first.isUppercase
        else { return false }
        let count = sentence.split(separator: " ").count
        return count >= 8 && count <= 45
    }

    /// Runs of letters.
    static func letterWords(_ line: String) -> [Substring] {
        line.split(whereSeparator: { !$0.isLetter })
    }
}
