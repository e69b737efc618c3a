/// Splits text (as from pdftotext, with or without -layout) into lines, noting page breaks.
enum PlainTextLines {
    static func lines(_ text: String) -> [Line] {
        var result = [Line]()
        result.reserveCapacity(text.utf8.count / 40)
        var number = 0
        var pendingBreak = false
        LineText.forEachRawLine(text) { raw, offset, formFeed in
            number += 1
            if formFeed { pendingBreak = true }
            let line = LineText.clean(raw, in: text, at: offset)
            result.append(Line(text: line, number: number, pageBreak: pendingBreak && !line.isEmpty))
            if !line.isEmpty { pendingBreak = false }
        }
        return result
    }
}
