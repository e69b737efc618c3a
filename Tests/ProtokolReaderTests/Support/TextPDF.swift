/// Writes a plain-text document as a simple, valid PDF (Helvetica, WinAnsiEncoding), for tests.
///
/// - Lines are split on "\n" ("\r\n" and a lone "\r" count as "\n"); blank lines are kept as
///   vertical space, so `pdftotext` shows paragraph breaks as blank lines.
/// - A tab becomes one space. A form feed ("\u{0C}") starts a new page, so `pdftotext` output
///   can be rendered back page for page.
/// - Text is encoded in WinAnsiEncoding (cp1252); characters without a cp1252 code, and
///   control characters, become "?". Decomposed characters ("e" + U+0301) are matched by
///   canonical equivalence, so they encode like their precomposed form.
/// - Lines longer than `maxCharactersPerLine` are word-wrapped at spaces (a single word longer
///   than that is split), never right after a "-"; trailing spaces are dropped.
/// - A blank line takes more vertical space than a text line, so that `pdftotext` (without
///   -layout) prints a blank line between paragraphs; `pdftotext -layout` prints two.
/// - Pages are A4 (595 x 842 pt), made taller or wider only when `linesPerPage` (with many
///   blank lines) or long lines need it. A header or footer is set off from the body like a
///   paragraph. The output is deterministic: the same input and settings give the same bytes.
///
/// What `pdftotext` (poppler 22.12) gives back, beyond line wrapping and spacing: leading blank
/// lines and indentation are lost (indentation survives with -layout); each page ends with
/// "\u{0C}", after a blank line without -layout; a paragraph cut by a page break becomes two.
/// Without -layout, a line ending in "-" is joined to the next line and the "-" dropped
/// ("Social-\nog" -> "Socialog"); in both modes a line made only of one-character words loses
/// its spaces ("1 2 3" -> "123").
struct TextPDF {
    var fontSize: Double = 9
    var linesPerPage: Int = 60
    var maxCharactersPerLine: Int = 110   // longer lines are word-wrapped
    var pageHeader: String? = nil          // drawn at the top of every page when set
    var pageFooterWithNumber: Bool = false // draws "Side N af M" at the bottom when true

    func render(_ text: String) -> [UInt8] {
        precondition(fontSize.isFinite && fontSize > 0, "TextPDF.fontSize must be positive")
        precondition(linesPerPage >= 1, "TextPDF.linesPerPage must be at least 1")
        precondition(maxCharactersPerLine >= 1, "TextPDF.maxCharactersPerLine must be at least 1")

        let pages = paginate(wrap(Self.splitIntoItems(text)))
        let header = pageHeader.map { Self.encodeLine($0) }
        let footers: [[UInt8]] = pageFooterWithNumber
            ? pages.indices.map { Self.encodeLine("Side \($0 + 1) af \(pages.count)") }
            : []

        // Geometry, in PDF points; the origin is the bottom-left corner of the page.
        // A blank line advances more than a text line: `pdftotext` (without -layout) starts a
        // new paragraph, printed after a blank line, only when the gap between two lines is
        // more than about 3.4 x the font size; lines 1.25 x the font size apart stay together.
        // With -layout, one blank line then comes out as two.
        let margin = 50.0
        let leading = fontSize * 1.25
        let blankLineAdvance = leading * 1.9
        let separation = leading + blankLineAdvance  // header/footer to body, like a blank line
        let headerSpace = header == nil ? 0 : separation
        let footerSpace = pageFooterWithNumber ? separation : 0
        func advance(_ line: [UInt8]) -> Double { line.isEmpty ? blankLineAdvance : leading }
        let bodyExtent = pages.map { lines in lines.dropFirst().reduce(0) { $0 + advance($1) } }.max() ?? 0
        let neededHeight = 2 * margin + fontSize + headerSpace + bodyExtent + footerSpace + 0.25 * fontSize
        let pageHeight = max(842, neededHeight.rounded(.up))
        var widestLine = 0.0
        for line in pages.joined() { widestLine = max(widestLine, Self.estimatedWidth(line)) }
        widestLine = max(widestLine, header.map(Self.estimatedWidth) ?? 0)
        for footer in footers { widestLine = max(widestLine, Self.estimatedWidth(footer)) }
        let pageWidth = max(595, (2 * margin + widestLine * fontSize / 1000).rounded(.up))

        let headerBaseline = pageHeight - margin - fontSize
        let firstBodyBaseline = headerBaseline - headerSpace

        var contents: [[UInt8]] = []
        for (index, lines) in pages.enumerated() {
            var stream: [UInt8] = []
            stream += Self.ascii("BT\n/F1 \(Self.number(fontSize)) Tf\n")
            func show(_ line: [UInt8], x: Double, y: Double) {
                stream += Self.ascii("1 0 0 1 \(Self.number(x)) \(Self.number(y)) Tm\n")
                stream += Self.pdfString(line)
                stream += Self.ascii(" Tj\n")
            }
            if let header, !header.isEmpty {
                show(header, x: margin, y: headerBaseline)
            }
            var baseline = firstBodyBaseline
            for (row, line) in lines.enumerated() {
                if row > 0 { baseline -= advance(line) }
                if !line.isEmpty { show(line, x: margin, y: baseline) }
            }
            if pageFooterWithNumber {
                let footer = footers[index]
                let width = Self.estimatedWidth(footer) * fontSize / 1000
                show(footer, x: max(margin, (pageWidth - width) / 2), y: margin)
            }
            stream += Self.ascii("ET\n")
            contents.append(stream)
        }
        return Self.assemble(contents: contents, width: pageWidth, height: pageHeight)
    }

