/// Joins the lines of a section into the contract's text: paragraphs separated by a blank line, list items
/// on their own line with "- ", lines wrapped by the layout joined again, hyphenation at line ends undone.
struct Paragraphs {
    /// Lines at least this long are taken to have been wrapped by the layout (0 = no wrapping seen).
    var wrapWidth: Int

    /// Estimates the wrap width from the lengths of the document's lines.
    static func estimateWrapWidth(_ lines: [Line]) -> Int {
        var lengths = [Int]()
        lengths.reserveCapacity(lines.count)
        // Lines of prose only: headings and labels are short, contents lines with dot leaders and `-layout` rows with
        // column gaps are as long as they like.
        for line in lines where !line.isBlank {
            let length = line.text.utf8.count
            if length >= 40 && !isColumned(line.text) { lengths.append(length) }
        }
        guard lengths.count >= 10 else { return 0 }
        var p90 = Self.rank(lengths.count * 9 / 10, in: &lengths)
        // pdftotext joins a word hyphenated at a line end into one long line; a few such lines are no ceiling.
        let outliers = lengths.count(where: { $0 > p90 + p90 * 2 / 5 })
        if outliers > 0, outliers <= 2 || outliers * 100 <= lengths.count * 8 {
            lengths.removeAll { $0 > p90 + p90 * 2 / 5 }
            p90 = Self.rank(lengths.count * 9 / 10, in: &lengths)
        }
        let p97 = Self.rank(min(lengths.count - 1, lengths.count * 97 / 100), in: &lengths)
        // A layout that wraps shows a hard ceiling: the longest lines are barely longer than the 90th percentile.
        guard p90 >= 40, p97 <= p90 + p90 / 8 else { return 0 }
        // And most of its lines reach near the ceiling; a page of one line a paragraph has lines of every length.
        let nearCeiling = lengths.count(where: { $0 * 100 >= p90 * 85 })
        guard nearCeiling * 10 >= lengths.count * 4 else { return 0 }
        return p90 * 3 / 4
    }

