import ProtokolModel

/// Turns Markdown conversions of minutes into plain lines: headings keep their level, bold lines are
/// marked, tables become tab-separated cells, inline HTML and escapes are resolved.
enum MarkdownLines {
    static func lines(_ text: String) -> [Line] {
        var result = [Line]()
        var number = 0
        var pendingBreak = false
        var lastWasTable = false
        let front = frontMatter(text)
        LineText.forEachRawLine(text) { raw, offset, formFeed in
            number += 1
            if let front, number <= front.end {
                result.append(Line(text: LineText.clean(front.titles[number] ?? ""), number: number))
                return
            }
            if formFeed { pendingBreak = true }
            var s = LineText.clean(raw, in: text, at: offset)
            if s.isEmpty {
                result.append(Line(text: "", number: number))
                lastWasTable = false
                return
            }
            defer { pendingBreak = false }
            var level = 0
            if s.utf8.first == UInt8(ascii: "#") {
                let hashes = s.utf8.prefix(while: { $0 == UInt8(ascii: "#") }).count
                let rest = s.dropFirst(hashes)
                if hashes <= 6, rest.isEmpty || rest.first == " " {
                    level = hashes
                    var heading = Substring(rest)
                    while let last = heading.last, last == "#" || last == " " { heading = heading.dropLast() }
                    s = LineText.trim(heading)
                }
            }
            // "> " quotes a block (pandoc, e-mails): the words are the document's.
            while s.utf8.first == 0x3E, level == 0 {
                s = LineText.trim(s.dropFirst())
                if s.isEmpty { return }
            }
            // A table's rule, whole or the piece of it a layout wrapped onto its own line.
            var first = s.utf8.first ?? 0
            let last = s.utf8.last ?? 0
            if first == 0x7C || first == 0x2D || first == 0x3A,
                s.utf8.allSatisfy({ $0 == 0x7C || $0 == 0x2D || $0 == 0x3A || $0 == 0x20 }), s.utf8.count(where: { $0 == 0x2D }) >= 3
            {
                return
            }
            // A grid table's border: "+------+------+", "+======+".
            if first == 0x2B, s.utf8.count >= 3, s.utf8.allSatisfy({ $0 == 0x2B || $0 == 0x2D || $0 == 0x3D || $0 == 0x3A }) { return }
            // Pandoc's "1.  Title": the list marker's padding.
            if first >= 0x30 && first <= 0x39, let dot = Bytes.find(Self.markerPadding, in: Array(s.utf8.prefix(6))),
                s.utf8.prefix(dot).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
            {
                s = String(s.prefix(dot + 2)) + LineText.trim(s.dropFirst(dot + 2))
                first = s.utf8.first ?? 0
            }
            // A table row, or the part of one that a layout wrapped onto its own line.
            if first == 0x7C || (last == 0x7C && (lastWasTable || s.utf8.count(where: { $0 == 0x7C }) >= 2)) {
                lastWasTable = true
                guard let row = tableRow(s) else { return }
                result.append(Line(text: row, number: number, pageBreak: pendingBreak))
                return
            }
            lastWasTable = false
            if first == 0x2A || first == 0x2B, s.hasPrefix("* ") || s.hasPrefix("+ ") { s = "- " + s.dropFirst(2) }
            // pymupdf4llm's "- • Text": the PDF's own bullet inside the list mark.
            if first == 0x2D || first == 0x2A || first == 0x2B, s.hasPrefix("- • ") || s.hasPrefix("- ● ") || s.hasPrefix("- ▪ ") {
                s = "- " + LineText.trim(s.dropFirst(4))
            }
            // PyMuPDF's layout mode: "- **Beslutning Byrådet den 15-09-2020**", a bold heading under a list, marked as its item.
            if first == 0x2D, s.hasPrefix("- **"), s.hasSuffix("**"), s.utf8.count <= 124, case let bare = String(s.dropFirst(2)), isWholeLineStrong(bare),
                case let folded = Lexicon.fold(Inline.strip(bare)), Lexicon.headings[folded] != nil || MinutesParser.lexiconKind(folded) == .decision
            {
                s = bare
            }
            let strong = isWholeLineStrong(s)
            let inline = Inline.strip(s)
            if inline.isEmpty && level == 0 { return }
            result.append(Line(text: inline, number: number, level: level, strong: strong, pageBreak: pendingBreak))
        }
        return result
    }