    // MARK: - Lines and pages

    private enum Item {
        case line([UInt8])  // cp1252 bytes; empty for a blank line
        case pageBreak
    }

    /// Splits the text into encoded lines and explicit page breaks, dropping trailing blank
    /// lines and page breaks (a final "\n" or "\u{0C}" does not add a line or a page).
    private static func splitIntoItems(_ text: String) -> [Item] {
        var items: [Item] = []
        var current: [UInt8] = []
        var lineHadPageBreak = false
        for character in text {
            switch character {
            case "\n", "\r\n", "\r":
                if !current.isEmpty || !lineHadPageBreak { items.append(.line(current)) }
                current = []
                lineHadPageBreak = false
            case "\u{0C}":
                if !current.isEmpty { items.append(.line(current)) }
                items.append(.pageBreak)
                current = []
                lineHadPageBreak = true
            case "\t":
                current.append(0x20)
            default:
                current.append(encode(character))
            }
        }
        if !current.isEmpty { items.append(.line(current)) }
        while let last = items.last {
            if case .line(let bytes) = last, !bytes.allSatisfy({ $0 == 0x20 }) { break }
            items.removeLast()
        }
        return items
    }

    private func wrap(_ items: [Item]) -> [Item] {
        var result: [Item] = []
        for item in items {
            guard case .line(var rest) = item else {
                result.append(item)
                continue
            }
            Self.trimTrailingSpaces(&rest)
            while rest.count > maxCharactersPerLine {
                // Break at the last space that leaves text (not only indentation) on this line
                // and does not leave a "-" at its end: `pdftotext` joins a line that ends with
                // "-" to the next one and drops the "-". A word longer than a line is split.
                var cut = maxCharactersPerLine
                var resume = maxCharactersPerLine
                if let space = (1...maxCharactersPerLine).reversed().first(where: { index in
                    guard rest[index] == 0x20 else { return false }
                    guard let last = rest[..<index].last(where: { $0 != 0x20 }) else { return false }
                    return last != 0x2D
                }) {
                    cut = space
                    resume = space + 1
                } else if cut > 1 && rest[cut - 1] == 0x2D {
                    cut -= 1
                    resume -= 1
                }
                var head = Array(rest[..<cut])
                Self.trimTrailingSpaces(&head)
                result.append(.line(head))
                rest = Array(rest[resume...].drop(while: { $0 == 0x20 }))
            }
            result.append(.line(rest))
        }
        return result
    }

    /// Fills pages with at most `linesPerPage` lines. A blank line that would open a page
    /// created by overflow is dropped; an explicit page break always starts a new page.
    private func paginate(_ items: [Item]) -> [[[UInt8]]] {
        var pages: [[[UInt8]]] = [[]]
        var lastPageFromOverflow = false
        for item in items {
            switch item {
            case .pageBreak:
                pages.append([])
                lastPageFromOverflow = false
            case .line(let bytes):
                if pages[pages.count - 1].count >= linesPerPage {
                    if bytes.isEmpty { continue }
                    pages.append([])
                    lastPageFromOverflow = true
                } else if bytes.isEmpty, lastPageFromOverflow, pages[pages.count - 1].isEmpty {
                    continue
                }
                pages[pages.count - 1].append(bytes)
            }
        }
        return pages
    }

    private static func trimTrailingSpaces(_ bytes: inout [UInt8]) {
        while bytes.last == 0x20 { bytes.removeLast() }
    }

    // MARK: - WinAnsiEncoding

    private static let questionMark: UInt8 = 0x3F

    /// One line of text (header, footer) as cp1252 bytes, with tabs and line breaks as spaces.
    private static func encodeLine(_ text: String) -> [UInt8] {
        text.map { character -> UInt8 in
            switch character {
            case "\t", "\n", "\r\n", "\r", "\u{0C}": return 0x20
            default: return encode(character)
            }
        }
    }

    private static func encode(_ character: Character) -> UInt8 {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let value = scalars.first?.value {
            if value >= 0x20 && value < 0x7F { return UInt8(value) }
            if value < 0x20 || (value >= 0x7F && value < 0xA0) { return questionMark }  // controls
        }
        // Character hashing follows canonical equivalence, so "e\u{301}" finds "é".
        return winAnsi[character] ?? questionMark
    }

