import ProtokolModel

/// Removes what the page layout adds to the text: page numbers and running headers and footers.
enum PageNoise {
    /// A web page's link back to its top ("Til toppen", "↑ Til top"), printed after every item.
    static func isNavigation(_ text: String) -> Bool {
        // Longer lines only as a page's breadcrumbs ("Hjem Politiske udvalg …") or its error ("Kunne ikke indlæse data fra …").
        if text.utf8.count > 40 {
            guard text.utf8.count <= 100, let first = text.utf8.first else { return false }
            if first | 0x20 == 0x6B { return Bytes.hasFoldedPrefix(text, couldNotLoad) }
            guard first | 0x20 == 0x68, Bytes.hasFoldedPrefix(text, home) else { return false }
        }
        guard let first = text.utf8.first, case let lower = first | 0x20,
            lower == 0x74 || lower == 0x67 || lower == 0x68 || lower == 0x6B || lower == 0x73 || lower == 0x6C || lower == 0x76 || lower == 0x70
                || lower == 0x75 || lower == 0x61
                || lower == 0x62 || first >= 0xE2
        else { return false }
        var folded = Lexicon.fold(text)
        while let f = folded.first, f == "↑" || f == "^" || f == " " || f == "•" { folded.removeFirst() }
        // "Kopier link til punktet - Print": a page's menu over each item.
        if folded.hasPrefix("kopier link til punktet"), text.utf8.count <= 40 { return true }
        // "Hjem Politiske udvalg Seneste fra byrådet": a page's breadcrumbs from its home page.
        if folded.hasPrefix("hjem "), text.utf8.count <= 100, !text.contains(where: \.isNumber), !text.contains(":") { return true }
        // "Klik her for at se sagsfremstillingen": a link to the item's own page.
        if folded.hasPrefix("klik her for at "), text.utf8.count <= 40 { return true }
        return text.utf8.count <= 32
            && navigationTexts.contains(folded)
    }

    private static let couldNotLoad = Array("kunne ikke indlæse data".utf8), home = Array("hjem ".utf8)

    /// Buttons and table headers of publishing systems' pages: "Show video" after each item, "Luk" folding it, NemAgenda's
    /// "Punkt Titel" and "Bilag Funktioner" over its tables.
    private static let navigationTexts: Set<String> = [
        "til toppen", "til top", "tilbage til toppen", "gå til toppen", "til toppen af siden", "hent som pdf", "kopier link", "tilbage til forsiden",
        "til indholdsfortegnelse", "tilbage til indholdsfortegnelse", "show video", "vis video", "se video", "afspil video", "luk", "luk punkt",
        "titel udvalg funktioner", "print", "udskriv", "vis medlemmer", "udskriv hele dagsordnen", "udskriv hele dagsordenen", "udskriv dagsorden",
        "skip til hoved indholdet", "spring til indhold", "gå til sidens indhold", "gå til indhold", "til hovedindhold",
    ]

    /// "NR/", "NR/KLM": the case officer's initials that sign off a case's text.
    static func isSignOff(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard (3...10).contains(utf8.count), let slash = text.firstIndex(of: "/") else { return false }
        let before = text[..<slash], after = text[text.index(after: slash)...]
        return (2...4).contains(before.count) && before.allSatisfy({ $0.isUppercase && $0.isLetter })
            && after.count <= 4 && after.allSatisfy({ $0.isUppercase && $0.isLetter })
    }

    /// A page's toggle glued to the heading it opens ("Godkendelse af dagsordenÅbn/luk punkt").
    private static let toggles = ["Åbn/luk punkt", "Åbn/Luk punkt", "åbn/luk punkt"]

    private static let klikHer = Array("Klik her for at folde".utf8)

