import DanishStemmer
import Foundation
import GRDB

/// The FTS5 tokenizer for Danish text: `unicode61` with diacritics kept (so "å" stays "å" and
/// "bål" is not "bal"), each word stemmed with the Snowball Danish stemmer.
///
/// - Documents: each word is indexed as its stem, and, when the stem differs, also as the whole word
///   at the same position (an FTS5 colocated token), so that prefix queries see whole words.
/// - Queries: a word is looked up by its stem ("skærpet" finds "skærpede"); a prefix query
///   ("beskæft*") is looked up unstemmed, so it finds every word that starts with the prefix.
///
/// Register it on every connection with `db.add(tokenizer: DanishTokenizer.self)` and create tables
/// with `tokenize='danish'`.
final class DanishTokenizer: FTS5WrapperTokenizer {
    static let name = "danish"

    let wrappedTokenizer: any FTS5Tokenizer
    private let stemmer = DanishStemmer()

    init(db: Database, arguments: [String]) throws {
        wrappedTokenizer = try db.makeTokenizer(.unicode61(diacritics: .keep))
    }

    func accept(
        token: String, flags: FTS5TokenFlags, for tokenization: FTS5Tokenization, tokenCallback: FTS5WrapperTokenCallback
    ) throws {
        let word = Self.composed(token)
        if tokenization.contains(.query) {
            if tokenization.contains(.prefix) {
                try tokenCallback(word, flags)
            } else {
                try tokenCallback(stemmer.stem(word), flags)
            }
            return
        }
        let stem = stemmer.stem(word)
        try tokenCallback(stem, flags)
        if stem != word {
            try tokenCallback(word, flags.union(.colocated))
        }
    }

    /// Letters written with a combining mark ("a" + ring) composed into one ("å"), as the stemmer expects.
    static func composed(_ token: String) -> String {
        guard token.unicodeScalars.contains(where: { (0x300...0x36F).contains($0.value) }) else { return token }
        return token.precomposedStringWithCanonicalMapping
    }
}
