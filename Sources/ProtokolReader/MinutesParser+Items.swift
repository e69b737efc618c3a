import ProtokolModel

/// Where an item starts: its heading line, number and title.
struct ItemStart: Sendable {
    var index: Int
    var number: Int
    var title: String
    var closed: Bool
    /// "2a. Title": an item added after item 2, numbered 2 (the contract's numbers are whole).
    var lettered = false
    /// The number printed when it is not the item's: "1." before every item of a list whose numbering a conversion lost.
    var printedNumber: Int?
    /// The start line is the item's case number ("Sagsid.: 21/24710"), as pages that lost their titles begin an item.
    var caseLine = false
    /// The start line is the item's first section heading ("Beslutningstema"), on pages that lost titles and numbers.
    var headingLine = false
}

/// One entry of the table of contents.
struct TOCEntry: Sendable {
    var title: String
    var closed: Bool
}

extension MinutesParser {
    // MARK: Table of contents

    static let tocHeadings = LexiconTable<Bool>([
        "indholdsfortegnelse", "indhold", "indholdsliste", "dagsordenspunkter", "oversigt over punkter",
        "punkter på dagsordenen", "sagsliste", "sagsoversigt",
    ])

    /// The title of a TOC line such as "Meddelelser.....\t15", or nil when the line is no TOC entry.
    static func tocTitle(_ text: String) -> String? {
        // An ASCII digit as the last Character is the last byte; most lines end otherwise.
        guard let lastByte = text.utf8.last, lastByte >= 0x30, lastByte <= 0x39 else { return nil }
        guard let last = text.last, last.isASCII, last.isNumber else { return nil }
        var body = Substring(text)
        var digits = 0
        while let l = body.last, l.isASCII, l.isNumber {
            body = body[..<body.index(before: body.endIndex)]  // dropLast() would count the whole line
            digits += 1
        }
        // A page number has at most three digits; "… i 2022" is a year.
        guard !body.isEmpty, digits <= 3 else { return nil }
        var leader = 0
        var tab = false
        var spaces = 0
        while let l = body.last, l == "." || l == "…" || l == " " || l == "\t" || l == "_" || l == "·" {
            switch l {
            case "\t": tab = true
            case " ": spaces += 1
            case "…": leader += 3
            default: leader += 1
            }
            body = body[..<body.index(before: body.endIndex)]  // dropLast() would count the whole line
        }
        guard leader >= 3 || tab || spaces >= 2 else { return nil }
        let title = LineText.trim(body)
        guard title.count >= 2, title.contains(where: \.isLetter) else { return nil }
        return title
    }

    /// Finds the table of contents: its line range and entries.
    static let tocAppendices: Set<String> = ["samlet bilagsliste", "bilagsliste", "bilagsoversigt", "samlet bilagsoversigt", "bilag", "underskrifter", "underskriftsside"]

