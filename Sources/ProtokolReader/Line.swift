/// One line of the document after its format's markup is gone: the unit the structure reader works on.
struct Line: Sendable, Hashable {
    /// The words, trimmed; table cells are separated by a tab.
    let text: String
    /// 1-based line number in the decoded source, for warnings.
    var number: Int
    /// Markup heading level (Markdown `#`, HTML `<hN>`), 0 when the line is no marked heading.
    var level: Int = 0
    /// The whole line was bold in the source.
    var strong: Bool = false
    /// A page break (form feed) came just before this line.
    var pageBreak: Bool = false
    /// Which of the words the fact readers look for occur in `text`, found in one pass when the line is made.
    let hints: Hints

    init(text: String, number: Int, level: Int = 0, strong: Bool = false, pageBreak: Bool = false) {
        self.text = text
        self.number = number
        self.level = level
        self.strong = strong
        self.pageBreak = pageBreak
        self.hints = Hints(text)
    }

    var isBlank: Bool { text.isEmpty }

    /// `text.count`, counted on bytes when every scalar is a Character of its own.
    var characterCount: Int {
        guard hints.contains(.simple) else { return text.count }
        var count = 0
        for b in text.utf8 where b & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Word pieces whose absence lets a reader skip a line. Capitals count as their small letters: labels printed
    /// in capitals ("AFBUD:", "DIREKTIONEN INDSTILLER") are read like any other.
    struct Hints: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        /// "ommune": a municipality may be named.
        static let municipality = Hints(rawValue: 1)
        /// "fbud", "ravær", "eltog ikke", "kke til stede", "kke tilstede", "orfald", "orlod mødet", "orhindret", "orhindrede", "j til stede", "deblev", "stedet for", "ndtagen", "ødt (,) bortset": an absence may be reported.
        static let absence = Hints(rawValue: 2)
        /// "nhabil": a disqualification may be reported.
        static let disqualification = Hints(rawValue: 4)
        /// "ndstille": a proposal lead may open here.
        static let proposal = Hints(rawValue: 8)
        /// "stemme", "stemte", "undlod", "flertal": a vote may be reported.
        static let vote = Hints(rawValue: 16)
        /// Every scalar is a Character of its own and NFC (see `Bytes.isSimple`), so bytes may stand for Characters.
        static let simple = Hints(rawValue: 32)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        init(_ text: String) {
            var text = text
            self = text.withUTF8 { Hints.scan($0) }
        }

        private static let needles: [(bytes: [UInt8], hint: Hints)] = ([
            ("ommune", .municipality), ("fbud", .absence), ("ravær", .absence), ("eltog ikke", .absence),
            ("kke til stede", .absence), ("kke tilstede", .absence), ("orfald", .absence), ("orlod mødet", .absence), ("orhindret", .absence), ("orhindrede", .absence), ("j til stede", .absence), ("deblev", .absence), ("stedet for", .absence),
            ("ndtagen", .absence), ("ødt, bortset", .absence), ("ødt bortset", .absence), ("nhabil", .disqualification),
            ("ndstille", .proposal),
            ("stemme", .vote), ("stemte", .vote), ("undlod", .vote), ("flertal", .vote),
        ] as [(String, Hints)]).map { (Array($0.0.utf8), $0.1) }

        /// For each byte, a bit per needle whose first (second) byte it is.
        private static let firstBytes = byteTable(at: 0)
        private static let secondBytes = byteTable(at: 1)
        private static let hintOfNeedle = needles.map(\.hint.rawValue)

        // (A bit per needle: at most 32 needles.)
        private static func byteTable(at offset: Int) -> [UInt32] {
            precondition(needles.count <= 32, "a hint table holds 32 needles")
            var table = [UInt32](repeating: 0, count: 256)
            for (index, needle) in needles.enumerated() {
                let byte = needle.bytes[offset]
                table[Int(byte)] |= 1 << index
                // The needles' first two bytes are small ASCII letters: their capitals match too.
                if byte >= 0x61 && byte <= 0x7A { table[Int(byte - 0x20)] |= 1 << index }
            }
            return table
        }

        private static func scan(_ buffer: UnsafeBufferPointer<UInt8>) -> Hints {
            var found: UInt8 = Bytes.isSimple(buffer) ? Hints.simple.rawValue : 0
            let count = buffer.count
            guard count >= 4 else { return Hints(rawValue: found) }
            firstBytes.withUnsafeBufferPointer { first in
                secondBytes.withUnsafeBufferPointer { second in
                    for i in 0..<(count - 1) {
                        var candidates = first[Int(buffer[i])] & second[Int(buffer[i + 1])]
                        while candidates != 0 {
                            let index = candidates.trailingZeroBitCount
                            candidates &= candidates - 1
                            let hint = hintOfNeedle[index]
                            if found & hint == 0 && matches(needles[index].bytes, buffer, at: i) { found |= hint }
                        }
                    }
                }
            }
            return Hints(rawValue: found)
        }

        /// The needle at `i`, with capitals (ASCII, and Latin-1 after C3) read as small letters.
        private static func matches(_ needle: [UInt8], _ buffer: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
            guard i + needle.count <= buffer.count else { return false }
            var j = 2
            while j < needle.count {
                let b = buffer[i + j]
                let folded: UInt8
                if buffer[i + j - 1] == 0xC3 {
                    folded = b >= 0x80 && b <= 0x9E && b != 0x97 ? b + 0x20 : b
                } else {
                    folded = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                }
                guard folded == needle[j] else { return false }
                j += 1
            }
            return true
        }
    }
}

