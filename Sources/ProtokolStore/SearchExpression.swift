/// A search query read into terms, independent of any database's query syntax.
///
/// The grammar is small on purpose: `term term` (all must match), `"a phrase"`, `prefix*`, and
/// `OR` between groups of terms. `AND` is allowed and means the same as a space.
public struct SearchExpression: Sendable, Hashable {
    /// Alternatives (joined by OR); each is a list of terms that must all match.
    public var alternatives: [[SearchTerm]]

    public init(alternatives: [[SearchTerm]]) {
        self.alternatives = alternatives
    }

    /// Reads the user's query text.
    public init(parsing text: String) throws(StoreError) {
        func fail(_ reason: String) -> StoreError { .malformedQuery(query: text, reason: reason) }
        var alternatives: [[SearchTerm]] = []
        var current: [SearchTerm] = []
        var sawOr = false
        var index = text.startIndex

        func isSpace(_ c: Character) -> Bool { c.isWhitespace }

        while index < text.endIndex {
            let c = text[index]
            if isSpace(c) {
                index = text.index(after: index)
                continue
            }
            if c == "\"" || c == "“" || c == "”" || c == "„" {
                // A phrase runs to the next quote.
                let start = text.index(after: index)
                guard let end = text[start...].firstIndex(where: { $0 == "\"" || $0 == "“" || $0 == "”" }) else {
                    throw fail("a quote is not closed")
                }
                let words = Self.words(text[start..<end])
                if text[start..<end].contains("*") { throw fail("* marks a prefix after a word, not inside quotes") }
                guard !words.isEmpty else { throw fail("an empty phrase \"\"") }
                current.append(words.count == 1 ? .word(words[0], prefix: false) : .phrase(words))
                sawOr = false
                index = text.index(after: end)
                continue
            }
            // A bare word runs to the next space or quote.
            let end = text[index...].firstIndex(where: { isSpace($0) || $0 == "\"" || $0 == "“" || $0 == "”" || $0 == "„" }) ?? text.endIndex
            let raw = String(text[index..<end])
            index = end
            if raw == "OR" {
                if current.isEmpty { throw fail(sawOr || alternatives.isEmpty ? "OR needs a term on its left" : "OR OR") }
                alternatives.append(current)
                current = []
                sawOr = true
                continue
            }
            if raw == "AND" {
                if current.isEmpty { throw fail("AND needs a term on its left") }
                continue
            }
            var body = Substring(raw)
            var prefix = false
            if body.hasSuffix("*") {
                body = body.dropLast()
                prefix = true
            }
            if body.contains("*") { throw fail("* may only end a word, as in beskæft*") }
            let words = Self.words(body)
            if prefix {
                guard words.count == 1, let word = words.first else {
                    throw fail(words.isEmpty ? "* needs letters before it, as in beskæft*" : "a prefix must be one word: \(raw)")
                }
                current.append(.word(word, prefix: true))
            } else if words.count == 1 {
                current.append(.word(words[0], prefix: false))
            } else if words.count > 1 {
                // "22-001317" or "710.000": the parts in order.
                current.append(.phrase(words))
            }
            sawOr = false
        }
        if sawOr { throw fail("OR needs a term on its right") }
        if !current.isEmpty { alternatives.append(current) }
        guard !alternatives.isEmpty else { throw fail("no words to search for") }
        self.alternatives = alternatives.map(Self.withoutStopWords)
    }

    /// The terms without Danish stop words, unless nothing else is left. Phrases keep theirs.
    static func withoutStopWords(_ terms: [SearchTerm]) -> [SearchTerm] {
        let kept = terms.filter { term in
            if case .word(let word, prefix: false) = term { return !DanishStopWords.words.contains(word) }
            return true
        }
        return kept.isEmpty ? terms : kept
    }

    /// Every term as an alternative of its own: a hit needs any one of them (ranking favours more).
    public var anyTerm: SearchExpression {
        SearchExpression(alternatives: alternatives.flatMap { $0.map { [$0] } })
    }

    /// How many terms the expression has in all.
    public var termCount: Int { alternatives.map(\.count).reduce(0, +) }

    /// The words of a piece of query text: runs of letters and digits, lower-cased.
    static func words(_ text: Substring) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map { $0.lowercased() }
    }
}

/// One thing a hit must contain.
public enum SearchTerm: Sendable, Hashable {
    /// A word (matched in any inflection), or any word starting with it when `prefix`.
    case word(String, prefix: Bool)
    /// Words in this order, next to each other.
    case phrase([String])
}