    private static let markerPadding = Array(".  ".utf8)

    /// A row of a Markdown table as tab-separated cells, or nil for the `|---|` rule.
    static func tableRow(_ s: String) -> String? {
        var cells = [String]()
        var current = ""
        var escaped = false
        for ch in s {
            if escaped { current.append(ch); escaped = false; continue }
            if ch == "\\" { escaped = true; current.append(ch); continue }
            if ch == "|" { cells.append(current); current = ""; continue }
            current.append(ch)
        }
        cells.append(current)
        if cells.first?.allSatisfy({ $0 == " " }) == true { cells.removeFirst() }
        if cells.last?.allSatisfy({ $0 == " " }) == true { cells.removeLast() }
        let isRule = cells.allSatisfy { cell in cell.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " } }
        if isRule { return nil }
        let texts = cells.map { Inline.strip(LineText.trim($0)) }.filter { !$0.isEmpty }
        return texts.joined(separator: "\t")
    }

    static func isWholeLineStrong(_ s: String) -> Bool {
        guard let first = s.utf8.first, first == 0x2A || first == 0x5F, s.utf8.count > 4 else { return false }
        for marker in ["**", "__"] where s.hasPrefix(marker) && s.hasSuffix(marker) {
            let inner = s.dropFirst(2).dropLast(2)
            return !inner.contains(marker)
        }
        return false
    }
}

/// Inline Markdown and HTML inside a line: emphasis, escapes, links, tags and entities.
enum Inline {
    static func strip(_ s: String) -> String {
        var copy = s
        // nil: no markup byte, the line stays as it is; .some(nil): markup in a line that is not simple.
        let stripped: String?? = copy.withUTF8 { bytes in
            guard bytes.contains(where: isMarkupByte) else { return nil }
            return .some(Bytes.isSimple(bytes) ? stripSimple(bytes) : nil)
        }
        guard let stripped else { return s }
        return stripped ?? stripCharacters(s)
    }

    /// The bytes that may start markup: `! & * <` below 64, `[ \ _ `` ` `` from 64 on, one bit each.
    private static let markupLow: UInt64 = 1 << 0x21 | 1 << 0x26 | 1 << 0x2A | 1 << 0x3C
    private static let markupHigh: UInt64 = 1 << (0x5B - 64) | 1 << (0x5C - 64) | 1 << (0x5F - 64) | 1 << (0x60 - 64)

    @inline(__always)
    private static func isMarkupByte(_ b: UInt8) -> Bool {
        if b < 64 { return markupLow >> UInt64(b) & 1 != 0 }
        return b < 128 && markupHigh >> UInt64(b - 64) & 1 != 0
    }

    /// ASCII bytes that a backslash escapes.
    private static let escapable: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for b in "\\`*_{}[]()#+-.!|<>\"".utf8 { table[Int(b)] = true }
        return table
    }()

