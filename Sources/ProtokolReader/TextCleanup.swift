import Foundation

/// What converters put into text that no reader wants: line ends other than LF, letters decomposed into a base and a
/// combining mark, a PDF font's ligatures and its private-use bullets, and typographic dashes inside case numbers and dates.
/// Applied once to the decoded text of every format, before its lines are read.
enum TextCleanup {
    /// `text` with CR LF and lone CR turned into LF, ligatures spelled out ("ﬁ" -> "fi"), Symbol-font bullets (U+F0B7,
    /// U+F0A7) as "•", en and em dashes and minus signs between letters or digits ("15.20.00–A00–1–18", "12–03–2019") as
    /// "-", and letters in their composed form (NFC). Text without any of these is returned as it is.
    static func normalised(_ text: String) -> String {
        var text = text
        guard let needs = text.withUTF8({ scan($0) }) else { return text }
        if needs.bytes {
            text = text.withUTF8 { String(decoding: rewrite($0), as: UTF8.self) }
        }
        if needs.composition {
            text = text.precomposedStringWithCanonicalMapping
        }
        return text
    }

    /// Whether the bytes need rewriting, composing, or both; nil when neither.
    private static func scan(_ b: UnsafeBufferPointer<UInt8>) -> (bytes: Bool, composition: Bool)? {
        var bytes = false, composition = false
        var i = 0
        let count = b.count
        while i < count {
            let byte = b[i]
            // Plain ASCII other than CR is left alone.
            if byte < 0x80 {
                if byte == 0x0D { bytes = true }
                i += 1
                continue
            }
            if (byte == 0xCC || byte == 0xCD && i + 1 < count && b[i + 1] <= 0xAF) { composition = true }
            if i + 2 < count {
                if byte == 0xEF && (b[i + 1] == 0xAC && b[i + 2] <= 0x84 || b[i + 1] == 0x82 && (b[i + 2] == 0xB7 || b[i + 2] == 0xA7)) { bytes = true }
                if byte == 0xE2 && (b[i + 1] == 0x80 && (b[i + 2] == 0x93 || b[i + 2] == 0x94) || b[i + 1] == 0x88 && b[i + 2] == 0x92), isDashBetween(b, at: i, width: 3) {
                    bytes = true
                }
                if isSpacedEmDash(b, at: i) { bytes = true }
            }
            if bytes && composition { break }
            i += 1
        }
        return bytes || composition ? (bytes, composition) : nil
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39 || byte >= 0x41 && byte <= 0x5A || byte >= 0x61 && byte <= 0x7A
    }

    /// A dash of `width` bytes at `i` with a digit on one side and a letter or digit on the other, no space between:
    /// "00–A00", "1–18", "03–2019"; not "A–Z" words nor "16.00 – 18.00".
    private static func isDashBetween(_ b: UnsafeBufferPointer<UInt8>, at i: Int, width: Int) -> Bool {
        guard i > 0, i + width < b.count else { return false }
        let before = b[i - 1], after = b[i + width]
        guard isAlphanumeric(before), isAlphanumeric(after) else { return false }
        return before >= 0x30 && before <= 0x39 || after >= 0x30 && after <= 0x39
    }

    /// " — " between words: the spaced dash that Danish sets as " – ", read as that.
    private static func isSpacedEmDash(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i > 0 && i + 3 < b.count && b[i] == 0xE2 && b[i + 1] == 0x80 && b[i + 2] == 0x94 && b[i - 1] == 0x20 && b[i + 3] == 0x20
    }

    private static let ligatures: [[UInt8]] = [Array("ff".utf8), Array("fi".utf8), Array("fl".utf8), Array("ffi".utf8), Array("ffl".utf8)]
    private static let bullet = Array("•".utf8)

    private static func rewrite(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(b.count)
        var i = 0
        let count = b.count
        while i < count {
            let byte = b[i]
            if byte == 0x0D {
                // CR LF -> LF; a lone CR (old Mac text) -> LF.
                out.append(0x0A)
                i += i + 1 < count && b[i + 1] == 0x0A ? 2 : 1
                continue
            }
            if byte == 0xEF, i + 2 < count {
                if b[i + 1] == 0xAC, b[i + 2] <= 0x84 {
                    out.append(contentsOf: ligatures[Int(b[i + 2] - 0x80)])
                    i += 3
                    continue
                }
                if b[i + 1] == 0x82, b[i + 2] == 0xB7 || b[i + 2] == 0xA7 {
                    out.append(contentsOf: bullet)
                    i += 3
                    continue
                }
            }
            if byte == 0xE2, i + 2 < count, b[i + 1] == 0x80 && (b[i + 2] == 0x93 || b[i + 2] == 0x94) || b[i + 1] == 0x88 && b[i + 2] == 0x92,
                isDashBetween(b, at: i, width: 3)
            {
                out.append(0x2D)
                i += 3
                continue
            }
            if isSpacedEmDash(b, at: i) {
                out.append(contentsOf: [0xE2, 0x80, 0x93])
                i += 3
                continue
            }
            out.append(byte)
            i += 1
        }
        return out
    }

    /// Plain text with HTML's character references left in it by a careless converter ("Dr&oslash;ftet", "Punkt&nbsp;3"):
    /// each known reference as its character. Markdown and HTML decode their own.
    static func decodingReferences(_ text: String) -> String {
        var copy = text
        let decoded = copy.withUTF8 { b -> String? in
            guard let first = b.firstIndex(of: 0x26), b[first...].contains(0x3B) else { return nil }
            var out = [UInt8](b[..<first])
            out.reserveCapacity(b.count)
            var i = first
            while i < b.count {
                if b[i] == 0x26, let (decoded, end) = HTMLEntities.decode(b, from: i) {
                    out.append(contentsOf: decoded.utf8)
                    i = end
                    continue
                }
                out.append(b[i])
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
        return decoded ?? text
    }
}
