/// The Snowball Danish stemmer, as defined by `danish.sbl` in Snowball 3.1
/// (the algorithm of the `snowballstemmer` 3.1.1 and `PyStemmer` 3.1 releases).
///
/// The stemmer removes inflectional and derivational endings so that forms of one
/// word share a stem: "kommunerne", "kommunen" and "kommuner" all stem to "kommun".
/// Stems are index terms, not dictionary words.
///
/// It has no state: it is safe to share across tasks and free to create.
public struct DanishStemmer: Sendable {
    /// Creates a stemmer.
    public init() {}

    /// Returns the stem of one word.
    ///
    /// - Parameter word: a single token, expected lowercased and in Unicode NFC form,
    ///   as the algorithm compares code points. Uppercase input is lowercased first,
    ///   so "Kommunerne" and "kommunerne" give the same stem.
    /// - Returns: the stem, always a prefix of the lowercased word. Words shorter than
    ///   three characters are returned unchanged.
    public func stem(_ word: String) -> String {
        var word = word
        if Self.needsLowercasing(&word) {
            word = word.lowercased()
        }
        let stem = word.withUTF8 { bytes -> String? in
            let length = Self.stemLength(bytes)
            guard length < bytes.count else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<length]), as: UTF8.self)
        }
        return stem ?? word
    }
}

// MARK: - Algorithm

extension DanishStemmer {
    /// Length in bytes of the stem of `bytes`, a lowercased word in UTF-8.
    ///
    /// Every step of the Danish algorithm only removes letters at the end (its one
    /// replacement, "løst" to "løs", drops the final "t"), so the stem is a prefix.
    static func stemLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let p1 = regionR1(bytes) else { return bytes.count }
        var word = Word(bytes: bytes, end: bytes.count, p1: p1)
        word.mainSuffix()
        word.consonantPair()
        word.otherSuffix()
        word.undouble()
        if word.end > 0 && bytes[word.end - 1] == UInt8(ascii: "'") {
            word.end -= 1
        }
        return word.end
    }

    /// Byte offset where R1 starts, or nil for words of fewer than three characters,
    /// which are left as they are.
    ///
    /// R1 starts after the first apostrophe if there is one, else after the first
    /// non-vowel that follows a vowel; in either case after the third character at the earliest.
    static func regionR1(_ s: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = s.count
        var minimum = 0
        for _ in 0..<3 {
            guard minimum < count else { return nil }
            minimum = nextScalar(s, minimum)
        }
        var p1 = count
        if let apostrophe = s.firstIndex(of: UInt8(ascii: "'")) {
            p1 = apostrophe + 1
        } else {
            var cursor = 0
            while cursor < count && !isVowel(s, cursor) { cursor = nextScalar(s, cursor) }
            if cursor < count {
                cursor = nextScalar(s, cursor)
                while cursor < count && isVowel(s, cursor) { cursor = nextScalar(s, cursor) }
                if cursor < count { p1 = nextScalar(s, cursor) }
            }
        }
        return max(p1, minimum)
    }

    /// Offset of the scalar after the one starting at `i`.
    @inline(__always)
    private static func nextScalar(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let lead = s[i]
        let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        return min(i + width, s.count)
    }

    /// Vowels: a e i o u y æ å ø.
    @inline(__always)
    private static func isVowel(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        switch s[i] {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"),
             UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"):
            return true
        case 0xC3:
            guard i + 1 < s.count else { return false }
            let second = s[i + 1]
            return second == 0xA6 || second == 0xA5 || second == 0xB8
        default:
            return false
        }
    }

    /// Whether `word` has a character that lowercasing would change.
    static func needsLowercasing(_ word: inout String) -> Bool {
        enum Verdict { case lower, upper, unknown }
        let verdict = word.withUTF8 { s -> Verdict in
            var i = 0
            while i < s.count {
                let byte = s[i]
                if byte < 0x80 {
                    if byte &- UInt8(ascii: "A") < 26 { return .upper }
                    i += 1
                } else if byte == 0xC3 && i + 1 < s.count {
                    // Latin-1 capitals are C3 80...C3 9E, except the sign × (C3 97).
                    let second = s[i + 1]
                    if second <= 0x9E && second != 0x97 { return .upper }
                    i += 2
                } else {
                    return .unknown
                }
            }
            return .lower
        }
        switch verdict {
        case .lower: return false
        case .upper: return true
        case .unknown: return word.unicodeScalars.contains { $0.properties.changesWhenLowercased }
        }
    }
}

/// A word being stemmed: its UTF-8 bytes up to `end`, with R1 starting at `p1`.
private struct Word {
    let bytes: UnsafeBufferPointer<UInt8>
    var end: Int
    let p1: Int

