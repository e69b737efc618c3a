import Crypto
import Foundation
import ProtokolModel

/// Reads minutes and agendas in any supported format and layout into a ``ParsedDocument``.
public struct MinutesReader: Sendable {
    /// Changes whenever reading changes what it produces, so stored documents can be read again.
    public static let version = "1.7.0"

    /// Where to look for `pdftotext`: a PATH-style list, or nil for the process's PATH.
    public var pdftotextSearchPath: String?

    public init(pdftotextSearchPath: String? = nil) {
        self.pdftotextSearchPath = pdftotextSearchPath
    }

    /// Reads one document from its bytes.
    public func read(_ bytes: [UInt8]) throws(ReadError) -> ParsedDocument {
        guard !bytes.isEmpty else { throw .empty }
        let format: SourceFormat
        let text: String
        let encoding: TextEncoding
        let textFormat: SourceFormat
        if FormatDetection.isPDF(bytes) {
            format = .pdf
            text = try TextCleanup.normalised(PDFText.extract(bytes, searchPath: pdftotextSearchPath))
            encoding = .utf8
            // A PDF printed from a Markdown source still shows its marks.
            textFormat = FormatDetection.detect(text: text) == .markdown ? .markdown : .text
        } else {
            let decoded = try TextDecoding.decode(bytes)
            let normalised = TextCleanup.normalised(decoded.text)
            format = FormatDetection.detect(text: normalised)
            (text, encoding) = (format == .text ? TextCleanup.decodingReferences(normalised) : normalised, decoded.encoding)
            textFormat = format
        }
        guard text.contains(where: { $0.isLetter }) else { throw .notMinutes(reason: "no words in the text") }
        var (lines, wrapWidth) = Self.linesAndWrapWidth(text, format: textFormat)
        // A book of several meetings' minutes: the first meeting is read, and the warning says where the next begins.
        let second = MinutesParser.secondMeetingStart(lines).map { (index: $0, line: lines[$0].number) }
        if let second { lines = Array(lines[..<second.index]) }
        var parser = MinutesParser(lines: lines, wrapWidth: wrapWidth)
        var meeting = try parser.parse()
        if let second {
            parser.warnings.append(ReadWarning(line: second.line, "another meeting's minutes begin here; only the first meeting was read"))
        }
        if meeting.committee.isEmpty, textFormat != .html, let named = HeaderReader.committeeFromRunningHeader(text) {
            (meeting.committee, meeting.term) = named
            parser.warnings.removeAll { $0.message == "no committee name found" }
            parser.warnings.append(ReadWarning(line: nil, "committee taken from the running header: \(meeting.committee)"))
        }
        // A page may name its municipality only where its lines are not taken from: <title>, the footer, a logo's alt, a running
        // header, a site's error ("Kunne ikke indlæse data fra Slagelse Kommunes hjemmeside").
        // (Not a regional council's, whose items name the municipalities they concern.)
        if meeting.body == nil, textFormat == .html || !Lexicon.fold(meeting.committee).contains("region") {
            let named = MinutesParser.municipalities(in: text)
            // The most named; of equals, the first named.
            let counts = Dictionary(named.map { ($0, 1) }, uniquingKeysWith: +)
            meeting.body = named.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }.flatMap { top in named.first { counts[$0] == counts[top] } }
        }
        let source = SourceInfo(sha256: Self.sha256(bytes), bytes: bytes.count, format: format, encoding: encoding)
        return ParsedDocument(source: source, meeting: meeting, warnings: parser.warnings)
    }

    /// Reads one file.
    public func read(contentsOf path: String) throws(ReadError) -> ParsedDocument {
        try read(Self.load(path))
    }

    /// The bytes of a file, with a clear error when it cannot be read.
    public static func load(_ path: String) throws(ReadError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw .unreadable(path: path, reason: "is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or not a regular file")
        }
        return [UInt8](data)
    }

    static func lines(_ text: String, format: SourceFormat) -> [Line] { linesAndWrapWidth(text, format: format).lines }

    /// The document's lines without page noise, and the width at which its layout wrapped them (0: none).
    static func linesAndWrapWidth(_ text: String, format: SourceFormat) -> (lines: [Line], wrapWidth: Int) {
        let raw: [Line] = switch format {
        case .markdown: MarkdownLines.lines(text)
        case .html: HTMLLines.lines(text)
        case .text, .pdf: pairedBullets(PlainTextLines.lines(text))
        }
        let clean = PageNoise.remove(raw, inferPages: format != .html)
        // An HTML page's lines are its blocks: nothing there was wrapped by a layout.
        let wrapWidth = format == .html ? 0 : Paragraphs.estimateWrapWidth(clean)
        return (collapseBlankRuns(listGluedToFirstHeading(PageJoin.repair(clean, wrapWidth: wrapWidth))), wrapWidth)
    }

    /// "15. Initiativsag … vedr. Lokalplan 3.793. Godkendelse af dagsorden …": a page's list of the items, its last entry
    /// glued to the first item's heading, which repeats the list's first entry ("3. Godkendelse af dagsorden …").
    static func listGluedToFirstHeading(_ lines: [Line]) -> [Line] {
        func numbered(_ i: Int) -> Bool {
            lines[i].text.utf8.first.map { $0 >= 0x31 && $0 <= 0x39 } == true && MinutesParser.numberedHeading(lines[i].text) != nil
        }
        guard let start = lines.indices.first(where: { i in i + 1 < lines.count && numbered(i) && numbered(i + 1) }) else { return lines }
        let first = lines[start].text
        var end = start + 1
        while end + 1 < lines.count, numbered(end + 1) { end += 1 }
        let glued = lines[end].text
        guard end > start, glued.utf8.count > first.utf8.count + 2, glued.hasSuffix(first),
            case let before = String(glued.dropLast(first.count)), let last = before.last, last != " "
        else { return lines }
        var result = Array(lines[...(end - 1)])
        let line = lines[end]
        result.append(Line(text: before, number: line.number, level: line.level, strong: line.strong, pageBreak: line.pageBreak))
        result.append(Line(text: "", number: line.number))
        result.append(Line(text: first, number: line.number))
        result.append(contentsOf: lines[(end + 1)...])
        return result
    }

    /// Bullets that pdftotext without `-layout` prints alone, a column before their items: "•", "•", a blank line, then
    /// "Rekruttering" and "Decentral uddannelse" -> "- Rekruttering", "- Decentral uddannelse".
    static func pairedBullets(_ lines: [Line]) -> [Line] {
        func isBullet(_ line: Line) -> Bool {
            line.text.utf8.count <= 3 && ["•", "●", "▪", "■", "◦", "·", "\u{F0B7}", "\u{F0A7}", "➢"].contains(line.text)
        }
        guard lines.contains(where: isBullet) else { return lines }
        var result = [Line]()
        result.reserveCapacity(lines.count)
        var i = 0
        while i < lines.count {
            guard isBullet(lines[i]) else {
                result.append(lines[i])
                i += 1
                continue
            }
            var run = 0
            while i + run < lines.count, isBullet(lines[i + run]) { run += 1 }
            var j = i + run
            while j < lines.count, lines[j].isBlank { j += 1 }
            // As many lines of text as bullets, each an item.
            let items = lines[j..<min(lines.count, j + run)]
            guard items.count == run, items.allSatisfy({ !$0.isBlank && !isBullet($0) && !$0.text.hasPrefix("- ") }) else {
                result.append(contentsOf: lines[i..<(i + run)])
                i += run
                continue
            }
            for line in items {
                result.append(Line(text: "- " + line.text, number: line.number, level: line.level, strong: line.strong, pageBreak: line.pageBreak))
            }
            i = j + run
        }
        return result
    }

    private static func collapseBlankRuns(_ lines: [Line]) -> [Line] {
        var result = [Line]()
        result.reserveCapacity(lines.count)
        for var line in lines {
            // "3. Eventuelt1. Orientering og rundvisning": the next item's heading glued to a page's block before it.
            if let split = gluedItemHeading(line.text) {
                result.append(Line(text: split.before, number: line.number, level: line.level, strong: line.strong, pageBreak: line.pageBreak))
                // (A block of its own on the page: a blank line sets the heading apart.)
                result.append(Line(text: "", number: line.number))
                line = Line(text: split.heading, number: line.number)
            }
            // "1. Meddelelse fra formandenReferat": a page's heading glued after the title becomes a line of its own.
            if let split = gluedTrailingHeading(line.text) {
                result.append(Line(text: split.text, number: line.number, level: line.level, strong: line.strong, pageBreak: line.pageBreak))
                // (Set apart from the title by its style on the page, so a heading even when the word is only sometimes one.)
                line = Line(text: split.heading, number: line.number, strong: true)
            }
            // "00.22.02-A26-1-13 Beslutning Byrådet, 20.09.2016 Godkendt.": a flattened page's case number, heading and text.
            if let first = line.text.utf8.first, first >= 0x30 && first <= 0x39, let split = caseNumberBeforeHeading(line.text) {
                result.append(Line(text: split.caseNumber, number: line.number, level: line.level, strong: line.strong, pageBreak: line.pageBreak))
                if split.rest.isEmpty {
                    line = Line(text: split.heading, number: line.number)
                } else {
                    result.append(Line(text: split.heading, number: line.number))
                    line = Line(text: split.rest, number: line.number)
                }
            }
            // "ReferatByrådet": a title's kind word glued to the committee, as a copy of a table's cells prints it.
            if let first = line.text.utf8.first, first == 0x52 || first == 0x44, line.text.utf8.count <= 80, let split = gluedKindWord(line.text) {
                line = Line(text: split, number: line.number, level: line.level, strong: line.strong, pageBreak: line.pageBreak)
            }
            // "ByrådetMødedato: Tirsdag den 2. september 2014": a header's label glued to the committee before it.
            if line.text.utf8.count <= 200, line.text.utf8.contains(0x3A), let split = gluedHeaderLabel(line.text) {
                result.append(Line(text: split.before, number: line.number, level: line.level, strong: line.strong, pageBreak: line.pageBreak))
                line = Line(text: split.label, number: line.number)
            }
            // "BeslutningGodkendt.": a page's heading glued to its text becomes two lines.
            // ("Beslutning Jf. protokol." at a paragraph's start too: a heading in a page's margin column, read across.)
            if let split = gluedHeading(line.text) ?? (result.last?.isBlank ?? true ? spacedHeading(line.text) : nil) {
                result.append(Line(text: split.heading, number: line.number, level: line.level, strong: line.strong, pageBreak: line.pageBreak))
                line = Line(text: split.rest, number: line.number)
            }
            // " • Sagsfremstilling": a page's bullet before a section heading.
            // (" • Beslutning i Social- og Sundhedsudvalget den 17-01-2019" too.)
            if line.text.utf8.first == 0xE2, case let text = MinutesParser.withoutBullet(line.text), text.utf8.count < line.text.utf8.count,
                text.utf8.count <= 60 && Lexicon.headings[Lexicon.fold(text)] != nil
                    || text.utf8.count <= 120 && Bytes.hasFoldedPrefix(text, MinutesParser.beslutning) && MinutesParser.stage(text)?.date != nil
            {
                line = Line(text: text, number: line.number, level: line.level, strong: line.strong, pageBreak: line.pageBreak)
            }
            // A blank line at a heading's level stands for an untitled heading: it stays, in place of a plain blank before it.
            if line.isBlank, line.level > 0, let last = result.last, last.isBlank, last.level == 0 { result.removeLast() }
            if line.isBlank, line.level == 0, result.last?.isBlank ?? true { continue }
            result.append(line)
        }
        return result
    }

    private static let gluedHeadings = ["Beslutning", "Sagsfremstilling", "Indstilling", "Bilag", "Resume", "Resumé", "Sagsbeskrivelse"]

    /// "01.02.05-P16-8-16 Resume Kompetenceudvalg: Byrådet" -> ("01.02.05-P16-8-16", "Resume", "Kompetenceudvalg: Byrådet"): a case
    /// number, then a heading word and the section's first text on the same line.
    static func caseNumberBeforeHeading(_ text: String) -> (caseNumber: String, heading: String, rest: String)? {
        guard let space = text.firstIndex(of: " "), case let token = String(text[..<space]), token.utf8.count >= 5,
            CaseNumbers.isCaseNumber(token)
        else { return nil }
        let after = text[text.index(after: space)...]
        for heading in gluedHeadings where after.utf8.starts(with: heading.utf8) {
            let rest = after.dropFirst(heading.count)
            guard rest.isEmpty || rest.first == " " else { continue }
            return (token, heading, LineText.trim(rest))
        }
        return nil
    }

    /// "ReferatByrådet" -> "Referat Byrådet"; nil for other lines.
    static func gluedKindWord(_ text: String) -> String? {
        for word in ["Referat", "Dagsorden"] where text.hasPrefix(word) {
            let rest = text.dropFirst(word.count)
            guard let c = rest.first, c.isUppercase, c.isLetter, rest.dropFirst().first?.isLowercase == true else { continue }
            return word + " " + rest
        }
        return nil
    }

    private static let headerLabelNeedles = Bytes.NeedleSet(["mødedato:", "mødetidspunkt:", "mødested:", "deltagere:", "fraværende:"])
    private static let gluedHeaderLabels = ["Mødedato:", "Mødetidspunkt:", "Mødested:", "Mødedeltagere:", "Deltagere:", "Fraværende:"]

    /// "ByrådetMødedato: Tirsdag den 2. september 2014" -> ("Byrådet", "Mødedato: Tirsdag den 2. september 2014"): a label
    /// right after a small letter.
    static func gluedHeaderLabel(_ text: String) -> (before: String, label: String)? {
        guard Bytes.containsAnyFolded(text, headerLabelNeedles) else { return nil }
        for label in gluedHeaderLabels {
            guard let found = text.firstRange(of: label), found.lowerBound > text.startIndex,
                case let previous = text[text.index(before: found.lowerBound)], previous.isLetter, previous.isLowercase
            else { continue }
            return (String(text[..<found.lowerBound]), String(text[found.lowerBound...]))
        }
        return nil
    }

    /// "BeslutningGodkendt." -> ("Beslutning", "Godkendt."): a heading word and a capital right after it.
    static func gluedHeading(_ text: String) -> (heading: String, rest: String)? {
        guard let first = text.utf8.first, first == 0x42 || first == 0x53 || first == 0x49 || first == 0x52, text.utf8.count > 8 else { return nil }
        for heading in gluedHeadings where text.utf8.starts(with: heading.utf8) {
            let rest = text.dropFirst(heading.count)
            guard let c = rest.first, c.isUppercase, c.isLetter, rest.dropFirst().first?.isLowercase == true else { continue }
            return (heading, String(rest))
        }
        return nil
    }

    /// "Resumé Der fremlægges forslag …" -> ("Resumé", "Der fremlægges forslag …"): a heading word, one space and a
    /// sentence; not a stage ("Beslutning Økonomiudvalget den 3. maj 2019") nor a body's name alone.
    static func spacedHeading(_ text: String) -> (heading: String, rest: String)? {
        guard let first = text.utf8.first, first == 0x42 || first == 0x53 || first == 0x49 || first == 0x52, text.utf8.count > 12 else { return nil }
        for heading in gluedHeadings where text.utf8.starts(with: heading.utf8) {
            // (A long decision sentence on the heading's line is the parser's: over the case's text, it ends at the line.)
            if heading == "Beslutning", text.utf8.count > 100, text.hasSuffix(".") { return nil }
            let rest = text.dropFirst(heading.count)
            guard rest.first == " ", case let sentence = rest.dropFirst(), let c = sentence.first, c.isUppercase, c.isLetter,
                let second = sentence.dropFirst().first, second.isLowercase,
                // A sentence: a second word, or a full stop ("Godkendt.").
                sentence.contains(" ") || sentence.hasSuffix("."),
                !HeaderReader.namesCommittee(String(sentence.prefix(while: { $0 != " " && $0 != "," })))
            else { continue }
            return (heading, String(sentence))
        }
        return nil
    }

    /// "Sagsfremstilling2. Godkendelse af dagsorden" -> ("Sagsfremstilling", "2. Godkendelse af dagsorden"): a small letter,
    /// then right after it an item's number, its dot, a space and a capital.
    static func gluedItemHeading(_ text: String) -> (before: String, heading: String)? {
        let utf8 = text.utf8
        guard utf8.count > 8 else { return nil }
        if Bytes.contains(text, dotTwenty), let split = itemHeadingAfterDate(text) { return split }
        // Most lines have no digit right after a small letter: ruled out on the bytes.
        var copy = text
        // (Or after a sentence's full stop: "Pia Paaske deltog i mødet istedet for Per Thomsen.13. Spørgetid".)
        func endsWord(_ previous: UInt8, _ beforePrevious: UInt8) -> Bool {
            previous >= 0x61 && previous <= 0x7A || previous == 0xA6 || previous == 0xB8 || previous == 0xA5
                || previous == 0x2E && (beforePrevious >= 0x61 && beforePrevious <= 0x7A || beforePrevious == 0xA6 || beforePrevious == 0xB8 || beforePrevious == 0xA5)
        }
        let candidate = copy.withUTF8 { b -> Bool in
            var previous: UInt8 = 0, beforePrevious: UInt8 = 0
            for byte in b {
                if byte >= 0x30 && byte <= 0x39, endsWord(previous, beforePrevious) { return true }
                (beforePrevious, previous) = (previous, byte)
            }
            return false
        }
        guard candidate else { return nil }
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let b = utf8[index]
            if b >= 0x30 && b <= 0x39, endsWord(previous, beforePrevious) {
                // ("ca.3. mio.", "jf.2. pkt.": an abbreviation's stop, no sentence's.)
                if previous == 0x2E, utf8[..<index].dropLast().reversed().prefix(while: { $0 >= 0x61 && $0 <= 0x7A }).count < 3 {
                    (beforePrevious, previous) = (previous, b)
                    index = utf8.index(after: index)
                    continue
                }
                let heading = String(text[index...])
                // (Not a unit's power: "3.592 m2. Gennemsnitsarealet", "200 km2.")
                let word = utf8[..<index].reversed().prefix { $0 >= 0x61 && $0 <= 0x7A }
                let unit = word.first == 0x6D && (word.count == 1 || word.count == 2 && [0x6B, 0x63, 0x6D, 0x64].contains(word.last))
                if !unit, let (_, title) = MinutesParser.numberedHeading(heading), !title.isEmpty, heading.utf8.dropFirst().prefix(3).contains(0x2E) {
                    return (String(text[..<index]), heading)
                }
            }
            (beforePrevious, previous) = (previous, b)
            index = utf8.index(after: index)
        }
        return nil
    }

    private static let dotTwenty = Array(".20".utf8)

    /// "Eventuelt - Udvalget for Børn den 29.01.20138. Godkendelse af dagsorden": a date "dd.mm.yyyy" with the next item's
    /// number glued after its year.
    static func itemHeadingAfterDate(_ text: String) -> (before: String, heading: String)? {
        let b = Array(text.utf8)
        guard b.count > 16 else { return nil }
        func digit(_ i: Int) -> Bool { i < b.count && b[i] >= 0x30 && b[i] <= 0x39 }
        var i = 0
        while i + 11 < b.count {
            // dd.mm.yyyy then a digit.
            if digit(i), digit(i + 1), b[i + 2] == 0x2E, digit(i + 3), digit(i + 4), b[i + 5] == 0x2E, digit(i + 6), digit(i + 7), digit(i + 8),
                digit(i + 9), digit(i + 10), i == 0 || !digit(i - 1)
            {
                let cut = i + 10
                let heading = String(decoding: b[cut...], as: UTF8.self)
                if let (_, title) = MinutesParser.numberedHeading(heading), !title.isEmpty {
                    return (String(decoding: b[..<cut], as: UTF8.self), heading)
                }
            }
            i += 1
        }
        return nil
    }

    private static let trailingHeadings = ["Referat", "Beslutning", "Sagsfremstilling", "Resume"]

    /// "Meddelelse fra formandenReferat" -> ("Meddelelse fra formanden", "Referat"): a small letter right before the heading.
    static func gluedTrailingHeading(_ text: String) -> (text: String, heading: String)? {
        guard let last = text.utf8.last, last == 0x74 || last == 0x67 || last == 0x65, text.utf8.count > 12 else { return nil }
        for heading in trailingHeadings where text.utf8.reversed().starts(with: heading.utf8.reversed()) {
            let head = text.dropLast(heading.count)
            // ("2021-2022Referat": a year before it too.)
            guard let before = head.last, before.isLowercase || before.isNumber && heading == "Referat" else { continue }
            return (String(head), heading)
        }
        return nil
    }

    /// Lower-case hex SHA-256 of the bytes: the address of an original, as `SourceInfo.sha256` and the stores give it.
    public static func sha256(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex = [UInt8]()
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
