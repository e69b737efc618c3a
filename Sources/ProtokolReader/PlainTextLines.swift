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
            var line = LineText.clean(raw, in: text, at: offset)
            if line.utf8.last == 0x7C { line = withoutCellBar(line) }
            result.append(Line(text: line, number: number, pageBreak: pendingBreak && !line.isEmpty))
            if !line.isEmpty { pendingBreak = false }
        }
        return result
    }

    /// A table converted one cell a line ("Dato: |", "10-10-2022 17:00:00 |", "---|---|"): the cell without its bar,
    /// and nothing for the rule under a header row. Lines with bars inside are rows of a table and stay.
    static func withoutCellBar(_ line: String) -> String {
        let utf8 = line.utf8
        if utf8.allSatisfy({ $0 == 0x7C || $0 == 0x2D || $0 == 0x3A || $0 == 0x20 }) { return "" }
        guard utf8.dropLast().allSatisfy({ $0 != 0x7C }) else {
            // "at | dagsordenen godkendes |": a proposal's row, its "at" in a column of its own; one point.
            let cells = line.split(separator: "|").map { LineText.trim($0) }.filter { !$0.isEmpty }
            if cells.count == 2, cells[0] == "at" || cells[0] == "At" { return cells[0] + " " + cells[1] }
            return line
        }
        return LineText.trim(line.dropLast())
    }
}
