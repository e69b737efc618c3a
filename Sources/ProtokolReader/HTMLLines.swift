/// Turns an HTML page of minutes into lines: block elements break lines, `<hN>` keeps its level,
/// a block that is bold throughout is marked, list items get "- ", table cells a tab.
enum HTMLLines {
    private static let blockTags: Set<String> = [
        "p", "div", "section", "article", "header", "footer", "main", "nav", "aside", "table", "thead", "tbody",
        "tfoot", "tr", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "figure", "figcaption", "address", "caption", "center", "form", "fieldset",
    ]
    /// Content that is page chrome or code, never minutes.
    private static let skippedTags: Set<String> = [
        "script", "style", "head", "noscript", "template", "svg", "title", "nav", "footer", "button", "select", "iframe",
    ]
    private static let strongTags: Set<String> = ["strong", "b"]

    /// The whole number of a tag's attribute: `start="4"` in `ol start="4"`.
    static func numberAttribute(_ attribute: String, in tag: String) -> Int? {
        let lowered = tag.lowercased()
        guard let found = lowered.firstRange(of: " \(attribute)=") else { return nil }
        let digits = lowered[found.upperBound...].drop(while: { $0 == "\"" || $0 == "'" }).prefix(while: { $0.isASCII && $0.isNumber })
        return digits.count <= 6 ? Int(digits) : nil
    }