    /// `strip` on the bytes of a line whose scalars are all Characters of their own (see `Bytes.isSimple`).
    private static func stripSimple(_ c: UnsafeBufferPointer<UInt8>) -> String {
        let n = c.count
        var out = [UInt8]()
        out.reserveCapacity(n)
        var i = 0
        while i < n {
            let b = c[i]
            switch b {
            case UInt8(ascii: "\\") where i + 1 < n && c[i + 1] < 0x80 && escapable[Int(c[i + 1])]:
                out.append(c[i + 1])
                i += 2
                continue
            case UInt8(ascii: "*"), UInt8(ascii: "_"):
                var run = 1
                while i + run < n && c[i + run] == b { run += 1 }
                let before = Bytes.scalar(before: i, in: c).map(Character.init)
                let after = Bytes.scalar(at: i + run, in: c).map(Character.init)
                // Emphasis marks touch a word on one side; an underscore inside a word (file_name) is kept.
                let touchesWord = (after.map { !$0.isWhitespace } ?? false) || (before.map { !$0.isWhitespace } ?? false)
                // ("Arbejdsplan_2019.pdf", "modtagere_2022": a letter or digit on both sides.)
                let insideWord = (before.map { $0.isLetter || $0.isNumber } ?? false) && (after.map { $0.isLetter || $0.isNumber } ?? false)
                    || (before?.isNumber ?? false)
                if touchesWord && !(b == UInt8(ascii: "_") && insideWord) && run <= 3 {
                    i += run
                    continue
                }
                for _ in 0..<run { out.append(b) }
                i += run
                continue
            case UInt8(ascii: "`"):
                i += 1
                continue
            case UInt8(ascii: "!") where i + 1 < n && c[i + 1] == UInt8(ascii: "["):
                if let (_, end) = link(c, from: i + 1) {
                    i = end
                    continue
                }
            case UInt8(ascii: "["):
                if let (label, end) = link(c, from: i) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: c[(i + 1)..<label]))
                    i = end
                    continue
                }
            case UInt8(ascii: "<"):
                if let end = tagEnd(c, from: i) {
                    if startsTag(c, i + 1, "br") || startsTag(c, i + 1, "/p") || startsTag(c, i + 1, "/li") || startsTag(c, i + 1, "/div") {
                        if !out.isEmpty && out.last != 0x20 { out.append(0x20) }
                    }
                    i = end + 1
                    continue
                }
            case UInt8(ascii: "&"):
                if let (decoded, end) = HTMLEntities.decode(c, from: i) {
                    out.append(contentsOf: decoded.utf8)
                    i = end
                    continue
                }
            default:
                break
            }
            out.append(b)
            i += 1
        }
        return collapseSpaces(&out)
    }

    /// The tag name at `start` begins with the lower-case ASCII `name`, in any case.
    private static func startsTag(_ c: UnsafeBufferPointer<UInt8>, _ start: Int, _ name: StaticString) -> Bool {
        let count = name.utf8CodeUnitCount
        guard start + count <= c.count else { return false }
        let p = name.utf8Start
        for k in 0..<count {
            let b = c[start + k]
            let lower = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
            if lower != p[k] { return false }
        }
        return true
    }

    /// `[label](target)` or pandoc's `[label]{#id .class}` starting at `start`: the end of the label (the `]`) and the index
    /// after the closing bracket; a footnote mark `[^1]` is a label of nothing.
    private static func link(_ c: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Int)? {
        var close = start
        while close < c.count, c[close] != UInt8(ascii: "]") { close += 1 }
        if start + 1 < c.count, c[start + 1] == UInt8(ascii: "^"), close < c.count, close - start <= 8 { return (start + 1, close + 1) }
        guard close + 1 < c.count else { return nil }
        let closing: UInt8
        switch c[close + 1] {
        case UInt8(ascii: "("): closing = UInt8(ascii: ")")
        case UInt8(ascii: "{"): closing = UInt8(ascii: "}")
        default: return nil
        }
        var end = close + 1
        while end < c.count, c[end] != closing { end += 1 }
        guard end < c.count else { return nil }
        return (close, end + 1)
    }

    /// The index of the `>` that closes an HTML tag starting at `start`, if it is one within 400 Characters.
    private static func tagEnd(_ c: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start + 1 < c.count, let next = Bytes.scalar(at: start + 1, in: c).map(Character.init) else { return nil }
        guard next.isLetter || next == "/" || next == "!" else { return nil }
        var i = start + 1
        var offset = 1
        while i < c.count && offset < 400 {
            if c[i] == UInt8(ascii: ">") { return i }
            if c[i] == UInt8(ascii: "<") { return nil }
            i += 1
            while i < c.count, c[i] & 0xC0 == 0x80 { i += 1 }
            offset += 1
        }
        return nil
    }

    /// Runs of spaces made one, then trimmed.
    private static func collapseSpaces(_ out: inout [UInt8]) -> String {
        var write = 0
        var lastSpace = false
        for read in 0..<out.count {
            let b = out[read]
            if b == 0x20 {
                if lastSpace { continue }
                lastSpace = true
            } else {
                lastSpace = false
            }
            out[write] = b
            write += 1
        }
        var start = 0
        var end = write
        while start < end, LineText.isSpace(out[start]) { start += 1 }
        while end > start, LineText.isSpace(out[end - 1]) { end -= 1 }
        return String(decoding: out[start..<end], as: UTF8.self)
    }

    /// `strip` with Characters, for lines with combining marks and other joined scalars.
    private static func stripCharacters(_ s: String) -> String {
        let chars = Array(s)
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            switch ch {
            case "\\" where i + 1 < chars.count && "\\`*_{}[]()#+-.!|<>\"".contains(chars[i + 1]):
                out.append(chars[i + 1])
                i += 2
                continue
            case "*", "_":
                var run = 1
                while i + run < chars.count && chars[i + run] == ch { run += 1 }
                let before: Character? = i > 0 ? chars[i - 1] : nil
                let after: Character? = i + run < chars.count ? chars[i + run] : nil
                // Emphasis marks touch a word on one side; an underscore inside a word (file_name) is kept.
                let touchesWord = (after.map { !$0.isWhitespace } ?? false) || (before.map { !$0.isWhitespace } ?? false)
                // ("Arbejdsplan_2019.pdf", "modtagere_2022": a letter or digit on both sides.)
                let insideWord = (before.map { $0.isLetter || $0.isNumber } ?? false) && (after.map { $0.isLetter || $0.isNumber } ?? false)
                    || (before?.isNumber ?? false)
                if touchesWord && !(ch == "_" && insideWord) && run <= 3 {
                    i += run
                    continue
                }
                out.append(contentsOf: String(repeating: ch, count: run))
                i += run
                continue
            case "`":
                i += 1
                continue
            case "!" where i + 1 < chars.count && chars[i + 1] == "[":
                if let (_, end) = link(chars, from: i + 1) {
                    i = end
                    continue
                }
            case "[":
                if let (label, end) = link(chars, from: i) {
                    out.append(label)
                    i = end
                    continue
                }
            case "<":
                if let end = tagEnd(chars, from: i) {
                    let tag = String(chars[(i + 1)..<end]).lowercased()
                    if tag.hasPrefix("br") || tag.hasPrefix("/p") || tag.hasPrefix("/li") || tag.hasPrefix("/div") {
                        if !out.isEmpty && out.last != " " { out.append(" ") }
                    }
                    i = end + 1
                    continue
                }
            case "&":
                if let (decoded, end) = HTMLEntities.decode(chars, from: i) {
                    out.append(decoded)
                    i = end
                    continue
                }
            default:
                break
            }
            out.append(ch)
            i += 1
        }
        return collapseSpaces(out)
    }

    /// `[label](target)` or `[label]{#id .class}` starting at `start`: the label and the index after the closing bracket;
    /// a footnote mark `[^1]` is a label of nothing.
    private static func link(_ chars: [Character], from start: Int) -> (String, Int)? {
        guard let close = chars[start...].firstIndex(of: "]") else { return nil }
        if start + 1 < chars.count, chars[start + 1] == "^", close - start <= 8 { return ("", close + 1) }
        guard close + 1 < chars.count, chars[close + 1] == "(" || chars[close + 1] == "{",
            let end = chars[(close + 1)...].firstIndex(of: chars[close + 1] == "(" ? ")" : "}")
        else { return nil }
        return (String(chars[(start + 1)..<close]), end + 1)
    }

    /// The index of the `>` that closes an HTML tag starting at `start`, if it is one.
    private static func tagEnd(_ chars: [Character], from start: Int) -> Int? {
        guard start + 1 < chars.count else { return nil }
        let next = chars[start + 1]
        guard next.isLetter || next == "/" || next == "!" else { return nil }
        var i = start + 1
        while i < chars.count && i - start < 400 {
            if chars[i] == ">" { return i }
            if chars[i] == "<" { return nil }
            i += 1
        }
        return nil
    }

    static func collapseSpaces(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var lastSpace = false
        for ch in s {
            if ch == " " {
                if lastSpace { continue }
                lastSpace = true
            } else {
                lastSpace = false
            }
            out.append(ch)
        }
        return LineText.trim(out)
    }
}