    func findTOC() -> (range: Range<Int>, entries: [TOCEntry])? {
        var start: Int?
        for (index, line) in lines.enumerated().prefix(400) where !line.isBlank {
            if line.characterCount <= 40, Self.tocHeadings.contains(Lexicon.fold(line.text)) {
                start = index
                break
            }
            if Self.tocTitle(line.text) != nil, line.text.contains("....") || line.text.contains("…") {
                start = index
                break
            }
        }
        guard let start else { return nil }
        var entries = [TOCEntry]()
        var index = Self.tocHeadings.contains(Lexicon.fold(lines[start].text)) ? start + 1 : start
        var pending = ""
        var end = index
        // Under "Indholdsfortegnelse": "Punkt 1: Spørgetid 1 2", the tab before the page number turned into one space by a
        // converter; an entry when the line without its number is a heading further on.
        let explicit = Self.tocHeadings.contains(Lexicon.fold(lines[start].text))
        func looseTitle(_ text: String) -> String? {
            guard explicit, let space = text.lastIndex(of: " "), case let page = text[text.index(after: space)...], (1...3).contains(page.utf8.count),
                page.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), case let body = String(text[..<space]),
                Self.punktHeading(body) != nil || Self.numberedHeading(body) != nil,
                case let count = body.utf8.count, lines[start...].contains(where: { $0.text.utf8.count == count && $0.text == body })
            else { return nil }
            return body
        }
        while index < lines.count {
            let line = lines[index]
            if line.isBlank {
                index += 1
                continue
            }
            if explicit, let title = looseTitle(line.text) {
                entries.append(Self.tocEntry(title))
                index += 1
                end = index
                continue
            }
            // (Wrapped onto a second or third line: "2. ØU - Godkendelse af … i Vallensbæk" / "Idrætscenter (Lukket) 3".)
            if explicit, pending.isEmpty, line.characterCount < 160 {
                var joined = line.text, next = index + 1, wrapped: String?
                while wrapped == nil, next < lines.count, next - index <= 2, !lines[next].isBlank, lines[next].characterCount < 160 {
                    joined += " " + LineText.trim(lines[next].text)
                    wrapped = looseTitle(joined)
                    next += 1
                }
                if let wrapped {
                    entries.append(Self.tocEntry(wrapped))
                    index = next
                    end = index
                    continue
                }
            }
            // "Punkt 1: ØK Revisionspåtegning … nr." over "12 vedr. årsregnskabet 2013.......... 2": an entry wrapped by the page.
            let wrapsIntoEntry = pending.isEmpty && line.characterCount < 160 && index + 1 < lines.count
                && Self.tocTitle(lines[index + 1].text) != nil && Self.punktHeading(lines[index + 1].text) == nil
            if Self.punktHeading(line.text) != nil && Self.tocTitle(line.text) == nil && !entries.isEmpty && !wrapsIntoEntry { break }
            if let title = Self.tocTitle(line.text) {
                let full = pending.isEmpty ? title : pending + " " + title
                // "Samlet bilagsliste …… 11": the contents' own appendix, no item.
                if !Self.tocAppendices.contains(Lexicon.fold(full)) { entries.append(Self.tocEntry(full)) }
                pending = ""
                index += 1
                end = index
                continue
            }
            // A title wrapped over two lines has its page number on the second.
            if pending.isEmpty, line.characterCount < 160, index + 1 < lines.count, Self.tocTitle(lines[index + 1].text) != nil,
                Self.punktHeading(line.text) == nil || wrapsIntoEntry
            {
                pending = line.text
                index += 1
                continue
            }
            break
        }
        if entries.isEmpty, Self.tocHeadings.contains(Lexicon.fold(lines[start].text)), let columns = columnTOC(after: start) {
            return (start..<columns.end, columns.entries)
        }
        guard !entries.isEmpty else { return nil }
        return (start..<end, entries)
    }

    /// A contents table that plain pdftotext printed column by column: the items' numbers ("79.", "80."), then their titles,
    /// then the page numbers ("79", "101"), each on a line of its own; or the titles as headings ("Punkt 1: …"), then the
    /// pages. Nil unless the block has that shape.
    func columnTOC(after heading: Int) -> (end: Int, entries: [TOCEntry])? {
        var index = heading + 1
        var titles = [String]()
        var itemNumbers = 0, pageNumbers = 0, punktTitles = 0
        var end = lines.count
        func bareNumber(_ text: String) -> (digits: Int, dot: Bool)? {
            let bytes = Array(text.utf8)
            let dot = bytes.last == 0x2E
            let digits = dot ? bytes.dropLast() : bytes[...]
            guard (1...4).contains(digits.count), digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            return (digits.count, dot)
        }
        while index < lines.count, index - heading <= 200 {
            let line = lines[index]
            defer { index += 1 }
            if line.isBlank { continue }
            let text = line.text
            if let number = bareNumber(text) {
                if number.dot, pageNumbers == 0 { itemNumbers += 1; continue }
                if !number.dot, !titles.isEmpty { pageNumbers += 1; continue }
                return nil
            }
            // The page-number column has ended: the contents end with it.
            if pageNumbers > 0 {
                end = index
                break
            }
            // "Sag nr. Side": the table's header row.
            if titles.isEmpty, itemNumbers == 0, text.utf8.count <= 30,
                Lexicon.fold(text).split(separator: " ").allSatisfy({ ["sag", "nr.", "nr", "side", "punkt", "pkt.", "titel", "sagsnr."].contains($0) })
            {
                continue
            }
            guard line.characterCount <= 160, DateText.firstDate(in: text) == nil else { return nil }
            // ("Punkt 1: Dialogmøde …": the contents list the items' headings, their pages below.)
            let punkt = Self.punktHeading(text)
            if punkt != nil { punktTitles += 1 }
            let title = punkt?.1 ?? Self.numberedHeading(text)?.1 ?? text
            // "vedrørende for meget udbetalt tilskud": a title wrapped onto the next line.
            if let first = text.first, first.isLowercase, !titles.isEmpty {
                titles[titles.count - 1] += " " + text
            } else {
                titles.append(title)
            }
        }
        guard itemNumbers >= 2 || punktTitles >= 2, pageNumbers >= 2, !titles.isEmpty else { return nil }
        let entries = titles.filter { !Self.tocAppendices.contains(Lexicon.fold($0)) }.map { Self.tocEntry($0) }
        return (end, entries)
    }

    static func tocEntry(_ raw: String) -> TOCEntry {
        var title = raw
        if let (_, rest) = punktHeading(title), !rest.isEmpty { title = rest }
        let (closed, stripped) = closedPrefix(title)
        return TOCEntry(title: stripped, closed: closed)
    }

    // MARK: Item headings

    static let punktWords = ["dagsordenspunkt", "dagsordenpunkt", "punkt", "pkt.", "sag ", "nr."].map { Array($0.utf8) }

    /// "BR 366/07. Title" -> ("BR 366/07", "Title"): a council's own series of case numbers before the title.
    static func seriesNumber(_ text: String) -> (String, String)? {
        let words = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard words.count >= 2, (2...3).contains(words[0].count), words[0].allSatisfy({ $0.isUppercase }),
            words[1].hasSuffix("."), case let number = words[1].dropLast(), let slash = number.firstIndex(of: "/"),
            number[..<slash].allSatisfy({ $0.isASCII && $0.isNumber }), number[number.index(after: slash)...].allSatisfy({ $0.isASCII && $0.isNumber }),
            !number[..<slash].isEmpty, number.index(after: slash) < number.endIndex
        else { return nil }
        return ("\(words[0]) \(number)", words.count > 2 ? LineText.trim(words[2]) : "")
    }

    /// "Punkt 3: Title", "Pkt. 3 Title", "Dagsordenspunkt 3 - Title", "Sag nr. 3 Title", "Punkt 3 (Lukket): Title"
    /// -> (3, "Title") ("(Lukket) Title" when closed, for `closedPrefix`).
    private static func isSagPrefix(offset: Int, first: UInt8) -> Bool {
        offset <= 6 && (first == UInt8(ascii: "S") || first == UInt8(ascii: "s") || first == UInt8(ascii: "N"))
    }

    static func punktHeading(_ text: String) -> (Int, String)? {
        guard let first = text.utf8.first,
            first == UInt8(ascii: "P") || first == UInt8(ascii: "p") || first == UInt8(ascii: "D") || first == UInt8(ascii: "d")
                || first == UInt8(ascii: "S") || first == UInt8(ascii: "s") || first == UInt8(ascii: "N")
        else { return nil }
        var offset = 0
        for prefix in Self.punktWords where Bytes.hasFoldedPrefix(text, prefix) {
            offset = prefix.count
            break
        }
        guard offset > 0 else { return nil }
        // "Sag 2023-00123" is a case number, not the 2023rd item.
        let isSag = offset <= 6 && (first == UInt8(ascii: "S") || first == UInt8(ascii: "s") || first == UInt8(ascii: "N"))
        // "Nr.1 - Godkendelse af dagsordenen"; "Nr. 5 Tegning" in a list is no item.
        let isNr = first == UInt8(ascii: "N")
        var rest = text.dropFirst(offset)
        rest = rest.drop(while: { $0 == " " })
        // "Punkt: 1": Acadre's label and number, the title a few lines below.
        if rest.first == ":", !isSagPrefix(offset: offset, first: first), case let after = rest.dropFirst().drop(while: { $0 == " " }),
            !after.isEmpty, after.allSatisfy({ $0.isASCII && $0.isNumber }), after.count <= 4, let number = Int(after)
        {
            return (number, "")
        }
        // Only ASCII letters lower-case to "nr.", so the bytes rule most lines out before lower-casing.
        if rest.utf8.prefix(3).map(Bytes.asciiLower).elementsEqual("nr.".utf8), rest.lowercased().hasPrefix("nr.") { rest = rest.dropFirst(3).drop(while: { $0 == " " }) }
        let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 4, let number = Int(digits) else { return nil }
        rest = rest.dropFirst(digits.count)
        guard let next = rest.first else { return (number, "") }
        if isSag, next == "-" || next == "/" || next == "." && rest.dropFirst().first?.isNumber == true { return nil }
        // "Sag nr. 12 / Byrådet 28.09.2023": the meeting follows the number, the title the line.
        if rest.hasPrefix(" / ") { return (number, "") }
        // "Sag nr. 19 (ØU 23/2010)": the case's number in another body's series; the title is the line above.
        if isSag, case let tail = LineText.trim(rest), tail.first == "(", tail.last == ")", tail.count <= 30, accessMarker(String(tail.dropFirst().dropLast())) == nil {
            return (number, "")
        }
        let (access, afterMarker) = accessParenthesis(rest.drop(while: { $0 == " " || $0 == "." }))
        if let access {
            let title = LineText.trim(afterMarker.drop(while: { $0 == ":" || $0 == " " || $0 == "-" || $0 == "–" }))
            return (number, access ? "(Lukket) " + title : title)
        }
        let punctuated = next == ":" || next == "." || next == ")" || next == "-" || next == "–" || next == ","
        guard punctuated || next == " " || next == "\t" else { return nil }
        rest = rest.drop(while: { $0 == ":" || $0 == "." || $0 == ")" || $0 == " " || $0 == "\t" || $0 == "-" || $0 == "–" || $0 == "," })
        let title = LineText.trim(rest)
        // ("Nr.144 - 2. behandling af budget 2019-2022": an ordinal opens the title.)
        if isSag, title.first?.isNumber == true, !Self.startsWithOrdinal(title) { return nil }
        // "Punkt 1) at forvaltningen …": a point of a proposal or a decision, no item.
        if next == ")" || title.hasPrefix("at "), let c = title.first, c.isLowercase { return nil }
        // "Nr. 20      BR 366/07. Medlemsforslag om …": the case's number in the council's series, then the title.
        if isNr, next == " " || next == "\t", let (series, titleAfter) = seriesNumber(title) {
            return (number, titleAfter.isEmpty ? series : titleAfter)
        }
        // ("Nr. 20. Medlemsforslag om …": Borgerrepræsentationen's decision records.)
        if isNr, !rest.isEmpty, !(next == " " && text.contains(" - ")) && !(next == "-" || next == ":" || next == "–")
            && !(next == "." && title.first?.isUppercase == true)
        {
            return nil
        }
        if !punctuated, let c = title.first, !(c.isUppercase || c.isNumber || c == "\"" || c == "“") { return nil }
        return (number, title)
    }

    /// "Ad 3. Title", "Ad pkt. 3 Title" -> (3, "Title"): items of minutes written in Word. "Ad 1:" alone also answers the
    /// points of a text, so only a title on the line makes it an item.
    static func adHeading(_ text: String) -> (Int, String)? {
        guard text.utf8.count >= 5, let first = text.utf8.first, first | 0x20 == 0x61, Bytes.hasFoldedPrefix(text, adWord) else { return nil }
        var rest = text.dropFirst(3).drop(while: { $0 == " " })
        for word in ["pkt.", "punkt"] where rest.lowercased().hasPrefix(word) { rest = rest.dropFirst(word.count).drop(while: { $0 == " " }) }
        let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...3).contains(digits.count), let number = Int(digits) else { return nil }
        let title = LineText.trim(rest.dropFirst(digits.count).drop(while: { $0 == "." || $0 == ":" || $0 == " " || $0 == ")" }))
        guard let c = title.first, c.isUppercase || c.isNumber else { return nil }
        return (number, title)
    }

    private static let adWord = Array("ad ".utf8)

    /// "(Lukket) …" -> (true, "…"), "(Åben) …" -> (false, "…"); (nil, text) when the text starts with neither.
    static func accessParenthesis(_ text: Substring) -> (Bool?, Substring) {
        guard text.first == "(", let close = text.firstIndex(of: ")"), text.distance(from: text.startIndex, to: close) <= 20 else {
            return (nil, text)
        }
        let closed = accessMarker(String(text[text.index(after: text.startIndex)..<close]))
        guard let closed else { return (nil, text) }
        return (closed, text[text.index(after: close)...])
    }

    /// "3. Title", "3) Title", "3\tTitle", "3 (Åben) Title" -> (3, "Title"); "3." alone -> (3, "") (the title is below);
    /// "3 (Lukket) Title" -> (3, "(Lukket) Title").
    static func numberedHeading(_ text: String) -> (Int, String)? {
        guard let first = text.utf8.first, first >= 0x30, first <= 0x39 else { return nil }
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        guard digits.count <= 3, let number = Int(digits), number > 0 else { return nil }
        var rest = text.dropFirst(digits.count)
        if rest == "." || rest == ")" { return (number, "") }
        let (access, afterMarker) = accessParenthesis(rest.drop(while: { $0 == "." || $0 == " " }))
        if let access, rest.first == " " || rest.hasPrefix(". ") {
            let title = LineText.trim(afterMarker.drop(while: { $0 == ":" || $0 == " " || $0 == "-" || $0 == "–" }))
            guard let c = title.first, c.isUppercase || c == "\"" || c == "“", title.count <= 240 else { return nil }
            return (number, access ? "(Lukket) " + title : title)
        }
        // "1 : Godkendelse af dagsorden", "1: Spørgetid i Byrådet" (Ringkøbing-Skjern's pages), "6:Årsberetning 2015".
        if rest.hasPrefix(" : ") || rest.hasPrefix(": ") || rest.hasPrefix(":") && rest.dropFirst().first?.isUppercase == true, case let title = LineText.trim(rest.drop(while: { $0 == " " || $0 == ":" })),
            let c = title.first, c.isUppercase, title.count <= 240
        {
            return (number, title)
        }
        // "1  Åbent         Kommuneplan 2013": the access in a column between number and title.
        if let space = rest.first, space == " " || space == "\t" {
            let after = rest.drop(while: { $0 == " " || $0 == "\t" })
            let word = after.prefix(while: { $0 != " " && $0 != "\t" })
            let tail = after.dropFirst(word.count)
            if word.count <= 7, tail.hasPrefix("  ") || tail.hasPrefix("\t"), let closed = accessMarker(String(word)) {
                let title = LineText.trim(tail)
                guard let c = title.first, c.isUppercase || c == "\"" || c == "“", title.count <= 240 else { return nil }
                return (number, closed ? "(Lukket) " + title : title)
            }
        }
        // "114Spørgsmål til Byrådet": number and title from two elements of a page, glued.
        if let c = rest.first, c.isUppercase, c.isLetter, rest.dropFirst().first?.isLowercase == true {
            let title = LineText.trim(rest)
            return title.count <= 240 ? (number, title) : nil
        }
        guard let sep = rest.first, sep == "." || sep == ")" || sep == "\t" else { return nil }
        rest = rest.dropFirst()
        // "1.Strategier": a web page's heading without its space; "1.5.2023" is a date.
        guard let space = rest.first, space == " " || space == "\t" || sep == "\t" || sep == "." && space.isUppercase && space.isLetter else { return nil }
        var title = LineText.trim(rest)
        // " 1.  1. Godkendelse af dagsordenen": the number printed twice (Glostrup).
        if title.hasPrefix("\(number). ") { title = LineText.trim(title.dropFirst("\(number). ".count)) }
        guard let c = title.first, c.isUppercase || c == "\"" || c == "“" || c == "§" || Self.startsWithOrdinal(title) || Self.startsWithCount(title),
            title.count <= 240
        else { return nil }
        return (number, title)
    }

    /// "17 nye senior-egnede lejligheder", "10 års jubilæum": a title that opens with a count and a word.
    static func startsWithCount(_ title: String) -> Bool {
        let utf8 = title.utf8
        let digits = utf8.prefix(while: { $0 >= 0x30 && $0 <= 0x39 }).count
        guard (1...4).contains(digits), case let rest = utf8.dropFirst(digits), rest.first == 0x20, let letter = rest.dropFirst().first else { return false }
        return letter >= 0x61 && letter <= 0x7A || letter >= 0x41 && letter <= 0x5A || letter == 0xC3
    }

    /// "Eventuelt.", "Godkendelse af referat.": a few words and a stop, no sentence.
    static func isShortTitleWithStop(_ title: String) -> Bool {
        title.utf8.count <= 40 && title.hasSuffix(".") && !title.dropLast().contains(".") && title.split(separator: " ").count <= 4
            && Bytes.startsUppercase(title)
    }

    /// "2. behandling af budget 2017", "1. halvår": a title that opens with an ordinal and a word.
    static func startsWithOrdinal(_ title: String) -> Bool {
        let utf8 = Array(title.utf8.prefix(5))
        guard utf8.count == 5 || utf8.count == 4, let first = utf8.first, first >= 0x31 && first <= 0x39 else { return false }
        let dot = utf8[1] == 0x2E ? 1 : (utf8[1] >= 0x30 && utf8[1] <= 0x39 && utf8.count > 2 && utf8[2] == 0x2E ? 2 : 0)
        guard dot > 0, dot + 2 < utf8.count, utf8[dot + 1] == 0x20 else { return false }
        let letter = utf8[dot + 2]
        return letter >= 0x61 && letter <= 0x7A || letter == 0xC3
    }

    /// "1 Title": a number, one space and a capital.
    static func spacedHeading(_ text: String) -> (Int, String)? {
        guard let first = text.utf8.first, first >= 0x30, first <= 0x39 else { return nil }
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        guard digits.count <= 3, let number = Int(digits), number > 0 else { return nil }
        let rest = text.dropFirst(digits.count)
        // "1  Fraværende og bemærkninger": one space or a few; or a column's gap ("514       Godkendelse af dagsorden").
        let spaces = rest.prefix(while: { $0 == " " || $0 == "\t" }).count
        // ("1 3. anslået regnskab 2016": an ordinal opens the title.)
        var title = LineText.trim(rest)
        // ("1        1. Godkendelse af dagsordenen": the number in its column, printed again before the title.)
        if spaces >= 3, title.hasPrefix(digits + ". "), case let after = title.dropFirst(digits.count + 2), after.first?.isUppercase == true {
            title = String(after)
        }
        guard (1...30).contains(spaces), let c = title.first, c.isUppercase || startsWithOrdinal(title) else { return nil }
        return title.count <= 240 ? (number, title) : nil
    }

    /// "• 301. Title" -> "301. Title": a web page's list bullet before an item heading.
    static func withoutBullet(_ text: String) -> String {
        guard let first = text.utf8.first, first >= 0xE2 || first == 0xC2 else { return text }
        for bullet in ["• ", "● ", "▪ ", "◦ ", "· ", "– "] where text.hasPrefix(bullet) { return LineText.trim(text.dropFirst(2)) }
        return text
    }

    /// "2a. Title", "2 a. Title", "2.a Title", "2A. Title" -> (2, "Title"): an item added after item 2 (a tillægspunkt).
    static func letteredHeading(_ text: String) -> (Int, String)? {
        guard let first = text.utf8.first, first >= 0x30, first <= 0x39 else { return nil }
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...3).contains(digits.count), let number = Int(digits), number > 0 else { return nil }
        var rest = text.dropFirst(digits.count)
        if rest.first == " " || rest.first == "." { rest = rest.dropFirst() }
        guard let letter = rest.first, "abcdefABCDEF".contains(letter) else { return nil }
        rest = rest.dropFirst()
        guard let separator = rest.first, separator == "." || separator == ")" || (letter.isLowercase && (separator == " " || separator == ":"))
        else { return nil }
        let title = LineText.trim(rest.drop(while: { $0 == "." || $0 == ")" || $0 == " " || $0 == ":" }))
        guard let c = title.first, c.isUppercase, title.count <= 240 else { return nil }
        return (number, title)
    }

    /// A heading of the lexicon alone, or before a colon or a column gap ("Beslutning: Godkendt.", "Beslutning    Godkendt.").
    static func opensWithHeading(_ text: String) -> Bool {
        guard text.utf8.count <= 200 else { return false }
        if lexiconKind(Lexicon.fold(text)) != nil { return true }
        if let gap = columnGap(text, within: 40), Lexicon.headings[Lexicon.fold(text[..<gap.lowerBound])] != nil { return true }
        if let colon = colonIndex(text, within: 100), let kind = lexiconKind(Lexicon.fold(text[..<colon])), kind != .other { return true }
        return false
    }

    /// Strips "Lukket:" and its variants from a title; true when the item is closed.
    static func closedPrefix(_ title: String) -> (Bool, String) {
        // "Anlægsbevilling til Himmelev Skole          Åben sag": a status column after the title.
        if title.utf8.count > 12, let column = LineText.lastColumn(of: title), let gap = LineText.lastGap(of: title),
            let access = accessMarker(LineText.trim(title[column...]))
        {
            let stripped = LineText.trim(title[..<gap])
            return access ? (true, closedPrefix(stripped).1) : closedPrefix(stripped)
        }
        // Every marker starts with "l", "f", "c" or "(" and ends with "t", "g" or ")": other titles need no lower-casing.
        // ("Closed:": the English marker of First Agenda's exports.)
        let first = (title.utf8.first ?? 0) | 0x20
        let last = (title.utf8.last ?? 0) | 0x20
        guard first == 0x6C || first == 0x66 || first == 0x28 || first == 0x63 || last == 0x74 || last == 0x67 || last == 0x29 else { return (false, title) }
        let lowered = title.lowercased()
        for prefix in ["lukket punkt:", "lukket punkt -", "lukket sag:", "lukket sag -", "lukket sag ", "lukket:", "lukket -", "lukket –", "(lukket)", "fortroligt:", "fortrolig:", "lukket punkt", "lukket dagsorden:",
            "closed:", "closed item", "fortroligt -", "fortroligt –", "fortrolig -", "for lukkede døre:", "for lukkede døre -"]
        where lowered.hasPrefix(prefix) {
            let rest = LineText.trim(title.dropFirst(prefix.count))
            // "Punkt 2: Lukket punkt": the title is withheld, and the marker is all there is.
            guard rest.isEmpty else { return (true, rest) }
            var marker = String(title.prefix(prefix.count))
            while let last = marker.last, ":-–() ".contains(last) { marker.removeLast() }
            while let first = marker.first, "( ".contains(first) { marker.removeFirst() }
            return (true, marker)
        }
        for suffix in ["(lukket)", "(lukket punkt)", "(lukket sag)", "- lukket", "– lukket", "- lukket punkt", "– lukket punkt", "- lukket sag", "– lukket sag",
            "(for lukkede døre)", "(fortroligt)", "(fortrolig)", "(lukket møde)", "- for lukkede døre", "– for lukkede døre"]
        where lowered.hasSuffix(suffix) {
            return (true, LineText.trim(title.dropLast(suffix.count)))
        }
        return (false, title)
    }

    /// Lines that mark an item closed or open on their own.
    static func accessMarker(_ text: String) -> Bool? {
        guard text.utf8.count <= 60 else { return nil }
        // "(Lukket punkt)", "Lukket punkt.": the marker in brackets or ended by a stop.
        var folded = Lexicon.fold(text)
        while let last = folded.last, last == "." || last == ":" || last == ")" { folded.removeLast() }
        while let first = folded.first, first == "(" { folded.removeFirst() }
        return switch folded {
        case "lukket punkt", "lukket sag", "lukket", "fortroligt punkt", "fortrolig", "lukket møde", "lukket dagsordenspunkt", "punktet er lukket",
            "sagen er lukket", "sagen behandles for lukkede døre", "punktet behandles for lukkede døre", "lukket for offentligheden":
            true
        case "åbent punkt", "åben sag", "åben", "åbent", "åbent møde", "åben dagsorden", "offentligt punkt": false
        default: nil
        }
    }

    /// The header row of a table of items: "Nr. | Sag | Sagsnr.".
    static func isItemTableHeader(_ text: String) -> Bool {
        // "Punkt Titel": the header row of a page's table, its cells flattened to words.
        if text.utf8.count <= 16, ["punkt titel", "nr. titel", "nr titel", "pkt. titel"].contains(Lexicon.fold(text)) { return true }
        guard let tab = text.firstIndex(of: "\t"), text.utf8.count <= 120 else { return false }
        switch Lexicon.fold(text[..<tab]) {
        case "nr.", "nr", "punkt", "pkt.", "pkt", "#": return true
        default: return false
        }
    }

    /// Finds every item heading, preferring the "Punkt N" form and falling back to "N. Title".
    func findItemStarts(toc: (range: Range<Int>, entries: [TOCEntry])?) -> [ItemStart] {
        let tocRange = toc?.range ?? 0..<0
        var candidates = [ItemStart]()
        for (index, line) in lines.enumerated() where !line.isBlank && !tocRange.contains(index) {
            let text = Self.withoutBullet(line.text)
            guard let (number, title) = Self.punktHeading(text), Self.tocTitle(text) == nil || !text.contains("...") else { continue }
            // "Kommunalbestyrelsens møde 25. september 2006" over "Punkt 1:" over the decision: which item a decision is of.
            if title.isEmpty, let above = lines[..<index].last(where: { !$0.isBlank }), above.characterCount <= 80,
                DateText.firstDate(in: above.text) != nil, !above.text.contains(":"), Lexicon.fold(above.text).split(separator: " ").contains("møde")
            {
                continue
            }
            candidates.append(ItemStart(index: index, number: number, title: title, closed: false))
        }
        // "Punkt 358 Rengøringsløsning udsættes." alone in a decision: a sentence about another item, not the form of the headings.
        if candidates.count == 1, candidates[0].title.hasSuffix("."),
            !lines[(candidates[0].index + 1)...].lazy.filter({ !$0.isBlank }).prefix(3).prefix(while: { Self.numberedHeading($0.text) == nil })
                .contains(where: { CaseNumbers.fromLine($0.text) != nil || Self.opensWithHeading($0.text) })
        {
            candidates = []
        }
        if candidates.isEmpty {
            for (index, line) in lines.enumerated() where !line.isBlank && !tocRange.contains(index) {
                guard let (number, title) = Self.adHeading(Self.withoutBullet(line.text)) else { continue }
                candidates.append(ItemStart(index: index, number: number, title: title, closed: false))
            }
        }
        if candidates.isEmpty {
            candidates = numberedStarts(tocRange: tocRange, tocTitles: toc?.entries.map(\.title) ?? [])
        } else if candidates.count <= 3 {
            // "Ad 2: X kan ikke stemme for …" or "Punkt 1: …" in a decision of minutes whose items are "N. Title": a line
            // of the text, when more items of the other form come before it.
            let numbered = numberedStarts(tocRange: tocRange, tocTitles: toc?.entries.map(\.title) ?? [])
            // (As many, when those lines are sentences: "Ad 1. Helle M. Adelborg blev valgt som formand …".)
            // (Or list entries of a decision: "• Pkt. 269. ændres til en drøftelsessag".)
            let bulleted = { (c: ItemStart) in self.lines[c.index].text.hasPrefix("- ") || Self.withoutBullet(self.lines[c.index].text) != self.lines[c.index].text }
            if numbered.count > candidates.count
                || numbered.count == candidates.count && candidates.allSatisfy({ $0.title.hasSuffix(".") || bulleted($0) }),
                let first = numbered.first, first.index < candidates[0].index
            {
                candidates = numbered
            }
        }
        // "• Pkt. 42 Beslutninger" then "Pkt. 42" alone: one heading printed twice (a page's list of links, then the item),
        // perhaps with the item's files between them ("Arbejdsplan_2019.pdf Vision.pdf").
        candidates = candidates.enumerated().filter { i, c in
            guard c.title.isEmpty, i > 0, case let previous = candidates[i - 1], previous.number == c.number, !previous.title.isEmpty else { return true }
            return (previous.index + 1..<c.index).contains { !lines[$0].isBlank && !Self.isFileNames(lines[$0].text) }
        }.map(\.element)
        // A list of headings without bodies that is repeated later with bodies was a table of contents.
        var kept = [ItemStart]()
        for (i, c) in candidates.enumerated() {
            let next = i + 1 < candidates.count ? candidates[i + 1].index : lines.count
            let bodyLines = (c.index + 1..<next).filter { !lines[$0].isBlank }.count
            let repeatedLater = candidates[(i + 1)...].contains { $0.number == c.number && $0.title == c.title }
            // (A body of one line may be the case number that leads the item below: "Sagsnr. 09/3307" over "1. …".)
            if bodyLines == 0 && repeatedLater || bodyLines == 1 && repeatedLater && !c.title.isEmpty
                && (c.index + 1..<next).contains(where: { !lines[$0].isBlank && CaseNumbers.fromLine(lines[$0].text) != nil })
            {
                continue
            }
            // A contents list without page numbers: the same number comes again later, with its title below it.
            if bodyLines <= 1, candidates[(i + 1)...].contains(where: { $0.number == c.number && $0.title.isEmpty }) { continue }
            // "Punkt 2: Sagen sendes i høring …" inside item 3's decision: a point of the text, not an item going back.
            // A group line between them ("Tillægsdagsorden", "Lukkede punkter") may start the numbers again, and so may an
            // item that looks like one: a title, then its case number or a heading.
            if let last = kept.last, c.number < last.number, !c.lettered,
                !(last.index..<c.index).contains(where: { Self.itemGroup(lines[$0]) != nil }), !looksLikeItem(c)
            {
                continue
            }
            kept.append(c)
        }
        return kept.map { start in
            var s = start
            // "(Lukket) Lukket: Title": the markers may come twice.
            var (closed, title) = Self.closedPrefix(s.title)
            while closed, case let (again, stripped) = Self.closedPrefix(title), again, stripped != title { title = stripped }
            s.closed = closed
            s.title = title
            return s
        }
    }

    /// "Arbejdsplan_2019.pdf Vision_og_strategi.pdf": a line of nothing but file names.
    static func isFileNames(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return !words.isEmpty && words.allSatisfy { word in
            guard let dot = word.lastIndex(of: "."), word.index(after: dot) < word.endIndex else { return false }
            return ["pdf", "docx", "doc", "xlsx", "xls", "pptx", "jpg", "png"].contains(word[word.index(after: dot)...].lowercased())
        }
    }

    /// Lines right before an item's heading that belong to it: its case number ("Sagsnr. 10/9778" over "1. Afrapportering …")
    /// or, when the heading has no title and none follows it, its title ("Spørgetid" over "Sag nr. 129").
    /// Or its access ("Lukket punkt" over " 2  Personalesag").
    struct ItemLead {
        var index: Int
        var caseNumber: String?
        var title: String?
        var closed: Bool?
    }

    /// The lead of an item whose heading is at `start.index`, looking no further back than `previous`.
    func lead(of start: ItemStart, after previous: Int) -> ItemLead? {
        // (An item that opens at its case number has lost its title: the lines above are the page's or the item before's.)
        if start.caseLine || start.headingLine { return nil }
        var result: ItemLead?
        var j = start.index - 1
        var above = j
        while above > previous, lines[above].isBlank { above -= 1 }
        // (Not the item before's marker, printed under its heading: "02. Uddeling af Handicapprisen" over "Lukket sag", when
        // each item prints its marker below the heading.)
        let prior = lines[..<max(above, 0)].lastIndex { !$0.isBlank }
        let markerBelow = lines[(start.index + 1)...].first { !$0.isBlank }.map { $0.characterCount <= 16 && Self.accessMarker($0.text) != nil } ?? false
        if above > previous, lines[above].characterCount <= 16, let closed = Self.accessMarker(lines[above].text), prior != previous || !markerBelow {
            return ItemLead(index: above, closed: closed)
        }
        // "294. Opfølgning … Skole & Børn og" / "Familie (E)" over "294. Opfølgning … Skole & Børn og Familie (E)": the heading
        // printed twice, the first time wrapped, belongs to its item.
        if above > previous, lines[start.index].characterCount >= 8, lines[start.index].characterCount <= 300,
            case let head = lines[start.index].text.utf8.prefix(6),
            lines[above].text.utf8.starts(with: head) || above - 1 > previous && lines[above - 1].text.utf8.starts(with: head)
        {
            let heading = Lexicon.fold(lines[start.index].text)
            var k = above, joined = Lexicon.fold(lines[above].text)
            while joined.utf8.count < heading.utf8.count, above - k < 2, k - 1 > previous, !lines[k - 1].isBlank {
                k -= 1
                joined = Lexicon.fold(lines[k].text) + " " + joined
            }
            if joined == heading { return ItemLead(index: k) }
        }
        // "Punkt Titel" over "88 Indkaldelse af …": the header row of the item's own table.
        if above > previous, lines[above].characterCount <= 16, Self.isItemTableHeader(lines[above].text) {
            return ItemLead(index: above)
        }
        // ("## **Meddelelser**" a blank line over "Sag nr. 24": a marked title, set apart by the converter.)
        if start.title.isEmpty, j > previous, lines[j].isBlank, above > previous, lines[above].level > 0 || lines[above].strong,
            start.index - above == 2, Lexicon.headings[Lexicon.fold(lines[above].text)] == nil
        {
            j = above
        }
        if start.title.isEmpty, j > previous, case let line = lines[j], !line.isBlank, line.characterCount <= 200,
            line.text.first?.isUppercase == true, !line.text.hasSuffix("."), !line.text.hasSuffix(":"), CaseNumbers.fromLine(line.text) == nil,
            sectionHeading(line, current: nil).map({ match in
                (line.level > 0 || line.strong) && match.section.kind == .other && match.inline == nil && Lexicon.headings[Lexicon.fold(line.text)] == nil
            }) ?? true,
            Self.itemGroup(line) == nil
        {
            let below = lines[(start.index + 1)...].first { !$0.isBlank }
            let titleBelow = below.map { CaseNumbers.fromLine($0.text) == nil && sectionHeading($0, current: nil) == nil && !Self.isCaseField($0.text) } ?? false
            if !titleBelow {
                result = ItemLead(index: j, title: line.text)
                j -= 1
            }
        }
        while j > previous, lines[j].isBlank { j -= 1 }
        guard j > previous, lines[j].characterCount <= 80, let number = CaseNumbers.fromLine(lines[j].text) else { return result }
        // An item with its own case number under its heading leaves the one above to the item before.
        // (The lines under its heading up to its first section, where parseItem looks for one.)
        let own = lines[(start.index + 1)...].lazy.filter { !$0.isBlank }.prefix(4).prefix { sectionHeading($0, current: nil) == nil }
            .contains { CaseNumbers.fromLine($0.text) != nil }
        return own ? result : ItemLead(index: j, caseNumber: number, title: result?.title)
    }

    /// Items without numbers: a title-like line with a case number right above or below it, and a section's heading right after
    /// both ("Sagsnr.: 21.09.00-P19-1-19" / "Navn til det nye lokalbibliotek" / "Indstilling"). Numbered in their order.
    func unnumberedStarts() -> [ItemStart] {
        var result = [ItemStart]()
        func nextFilled(_ i: Int) -> Int? { lines.indices.contains(i) ? lines[i...].firstIndex { !$0.isBlank } : nil }
        // "Øvrige sagsbehandlere: -": a field beside the case number, no title.
        func isField(_ line: Line) -> Bool { line.text.firstIndex(of: ":").map { line.text.distance(from: line.text.startIndex, to: $0) <= 30 } ?? false }
        func isTitle(_ line: Line) -> Bool {
            // (Not "Mødet sluttede kl. 11.15", a remark of the header's.)
            !isField(line) && line.characterCount <= 160 && !Self.closesMeeting(line) && Bytes.startsUppercase(line.text) && !line.text.hasSuffix(".") && !line.text.hasSuffix(":")
                && CaseNumbers.fromLine(line.text) == nil && sectionHeading(line, current: nil) == nil && HeaderReader.labelled(line.text) == nil
        }
        func opensSection(_ i: Int?) -> Bool { i.map { sectionHeading(lines[$0], current: nil) != nil } ?? false }
        // Herning's column of the bodies the case passes ("DIR", "FOU", "BYR") and "Øvrige sagsbehandlere: -" under the title.
        func pastRouting(_ i: Int?) -> Int? {
            var at = i
            while let a = at, sectionHeading(lines[a], current: nil) == nil,
                (2...4).contains(lines[a].characterCount) && lines[a].text.allSatisfy({ $0.isUppercase })
                    // (" x": the column's mark at the body that decides.)
                    || LineText.trim(lines[a].text) == "x" || LineText.trim(lines[a].text) == "X"
                    || isField(lines[a]) && CaseNumbers.fromLine(lines[a].text) == nil
            {
                at = nextFilled(a + 1)
            }
            return at
        }
        for (index, line) in lines.enumerated() where !line.isBlank && CaseNumbers.fromLine(line.text) != nil {
            // The case number over the title (and the case's other fields).
            var below = nextFilled(index + 1)
            while let b = below, isField(lines[b]), CaseNumbers.fromLine(lines[b].text) == nil, sectionHeading(lines[b], current: nil) == nil {
                below = nextFilled(b + 1)
            }
            if let title = below, isTitle(lines[title]), opensSection(pastRouting(nextFilled(title + 1))) {
                result.append(ItemStart(index: title, number: result.count + 1, title: lines[title].text, closed: false))
                continue
            }
            // The title over the case number.
            // (A title stands apart: a blank line above it.)
            if let title = lines[..<index].lastIndex(where: { !$0.isBlank }), isTitle(lines[title]), opensSection(nextFilled(index + 1)),
                title == 0 || lines[title - 1].isBlank, result.last.map({ $0.index < title }) ?? true
            {
                result.append(ItemStart(index: title, number: result.count + 1, title: lines[title].text, closed: false))
                continue
            }
            // ("Sagsid.: 11/44211, Sagsinitialer: khl" under the item before, right over a section: an item whose title was lost,
            // among items with titles.)
            if !result.isEmpty, isField(line), opensSection(below) {
                var start = ItemStart(index: index, number: result.count + 1, title: "", closed: false)
                start.caseLine = true
                result.append(start)
            }
        }
        guard result.isEmpty else { return result }
        // A page whose titles were lost (folded away on Aabenraa's, Viborg's and Kolding's sites): each item its case number
        // ("Sagsid.: 21/24710") right over its first section; or its access ("Åben", "Lukket", Aalborg's) standing alone there.
        for (index, line) in lines.enumerated() where !line.isBlank && line.characterCount <= 80 {
            let access = line.characterCount <= 14 && (index == 0 || lines[index - 1].isBlank) ? Self.accessMarker(line.text) : nil
            // ("• Sagsid.:" with no number: the page's field empty, still where each item opens.)
            let emptyField = line.characterCount <= 24 && Self.isEmptyCaseField(Self.withoutBullet(ListItem.stripMarker(line.text)))
            guard access != nil || emptyField || CaseNumbers.fromLine(line.text) != nil && isField(line) else { continue }
            var below = nextFilled(index + 1)
            while access == nil, let b = below, isField(lines[b]), CaseNumbers.fromLine(lines[b].text) == nil, sectionHeading(lines[b], current: nil) == nil {
                below = nextFilled(b + 1)
            }
            guard opensSection(below) else { continue }
            var start = ItemStart(index: index, number: result.count + 1, title: "", closed: access == true)
            start.caseLine = access == nil
            result.append(start)
        }
        guard result.isEmpty else { return result }
        // No case numbers at all (Aarhus's Magistraten): titles standing apart, each right over its decision, when at least two
        // items read so.
        // ("## Byrådets mødeplan 2020" over "### Beslutning": a marked title a level above its sections.)
        func isMarkedTitle(_ index: Int) -> Bool {
            let line = lines[index]
            guard line.level > 0, line.characterCount <= 160, Bytes.startsUppercase(line.text), !line.text.hasSuffix("."),
                CaseNumbers.fromLine(line.text) == nil, let next = nextFilled(index + 1), lines[next].level > line.level
            else { return false }
            return sectionHeading(line, current: nil).map { $0.section.kind == .other } ?? true
        }
        for (index, line) in lines.enumerated() where !line.isBlank && index > 0 && lines[index - 1].isBlank && (isTitle(line) || isMarkedTitle(index)) {
            // (Not a label, a kind word, an access marker or a heading of the lexicon: "Referat", "Åben", "Forslag".)
            // (After the first item a kind word or a date may open a title: "Referat fra Magistratens møde den 18. marts 2019".)
            guard line.text.contains(" "), Self.accessMarker(line.text) == nil, !result.isEmpty || HeaderReader.kindWord(line.text) == nil,
                Lexicon.headings[Lexicon.fold(line.text)] == nil, !Bytes.hasFoldedPrefix(line.text, Self.derEr),
                let next = nextFilled(index + 1), let heading = sectionHeading(lines[next], current: nil),
                heading.section.kind == .decision, !result.isEmpty || DateText.firstDate(in: line.text) == nil,
                // ("Udvalget for Børn", "Økonomiudvalget": the committee, a running header.)
                case let folded = Lexicon.fold(line.text), !folded.hasPrefix("udvalg"),
                !["udvalget", "rådet", "bestyrelsen", "byrådet", "kommunalbestyrelsen"].contains(where: folded.hasSuffix)
            else { continue }
            result.append(ItemStart(index: index, number: result.count + 1, title: line.text, closed: false))
        }
        return result.count >= 2 ? result : []
    }

    /// Pages whose items lost their titles, numbers and case numbers (Svendborg's, Ishøj's): each item opens at the layout's
    /// first heading ("Beslutningstema", "Resume"), which recurs item after item; a decision before the first opening is an
    /// item of its own, cut to its decision.
    func headingOnlyStarts() -> [ItemStart] {
        var headings = [(index: Int, folded: String, kind: SectionKind)]()
        for (index, line) in lines.enumerated() where !line.isBlank && line.text.utf8.count <= 120 && Bytes.startsUppercase(line.text) {
            let folded = Lexicon.fold(line.text)
            guard let kind = Self.lexiconKind(folded), kind != .other, kind != .attachments, !Self.weakHeadings.contains(folded) else { continue }
            headings.append((index, folded, kind))
        }
        // (Not a heading over the meeting's own fields, "Sagsfremstilling" over "Medlemmer" on a page's front: no item's.)
        headings = headings.enumerated().filter { k, heading in
            let end = k + 1 < headings.count ? headings[k + 1].index : min(lines.count, heading.index + 40)
            return !lines[(heading.index + 1)..<end].contains { line in
                guard line.text.utf8.count <= 40, let label = HeaderReader.labelled(line.text)?.0 else { return false }
                return label == .participants || label == .date || label == .location
            }
        }.map(\.element)
        guard let opener = headings.first(where: { $0.kind != .decision }) else { return [] }
        var result = [ItemStart]()
        func start(at index: Int) {
            var start = ItemStart(index: index, number: result.count + 1, title: "", closed: false)
            start.headingLine = true
            result.append(start)
        }
        if let decision = headings.first(where: { $0.kind == .decision }), decision.index < opener.index { start(at: decision.index) }
        for heading in headings where heading.folded == opener.folded { start(at: heading.index) }
        return result
    }

    /// "Ad. 1) Referatet blev godkendt.", "Ad 2: Godkendt.": each point's decision, by its number.
    func adDecisions() -> [Int: String] {
        var result = [Int: String]()
        for line in lines where line.text.utf8.count >= 6 && line.text.utf8.first == 0x41 && (line.text.hasPrefix("Ad. ") || line.text.hasPrefix("Ad ")) {
            let rest = line.text.dropFirst(line.text.hasPrefix("Ad. ") ? 4 : 3)
            let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
            guard (1...3).contains(digits.count), let number = Int(digits), case let after = rest.dropFirst(digits.count),
                let mark = after.first, mark == ")" || mark == ":" || mark == "."
            else { continue }
            let text = LineText.trim(after.dropFirst())
            if !text.isEmpty, result[number] == nil { result[number] = text }
        }
        return result
    }

    private static let derEr = Array("der er ".utf8)

    private static let outcomeOnlyWords: [[UInt8]] = ["anbefales", "godkendt", "godkendes", "tiltrådt", "tiltrædes", "vedtaget", "taget til efterretning", "drøftet"]
        .map { Array($0.utf8) }

    /// "Anbefales", "Godkendt med den ændring …", "Anbefales ikke": a decision's words alone.
    static func isOutcomeOnly(_ title: String) -> Bool {
        guard title.utf8.count <= 120, let first = title.utf8.first, first | 0x20 == 0x61 || first | 0x20 == 0x67 || first | 0x20 == 0x74 || first | 0x20 == 0x76
            || first | 0x20 == 0x64
        else { return false }
        return outcomeOnlyWords.contains { word in
            Bytes.hasFoldedPrefix(title, word) && (title.utf8.count == word.count || title.utf8.dropFirst(word.count).first.map { $0 == 0x20 || $0 == 0x2E || $0 == 0x2C } == true)
        }
    }

    /// The numbered lines of an agenda printed as a list, in rising order; none when fewer than two.
    /// With `answered`, minutes written as such a list, each point's line followed by what was said or decided ("1.
    /// Godkendelse af dagsorden" / "Begge godkendt."): titles may end in a full stop, and each needs a line under it.
    func agendaListStarts(answered: Bool = false) -> [ItemStart] {
        var result = [ItemStart]()
        for (index, line) in lines.enumerated() where !line.isBlank && line.characterCount <= 240 {
            // (A group's heading, "Til orientering (åbne punkter)", may start the numbers again.)
            // ("18. Forslag til ny kvalitetsstandard vedrørende Servicelovens § 82 a og b.": a title's stop, in the run of numbers.)
            guard let (number, title) = Self.numberedHeading(Self.withoutBullet(line.text)), !title.isEmpty,
                answered || !title.hasSuffix(".") || Bytes.startsUppercase(title) && title.utf8.count <= 150 && continuesRun(number, at: index, after: result.last),
                !answered || result.last.map({ number == $0.number + 1 }) ?? (number == 1),
                !answered || lines[(index + 1)...].first(where: { !$0.isBlank }).map({ Self.numberedHeading($0.text) == nil }) == true,
                result.last.map({ number > $0.number || (($0.index + 1)..<index).contains { Self.itemGroup(lines[$0]) != nil } }) ?? true
            else { continue }
            let (closed, cleanTitle) = Self.closedPrefix(title)
            result.append(ItemStart(index: index, number: number, title: cleanTitle, closed: closed))
        }
        return result.count >= 2 ? result : []
    }

    /// The number goes on from the list's last line, or the next numbered line goes on from it.
    private func continuesRun(_ number: Int, at index: Int, after last: ItemStart?) -> Bool {
        if let last, number == last.number + 1 { return true }
        guard let next = lines[(index + 1)...].first(where: { !$0.isBlank }), let (following, _) = Self.numberedHeading(Self.withoutBullet(next.text)) else { return false }
        return following == number + 1
    }

    /// A heading with a title (not a sentence) and its case number or a section heading within the next lines.
    private func looksLikeItem(_ start: ItemStart) -> Bool {
        guard !start.title.hasSuffix(".") else { return false }
        let next = lines[(start.index + 1)...].lazy.filter { !$0.isBlank }.prefix(3)
        return next.contains { CaseNumbers.fromLine($0.text) != nil || Self.opensWithHeading($0.text) }
    }

    private func numberedStarts(tocRange: Range<Int>, tocTitles: [String]) -> [ItemStart] {
        struct Candidate {
            var start: ItemStart
            /// Marked as a heading, listed in the table of contents, or followed by a case number or a section heading.
            var evidenced: Bool
            /// Short, without a full stop: a title, not a numbered sentence.
            var headingLike: Bool
            /// A title on a line of its own with its case number or a section right under it: surely an item.
            var sectionFollows = false
            /// Its case number, its access or a section's heading on the very next line.
            var markerRightBelow = false
            /// The title as printed: on the heading's line, or on the next when the number stands alone.
            var shownTitle = ""
            /// Marked closed, in its title or by "Lukket punkt" right above it: closed items may be numbered in a series
            /// of their own ("101" after "7", Bornholm).
            var closedMarked = false
            /// One of the titles listed under "Lukkede punkter".
            var inClosedRun = false
        }
        var candidates = [Candidate]()
        let folded = Set(tocTitles.map { Lexicon.fold(Self.closedPrefix($0).1) })
        func numberAt(_ index: Int) -> Int? {
            guard lines.indices.contains(index), !lines[index].isBlank else { return nil }
            return Self.numberedHeading(Self.withoutBullet(lines[index].text))?.0
        }
        // A numbered line in a run of them (blank lines apart or not) right under "Lukkede punkter".
        func inClosedGroupRun(_ index: Int) -> Bool {
            guard lines[index].text.utf8.count <= 160 else { return false }
            var k = index
            while let above = lines[..<k].lastIndex(where: { !$0.isBlank }), numberAt(above) != nil, index - above <= 40 { k = above }
            guard let above = lines[..<k].last(where: { !$0.isBlank }) else { return false }
            return Self.itemGroup(above) == .closed
        }
        var lastPoint: (number: Int, index: Int)?
        for (index, line) in lines.enumerated() where !line.isBlank && !tocRange.contains(index) {
            let text = Self.withoutBullet(line.text)
            // " • 1 Oversigt over medlemmerne": a number and a space lead a heading that a bullet or the markup marks.
            // (Or "Åbent punkt" right above it: Bornholm's access line over each item.)
            let marksHeading = text.utf8.count != line.text.utf8.count || line.level > 0 || line.strong
                || index > 0 && Self.isItemTableHeader(lines[index - 1].text)
                || index > 0 && lines[..<index].last(where: { !$0.isBlank }).map({ $0.characterCount <= 16 && Self.accessMarker($0.text) != nil }) == true
            let startsWithDigit = text.utf8.first.map { $0 >= 0x31 && $0 <= 0x39 } == true
            // "514       Godkendelse af dagsorden" over "Beslutning": the number in a column of its own, a section's heading below.
            // (Or "514" alone, then the title, then the heading: the columns one under another in plain pdftotext.)
            func headingBelow(skipping lines: Int) -> Bool {
                let next = self.lines[(index + 1)...].lazy.filter { !$0.isBlank }.prefix(lines + 1)
                return next.count == lines + 1 && next.dropFirst(lines).first.map { Self.opensWithHeading($0.text) } == true
                    && next.prefix(lines).allSatisfy { $0.characterCount <= 150 && Bytes.startsUppercase($0.text) && !$0.text.hasSuffix(".") }
            }
            // (Or its case number between them: "1                  Stefan Agger - udtræden …" / "00.22.00G01-0002" / "Sagsfremstilling".)
            // (Or the case's fields: "Sagsbehandler:" / "Sagsnr.: 85.00.00-A00-127-13" / "Beslutning".)
            func caseNumberThenHeading() -> Bool {
                let next = Array(self.lines[(index + 1)...].lazy.filter { !$0.isBlank }.prefix(4))
                guard let heading = next.firstIndex(where: { Self.opensWithHeading($0.text) }), heading > 0 else { return false }
                return next[..<heading].allSatisfy { $0.characterCount <= 80 && (CaseNumbers.fromLine($0.text) != nil || Self.isCaseField($0.text)) }
                    && next[..<heading].contains { CaseNumbers.fromLine($0.text) != nil }
            }
            let columnGap = !marksHeading && startsWithDigit && (text.contains("\t") || text.contains("   ")) && (headingBelow(skipping: 0) || caseNumberThenHeading())
            // " • 100" alone, its title on the next line.
            let bare = (1...3).contains(text.utf8.count) && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
                && (marksHeading || startsWithDigit && headingBelow(skipping: 1))
            // "35 Godkendelse af dagsorden" right over "Sagsnr.: 15/1234" (KMD's layout) is a heading too.
            func labelledCaseNumber(_ line: Line) -> Bool { CaseNumbers.fromLine(line.text) != nil && !CaseNumbers.isCaseNumber(line.text) }
            // (Or past the title's wrapped end in its column: "2          Orientering om … til madaffald" / "(B)" / "Sagsnummer: 18/1039".)
            func wrappedOverCaseNumber() -> Bool {
                guard text.contains("   ") else { return false }
                let next = Array(lines[(index + 1)...].prefix(4).filter { !$0.isBlank }.prefix(2))
                return next.count == 2 && next[0].characterCount <= 40 && !next[0].text.hasSuffix(".") && !Self.opensWithHeading(next[0].text)
                    && CaseNumbers.fromLine(next[0].text) == nil && labelledCaseNumber(next[1])
            }
            let caseBelow = !marksHeading && text.utf8.first.map { $0 >= 0x31 && $0 <= 0x39 } == true
                // (A labelled number: a bare one may lead the item below, as the contents list its rows above it.)
                && (lines[(index + 1)...].prefix(2).first(where: { !$0.isBlank }).map(labelledCaseNumber) == true || wrappedOverCaseNumber())
            // "01 Bemærkninger til dagsordenen": a number padded with a zero heads an item without its dot (Lotus Notes minutes).
            let zeroPadded = text.utf8.count > 4 && text.utf8.first == 0x30 && text.utf8.dropFirst().first.map { $0 >= 0x31 && $0 <= 0x39 } == true
                && text.utf8.dropFirst(2).first == 0x20
            let numbered = Self.numberedHeading(text) ?? (marksHeading || caseBelow || zeroPadded || columnGap ? Self.spacedHeading(text) : nil)
                ?? (bare ? Int(text).map { ($0, "") } : nil)
            let lettered = numbered == nil ? Self.letteredHeading(text) : nil
            guard let (number, title) = numbered ?? lettered else { continue }
            // "17. Eventuelt" in a run of numbered lines ("16. …" above it, "15. …" or "18. …" beside): a list, such as contents
            // without page numbers, not an item with a body.
            // (Under "Lukkede punkter" such a run is the closed items, which print only their titles.)
            let closedRun = inClosedGroupRun(index)
            // (The run's first line too: "1. …" right over "2. …" and "3. …".)
            if line.level == 0, !closedRun,
                numberAt(index - 1) == number - 1 && (numberAt(index - 2) == number - 2 || numberAt(index + 1) == number + 1)
                    || numberAt(index + 1) == number + 1 && numberAt(index + 2) == number + 2
            {
                continue
            }
            // "Forvaltningen indstiller, at" over " 1. Ældrerådet godkender dagsordenen.": a point of the proposal.
            // ("… indstiller til udvalget, at byrådet godkender:" too.)
            if line.level == 0, let above = lines[..<index].last(where: { !$0.isBlank }),
                above.text.hasSuffix(" at") || above.text.hasSuffix(" at:") || above.text.hasSuffix("indstiller,") || above.text.hasSuffix("indstiller:")
                    || above.text.hasSuffix(":") && above.hints.contains(.proposal)
            {
                lastPoint = (number, index)
                continue
            }
            // The points after it: "2. Der meddeles …" a paragraph below point 1, with no heading between.
            // (A sentence, as points are: "3. Eventuelt" right after a one-point proposal is the next item.)
            if line.level == 0, let point = lastPoint, number == point.number + 1, index - point.index <= 8,
                title.hasSuffix(".") || title.hasSuffix(";") || title.hasPrefix("at ") || title.hasSuffix(","),
                !lines[(point.index + 1)..<index].contains(where: { !$0.isBlank && sectionHeading($0, current: nil) != nil })
            {
                lastPoint = (number, index)
                continue
            }
            // "3. Anbefales" under a stage of the case: a decision's point, whose words are an outcome, not an item's title.
            if line.level == 0, Self.isOutcomeOnly(title) { continue }
            // "3." alone: the title is the next line (the item reads it from there), and must look like one.
            var shownTitle = title
            if title.isEmpty {
                // "79." over "80.": a contents page's column of numbers, its titles in a column of their own below.
                func bareNumber(_ i: Int) -> Bool {
                    lines.indices.contains(i) && Self.numberedHeading(Self.withoutBullet(lines[i].text)).map { $0.1.isEmpty } == true
                }
                if bareNumber(index - 1) || bareNumber(index + 1) { continue }
                guard let next = lines[(index + 1)...].first(where: { !$0.isBlank }), next.characterCount <= 240,
                    next.text.first?.isUppercase == true, Self.numberedHeading(next.text) == nil
                else { continue }
                shownTitle = next.text
            }
            let afterBlank = index == 0 || lines[index - 1].isBlank || line.pageBreak || Self.isItemTableHeader(lines[index - 1].text)
                || Self.itemGroup(lines[index - 1]) != nil || CaseNumbers.fromLine(lines[index - 1].text) != nil
            // The contents may list the title with its number ("5. Meddelelser") or without.
            let inTOC = folded.contains(Lexicon.fold(Self.closedPrefix(shownTitle).1))
                || folded.contains(Lexicon.fold("\(number). " + Self.closedPrefix(shownTitle).1)) || folded.contains(Lexicon.fold("\(number). " + shownTitle))
            // A number alone on its line (pdftotext without -layout prints no blank lines) is a heading by its form;
            // so is "2. Lånoptagelse 2024" right under the text before it when its case number follows at once.
            // So is "114Spørgsmål til Byrådet" right above its "Sagsfremstilling" in a page without blank lines.
            // (Past an empty field first: "Sagsbehandler:" over "Sagsnr.: 00.22.00-P35-32-17".)
            // (Or a title wrapped onto a short second line before its case number: "… for Tønder Vand" / "A/S" / "13.02.00-S55-1-15".)
            let following = Array(lines[(index + 1)...].lazy.filter({ !$0.isBlank && !Self.isEmptyCaseField($0.text) }).prefix(2))
            // (Or "175. Beslutning om …" right under "Godkendt.", its title printed again below it: a web page's heading.)
            guard afterBlank || closedRun || title.isEmpty || line.level > 0 || inTOC
                || following.first.map({ $0.text.utf8.count == title.utf8.count && $0.text == title }) == true
                || following.first.map({
                    // ("9. Eventuelt." over "Beslutning: Intet": a short title with a stop is one too.)
                    CaseNumbers.fromLine($0.text) != nil || (!title.hasSuffix(".") || Self.isShortTitleWithStop(title))
                        && (Self.opensWithHeading($0.text) || $0.characterCount <= 16 && Self.accessMarker($0.text) != nil)
                }) == true
                || following.count == 2 && following[0].characterCount <= 40 && !title.hasSuffix(".") && !following[0].text.hasSuffix(".")
                    && Self.numberedHeading(following[0].text) == nil && CaseNumbers.fromLine(following[1].text) != nil
            else { continue }
            let marked = line.level > 0 || line.strong
            var followedByMarker = false
            var seen = 0
            var j = index + 1
            // Within five lines: a layout may print a block of fields first ("Sagsgang og sagstype", "Økonomiudvalget", …).
            while j < lines.count, seen < 5 {
                let t = lines[j].text
                j += 1
                if t.isEmpty { continue }
                seen += 1
                // Another item's heading ends the look; the same heading printed again does not.
                if let (other, _) = Self.numberedHeading(t), other != number { break }
                // "Sagsnr. 09/3307" right over "1. Generalplan …" leads that heading, and is no evidence for this one.
                if CaseNumbers.fromLine(t) != nil, let after = lines[j...].first(where: { !$0.isBlank }),
                    let (other, _) = Self.numberedHeading(after.text), other != number
                {
                    break
                }
                // ("Fraværende med afbud:" right under the title: København's item pages open with who was away.)
                if CaseNumbers.fromLine(t) != nil || Self.accessMarker(t) != nil || Self.opensWithHeading(t)
                    || t.utf8.count <= 24 && ItemFacts.bareAbsenceLabels.contains(Lexicon.fold(t))
                {
                    followedByMarker = true
                    break
                }
            }
            let markerRightBelow = lines[(index + (title.isEmpty ? 2 : 1))...].first(where: { !$0.isBlank }).map {
                CaseNumbers.fromLine($0.text) != nil || Self.accessMarker($0.text) != nil || Self.opensWithHeading($0.text)
            } == true
            let last = shownTitle.last
            // "2. Lars Weiss (A)": a member in a numbered list of those present, not a title.
            let member = last == ")" && shownTitle.count <= 60 && shownTitle.split(separator: " ").count <= 6
                && shownTitle.lastIndex(of: "(").flatMap { HeaderReader.partyToken(shownTitle[shownTitle.index(after: $0)...].dropLast()) } != nil
            let headingLike = shownTitle.count <= 150 && last != "." && last != "," && last != ";" && last != ":" && !member
            // "Lukket punkt" right above: Bornholm's access line over each item, the heading's evidence when a closed item
            // prints nothing more.
            let closedAbove = closedRun || lines[..<index].last(where: { !$0.isBlank }).map({ $0.characterCount <= 16 && Self.accessMarker($0.text) == true }) == true
            candidates.append(Candidate(
                start: ItemStart(index: index, number: number, title: title, closed: false, lettered: lettered != nil),
                evidenced: marked || inTOC || followedByMarker || closedAbove && headingLike, headingLike: headingLike && lettered == nil,
                // (Right under the text before it too, when the very next line is a section's heading or the case number.)
                sectionFollows: followedByMarker && headingLike
                    && (afterBlank || lines[(index + 1)...].first(where: { !$0.isBlank }).map {
                        CaseNumbers.fromLine($0.text) != nil || Self.opensWithHeading($0.text)
                    } == true),
                markerRightBelow: markerRightBelow, shownTitle: shownTitle,
                closedMarked: Self.closedPrefix(title).0 || closedAbove, inClosedRun: closedRun))
        }
        // ("## 2. Title" items, then "3. Bygherre skal …" a plain line among a proposal's points: where the markup marks two or
        // more numbered headings, it marks every item's.)
        if candidates.filter({ lines[$0.start.index].level > 0 }).count >= 2 {
            candidates = candidates.filter { lines[$0.start.index].level > 0 }
        }
        // The evidenced headings in rising order make the spine; a number missing from it is filled by a heading-like
        // line between its neighbours ("4. Klagesag" with no case number, "106. Eventuelt" with nothing under it).
        // "1." before every item, each with its case number or sections: an HTML list flattened by a conversion; the items
        // are numbered in their order.
        let evidenced = candidates.filter { $0.evidenced && !$0.start.lettered }
        if evidenced.count >= 2, evidenced.allSatisfy({ $0.start.number == 1 }),
            !candidates.contains(where: { $0.start.number != 1 && $0.evidenced })
        {
            return evidenced.enumerated().map { k, candidate in
                var start = candidate.start
                start.number = k + 1
                if k > 0 { start.printedNumber = 1 }
                return start
            }
        }
        var spine = [Candidate]()
        for candidate in candidates where candidate.evidenced {
            // "2a." comes right after item 2.
            if candidate.start.lettered {
                if let last = spine.last, candidate.start.number == last.start.number { spine.append(candidate) }
                continue
            }
            // "3. Finansiering" over a paragraph inside item 2, then "3. Eventuelt" right over its "Beslutning": the same number
            // twice, and the heading a section follows at once is the item; the numbered headings of the text from there on
            // were the item's own.
            if let last = spine.last, candidate.start.number <= last.start.number, candidate.markerRightBelow,
                let same = spine.firstIndex(where: { $0.start.number >= candidate.start.number }), same > 0,
                spine[same...].allSatisfy({ !$0.markerRightBelow }),
                // (Not the heading printed twice, as a link and then over the item: "2. Siden sidst (O)" and "2.     Siden sidst (O)".)
                !(spine[same].start.number == candidate.start.number
                    && Lexicon.fold(spine[same].start.title) == Lexicon.fold(candidate.start.title))
            {
                spine.removeSubrange(same...)
                spine.append(candidate)
                continue
            }
            // Numbers rise; a few may be missing (items without evidence, filled below), more when closed items were left out
            // of the open minutes ("446." then "451.") and the heading is surely one.
            // (A group's heading between them may start the numbers anew: "Lukkede sager" 165-166, then "ÅBNE SAGER" 145.)
            if let last = spine.last, candidate.start.number <= last.start.number
                // (A page's heading element, "9" then "40" over their sections, may skip as far as the closed items left out.)
                || candidate.start.number > last.start.number + (candidate.sectionFollows ? (lines[candidate.start.index].level > 0 ? 500 : 20) : 4)
                    && !(candidate.closedMarked && candidate.evidenced),
                !(candidate.start.number != last.start.number && candidate.sectionFollows
                    && (last.start.index..<candidate.start.index).contains { Self.itemGroup(lines[$0]) != nil })
            {
                continue
            }
            // Past 200 only numbers that run on through the year: the next evidenced heading is the next number, or the
            // heading is surely one.
            // (An evidenced heading that is the only numbered line is the meeting's one item: "• 307." over its title.)
            if spine.isEmpty && candidate.start.number > 200, !candidate.sectionFollows, candidates.count > 1,
                !candidates.contains(where: { $0.evidenced && $0.start.index > candidate.start.index && $0.start.number == candidate.start.number + 1 })
            {
                continue
            }
            spine.append(candidate)
        }
        // (Closed items listed under "Lukkede punkter" come after items of the minutes; alone, they are an agenda's list.)
        if spine.allSatisfy(\.inClosedRun) { spine = [] }
        // Nothing evidenced: "1. Meddelelse fra formanden", "2. Kvartalsrapport", … each over plain text, numbered from 1.
        guard let first = spine.first else {
            var run = [ItemStart]()
            // ("2. Statsforvaltningen." a short title with its full stop; "1." alone over its title, Middelfart's Ældreråd.)
            func shortSentence(_ title: String) -> Bool {
                title.hasSuffix(".") && title.count <= 60 && !title.dropLast().contains(". ") && title.split(separator: " ").count <= 8
            }
            // ("2. Forslag fra … byrådsgrupper til byrådsbeslutning om at …" a long title, between headings numbered 1 and 3.)
            // ("Lokalplan nr. 885", "m.v.": an abbreviation's stop; a sentence's stop has a capital after it.)
            func breaksSentence(_ title: String) -> Bool {
                var rest = Substring(title)
                while let stop = rest.firstRange(of: ". ") {
                    let next = rest[stop.upperBound...].first
                    let word = rest[..<stop.lowerBound].split(separator: " ").last ?? ""
                    if next?.isUppercase == true, word.count > 2 || word.first?.isLowercase == true { return true }
                    rest = rest[stop.upperBound...]
                }
                return false
            }
            func longTitle(_ candidate: Candidate) -> Bool {
                guard candidate.shownTitle.count <= 400, let last = candidate.shownTitle.last, last != ",", last != ";", last != ":",
                    !breaksSentence(candidate.shownTitle)
                else { return false }
                // (Or the next is a long title too: Aarhus's archive, "1. Anmodning fra … fra Aarhus Byråd." over its decision.)
                if candidates.contains(where: {
                    $0.start.index > candidate.start.index && $0.start.number == candidate.start.number + 1
                        && ($0.headingLike || $0.shownTitle.count >= 30 && !breaksSentence($0.shownTitle))
                }) {
                    return true
                }
                // (The last: a decision right under it, "Vedtaget i overensstemmelse med Magistratens indstilling …".)
                guard !candidates.contains(where: { $0.start.index > candidate.start.index }),
                    let next = lines[(candidate.start.index + 1)...].first(where: { !$0.isBlank }), next.text.utf8.count <= 300
                else { return false }
                return OutcomeReading.outcome(of: next.text) != .other
            }
            for candidate in candidates where (candidate.headingLike || shortSentence(candidate.shownTitle) || longTitle(candidate))
                && candidate.start.number == run.count + 1
                && !candidate.shownTitle.isEmpty && !candidate.shownTitle.contains("...") && !candidate.shownTitle.contains("…")
            {
                run.append(candidate.start)
            }
            // Each with text of its own under it: a list of titles is contents, not items.
            let bodied = run.indices.allSatisfy { k in
                let end = k + 1 < run.count ? run[k + 1].index : lines.count
                return lines[(run[k].index + 1)..<end].contains { !$0.isBlank }
            }
            return run.count >= 2 && bodied ? run : []
        }
        var result = [ItemStart]()
        var expected = first.start.number
        // Before the first evidenced item: the numbers below it, counting down from it.
        var before = [ItemStart]()
        for candidate in candidates.reversed() where candidate.start.index < first.start.index && candidate.headingLike {
            if candidate.start.number == expected - 1 {
                before.insert(candidate.start, at: 0)
                expected -= 1
            }
        }
        result = before
        expected = first.start.number
        var spineIndex = 0
        for candidate in candidates where candidate.start.index >= first.start.index {
            if spineIndex < spine.count, candidate.start.index == spine[spineIndex].start.index {
                result.append(candidate.start)
                expected = candidate.start.number + 1
                spineIndex += 1
                continue
            }
            // A filler must come before the next evidenced item and carry the number missing here.
            let nextNumber = spineIndex < spine.count ? spine[spineIndex].start.number : Int.max
            guard candidate.headingLike, candidate.start.number == expected, expected < nextNumber else { continue }
            result.append(candidate.start)
            expected += 1
        }
        return result
    }
}