    /// Removes the longest of the main suffixes found in R1; a lone "s" only after a valid s-ending.
    mutating func mainSuffix() {
        guard end > p1 else { return }
        // Each list shares the last byte and goes longest first, so the first match is the longest.
        let length: Int
        switch bytes[end - 1] {
        case UInt8(ascii: "d"):
            length = r1("ethed") ?? r1("ered") ?? r1("hed") ?? 0
        case UInt8(ascii: "e"):
            length = r1("erende") ?? r1("erede") ?? r1("ende") ?? r1("erne")
                ?? r1("ene") ?? r1("ere") ?? r1("e") ?? 0
        case UInt8(ascii: "n"):
            length = r1("heden") ?? r1("eren") ?? r1("en") ?? 0
        case UInt8(ascii: "r"):
            length = r1("heder") ?? r1("erer") ?? r1("er") ?? 0
        case UInt8(ascii: "t"):
            length = r1("eret") ?? r1("et") ?? 0
        case UInt8(ascii: "s"):
            length = r1("erendes") ?? r1("hedens") ?? r1("endes") ?? r1("ernes")
                ?? r1("erets") ?? r1("erens") ?? r1("heds") ?? r1("enes") ?? r1("eres")
                ?? r1("ens") ?? r1("ers") ?? r1("ets") ?? r1("es")
                ?? (hasSEnding(before: end - 1) ? 1 : 0)
        default:
            length = 0
        }
        end -= length
    }

    /// Turns a final "gd", "dt", "gt" or "kt" in R1 into "g", "d", "g" or "k".
    mutating func consonantPair() {
        guard end - 2 >= p1 else { return }
        let previous = bytes[end - 2]
        switch bytes[end - 1] {
        case UInt8(ascii: "d") where previous == UInt8(ascii: "g"),
             UInt8(ascii: "t") where previous == UInt8(ascii: "d")
                || previous == UInt8(ascii: "g") || previous == UInt8(ascii: "k"):
            end -= 1
        default:
            break
        }
    }

    /// Turns "igst" into "ig" anywhere, then removes "ig", "lig", "elig" or "els" in R1
    /// (followed by consonantPair), or turns "løst" in R1 into "løs".
    mutating func otherSuffix() {
        if hasSuffix("igst", from: 0) { end -= 2 }
        guard end > p1 else { return }
        let length: Int
        switch bytes[end - 1] {
        case UInt8(ascii: "g"):
            length = r1("elig") ?? r1("lig") ?? r1("ig") ?? 0
        case UInt8(ascii: "s"):
            length = r1("els") ?? 0
        case UInt8(ascii: "t"):
            if hasSuffix("løst", from: p1) { end -= 1 }
            return
        default:
            length = 0
        }
        if length > 0 {
            end -= length
            consonantPair()
        }
    }

    /// Undoubles a final "bb", "dd", "ff", "gg", "kk", "ll", "mm", "nn", "pp", "rr", "ss"
    /// or "tt" whose last letter is in R1.
    mutating func undouble() {
        guard end - 1 >= p1 && end >= 2 else { return }
        let last = bytes[end - 1]
        switch last {
        case UInt8(ascii: "b"), UInt8(ascii: "d"), UInt8(ascii: "f"), UInt8(ascii: "g"),
             UInt8(ascii: "k"), UInt8(ascii: "l"), UInt8(ascii: "m"), UInt8(ascii: "n"),
             UInt8(ascii: "p"), UInt8(ascii: "r"), UInt8(ascii: "s"), UInt8(ascii: "t"):
            if bytes[end - 2] == last { end -= 1 }
        default:
            break
        }
    }

    /// Byte length of `suffix` if the word ends with it inside R1.
    @inline(__always)
    private func r1(_ suffix: StaticString) -> Int? {
        hasSuffix(suffix, from: p1) ? suffix.utf8CodeUnitCount : nil
    }

    /// Whether the word ends with `suffix` starting at or after byte offset `lowerBound`.
    @inline(__always)
    private func hasSuffix(_ suffix: StaticString, from lowerBound: Int) -> Bool {
        let length = suffix.utf8CodeUnitCount
        let start = end - length
        guard start >= lowerBound && start >= 0 else { return false }
        let text = suffix.utf8Start
        for k in 0..<length where bytes[start + k] != text[k] {
            return false
        }
        return true
    }

    /// Whether the character ending at byte offset `offset` is a valid s-ending
    /// (' a b c d f g h j k l m n o p r t v y z å); it need not be in R1.
    @inline(__always)
    private func hasSEnding(before offset: Int) -> Bool {
        guard offset >= 1 else { return false }
        switch bytes[offset - 1] {
        case UInt8(ascii: "'"), UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "c"),
             UInt8(ascii: "d"), UInt8(ascii: "f"), UInt8(ascii: "g"), UInt8(ascii: "h"),
             UInt8(ascii: "j"), UInt8(ascii: "k"), UInt8(ascii: "l"), UInt8(ascii: "m"),
             UInt8(ascii: "n"), UInt8(ascii: "o"), UInt8(ascii: "p"), UInt8(ascii: "r"),
             UInt8(ascii: "t"), UInt8(ascii: "v"), UInt8(ascii: "y"), UInt8(ascii: "z"):
            return true
        case 0xA5:  // second byte of "å" (C3 A5)
            return offset >= 2 && bytes[offset - 2] == 0xC3
        default:
            return false
        }
    }
}

extension DanishStemmer {
    /// The length in bytes of the stem of a word given as UTF-8, without making a String: the stem is
    /// always a prefix of the word. The word must already be lower case and in NFC (as a tokenizer
    /// that folds case gives it); ``stem(_:)`` takes any word.
    public static func stemLength(ofLowercaseUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        stemLength(bytes)
    }
}