    static func withoutToggle(_ line: Line) -> Line? {
        // "UdskrivSagsid.: 13/11537": a page's print link glued to the line after it.
        if line.text.utf8.first == 0x55, line.text.hasPrefix("Udskriv"), case let rest = line.text.dropFirst(7), rest.first?.isUppercase == true,
            rest.dropFirst().first?.isLowercase == true
        {
            return Line(text: String(rest), number: line.number, level: line.level, strong: line.strong, pageBreak: line.pageBreak)
        }
        // "application/pdf icon udkast_planstrategi.pdf": a link's icon text before the file's name (Drupal).
        if line.text.utf8.first == 0x61, line.text.hasPrefix("application/"), let icon = line.text.firstRange(of: " icon "),
            line.text.distance(from: line.text.startIndex, to: icon.lowerBound) <= 80
        {
            return Line(text: LineText.trim(line.text[icon.upperBound...]), number: line.number, level: line.level, strong: line.strong, pageBreak: line.pageBreak)
        }
        // "fold dette punkt ind Resume": a toggle before the heading it opens.
        if line.text.utf8.first == 0x66, line.text.hasPrefix("fold dette punkt ind ") || line.text.hasPrefix("fold dette punkt ud ") {
            let rest = line.text.dropFirst(line.text.hasPrefix("fold dette punkt ind ") ? 21 : 20)
            return Line(text: LineText.trim(rest), number: line.number, level: line.level, strong: line.strong, pageBreak: line.pageBreak)
        }
        // "1. Godkendelse af dagsordenKlik her for at folde ud og læse mere om Godkendelse af dagsorden": the toggle and what it names.
        if line.text.utf8.count > 30, Bytes.contains(line.text, Self.klikHer), let cut = line.text.firstRange(of: "Klik her for at folde"),
            cut.lowerBound > line.text.startIndex
        {
            return Line(text: LineText.trim(line.text[..<cut.lowerBound]), number: line.number, level: line.level, strong: line.strong, pageBreak: line.pageBreak)
        }
        guard line.text.utf8.last == 0x74, line.text.utf8.count > 12, let toggle = toggles.first(where: { line.text.hasSuffix($0) }) else { return nil }
        return Line(text: LineText.trim(line.text.dropLast(toggle.count)), number: line.number, level: line.level, strong: line.strong, pageBreak: line.pageBreak)
    }

    /// `inferPages`: the text may hold a PDF's pages without their form feeds (a Markdown conversion), whose furniture is
    /// found by its shape and repetition.
    /// "05.11.2019": a line that is only a date in digits.
    static func isBareDate(_ text: String) -> Bool {
        guard (8...10).contains(text.utf8.count), let first = text.utf8.first, first >= 0x30 && first <= 0x39,
            let found = DateText.firstDate(in: text)
        else { return false }
        return found.start == 0 && found.end == text.utf8.count
    }

    static func remove(_ lines: [Line], inferPages: Bool = false) -> [Line] {
        var lines = lines
        var drop = Set<Int>()
        for (index, line) in lines.enumerated() {
            // ("-" alone: a web page's bullet whose link text was dropped.)
            if isPageNumber(line.text) || isNavigation(line.text) || isSignOff(line.text)
                || line.text.utf8.count <= 3 && (line.text == "-" || line.text == "•")
            {
                drop.insert(index)
            }
            if let stripped = withoutToggle(line) { lines[index] = stripped }
        }
        let pageStarts = [0] + lines.indices.filter { lines[$0].pageBreak }
        if pageStarts.count >= 2 {
            markRunningLines(lines, pageStarts: pageStarts, drop: &drop)
        } else if inferPages {
            markFurnitureWithoutPageBreaks(lines, drop: &drop)
        }
        // "05.11.2019" alone beside a dropped footer or header, or at a page's edge: the date of the running header, which plain
        // pdftotext prints apart from the rest of it.
        if pageStarts.count >= 2 {
            for (index, line) in lines.enumerated() where !drop.contains(index) && isBareDate(line.text) {
                let before = lines[..<index].lastIndex { !$0.isBlank }, after = lines[(index + 1)...].firstIndex { !$0.isBlank }
                if line.pageBreak || before.map({ drop.contains($0) }) == true || after.map({ drop.contains($0) || lines[$0].pageBreak }) == true {
                    drop.insert(index)
                }
            }
        }
        // "1" or "1/1" alone at the foot of a page, set apart by a blank line: its number, though no other page repeats it.
        for end in pageStarts.dropFirst().map({ $0 - 1 }) + [lines.count - 1] {
            guard let last = lines[..<(end + 1)].lastIndex(where: { !$0.isBlank }), last > 0, lines[last - 1].isBlank,
                isBareNumber(lines[last].text)
            else { continue }
            drop.insert(last)
        }
        // "Kommunalbestyrelsen den 28. oktober 2014" atop a later page, which the title "Referat - Kommunalbestyrelsen den 28.
        // oktober 2014" holds: a running header printed from the second page on, though only once.
        if pageStarts.count >= 2, let title = lines.first(where: { !$0.isBlank }), title.text.utf8.count <= 160 {
            let folded = Lexicon.fold(title.text)
            for start in pageStarts.dropFirst() {
                guard let top = lines[start...].firstIndex(where: { !$0.isBlank }), top > 0, lines[top].text.utf8.count >= 12,
                    !drop.contains(top), DateText.firstDate(in: lines[top].text) != nil, MinutesParser.punktHeading(lines[top].text) == nil,
                    folded.hasSuffix(Lexicon.fold(lines[top].text)) || folded.hasPrefix(Lexicon.fold(lines[top].text))
                else { continue }
                drop.insert(top)
            }
        }
        // "Klima- og Planudvalget 09.01.2020   1" at the foot of the last page, set apart: the committee and the date of a footer
        // that no other page repeats (a one-page document's).
        if let last = lines.indices.last(where: { !lines[$0].isBlank && !drop.contains($0) }), last > 0, lines[last - 1].isBlank,
            isCommitteeAndDate(lines[last].text)
        {
            drop.insert(last)
        }
        guard !drop.isEmpty else { return lines }
        var result = [Line]()
        result.reserveCapacity(lines.count)
        var carryBreak = false
        for (index, line) in lines.enumerated() {
            if drop.contains(index) {
                carryBreak = carryBreak || line.pageBreak
                continue
            }
            var kept = line
            if carryBreak && !kept.isBlank {
                kept.pageBreak = true
                carryBreak = false
            }
            result.append(kept)
        }
        return result
    }

