/// One line of the document after its format's markup is gone: the unit the structure reader works on.
struct Line: Sendable, Hashable {
    /// The words, trimmed; table cells are separated by a tab.
    var text: String
    /// 1-based line number in the decoded source, for warnings.
    var number: Int
    /// Markup heading level (Markdown `#`, HTML `<hN>`), 0 when the line is no marked heading.
    var level: Int = 0
    /// The whole line was bold in the source.
    var strong: Bool = false
    /// A page break (form feed) came just before this line.
    var pageBreak: Bool = false

    var isBlank: Bool { text.isEmpty }
}

/// Shared whitespace handling for the line builders.
enum LineText {
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
