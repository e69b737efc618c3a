/// Splits text (as from pdftotext, with or without -layout) into lines, noting page breaks.
enum PlainTextLines {
    static func lines(_ text: String) -> [Line] {
        var result = [Line]()
        result.reserveCapacity(text.utf8.count / 40)
        var number = 0
        var pendingBreak = false
        for raw in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            var slice = raw
            if slice.contains(0x0C) {
                pendingBreak = true
                slice = slice.split(separator: 0x0C, omittingEmptySubsequences: false).last ?? slice
            }
            let line = LineText.clean(Substring(slice))
            result.append(Line(text: line, number: number, pageBreak: pendingBreak && !line.isEmpty))
            if !line.isEmpty { pendingBreak = false }
        }
        return result
    }
}