    /// "Side 3 af 16", "Side 3", "3/16", "- 3 -", "Page 3 of 16", alone or in the last column of a footer line
    /// ("Gribskov Kommune, Social- og Sundhedsudvalget, 04.09.2023        Side 1 af 4").
    static func isPageNumber(_ text: String) -> Bool {
        if isPageNumberAlone(text) { return true }
        if isFooterWithPage(text) { return true }
        guard text.utf8.count <= 200, let last = text.utf8.last, last >= 0x30 && last <= 0x39 else { return false }
        // The last column: after a wide gap, a tab or a bar ("Økonomiudvalget | 13-12-2023 | Side 4").
        guard let cut = LineText.lastColumn(of: text, bars: true) else { return false }
        return isPageNumberAlone(LineText.trim(text[cut...]))
    }

    /// "Økonomiudvalget 8. juni 2006 Side 2": a footer whose columns a conversion joined with single spaces — a dated
    /// line that ends in its page number.
    static func isFooterWithPage(_ text: String) -> Bool {
        guard text.utf8.count <= 100, text.utf8.count > 8, let last = text.utf8.last, last >= 0x30 && last <= 0x39,
            Bytes.contains(text, sideWord)
        else { return false }
        let words = text.split(separator: " ")
        guard words.count >= 3, let index = words.lastIndex(where: { $0 == "Side" || $0 == "side" }), index > 0,
            index == words.count - 2 || index == words.count - 4 && words[words.count - 2] == "af"
        else { return false }
        return DateText.firstDate(in: text) != nil
    }

    private static let sideWord = Array("ide ".utf8)

    /// "Klima- og Planudvalget 09.01.2020", with or without the page's number after it.
    /// (Not a heading of its date: "Beslutning i Kommunalbestyrelsen den 28-10-2014".)
    static func isCommitteeAndDate(_ text: String) -> Bool {
        // (Such a line ends in the date's year or the page's number.)
        guard text.utf8.count <= 90, let end = text.utf8.last, end >= 0x30 && end <= 0x39, let first = text.utf8.first,
            first >= 0x41 && first <= 0x5A || first == 0xC3, let found = DateText.firstDate(in: text), found.start > 0 else { return false }
        let (before, after) = DateText.split(text, start: found.start, end: found.end)
        let name = LineText.trim(before)
        guard HeaderReader.namesCommittee(name), !before.contains(","), after.allSatisfy({ $0.isNumber || $0 == " " || $0 == "\t" }),
            !name.hasSuffix(" den"), !name.hasSuffix(" d."), !name.hasSuffix(":"),
            // ("Vedtaget i overensstemmelse med Magistratens indstilling af 8. august 2011": a sentence, no name.)
            case let words = name.split(separator: " "), words.count <= 6, let last = words.last,
            !["af", "i", "med", "til", "om", "fra", "for", "på", "den"].contains(last.lowercased())
        else { return false }
        let firstWord = Lexicon.fold(name.prefix { $0 != " " && $0 != ":" })
        return Lexicon.headings[firstWord] == nil
    }