/// Named and numeric HTML character references.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "aelig": "æ", "AElig": "Æ",
        "oslash": "ø", "Oslash": "Ø", "aring": "å", "Aring": "Å", "eacute": "é", "Eacute": "É", "auml": "ä",
        "ouml": "ö", "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "ndash": "–", "mdash": "—", "hellip": "…",
        "laquo": "«", "raquo": "»", "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "bdquo": "„",
        "bull": "•", "middot": "·", "sect": "§", "euro": "€", "copy": "©", "shy": "", "deg": "°", "frac12": "½",
        "times": "×", "agrave": "à", "egrave": "è", "oacute": "ó", "aacute": "á", "iacute": "í", "uacute": "ú",
        "ccedil": "ç", "szlig": "ß", "zwnj": "", "zwj": "", "thinsp": " ", "ensp": " ", "emsp": " ",
    ]

    /// `decode` on UTF-8 bytes; the name is ASCII or no reference.
    static func decode(_ c: UnsafeBufferPointer<UInt8>, from start: Int) -> (String, Int)? {
        var i = start + 1
        while i < c.count, i - start <= 10, c[i] != UInt8(ascii: ";") {
            if c[i] >= 0x80 { return nil }
            i += 1
        }
        guard i < c.count, c[i] == UInt8(ascii: ";"), i > start + 1 else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: c[(start + 1)..<i]), as: UTF8.self)
        return text(ofReference: name).map { ($0, i + 1) }
    }

    /// Decodes the reference starting at `start` (`&...;`): its text and the index after the `;`.
    static func decode(_ chars: [Character], from start: Int) -> (String, Int)? {
        var i = start + 1
        var name = ""
        while i < chars.count, i - start <= 10, chars[i] != ";" {
            name.append(chars[i])
            i += 1
        }
        guard i < chars.count, chars[i] == ";", !name.isEmpty else { return nil }
        return text(ofReference: name).map { ($0, i + 1) }
    }

    /// The text of a reference's name (what stands between `&` and `;`).
    private static func text(ofReference name: String) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            if value == 0xA0 { return " " }
            return String(Character(scalar))
        }
        return named[name]
    }
}

