/// Byte-level text helpers for the hot path: case folding of ASCII and Danish letters, and search,
/// on UTF-8 without creating Strings.
enum Bytes {
    /// Lower-cases ASCII and the Latin-1 capitals (Æ Ø Å É …), which is all Danish needs.
    static func folded<S: StringProtocol>(_ s: S) -> [UInt8] {
        var copy = String(s)
        return copy.withUTF8 { folded($0) }
    }

    /// `folded` on UTF-8 bytes.
    static func folded(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: bytes.count) { out, written in
            var afterC3 = false
            for (i, b) in bytes.enumerated() {
                if afterC3 {
                    out[i] = b >= 0x80 && b <= 0x9E && b != 0x97 ? b + 0x20 : b
                    afterC3 = false
                } else if b >= 0x41 && b <= 0x5A {
                    out[i] = b + 0x20
                } else {
                    out[i] = b
                    afterC3 = b == 0xC3
                }
            }
            written = bytes.count
        }
    }

    /// The first index of `needle` in `haystack` at or after `from`.
    @inline(__always)
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
        haystack.withUnsafeBufferPointer { find(needle, in: $0, from: from) }
    }

    /// The first index of `needle` in a byte buffer at or after `from`.
    @inline(__always)
    static func find(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        let n = needle.count
        guard n > 0, haystack.count >= n else { return nil }
        let first = needle[0]
        var i = from
        let last = haystack.count - n
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < n && haystack[i + j] == needle[j] { j += 1 }
                if j == n { return i }
            }
            i += 1
        }
        return nil
    }

    /// The first place `needle` starts a word in `haystack` (no letter right before it).
    static func findWord(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        var from = 0
        while let i = find(needle, in: haystack, from: from) {
            if i == 0 || !isWordByte(haystack[i - 1]) { return i }
            from = i + 1
        }
        return nil
    }

    /// Finds, for each of many needles, the first place it starts a word (as `findWord`), in one pass over the haystack.
    struct WordFinder: Sendable {
        let needles: [[UInt8]]
        /// For each byte, the needles that start with it.
        private let byFirstByte: [[Int]]

        init(_ needles: [[UInt8]]) {
            self.needles = needles
            var table = [[Int]](repeating: [], count: 256)
            for (index, needle) in needles.enumerated() where !needle.isEmpty { table[Int(needle[0])].append(index) }
            byFirstByte = table
        }

        /// `findWord(needles[k], in: haystack)` for every k.
        func firstWordPositions(in haystack: [UInt8]) -> [Int?] {
            var found = [Int?](repeating: nil, count: needles.count)
            var missing = needles.count(where: { !$0.isEmpty })
            let count = haystack.count
            var i = 0
            while i < count, missing > 0 {
                if i == 0 || !isWordByte(haystack[i - 1]) {
                    for index in byFirstByte[Int(haystack[i])] where found[index] == nil {
                        let needle = needles[index]
                        guard i + needle.count <= count else { continue }
                        var j = 1
                        while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                        if j == needle.count {
                            found[index] = i
                            missing -= 1
                        }
                    }
                }
                i += 1
            }
            return found
        }
    }

    /// Letters and digits, counting every non-ASCII byte as part of a letter.
    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
    }

    /// True when `s` contains `needle` exactly (case-sensitive), without copying `s`.
    static func contains(_ s: String, _ needle: [UInt8]) -> Bool {
        var s = s
        return s.withUTF8 { find(needle, in: $0) != nil }
    }

    /// True when `s` contains any of `needles` exactly, in one pass over its bytes.
    static func containsAny(_ s: String, _ needles: NeedleSet) -> Bool {
        var s = s
        return s.withUTF8 { buffer in
            let count = buffer.count
            var i = 0
            while i < count {
                let b = buffer[i]
                if needles.firstBytes[Int(b)] {
                    for needle in needles.needles where needle[0] == b && i + needle.count <= count {
                        var j = 1
                        while j < needle.count && buffer[i + j] == needle[j] { j += 1 }
                        if j == needle.count { return true }
                    }
                }
                i += 1
            }
            return false
        }
    }

    /// `containsAny` on the text with ASCII capitals lower-cased; the needles are lower-case.
    static func containsAnyFolded(_ s: String, _ needles: NeedleSet) -> Bool {
        var s = s
        return s.withUTF8 { buffer in
            let count = buffer.count
            var i = 0
            while i < count {
                let b = asciiLower(buffer[i])
                if needles.firstBytes[Int(b)] {
                    for needle in needles.needles where needle[0] == b && i + needle.count <= count {
                        var j = 1
                        while j < needle.count && asciiLower(buffer[i + j]) == needle[j] { j += 1 }
                        if j == needle.count { return true }
                    }
                }
                i += 1
            }
            return false
        }
    }

    @inline(__always) static func asciiLower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }

    /// Needles for `containsAny`, with a table of their first bytes.
    struct NeedleSet: Sendable {
        let needles: [[UInt8]]
        let firstBytes: [Bool]

        init(_ words: [String]) {
            needles = words.map { Array($0.utf8) }.filter { !$0.isEmpty }
            var table = [Bool](repeating: false, count: 256)
            for needle in needles { table[Int(needle[0])] = true }
            firstBytes = table
        }
    }

    /// True when `s` starts with an ASCII-case-insensitive `lowercasedPrefix`.
    static func hasFoldedPrefix(_ s: String, _ lowercasedPrefix: [UInt8]) -> Bool {
        var i = 0
        for b in s.utf8 {
            if i == lowercasedPrefix.count { return true }
            let lower = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
            if lower != lowercasedPrefix[i] { return false }
            i += 1
        }
        return i == lowercasedPrefix.count
    }

    /// True when `s` ends with an ASCII-case-insensitive `lowercasedSuffix`.
    static func hasFoldedSuffix(_ s: String, _ lowercasedSuffix: [UInt8]) -> Bool {
        var i = lowercasedSuffix.count
        for b in s.utf8.reversed() {
            if i == 0 { return true }
            i -= 1
            let lower = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
            if lower != lowercasedSuffix[i] { return false }
        }
        return i == 0
    }

    /// The first byte is an upper-case letter (ASCII or Latin-1 such as Æ Ø Å).
    static func startsUppercase(_ s: String) -> Bool {
        var it = s.utf8.makeIterator()
        guard let b = it.next() else { return false }
        if b >= 0x41 && b <= 0x5A { return true }
        if b == 0xC3, let c = it.next() { return c >= 0x80 && c <= 0x9E && c != 0x97 }
        return false
    }

    static func lastByte(_ s: String) -> UInt8? { s.utf8.last }
}

