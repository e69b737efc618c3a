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
/// It works on the bytes `unicode61` gives: the stem is a prefix of the word, so a plain lower-case
/// word (ASCII and Latin-1 letters, what Danish text is made of) is handed on without making a String.
/// Any other word takes the String path (composed to NFC, lower-cased, stemmed). Both give the same
/// tokens; the byte path only saves time (tokenizing is most of the cost of an import, and of a snippet).
///
/// Register it on every connection with `db.add(tokenizer: DanishTokenizer.self)` and create tables
/// with `tokenize='danish'`.
final class DanishTokenizer: FTS5CustomTokenizer {
    static let name = "danish"

    private let wrapped: any FTS5Tokenizer
    /// Stems of the words seen lately: most words of minutes recur, and stemming is most of the tokenizer's own time.
    private let stems = StemCache()
    private static let stemmer = DanishStemmer()
    /// SQLITE_OK.
    private static let ok: CInt = 0

    init(db: Database, arguments: [String]) throws {
        wrapped = try db.makeTokenizer(.unicode61(diacritics: .keep))
    }

    /// What the C callback needs: SQLite's context and callback, and the kind of tokenization.
    fileprivate struct State {
        var context: UnsafeMutableRawPointer?
        var callback: FTS5TokenCallback
        var query: Bool
        var prefix: Bool
        // Unowned: the tokenizer outlives the call, and a token should cost no reference counting.
        unowned(unsafe) var stems: StemCache
    }

    func tokenize(
        context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?, nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        var state = State(
            context: context, callback: tokenCallback, query: tokenization.contains(.query), prefix: tokenization.contains(.prefix),
            stems: stems)
        let wrapped = self.wrapped
        return withUnsafeMutablePointer(to: &state) { statePointer in
            wrapped.tokenize(context: statePointer, tokenization: tokenization, pText: pText, nText: nText, tokenCallback: danishTokenCallback)
        }
    }

    /// Called by `unicode61` for each of its tokens, with the ``State`` as context.
    fileprivate static func receive(
        _ statePointer: UnsafeMutableRawPointer?, flags: CInt, token: UnsafePointer<CChar>?, count: CInt, start: CInt, end: CInt
    ) -> CInt {
        guard let statePointer, let token, count > 0 else { return ok }
        let state = statePointer.assumingMemoryBound(to: State.self).pointee
        return emit(state, flags: flags, token: token, count: count, start: start, end: end)
    }

    private static func emit(_ state: State, flags: CInt, token: UnsafePointer<CChar>, count: CInt, start: CInt, end: CInt) -> CInt {
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(token).assumingMemoryBound(to: UInt8.self), count: Int(count))
        guard isPlainLowercase(bytes) else {
            return emitSlowly(state, flags: flags, token: String(decoding: bytes, as: UTF8.self), start: start, end: end)
        }
        if state.query && state.prefix { return state.callback(state.context, flags, token, count, start, end) }
        let stem = CInt(state.stems.stemLength(ofLowercaseUTF8: bytes))
        let code = state.callback(state.context, flags, token, stem, start, end)
        if state.query || code != Self.ok || stem == count { return code }
        return state.callback(state.context, flags | FTS5TokenFlags.colocated.rawValue, token, count, start, end)
    }

    /// Lower-case ASCII and Latin-1 only: nothing to compose or lower-case.
    private static func isPlainLowercase(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                if byte &- UInt8(ascii: "A") < 26 { return false }
                i += 1
            } else if byte == 0xC3, i + 1 < bytes.count {
                // Latin-1 capitals are C3 80...C3 9E, except the sign × (C3 97).
                let second = bytes[i + 1]
                if second <= 0x9E && second != 0x97 { return false }
                i += 2
            } else {
                return false
            }
        }
        return true
    }

    /// Any other word: composed, lower-cased and stemmed as a String.
    private static func emitSlowly(_ state: State, flags: CInt, token: String, start: CInt, end: CInt) -> CInt {
        func send(_ text: String, _ flags: CInt) -> CInt {
            var text = text
            return text.withUTF8 { buffer in
                guard let base = buffer.baseAddress else { return Self.ok }
                return UnsafeRawPointer(base).withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                    state.callback(state.context, flags, pointer, CInt(buffer.count), start, end)
                }
            }
        }
        let word = composed(token)
        if state.query {
            return send(state.prefix ? word : stemmer.stem(word), flags)
        }
        let stem = stemmer.stem(word)
        let code = send(stem, flags)
        guard code == Self.ok, stem != word else { return code }
        return send(word, flags | FTS5TokenFlags.colocated.rawValue)
    }

    /// Letters written with a combining mark ("a" + ring) composed into one ("å"), as the stemmer expects.
    static func composed(_ token: String) -> String {
        guard token.unicodeScalars.contains(where: { (0x300...0x36F).contains($0.value) }) else { return token }
        return token.precomposedStringWithCanonicalMapping
    }
}

/// The C callback handed to `unicode61` (a function, so it captures nothing).
private func danishTokenCallback(
    _ context: UnsafeMutableRawPointer?, _ flags: CInt, _ token: UnsafePointer<CChar>?, _ count: CInt, _ start: CInt, _ end: CInt
) -> CInt {
    DanishTokenizer.receive(context, flags: flags, token: token, count: count, start: start, end: end)
}