    static func lines(_ html: String) -> [Line] {
        var builder = Builder()
        let chars = Array(html)
        var i = 0
        var lineNumber = 1
        while i < chars.count {
            let ch = chars[i]
            if ch == "\n" { lineNumber += 1 }
            if ch == "<" {
                if chars[i...].starts(with: "<!--") {
                    let end = find("-->", in: chars, from: i + 4) ?? chars.count
                    lineNumber += chars[i..<min(end, chars.count)].count(where: { $0 == "\n" })
                    i = end + 3
                    continue
                }
                guard let close = chars[i...].firstIndex(of: ">") else {
                    builder.text("<", line: lineNumber)
                    i += 1
                    continue
                }
                let inside = String(chars[(i + 1)..<close])
                lineNumber += inside.count(where: { $0 == "\n" })
                let closing = inside.hasPrefix("/")
                let name = String(inside.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber })).lowercased()
                i = close + 1
                // A <button> is chrome, except an accordion toggle: inside a heading, or holding one.
                if !closing && skippedTags.contains(name) && !(name == "button" && (builder.headingLevel > 0 || holdsHeading(chars, from: i))) {
                    let endTag = Array("</\(name)")
                    var j = i
                    // (HTML5 may leave </head> out: the <body> ends it.)
                    var atBody = false
                    while j < chars.count {
                        if chars[j] == "<", chars[j...].prefix(endTag.count).map({ $0.lowercased() }).joined() == String(endTag) { break }
                        if name == "head", chars[j] == "<", chars[j...].prefix(5).map({ $0.lowercased() }).joined() == "<body" {
                            atBody = true
                            break
                        }
                        if chars[j] == "\n" { lineNumber += 1 }
                        j += 1
                    }
                    i = atBody ? j : chars[j...].firstIndex(of: ">").map { $0 + 1 } ?? chars.count
                    continue
                }
                // A menu, a badge or a hidden icon by its attributes: "<ul role=\"menu\">Hent som PDF …", "<span class=\"badge\">1".
                if !closing, inside.utf8.count > name.utf8.count + 6, !inside.hasSuffix("/"), isChrome(inside),
                    !(name == "span" && holdsHeading(chars, from: i))
                {
                    i = endOfElement(name, in: chars, from: i, lineNumber: &lineNumber)
                    continue
                }
                // "<ol start=\"4\">", "<li value=\"4\">": the list's numbers as the browser shows them.
                let number = closing || name != "ol" && name != "li" ? nil : numberAttribute(name == "ol" ? "start" : "value", in: inside)
                builder.tag(name, closing: closing, line: lineNumber, number: number)
                continue
            }
            if ch == "&", let (decoded, end) = HTMLEntities.decode(chars, from: i) {
                builder.text(decoded, line: lineNumber)
                i = end
                continue
            }
            builder.text(String(ch), line: lineNumber)
            i += 1
        }
        builder.flush()
        return builder.lines
    }

    private static let chromeAttributes = [
        "role=\"menu\"", "role=\"menuitem\"", "class=\"badge", " badge\"", " badge ", "dropdown-menu", "sr-only", "visually-hidden",
        "class=\"modal", " modal\"", " modal ", "role=\"dialog\"",
    ]
    /// Marks that make chrome only of an inline element: a folded panel may be hidden, and a toggle holding a title a button.
    private static let inlineChromeAttributes = ["role=\"button\"", "aria-hidden=\"true\""]

    /// A tag's attributes mark page chrome: a menu, a badge, a button or an icon hidden from readers.
    static func isChrome(_ tag: String) -> Bool {
        let lowered = tag.lowercased()
        if chromeAttributes.contains(where: { lowered.contains($0) }) { return true }
        return (lowered.hasPrefix("span ") || lowered.hasPrefix("i ")) && inlineChromeAttributes.contains { lowered.contains($0) }
    }

    /// The index after the end of the element `name` whose content starts at `start`, counting the same elements nested in it.
    private static func endOfElement(_ name: String, in chars: [Character], from start: Int, lineNumber: inout Int) -> Int {
        let open = Array("<" + name), close = Array("</" + name)
        var depth = 1
        var j = start
        while j < chars.count {
            if chars[j] == "\n" { lineNumber += 1 }
            if chars[j] == "<" {
                let ahead = chars[j...].prefix(close.count + 1).map { Character($0.lowercased()) }
                if ahead.starts(with: close) {
                    depth -= 1
                    if depth == 0 { return chars[j...].firstIndex(of: ">").map { $0 + 1 } ?? chars.count }
                } else if ahead.starts(with: open), ahead.count > open.count, !(ahead[open.count].isLetter || ahead[open.count].isNumber) {
                    depth += 1
                }
            }
            j += 1
        }
        return chars.count
    }

    /// The element whose content starts at `start` holds a heading before it ends: "<button><h2>Title</h2></button>".
    private static func holdsHeading(_ chars: [Character], from start: Int) -> Bool {
        var i = start
        while i + 2 < chars.count, i - start < 2000 {
            if chars[i] == "<" {
                if chars[i + 1] == "/" { return false }
                if chars[i + 1] == "h" || chars[i + 1] == "H", ("1"..."6").contains(chars[i + 2]) { return true }
            }
            i += 1
        }
        return false
    }

    private static func find(_ needle: String, in chars: [Character], from start: Int) -> Int? {
        let n = Array(needle)
        var i = start
        while i + n.count <= chars.count {
            if chars[i] == n[0] && Array(chars[i..<(i + n.count)]) == n { return i }
            i += 1
        }
        return nil
    }

    private struct Builder {
        var lines = [Line]()
        var current = ""
        var currentLine = 0
        var level = 0
        var headingLevel = 0
        var strongDepth = 0
        var sawPlainText = false
        var sawStrongText = false
        var preDepth = 0
        var cellCount = 0
        /// Open lists, innermost last: nil for <ul>, the next number for <ol>.
        var lists: [Int?] = []
        /// A </span> was the last thing seen: "<span>Sted</span><span>Rådhuset</span>" are two words.
        var afterSpan = false
        /// Open <li> and <td>/<th> elements: a <p> inside one (as editors write them) is no block of its own.
        var openItems = 0
        /// The number of the last heading that a list item numbered (a word processor's numbered headings).
        var lastListedHeading: Int?, firstListedHeading: Int?
        /// "514. " before a listed heading's text, until the heading closes.
        var listedPrefix: String?
        var openCells = 0
        /// How many lines there were when the current table row began.
        var rowStart = 0
        /// How many lines there were when the current heading began.
        var headingStart = 0
        /// A </p> inside a cell or list item was the last block mark: text after it ("</p>Ikke til stede: X") is a line of its own.
        var afterParagraph = false

        mutating func text(_ s: String, line: Int) {
            if current.isEmpty { currentLine = line }
            if preDepth == 0 {
                for ch in s {
                    if ch.isWhitespace {
                        if !current.isEmpty && current.last != " " && current.last != "\t" { current.append(" ") }
                    } else {
                        if afterParagraph {
                            afterParagraph = false
                            if !LineText.trim(current).isEmpty { flush(blankAfter: openCells > 0) }
                        }
                        current.append(ch)
                        afterSpan = false
                        if strongDepth > 0 { sawStrongText = true } else { sawPlainText = true }
                    }
                }
            } else {
                for ch in s {
                    if ch == "\n" { flush() } else { current.append(ch) }
                }
                if s.contains(where: { !$0.isWhitespace }) { sawPlainText = true }
            }
        }

        mutating func tag(_ name: String, closing: Bool, line: Int, number givenNumber: Int? = nil) {
            if !(name == "span" || name == "a" || name == "em" || name == "i" || strongTags.contains(name)) { afterParagraph = false }
            if strongTags.contains(name) {
                strongDepth = max(0, strongDepth + (closing ? -1 : 1))
                return
            }
            switch name {
            case "br":
                flush()
            case "span", "a":
                // "<span>PDF</span><a>Indstilling</a>": two words.
                if !closing && afterSpan && !current.isEmpty && current.last != " " { current.append(" ") }
                afterSpan = closing && name == "span"
            case "dd":
                // "<dt>Sagsnr.</dt><dd>24-003817</dd>": the term and its value as two cells of one line.
                if !closing && !current.isEmpty { current.append("\t") }
            case "dt":
                if !closing { flush() }
            case "p" where openItems > 0 || openCells > 0:
                // "<li><p>…</p></li>", "<td><p>2024</p></td>": the cell or item's first paragraph is its text; a later one
                // starts a line of its own, without the blank line of a paragraph.
                let markerOnly = current.isEmpty || current.last == "\t" || current == "- " || current.hasSuffix(". ") && current.dropLast(2).allSatisfy(\.isNumber)
                if !closing, !markerOnly { flush(blankAfter: openCells > 0) }
                if closing { afterParagraph = true }
            case "td", "th":
                openCells = max(0, openCells + (closing ? -1 : 1))
                if !closing {
                    if cellCount > 0 {
                        while current.last == " " { current.removeLast() }
                        current.append("\t")
                    }
                    cellCount += 1
                }
            case "tr":
                flush()
                // A row that held headings or paragraphs (a layout table) ends like a block; a row of cells is a line.
                if closing, lines.count - rowStart > 1, let last = lines.last, !last.isBlank { lines.append(Line(text: "", number: last.number)) }
                rowStart = lines.count
                cellCount = 0
                openCells = 0
            case "ul", "ol":
                // Inside a cell the paragraph before the list was not closed by its </p>.
                flush(blankAfter: closing || openCells > 0)
                if closing { _ = lists.popLast() } else { lists.append(name == "ol" ? givenNumber ?? 1 : nil) }
            case "li":
                openItems = max(0, openItems + (closing ? -1 : 1))
                flush()
                if !closing {
                    if let listed = lists.last ?? nil, case let number = givenNumber ?? listed {
                        current = "\(number). "
                        lists[lists.count - 1] = number + 1
                    } else {
                        current = "- "
                    }
                    currentLine = line
                }
            case "pre":
                flush()
                preDepth = max(0, preDepth + (closing ? -1 : 1))
            case "h1", "h2", "h3", "h4", "h5", "h6":
                // "<td>1</td><td><h2>Title</h2>": the item's number in the cell before its heading (FirstAgenda).
                let number = LineText.trim(current)
                let numbered = !closing && openCells > 0 && (1...3).contains(number.count) && number.allSatisfy(\.isASCII) && number.allSatisfy(\.isNumber)
                if numbered { current = "" }
                // "<ol start="514"><li><h1>Godkendelse af dagsorden</h1>": a word processor's numbered heading (LibreOffice), its number
                // the list item's. (Each heading is a list of its own that repeats the first one's start: 514, 514, 514 is 514, 515, 516.)
                var listed: Int?
                if !closing, !numbered, openItems > 0, number.utf8.count >= 2, number.utf8.count <= 4, number.hasSuffix("."),
                    let value = Int(number.dropLast())
                {
                    let first = firstListedHeading ?? value
                    listed = lastListedHeading.map { value == first || value == $0 ? $0 + 1 : value } ?? value
                    (firstListedHeading, lastListedHeading) = (first, listed)
                    current = ""
                }
                // (A heading that prints its own label, "Punkt 514: Godkendelse af dagsorden", keeps it, without the list's number.)
                if closing, let prefix = listedPrefix, current.hasPrefix(prefix), case let own = LineText.trim(current.dropFirst(prefix.count)),
                    MinutesParser.punktHeading(own) != nil || MinutesParser.numberedHeading(own) != nil
                {
                    current = own
                }
                if closing { listedPrefix = nil }
                // "<h3></h3>" then text: a section without a heading, kept as a blank line at the heading's level.
                let untitled = closing && headingLevel > 0 && LineText.trim(current).isEmpty && lines.count == headingStart
                flush(blankAfter: closing)
                if untitled { lines.append(Line(text: "", number: line, level: headingLevel)) }
                headingLevel = closing ? 0 : Int(String(name.dropFirst())) ?? 1
                headingStart = lines.count
                if numbered {
                    current = number + ". "
                    currentLine = line
                }
                if let listed {
                    current = "\(listed). "
                    listedPrefix = current
                    currentLine = line
                }
            default:
                if blockTags.contains(name) { flush(blankAfter: name == "p" || name == "div" || name == "table" || name == "ul" || name == "ol") }
            }
        }

        mutating func flush(blankAfter: Bool = false) {
            // (Soft hyphens, zero-width spaces and no-break spaces, from the bytes or from "&shy;" and "&nbsp;", go here.)
            let text = LineText.clean(current)
            // ("307." in a paragraph of its own over the title's paragraph: the item's number, which is kept.)
            let isBullet = text == "-" || text.hasSuffix(".") && text.dropLast().allSatisfy(\.isNumber) && (text.count == 1 || !blankAfter)
            if !text.isEmpty && !isBullet {
                let strong = sawStrongText && !sawPlainText
                lines.append(Line(text: text, number: currentLine, level: headingLevel, strong: strong))
            }
            current = ""
            sawPlainText = false
            sawStrongText = false
            if blankAfter, let last = lines.last, !last.isBlank {
                lines.append(Line(text: "", number: last.number))
            }
        }
    }
}