    /// "7", "1/1": a page's number without a word.
    static func isBareNumber(_ text: String) -> Bool {
        let bytes = text.utf8
        guard (1...7).contains(bytes.count), bytes.first != 0x30 else { return false }
        let parts = bytes.split(separator: 0x2F, omittingEmptySubsequences: false)
        return parts.count <= 2 && parts.allSatisfy { (1...3).contains($0.count) && $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    }

    private static func isPageNumberAlone(_ text: String) -> Bool {
        guard let first = text.utf8.first, text.utf8.count <= 24,
            first == 0x53 || first == 0x73 || first == 0x50 || first == 0x70 || first == 0x2D
        else { return false }
        // Each form starts with the word "side", "page" or "-": only ASCII letters lower-case to them.
        var bytes = text.utf8.prefix(5).makeIterator()
        var head = [UInt8]()
        while let b = bytes.next(), b != 0x20, b != 0x09 { head.append(Bytes.asciiLower(b)) }
        guard head == [0x73, 0x69, 0x64, 0x65] || head == [0x70, 0x61, 0x67, 0x65] || head == [0x2D] else { return false }
        let lowered = text.lowercased()
        let words = lowered.split(whereSeparator: { $0 == " " || $0 == "\t" })
        func isNumber(_ s: Substring) -> Bool { !s.isEmpty && s.count <= 4 && s.allSatisfy { $0.isASCII && $0.isNumber } }
        if words.count == 2, words[0] == "side" || words[0] == "page", isNumber(words[1]) { return true }
        // "Side ii": the front matter's pages in Roman numerals.
        if words.count == 2, words[0] == "side", (1...5).contains(words[1].count), words[1].allSatisfy({ "ivxl".contains($0) }) { return true }
        if words.count == 4, words[0] == "side" || words[0] == "page", isNumber(words[1]),
            words[2] == "af" || words[2] == "of" || words[2] == "ud", isNumber(words[3])
        {
            return true
        }
        if words.count == 2, words[0] == "side" {
            let parts = words[1].split(separator: "/")
            if parts.count == 2, isNumber(parts[0]), isNumber(parts[1]) { return true }
        }
        if words.count == 3, words[0] == "-", words[2] == "-", isNumber(words[1]) { return true }
        return false
    }

    /// A PDF's pages converted without their form feeds (pymupdf4llm's Markdown): page numbers standing alone that rise
    /// through the text ("1", "2"), and lines that recur beside them or repeat the first line with other digits (the running
    /// header "Udvalget for Teknik og Miljø 22-06-2020"), or a footer of the committee and date, are the pages' furniture.
    private static func markFurnitureWithoutPageBreaks(_ lines: [Line], drop: inout Set<Int>) {
        func alone(_ i: Int) -> Bool { (i == 0 || lines[i - 1].isBlank) && (i + 1 == lines.count || lines[i + 1].isBlank) }
        var numbers = [Int]()
        var last = 0
        for i in lines.indices where lines[i].level == 0 && !lines[i].strong && alone(i) {
            let text = lines[i].text
            // (Pages count from the first and skip few: "514", "515" alone are items' numbers in their own column.)
            guard (1...3).contains(text.utf8.count), text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int(text), value > last,
                value <= last + 2
            else { continue }
            numbers.append(i)
            last = value
        }
        // "Side 1 af 2" stands where a page ends too.
        let anchors = numbers + lines.indices.filter { alone($0) && isPageNumber(lines[$0].text) }
        // "Kultur- og Idrætsudvalget 20-08-2019 1": a footer with the page's number, recurring.
        var footers = [String: [Int]]()
        for i in lines.indices where alone(i) && lines[i].level == 0 && !lines[i].strong && isCommitteeAndDate(lines[i].text) {
            footers[digitless(lines[i].text), default: []].append(i)
        }
        for (_, indices) in footers where indices.count >= 2 { drop.formUnion(indices) }
        guard numbers.count >= 2 || anchors.count >= 2 else { return }
        drop.formUnion(numbers)
        // What stands within a few lines of a page number, plain and short, and recurs (digits ignored): the header or footer.
        var near = [String: [Int]]()
        for n in anchors {
            // (A line with a date: the committee's name alone may be a table's cell beside a row's number.)
            for i in max(0, n - 4)...min(lines.count - 1, n + 4) where i != n && !lines[i].isBlank && lines[i].level == 0 && !lines[i].strong
                && lines[i].text.utf8.count <= 100 && mayRun(lines[i]) && DateText.firstDate(in: lines[i].text) != nil
            {
                near[digitless(lines[i].text), default: []].append(i)
            }
        }
        let firstLine = lines.first(where: { !$0.isBlank }).map { digitless($0.text) }
        for i in lines.indices where !lines[i].isBlank && lines[i].level == 0 && !lines[i].strong && lines[i].text.utf8.count <= 100 {
            let key = digitless(lines[i].text)
            let nearNumbers = near[key].map { Set($0).count >= 2 || $0.contains(i) && isCommitteeAndDate(lines[i].text) } ?? false
            // (The first line itself is the title; its later copies are the running header.)
            let repeatsTitle = key == firstLine && i != lines.firstIndex(where: { !$0.isBlank }) && mayRun(lines[i])
            if nearNumbers || repeatsTitle { drop.insert(i) }
        }
    }

    /// Lines at the top or bottom of pages that recur there on most pages (digits ignored) are running text.
    private static func markRunningLines(_ lines: [Line], pageStarts: [Int], drop: inout Set<Int>) {
        var top = [String: [Int]]()
        var bottom = [String: [Int]]()
        for (page, start) in pageStarts.enumerated() {
            let end = page + 1 < pageStarts.count ? pageStarts[page + 1] : lines.count
            let content = (start..<end).filter { !lines[$0].isBlank }
            for index in content.prefix(2) where mayRun(lines[index]) {
                top[digitless(lines[index].text), default: []].append(index)
            }
            for index in content.suffix(2) where mayRun(lines[index]) {
                bottom[digitless(lines[index].text), default: []].append(index)
            }
        }
        // (A form feed after the last page opens no page.)
        let pageCount = pageStarts.enumerated().filter { page, start in
            let end = page + 1 < pageStarts.count ? pageStarts[page + 1] : lines.count
            return (start..<end).contains { !lines[$0].isBlank }
        }.count
        for (isTop, positions) in [(true, top), (false, bottom)] {
            // The first page's top is the document's title: it counts only with the running text of the others; its foot
            // counts as any page's.
            // (Of two pages, a line printed the same at the edge of both: "Økonomiudvalget - 18-09-2024"; at their feet, or
            // the same but for the page's number: "Kultur- og Idrætsudvalget 20-08-2019 1".)
            let threshold = isTop ? max(2, ((pageCount - 1) * 3 + 4) / 5) : max(2, (pageCount * 3 + 4) / 5)
            for (_, indices) in positions {
                let pages = Set(indices.map { page(of: $0, pageStarts: pageStarts) })
                let running = pageCount == 2
                    ? pages.count == 2 && (Set(indices.map { lines[$0].text.split(separator: " ").joined(separator: " ") }).count == 1
                        || !isTop && indices.allSatisfy { endsWithPageNumber(lines[$0].text, page: page(of: $0, pageStarts: pageStarts)) })
                    : (isTop ? pages.filter({ $0 > 0 }).count : pages.count) >= threshold
                if running { drop.formUnion(indices) }
            }
        }
        // A lone number at a page edge is a page number.
        for (page, start) in pageStarts.enumerated() {
            let end = page + 1 < pageStarts.count ? pageStarts[page + 1] : lines.count
            let content = (start..<end).filter { !lines[$0].isBlank && !drop.contains($0) }
            // (Not one of a column of numbers: the contents' pages, "3" over "4", at the foot of page 1.)
            func isNumber(_ k: Int) -> Bool {
                content.indices.contains(k) && lines[content[k]].text.count <= 4 && lines[content[k]].text.allSatisfy { $0.isASCII && $0.isNumber }
            }
            for k in Set([0, content.count - 1]) where isNumber(k) && !isNumber(k == 0 ? 1 : k - 1) { drop.insert(content[k]) }
        }
    }

    /// "Kultur- og Idrætsudvalget 20-08-2019 2" at the foot of the second page: the page's number ends the line.
    private static func endsWithPageNumber(_ text: String, page: Int) -> Bool {
        guard let last = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).last else { return false }
        return Int(last) == page + 1
    }