extension MarkdownLines {
    /// A YAML metadata block opening the file (pandoc's `-s`): "---", "title: REFERAT Kommunalbestyrelsen d. 24-04-2019",
    /// "subtitle: …", "---". Its last line's number, and the title, subtitle and date values by line number: the title
    /// lines of the document. Nil for a file without one.
    static func frontMatter(_ text: String) -> (end: Int, titles: [Int: String])? {
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r") else { return nil }
        var titles = [Int: String]()
        for (offset, line) in text.split(separator: "\n", maxSplits: 60, omittingEmptySubsequences: false).enumerated().dropFirst().prefix(40) {
            let number = offset + 1
            let trimmed = LineText.trim(line)
            if trimmed == "---" || trimmed == "..." { return titles.isEmpty && number == 2 ? nil : (number, titles) }
            // Indented lines go on a value above; other lines are "key: value".
            if line.first == " " || trimmed.isEmpty || trimmed.hasPrefix("- ") { continue }
            guard let colon = trimmed.firstIndex(of: ":"), case let key = trimmed[..<colon],
                !key.isEmpty, key.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" })
            else { return nil }
            var value = LineText.trim(trimmed[trimmed.index(after: colon)...])
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first { value = String(value.dropFirst().dropLast()) }
            if ["title", "subtitle", "date"].contains(key.lowercased()), !value.isEmpty { titles[number] = value }
        }
        return nil
    }
}