    /// A line with dot leaders, or with a gap of four or more spaces past its first 30 bytes (a `-layout` table row,
    /// a header with a right-hand part); a heading in a left column before the text is no such gap.
    static func isColumned(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            // Contents lines and table rows are short; a paragraph on one line is prose.
            guard bytes.count <= 400 else { return false }
            var run = 0, dots = 0
            for position in 0..<bytes.count {
                let byte = bytes[position]
                if byte == 0x20 { run += 1; if run >= 4 && position >= 30 { return true } } else { run = 0 }
                if byte == 0x2E { dots += 1; if dots >= 5 { return true } } else { dots = 0 }
            }
            return false
        }
    }

    /// The value at `rank` of the sorted `values` (all ≥ 0), counted in a histogram when they are small, else sorted.
    static func rank(_ rank: Int, in values: inout [Int]) -> Int {
        let limit = 1024
        guard let largest = values.max(), largest < limit else {
            values.sort()
            return values[rank]
        }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: largest + 1) { counts in
            counts.initialize(repeating: 0)
            for value in values { counts[value] += 1 }
            var seen = 0
            for value in 0...largest {
                seen += counts[value]
                if seen > rank { return value }
            }
            return largest
        }
    }

    func text(_ lines: some Collection<Line>) -> String {
        var result = ""
        // Paragraphs (never empty) are appended as they end, as `joined(separator: "\n\n")` would put them.
        func flush(_ paragraph: String) {
            if !result.isEmpty { result.append("\n\n") }
            result.append(paragraph)
        }
        var current = ""
        var previous: String?
        var previousWasRow = false
        for line in lines {
            if line.isBlank {
                if !current.isEmpty { flush(current) }
                current = ""
                previous = nil
                previousWasRow = false
                continue
            }
            // A `-layout` table row: its cells apart by tabs, on a line of its own, as Markdown and HTML tables give them.
            if let row = Self.tableRow(line.text) {
                if !current.isEmpty { current.append("\n") }
                current.append(row)
                previous = nil
                previousWasRow = true
                continue
            }
            // (Runs of spaces in justified text are one space between words.)
            let text = Bytes.contains(line.text, Self.twoSpaces) ? Inline.collapseSpaces(line.text) : line.text
            let (isItem, itemText) = ListItem.normalise(text)
            if previousWasRow {
                current.append("\n")
                current.append(itemText)
                previous = text
                previousWasRow = false
                continue
            }
            if let prev = previous {
                if isItem && !continuesSentence(prev, next: text) {
                    current.append("\n")
                    current.append(itemText)
                } else if let joined = Paragraphs.dehyphenate(prev: prev, next: text) {
                    current.removeLast(joinedTail(prev))
                    current.append(joined)
                } else if isWrapped(prev, next: text) {
                    current.append(" ")
                    current.append(text)
                } else if wrapWidth > 0 || line.pageBreak, prev.utf8.count >= 40, let last = prev.last, last == "." || last == "!" || last == "?",
                    !ListItem.normalise(prev).isItem, !prev.contains("\t"), !text.contains("\t")
                {
                    // (So did a sentence that ended a page, in a text whose width is unknown.)
                    // In a layout that wraps, a sentence that stops short of the margin ended its paragraph.
                    flush(current)
                    current = text
                } else {
                    current.append("\n")
                    current.append(text)
                }
            } else {
                current = itemText
            }
            previous = text
        }
        if !current.isEmpty { flush(current) }
        return result
    }

    static let twoSpaces = Array("  ".utf8)

    /// "Område      Opr. budget   Korr. budget" -> "Område\tOpr. budget\tKorr. budget": a line with two gaps of three or more
    /// spaces, or one of five or more, split at its gaps of two or more; nil for any other line.
    static func tableRow(_ text: String) -> String? {
        var copy = text
        let isRow = copy.withUTF8 { bytes in
            guard bytes.count <= 400 else { return false }
            var wide = 0, widest = 0, run = 0
            for byte in bytes {
                if byte == 0x20 { run += 1; continue }
                if run >= 3 { wide += 1 }
                widest = max(widest, run)
                run = 0
            }
            return wide >= 2 || widest >= 5
        }
        guard isRow else { return nil }
        var cells = [String]()
        var cell = ""
        var spaces = 0
        for c in text {
            if c == " " { spaces += 1; continue }
            if spaces >= 2 { cells.append(cell); cell = "" } else if spaces == 1 { cell.append(" ") }
            spaces = 0
            cell.append(c)
        }
        cells.append(cell)
        let filled = cells.filter { !$0.isEmpty }
        // "at     køreplanen … august         2023": a proposal's point in justified text, no row.
        if filled.first == "at" { return nil }
        // "·         at stedfortræderen er valgbar": a Word bullet padded to its tab stop is a list item, no row.
        if filled.count == 2, ["·", "•", "-", "–", "▪", "◦", "o", "\u{F0B7}"].contains(filled[0]) { return nil }
        return filled.joined(separator: "\t")
    }

    private func joinedTail(_ prev: String) -> Int {
        // The hyphenated word's first half, which `dehyphenate` returns again joined with the rest.
        var count = 0
        for ch in prev.reversed() {
            if ch == " " { break }
            count += 1
        }
        return count
    }

    /// "… jf. § 2, stk." + "3. Byrådets …", "… reduceret i" + "4. kvartal, …": a number that goes on with the sentence
    /// before it, not a numbered point.
    private func continuesSentence(_ prev: String, next: String) -> Bool {
        guard let first = next.utf8.first, first >= 0x30, first <= 0x39 else { return false }
        if prev.hasSuffix(" stk.") || prev.hasSuffix(" nr.") || prev.hasSuffix(" pkt.") || prev.hasSuffix(" jf.") || prev.hasSuffix(" §") {
            return true
        }
        // A wrapped line that stops after a preposition ("reduceret i" + "4. kvartal"): the number is its next word.
        guard wrapWidth > 0, prev.utf8.count >= wrapWidth, !ListItem.normalise(prev).isItem else { return false }
        let word = prev.split(separator: " ").last ?? ""
        return ["i", "på", "til", "af", "fra", "med", "for", "om", "den", "de", "ca.", "pr.", "kl."].contains(word)
    }

    private func isWrapped(_ prev: String, next: String) -> Bool {
        guard let last = prev.last, let first = next.first else { return false }
        // Proposals list their points as "at …," lines: "…, og" + "at …" is a new point, not a wrapped line.
        if next.hasPrefix("at "), last == "," || last == ";" || prev.hasSuffix(" og") || prev.hasSuffix(" samt") {
            return wrapWidth > 0 && prev.utf8.count >= wrapWidth && !prev.hasSuffix(" og") && last != ";" && last != ","
        }
        if first.isLowercase { return true }
        if wrapWidth > 0 && prev.utf8.count >= wrapWidth { return true }
        // A short line before a capital ends there: a heading ("Miljøvurdering"), a name, a list of titles.
        return !(last == "." || last == ":" || last == "!" || last == "?" || last == ";") && wrapWidth > 0 && prev.utf8.count >= wrapWidth * 2 / 3
    }

    /// "beskæf-" + "tigelse" -> "beskæftigelse" (returns the joined word and the rest of the next line).
    /// A word whose hyphen is its own keeps it: "IT-" + "løsninger", "A-" + "kasser", "CO2-" + "udledning", "Anne-" + "Mette",
    /// "2022-" + "2023".
    static func dehyphenate(prev: String, next: String) -> String? {
        guard prev.utf8.last == 0x2D, prev.utf8.count >= 2, let first = next.first else { return nil }
        let beforeHyphen = prev.dropLast().last
        guard let beforeHyphen, beforeHyphen.isLetter || beforeHyphen.isNumber else { return nil }
        let head = prev.reversed().prefix(while: { $0 != " " }).reversed().dropLast()
        if first.isUppercase || first.isNumber {
            // ("Beskæftigelses-" + "Udvalget" or a dash before a new sentence would be rare; a name or a range is not.)
            return first.isLetter && !head.contains(where: \.isUppercase) ? nil : String(head) + "-" + next
        }
        guard first.isLowercase, prev.utf8.count >= 3 else { return nil }
        let nextWord = next.prefix(while: { $0.isLetter })
        // "beskæftigelses- og integrationsudvalget" keeps its hyphen: the next word is a conjunction.
        if ["og", "eller", "samt", "til"].contains(String(nextWord)) { return nil }
        // (And a file's name of hyphenated words: "Fokusrevisionen-om-indsatsen-for-" + "uddannelseshjaelpsmodtagere".)
        if head.contains(where: { $0.isNumber || $0 == "-" || $0 == "_" }) || head.count >= 1 && head.allSatisfy({ $0.isUppercase }) {
            return String(head) + "-" + next
        }
        return String(head) + next
    }
}