extension Bytes {
    /// True when every Unicode scalar of `text` is a Character of its own, the text is NFC, and the scalars lie in
    /// the ranges minutes use (ASCII without CR, Latin up to U+02FF, punctuation and symbols, private-use bullets).
    /// Byte-level code may then treat scalars as Characters and byte equality as String equality.
    static func isSimple(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = text.count
        var i = 0
        while i < count {
            // Eight ASCII bytes without a CR are eight Characters of their own.
            if i + 8 <= count {
                let chunk = word(text, at: i)
                if !hasNonASCII(chunk) && !hasByte(0x0D, in: chunk) {
                    i += 8
                    continue
                }
            }
            let b = text[i]
            if b < 0x80 {
                if b == 0x0D { return false }
                i += 1
                continue
            }
            if b >= 0xC2 && b <= 0xCB {
                i += 2
                continue
            }
            guard i + 2 < count else { return false }
            let b1 = text[i + 1]
            let b2 = text[i + 2]
            switch b {
            case 0xE2:
                // Zero-width marks and joiners, separators, bidi controls, invisible operators and combining marks
                // for symbols join or hide; a few signs (U+2000, U+2001, U+2126, U+212A, U+212B, U+2329, U+232A,
                // U+2ADC) are not NFC. Those, and U+2C00 and above, take the Character path.
                switch b1 {
                case 0x80: if b2 <= 0x81 || (b2 >= 0x8B && b2 <= 0x8F) || (b2 >= 0xA8 && b2 <= 0xAE) { return false }
                case 0x81: if b2 >= 0xA0 && b2 <= 0xAF { return false }
                case 0x83: if b2 >= 0x90 { return false }
                case 0x84: if b2 == 0xA6 || b2 == 0xAA || b2 == 0xAB { return false }
                case 0x8C: if b2 == 0xA9 || b2 == 0xAA { return false }
                case 0xAB: if b2 == 0x9C { return false }
                case 0xB0...: return false
                default: break
                }
            case 0xEE:
                break
            case 0xEF:
                if b1 > 0xA3 { return false }
            default:
                return false
            }
            i += 3
        }
        return true
    }

    /// `isSimple` on a String's bytes.
    static func isSimple(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { isSimple($0) }
    }

    /// Unicode.Scalar ending just before `end` (a scalar boundary) in valid UTF-8.
    @inline(__always)
    static func scalar(before end: Int, in text: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard end > 0 else { return nil }
        var start = end - 1
        while start > 0, text[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start, in: text)
    }

    /// Unicode.Scalar starting at `start` (a scalar boundary) in valid UTF-8.
    @inline(__always)
    static func scalar(at start: Int, in text: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard start < text.count else { return nil }
        let b = text[start]
        if b < 0x80 { return Unicode.Scalar(b) }
        var value: UInt32
        var length: Int
        if b >= 0xF0 { value = UInt32(b & 0x07); length = 4 }
        else if b >= 0xE0 { value = UInt32(b & 0x0F); length = 3 }
        else { value = UInt32(b & 0x1F); length = 2 }
        var i = 1
        while i < length, start + i < text.count {
            value = value << 6 | UInt32(text[start + i] & 0x3F)
            i += 1
        }
        return Unicode.Scalar(value)
    }
}