    /// Running text is short and reports nothing: an item's last line ("Fraværende: …", a vote) may recur at the
    /// foot of several pages when items end there, and is content.
    /// Nor is an item's case number, a section's heading or a short decision ("Intet."), which recur at the edges of pages
    /// that each hold one item.
    private static func mayRun(_ line: Line) -> Bool {
        guard line.text.utf8.count <= 160, line.hints.isDisjoint(with: [.absence, .disqualification, .vote, .proposal]) else { return false }
        let text = LineText.trim(line.text)
        if text.utf8.count <= 40 {
            if CaseNumbers.isCaseNumber(text) { return false }
            let folded = Lexicon.fold(text)
            if let kind = Lexicon.headings[folded], kind != .other, !MinutesParser.weakHeadings.contains(folded) { return false }
            if OutcomeReading.outcome(of: text) != .other { return false }
        }
        // ("Sag nr. 74 Orientering om likviditet 2010": an item's heading, atop its page and listed atop the contents' page.)
        if let (_, title) = MinutesParser.punktHeading(text), !title.isEmpty { return false }
        // ("Beslutning den 24-04-2017:": a section's heading with its date, first on each page of one item.)
        if text.utf8.count <= 100, let space = text.firstIndex(where: { $0 == " " || $0 == ":" }), case let word = Lexicon.fold(text[..<space]),
            let kind = Lexicon.headings[word], kind != .other, !MinutesParser.weakHeadings.contains(word)
        {
            return false
        }
        return true
    }