extension Paragraphs {
    /// `text.split(separator: "\n")`, split on the bytes when no CR can join a line feed into one Character.
    static func lines(of text: String) -> [Substring] {
        let utf8 = text.utf8
        guard !utf8.contains(0x0D) else { return text.split(separator: "\n") }
        return utf8.split(separator: 0x0A).map { Substring($0) }
    }
}

/// Recognises list items and gives them the contract's "- " marker.
enum ListItem {
    /// Bullets in any of the forms the layouts print them.
    static func normalise(_ text: String) -> (isItem: Bool, text: String) {
        // Quick answer for the common case: a line starting with an ASCII letter other than "o" or "a"-"z)" forms.
        guard let byte = text.utf8.first else { return (false, text) }
        if (byte >= 0x41 && byte <= 0x5A) { return (false, text) }
        // A lower-case ASCII letter other than "o" starts an item only as "a) "; when the bytes around are ASCII,
        // each is a Character of its own.
        // An upper-case Latin-1 letter (Æ Ø Å …) that is a Character of its own starts no item either.
        if byte == 0xC3 {
            var bytes = text.utf8.dropFirst().prefix(2).makeIterator()
            let second = bytes.next() ?? 0, third = bytes.next() ?? 0
            if second >= 0x80 && second <= 0x9E && second != 0x97 && (third < 0x80 || third == 0xC3) { return (false, text) }
        }
        if byte >= 0x61 && byte <= 0x7A && byte != 0x6F {
            var bytes = text.utf8.dropFirst().prefix(3).makeIterator()
            let second = bytes.next(), third = bytes.next(), fourth = bytes.next()
            if (second ?? 0) < 0x80 && (third ?? 0) < 0x80 && (fourth ?? 0) < 0x80 {
                return (numberedMarkerLength(text) != nil, text)
            }
        }
        guard let first = text.first else { return (false, text) }
        switch first {
        // ("\u{335}": Roskilde's bullet, a stroke that combines with nothing.)
        case "-", "•", "◦", "▪", "·", "–", "*", "\u{F0B7}", "o", "\u{335}", "\u{336}", "●", "■", "\u{F0A7}", "➢", "►", "□":
            let rest = text.dropFirst()
            guard rest.first == " " || rest.first == "\t" else { return (false, text) }
            // ("o   Sundhedsområdet": Word's second-level bullet, the item's word in capitals after the spaces.)
            if first == "o" && rest.drop(while: { $0 == " " || $0 == "\t" }).first?.isUppercase != true { return (false, text) }
            return (true, "- " + LineText.trim(rest))
        default:
            return (numberedMarkerLength(text) != nil, text)
        }
    }

    /// Length of a "1." / "2)" / "a)" marker followed by a space, if the line starts with one.
    static func numberedMarkerLength(_ text: String) -> Int? {
        var count = 0
        var index = text.startIndex
        while index < text.endIndex, text[index].isASCII, text[index].isNumber, count < 3 {
            count += 1
            index = text.index(after: index)
        }
        if count == 0, index < text.endIndex, text[index].isLetter, text[index].isLowercase {
            // "a) " and "a. ", the latter only for the first letters and not "f. eks.".
            let letter = text[index]
            count = 1
            index = text.index(after: index)
            guard index < text.endIndex, text[index] == ")" || (text[index] == "." && letter >= "a" && letter <= "h"
                && !text.hasPrefix("f. eks") && !text.hasPrefix("e. ")) else { return nil }
        }
        guard count > 0, index < text.endIndex, text[index] == "." || text[index] == ")" else { return nil }
        index = text.index(after: index)
        guard index < text.endIndex, text[index] == " " || text[index] == "\t" else { return nil }
        return text.distance(from: text.startIndex, to: index) + 1
    }

    /// The item's words without its marker.
    static func stripMarker(_ text: String) -> String {
        let (isItem, normalised) = normalise(text)
        if isItem && normalised.hasPrefix("- ") { return String(normalised.dropFirst(2)) }
        if let length = numberedMarkerLength(text) { return LineText.trim(text.dropFirst(length)) }
        return text
    }
}
