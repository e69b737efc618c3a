import Foundation
import Ink
import ProtokolModel
import Testing
@testable import ProtokolReader

@Suite("The same minutes in other forms read into the same model")
struct InputFormTests {
    private func expectSameMeeting(_ name: String, _ bytes: [UInt8], whitespace: Bool = false, _ label: String) throws {
        let expected = try Seeds.expected(name).meeting
        let document = try MinutesReader().read(bytes)
        let differences = MeetingComparison.differences(expected: expected, actual: document.meeting, normaliseWhitespace: whitespace)
        #expect(differences.isEmpty, "\(name) as \(label):\n\(differences.prefix(15).joined(separator: "\n"))")
    }

    @Test("Windows-1252 bytes", arguments: Seeds.names)
    func windows1252(name: String) throws {
        let text = try Seeds.text(name)
        let bytes = try #require(Encodings.windows1252(text), "the seed has characters Windows-1252 lacks")
        #expect(try MinutesReader().read(bytes).source.encoding == TextEncoding.windows1252)
        try expectSameMeeting(name, bytes, "Windows-1252")
    }

    @Test("UTF-8 with BOM, UTF-16 LE with BOM and UTF-16 BE without", arguments: Seeds.names)
    func unicodeEncodings(name: String) throws {
        let text = try Seeds.text(name)
        try expectSameMeeting(name, [0xEF, 0xBB, 0xBF] + Array(text.utf8), "UTF-8 with BOM")
        var le: [UInt8] = [0xFF, 0xFE]
        var be: [UInt8] = []
        for unit in text.utf16 {
            le += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            be += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        try expectSameMeeting(name, le, "UTF-16 LE")
        #expect(try MinutesReader().read(be).source.encoding == TextEncoding.utf16BE)
        try expectSameMeeting(name, be, "UTF-16 BE")
    }

    @Test("the Markdown seed with every heading at one level, unbolded, and its fields in a table (as docling writes it)")
    func markdownAtOneLevel() throws {
        let name = "002_2e8588dc50a27a80"
        let lines = try Seeds.text(name).split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line.hasPrefix("#"), case let words = line.drop(while: { $0 == "#" }).dropFirst(), words.hasPrefix("**"), words.hasSuffix("**") {
                return "## " + words.dropFirst(2).dropLast(2)
            }
            for label in ["Mødedato", "Mødested", "Mødedeltagere"] where line.hasPrefix("**\(label)** ") {
                return "| \(label) | " + line.dropFirst(label.count + 5) + " |"
            }
            return String(line)
        }
        #expect(lines.filter { $0.hasPrefix("## ") }.count > 30)
        try expectSameMeeting(name, Array(("<!-- image -->\n\n" + lines.joined(separator: "\n")).utf8), "Markdown at one heading level")
    }

