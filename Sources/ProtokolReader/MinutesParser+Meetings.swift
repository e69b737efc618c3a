import ProtokolModel

extension MinutesParser {
    /// Where a second meeting's minutes begin in the same document (a year's minutes printed as one book): a line that
    /// repeats the title line's words before its date ("REFERAT Byrådet 2022-2025 d. ") with another date; nil when none does.
    static func secondMeetingStart(_ lines: [Line]) -> Int? {
        guard let title = lines.prefix(30).firstIndex(where: { line in
            line.characterCount <= 120 && HeaderReader.kindWord(line.text) != nil && DateText.firstDate(in: line.text) != nil
        }), let found = DateText.firstDate(in: lines[title].text), found.start >= 12
        else { return nil }
        let prefix = Array(lines[title].text.utf8.prefix(found.start))
        for index in (title + 1)..<lines.count where lines[index].text.utf8.starts(with: prefix) {
            if let other = DateText.firstDate(in: lines[index].text), other.date != found.date, other.start == found.start { return index }
        }
        return nil
    }
}