    /// The cp1252 codes 0x80...0x9F that differ from Latin-1.
    private static let winAnsiSpecials: [Character: UInt8] = [
        "\u{20AC}": 0x80, "\u{201A}": 0x82, "\u{0192}": 0x83, "\u{201E}": 0x84,
        "\u{2026}": 0x85, "\u{2020}": 0x86, "\u{2021}": 0x87, "\u{02C6}": 0x88,
        "\u{2030}": 0x89, "\u{0160}": 0x8A, "\u{2039}": 0x8B, "\u{0152}": 0x8C,
        "\u{017D}": 0x8E, "\u{2018}": 0x91, "\u{2019}": 0x92, "\u{201C}": 0x93,
        "\u{201D}": 0x94, "\u{2022}": 0x95, "\u{2013}": 0x96, "\u{2014}": 0x97,
        "\u{02DC}": 0x98, "\u{2122}": 0x99, "\u{0161}": 0x9A, "\u{203A}": 0x9B,
        "\u{0153}": 0x9C, "\u{017E}": 0x9E, "\u{0178}": 0x9F,
    ]

    /// Every character with a cp1252 code at or above 0x80.
    private static let winAnsi: [Character: UInt8] = {
        var table = winAnsiSpecials
        for code in UInt8(0xA0)...UInt8(0xFF) {
            table[Character(Unicode.Scalar(code))] = code
        }
        return table
    }()

    // MARK: - Helvetica metrics (used only for the page width and to center the footer)

    /// Helvetica advance widths for 0x20...0x7E, in 1/1000 em.
    private static let asciiWidths: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // 0x20
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0x30
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // 0x40
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // 0x50
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // 0x60
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,       // 0x70
    ]

    /// Helvetica advance widths for 0x80...0xFF, in 1/1000 em (1000 for the unused codes).
    private static let upperWidths: [Int] = [
        556, 1000, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 1000, 611, 1000, // 0x80
        1000, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 1000, 500, 667,    // 0x90
        278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333,       // 0xA0
        400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611,       // 0xB0
        667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,      // 0xC0
        722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,       // 0xD0
        556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278,       // 0xE0
        556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,       // 0xF0
    ]

    /// Width of a cp1252 line in 1/1000 em.
    private static func estimatedWidth(_ line: [UInt8]) -> Double {
        var total = 0
        for byte in line {
            switch byte {
            case 0x20...0x7E: total += asciiWidths[Int(byte) - 0x20]
            case 0x80...0xFF: total += upperWidths[Int(byte) - 0x80]
            default: total += 1000
            }
        }
        return Double(total)
    }

    // MARK: - PDF syntax

    private static func ascii(_ string: String) -> [UInt8] {
        Array(string.utf8)
    }

    /// A literal string `( ... )` with `(`, `)` and `\` escaped; other bytes are written as is.
    private static func pdfString(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = [0x28]
        for byte in bytes {
            if byte == 0x28 || byte == 0x29 || byte == 0x5C { result.append(0x5C) }
            result.append(byte)
        }
        result.append(0x29)
        return result
    }

    /// A PDF real with at most two decimals and no exponent, e.g. "9", "11.25", "-0.5".
    private static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let magnitude = hundredths.magnitude
        var text = String(magnitude / 100)
        let fraction = magnitude % 100
        if fraction != 0 {
            text += fraction % 10 == 0 ? ".\(fraction / 10)" : (fraction < 10 ? ".0\(fraction)" : ".\(fraction)")
        }
        return hundredths < 0 ? "-" + text : text
    }

    /// A byte offset as ten digits, as the cross-reference table requires.
    private static func tenDigits(_ value: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, 10 - digits.count)) + digits
    }

    /// Objects: 1 catalog, 2 page tree, 3 font, then for page i (0-based) the page
    /// object 4 + 2i and its content stream 5 + 2i.
    private static func assemble(contents: [[UInt8]], width: Double, height: Double) -> [UInt8] {
        var out: [UInt8] = ascii("%PDF-1.4\n")
        out += [0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A]  // binary marker comment
        var offsets: [Int] = []

        func object(_ body: [UInt8]) {
            offsets.append(out.count)
            out += ascii("\(offsets.count) 0 obj\n")
            out += body
            out += ascii("\nendobj\n")
        }

        let pageObjects = contents.indices.map { 4 + 2 * $0 }
        let kids = pageObjects.map { "\($0) 0 R" }.joined(separator: " ")
        object(ascii("<< /Type /Catalog /Pages 2 0 R >>"))
        object(ascii("<< /Type /Pages /Kids [\(kids)] /Count \(contents.count) >>"))
        object(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"))
        for (index, content) in contents.enumerated() {
            object(ascii(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(number(width)) \(number(height))] "
                + "/Resources << /Font << /F1 3 0 R >> >> /Contents \(pageObjects[index] + 1) 0 R >>"
            ))
            object(ascii("<< /Length \(content.count) >>\nstream\n") + content + ascii("endstream"))
        }

        let xrefOffset = out.count
        out += ascii("xref\n0 \(offsets.count + 1)\n")
        out += ascii("0000000000 65535 f \n")
        for offset in offsets {
            out += ascii("\(tenDigits(offset)) 00000 n \n")
        }
        out += ascii("trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R >>\n")
        out += ascii("startxref\n\(xrefOffset)\n%%EOF\n")
        return out
    }
}