/// Shared whitespace handling for the line builders.
enum LineText {
    /// Where the last column of a line starts: after its last run of three spaces, a tab, or (with `bars`) a "|";
    /// nil when the line has no such gap. Read on the bytes, from the end.
    static func lastColumn(of text: String, bars: Bool = false) -> String.Index? {
        var copy = text
        let offset: Int? = copy.withUTF8 { b in
            var i = b.count - 1
            while i >= 0 {
                let byte = b[i]
                if byte == 0x09 || bars && byte == 0x7C { return i + 1 }
                if byte == 0x20, i >= 2, b[i - 1] == 0x20, b[i - 2] == 0x20 { return i + 1 }
                i -= 1
            }
            return nil
        }
        return offset.map { text.utf8.index(text.startIndex, offsetBy: $0) }
    }

    /// Where the gap before the last column starts (see `lastColumn`).
    static func lastGap(of text: String) -> String.Index? {
        guard let column = lastColumn(of: text) else { return nil }
        var start = column
        while start > text.startIndex, case let before = text.utf8.index(before: start), text.utf8[before] == 0x20 || text.utf8[before] == 0x09 {
            start = before
        }
        return start
    }

    /// Trims, turns no-break and other odd spaces into plain spaces, and drops soft hyphens and zero-width marks.
    static func clean<S: StringProtocol>(_ raw: S) -> String {
        // Only a few sequences need rewriting: CR, VT, NBSP (C2 A0), soft hyphen (C2 AD), E2 80/81 spaces and marks,
        // ideographic space (E3 80 80) and BOM (EF BB BF).
        var needsWork = false
        var previous: UInt8 = 0
        for unit in raw.utf8 {
            if unit == 0x0D || unit == 0x0B || unit == 0xE2 || unit == 0xE3 || unit == 0xEF
                || (previous == 0xC2 && (unit == 0xA0 || unit == 0xAD))
            {
                needsWork = true
                break
            }
            previous = unit
        }
        if !needsWork { return trim(raw) }
        var scalars = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x0B: scalars.append(" ")
            case 0x00AD, 0x200B...0x200D, 0xFEFF, 0x0D: continue
            default: scalars.append(scalar)
            }
        }
        return trim(String(scalars))
    }

    /// Calls `body` with each line of `text` (split at LF): the bytes after the line's last form feed, and
    /// whether it held one, with the UTF-8 offset of those bytes in `text`.
    static func forEachRawLine(_ text: String, _ body: (UnsafeBufferPointer<UInt8>, _ offset: Int, _ formFeed: Bool) -> Void) {
        var text = text
        text.withUTF8 { buffer in
            let count = buffer.count
            var start = 0
            while start <= count {
                var end = start
                var afterFormFeed = -1
                while end < count && buffer[end] != 0x0A {
                    if buffer[end] == 0x0C { afterFormFeed = end + 1 }
                    end += 1
                }
                let from = afterFormFeed >= 0 ? afterFormFeed : start
                body(UnsafeBufferPointer(rebasing: buffer[from..<end]), from, afterFormFeed >= 0)
                start = end + 1
            }
        }
    }

    /// `clean` on the bytes of one line (valid UTF-8).
    static func clean(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        var previous: UInt8 = 0
        for unit in raw {
            if unit == 0x0D || unit == 0x0B || unit == 0xE2 || unit == 0xE3 || unit == 0xEF
                || (previous == 0xC2 && (unit == 0xA0 || unit == 0xAD))
            {
                let rewritten = rewriteSpaces(raw)
                return rewritten.withUnsafeBufferPointer { trimmed($0) }
            }
            previous = unit
        }
        return trimmed(raw)
    }

    /// `clean` for the bytes of `text` at `offset`: text that needs no rewriting is sliced from `text`, which is
    /// valid already, instead of being decoded again.
    static func clean(_ raw: UnsafeBufferPointer<UInt8>, in text: String, at offset: Int) -> String {
        var previous: UInt8 = 0
        var i = 0
        let count = raw.count
        while i < count {
            // Eight ASCII bytes without CR or VT need no rewriting (NBSP and soft hyphen are not ASCII).
            if i + 8 <= count {
                let word = Bytes.word(raw, at: i)
                if !Bytes.hasNonASCII(word) && !Bytes.hasByte(0x0D, in: word) && !Bytes.hasByte(0x0B, in: word) {
                    previous = raw[i + 7]
                    i += 8
                    continue
                }
            }
            let unit = raw[i]
            i += 1
            if unit == 0x0D || unit == 0x0B || unit == 0xE2 || unit == 0xE3 || unit == 0xEF
                || (previous == 0xC2 && (unit == 0xA0 || unit == 0xAD))
            {
                return clean(raw)
            }
            previous = unit
        }
        var start = 0
        var end = raw.count
        while start < end, isSpace(raw[start]) { start += 1 }
        while end > start, isSpace(raw[end - 1]) { end -= 1 }
        if start == end { return "" }
        // Spaces, tabs and line ends are ASCII, so both ends are scalar boundaries.
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: offset + start)
        let to = utf8.index(from, offsetBy: end - start)
        return String(Substring(utf8[from..<to]))
    }

    /// The bytes with odd spaces made plain spaces and soft hyphens, zero-width marks, BOMs and CRs dropped.
    private static func rewriteSpaces(_ raw: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(raw.count)
        let count = raw.count
        var i = 0
        while i < count {
            let b = raw[i]
            switch b {
            case 0x0D:
                i += 1
            case 0x0B:
                out.append(0x20)
                i += 1
            case 0xC2 where i + 1 < count && (raw[i + 1] == 0xA0 || raw[i + 1] == 0xAD):
                if raw[i + 1] == 0xA0 { out.append(0x20) }
                i += 2
            case 0xE2 where i + 2 < count && (raw[i + 1] == 0x80 || raw[i + 1] == 0x81):
                let c = raw[i + 2]
                if raw[i + 1] == 0x80 && (c <= 0x8A || c == 0xAF) || raw[i + 1] == 0x81 && c == 0x9F {
                    out.append(0x20)  // U+2000...U+200A, U+202F, U+205F
                } else if !(raw[i + 1] == 0x80 && c >= 0x8B && c <= 0x8D) {  // U+200B...U+200D are dropped
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: raw[i..<(i + 3)]))
                }
                i += 3
            case 0xE3 where i + 2 < count && raw[i + 1] == 0x80 && raw[i + 2] == 0x80:
                out.append(0x20)
                i += 3
            case 0xEF where i + 2 < count && raw[i + 1] == 0xBB && raw[i + 2] == 0xBF:
                i += 3
            default:
                out.append(b)
                i += 1
            }
        }
        return out
    }

    /// The bytes without leading and trailing spaces, as a String.
    private static func trimmed(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        var start = 0
        var end = raw.count
        while start < end, isSpace(raw[start]) { start += 1 }
        while end > start, isSpace(raw[end - 1]) { end -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: raw[start..<end]), as: UTF8.self)
    }

    static func trim<S: StringProtocol>(_ s: S) -> String {
        if let string = s as? String { return trimSubstring(string[...]) }
        if let substring = s as? Substring { return trimSubstring(substring) }
        return trimSubstring(String(s)[...])
    }

    static func trimSubstring(_ s: Substring) -> String {
        let utf8 = s.utf8
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end, isSpace(utf8[start]) { start = utf8.index(after: start) }
        while end > start {
            let before = utf8.index(before: end)
            guard isSpace(utf8[before]) else { break }
            end = before
        }
        return String(s[start..<end])
    }

    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C || byte == 0x0B
    }
}