    private static func page(of index: Int, pageStarts: [Int]) -> Int {
        var low = 0
        var high = pageStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if pageStarts[mid] <= index { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The line with its digits as "#" and each run of spaces as one: `pdftotext -layout` pads the gap between a
    /// header's left and right parts by a space or two more or less from page to page.
    private static func digitless(_ s: String) -> String {
        var result = ""
        result.reserveCapacity(s.utf8.count)
        var lastWasSpace = false
        for c in s {
            let space = c == " " || c == "\t"
            if space && lastWasSpace { continue }
            result.append(c.isNumber ? "#" : space ? " " : c)
            lastWasSpace = space
        }
        return result
    }
}

/// Joins a paragraph that a page break cut in two: the blank lines the break left are dropped when the text
/// before it runs on (no closing punctuation, a hyphen, a wrapped line) and the text after it continues.
enum PageJoin {
    static func repair(_ lines: [Line], wrapWidth: Int) -> [Line] {
        guard lines.contains(where: \.pageBreak) else { return lines }
        var result = [Line]()
        result.reserveCapacity(lines.count)
        for line in lines {
            if line.pageBreak, !line.isBlank, let previousIndex = result.lastIndex(where: { !$0.isBlank }),
                runsOn(result[previousIndex], into: line, wrapWidth: wrapWidth)
            {
                result.removeSubrange((previousIndex + 1)...)
            }
            result.append(line)
        }
        return result
    }

    private static func runsOn(_ previous: Line, into next: Line, wrapWidth: Int) -> Bool {
        guard previous.level == 0, !previous.strong, next.level == 0, !next.strong,
            let last = previous.text.last, let first = next.text.first
        else { return false }
        // "2. Overførsler …" | page break | "3. Revisionens beretning …": one list.
        if let before = listNumber(previous.text), let after = listNumber(next.text), after == before + 1 { return true }
        if previous.text.hasPrefix("- ") || previous.text.hasPrefix("• "), next.text.hasPrefix("- ") || next.text.hasPrefix("• ") { return true }
        if ".:!?".contains(last) { return false }
        if ListItem.normalise(next.text).isItem || MinutesParser.punktHeading(next.text) != nil { return false }
        if first.isLowercase { return true }
        // A capitalised word after the break continues the sentence only when the line before ends mid-phrase.
        guard wrapWidth > 0, previous.text.utf8.count >= wrapWidth else { return false }
        let lastWord = previous.text.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return last == "," || continuationWords.contains(lastWord)
    }

    /// The number of a "3. …" or "3) …" list line.
    private static func listNumber(_ text: String) -> Int? {
        guard ListItem.numberedMarkerLength(text) != nil else { return nil }
        return Int(text.prefix(while: { $0.isASCII && $0.isNumber }))
    }

    /// Words that do not end a sentence or a title: a line ending on one goes on.
    static let continuationWords: Set<String> = [
        "og", "i", "på", "til", "for", "af", "med", "at", "en", "et", "den", "det", "der", "som", "fra", "om", "ved",
        "under", "over", "mellem", "efter", "eller", "samt", "hos", "mod", "jf.", "jævnfør", "de", "vores", "kommunens",
    ]
}