    @Test("the Markdown seed rendered as HTML")
    func markdownAsHTML() throws {
        let name = "002_2e8588dc50a27a80"
        // Ink takes "9. marts 2022" at a line start for an ordered list and then drops the rest of the page;
        // CommonMark's escape "9\\." keeps it a date.
        let markdown = try Seeds.text(name).split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard let dot = line.firstIndex(of: "."), line[..<dot].allSatisfy(\.isNumber), !line[..<dot].isEmpty,
                line[line.index(after: dot)...].hasPrefix(" "),
                DateText.months.contains(where: { line.dropFirst(line.distance(from: line.startIndex, to: dot) + 2).lowercased().hasPrefix(String(decoding: $0.0, as: UTF8.self)) })
            else { return String(line) }
            return line[..<dot] + "\\" + line[dot...]
        }.joined(separator: "\n")
        let html = "<!DOCTYPE html><html><head><title>Referat</title><style>p{}</style></head><body>\n"
            + MarkdownParser().html(from: markdown) + "\n</body></html>"
        let document = try MinutesReader().read(Array(html.utf8))
        #expect(document.source.format == .html)
        try expectSameMeeting(name, Array(html.utf8), whitespace: true, "HTML")
    }

    @Test("a PDF made from the seed, through pdftotext", arguments: Seeds.names)
    func pdf(name: String) throws {
        let bytes = TextPDF().render(try Seeds.text(name))
        let document = try MinutesReader().read(bytes)
        #expect(document.source.format == .pdf)
        try expectSameMeeting(name, bytes, whitespace: true, "PDF")
    }

    @Test("a PDF with a running header and page numbers", arguments: Seeds.names)
    func pdfWithRunningHeader(name: String) throws {
        var writer = TextPDF()
        writer.pageHeader = "Referat – Kommunens udvalg – 2022"
        writer.pageFooterWithNumber = true
        try expectSameMeeting(name, writer.render(try Seeds.text(name)), whitespace: true, "PDF with header and footer")
    }

    @Test("a narrow PDF (70 characters a line) with each item on a page of its own", arguments: Seeds.names)
    func narrowPDFWithAPageForEachItem(name: String) throws {
        var writer = TextPDF()
        writer.maxCharactersPerLine = 70
        writer.pageFooterWithNumber = true
        let paged = try Seeds.text(name).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("Punkt ") || $0.hasPrefix("# **Punkt ") || $0.hasPrefix("## Punkt ") ? "\u{0C}" + $0 : String($0) }
            .joined(separator: "\n")
        try expectSameMeeting(name, writer.render(paged), whitespace: true, "narrow PDF, a page an item")
    }

    @Test("text with page breaks, running headers, page numbers and hyphenation injected", arguments: Seeds.names)
    func injectedLayoutNoise(name: String) throws {
        let noisy = LayoutNoise.inject(into: try Seeds.text(name), header: "Udvalgsreferat \(name.prefix(3))")
        try expectSameMeeting(name, Array(noisy.utf8), whitespace: true, "text with layout noise")
    }
}

/// Test helpers that turn the seeds into other byte forms.
enum Encodings {
    /// The text in Windows-1252, or nil when a character has no code there.
    static func windows1252(_ text: String) -> [UInt8]? {
        let high: [Unicode.Scalar: UInt8] = [
            "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88, "‰": 0x89,
            "Š": 0x8A, "‹": 0x8B, "Œ": 0x8C, "Ž": 0x8E, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95,
            "–": 0x96, "—": 0x97, "˜": 0x98, "™": 0x99, "š": 0x9A, "›": 0x9B, "œ": 0x9C, "ž": 0x9E, "Ÿ": 0x9F,
        ]
        var out = [UInt8]()
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) { out.append(UInt8(scalar.value)) }
            else if let byte = high[scalar] { out.append(byte) }
            else { return nil }
        }
        return out
    }
}

/// Adds what printed pages add to text: page breaks, a running header, "Side N af M", and words hyphenated
/// at wrapped line ends.
enum LayoutNoise {
    static func inject(into text: String, header: String, width: Int = 72, linesPerPage: Int = 45) -> String {
        var wrapped = [String]()
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            wrapped.append(contentsOf: wrap(String(line), width: width))
        }
        let pageCount = (wrapped.count + linesPerPage - 1) / linesPerPage
        var out = [String]()
        for page in 0..<pageCount {
            if page > 0 { out.append("\u{0C}" + header) } else { out.append(header) }
            out.append("")
            out.append(contentsOf: wrapped[(page * linesPerPage)..<min(wrapped.count, (page + 1) * linesPerPage)])
            out.append("")
            out.append("Side \(page + 1) af \(pageCount)")
        }
        return out.joined(separator: "\n")
    }

    /// Wraps at `width`, hyphenating a long lower-case word that crosses the edge.
    static func wrap(_ line: String, width: Int) -> [String] {
        guard line.count > width else { return [line] }
        var lines = [String]()
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            if current.count + 1 + word.count <= width || current.isEmpty {
                current += current.isEmpty ? word : " " + word
                continue
            }
            let room = width - current.count - 2
            if word.count >= 10, room >= 4, word.allSatisfy({ $0.isLetter && $0.isLowercase }) {
                let cut = word.index(word.startIndex, offsetBy: room)
                lines.append(current + " " + word[..<cut] + "-")
                current = String(word[cut...])
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
