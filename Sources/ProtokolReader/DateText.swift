import ProtokolModel

/// Finds dates and times written the Danish ways: 27-04-2022, 27.04.2022, 2022-04-27, 27. april 2022, kl. 16.30.
enum DateText {
    static let months: [(String, Int)] = [
        ("januar", 1), ("februar", 2), ("marts", 3), ("april", 4), ("maj", 5), ("juni", 6), ("juli", 7),
        ("august", 8), ("september", 9), ("oktober", 10), ("november", 11), ("december", 12),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sept", 9),
        ("sep", 9), ("okt", 10), ("nov", 11), ("dec", 12),
    ]

    /// The first date in `text`, with the character offsets it spans.
    static func firstDate(in text: String) -> (date: CalendarDate, start: Int, end: Int)? {
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            if chars[i].isASCII && chars[i].isNumber && (i == 0 || !(chars[i - 1].isNumber)) {
                if let found = date(chars, at: i) { return (found.0, i, found.1) }
            }
            i += 1
        }
        return nil
    }

    /// A date starting at `i`, and the offset after it.
    static func date(_ c: [Character], at start: Int) -> (CalendarDate, Int)? {
        var i = start
        let a = digits(c, &i)
        guard let first = a.value, a.count >= 1 else { return nil }
        if i < c.count, let sep = c[i] as Character?, sep == "-" || sep == "." || sep == "/" {
            var j = i + 1
            let b = digits(c, &j)
            if let second = b.value, b.count >= 1, b.count <= 2, j < c.count, c[j] == sep {
                var k = j + 1
                let d = digits(c, &k)
                if let third = d.value {
                    if a.count == 4, d.count <= 2, let date = CalendarDate(year: first, month: second, day: third) {
                        return (date, k)
                    }
                    if a.count <= 2, d.count == 4, let date = CalendarDate(year: third, month: second, day: first) {
                        return (date, k)
                    }
                    if a.count <= 2, d.count == 2, !(k < c.count && c[k].isNumber),
                        let date = CalendarDate(year: 2000 + third, month: second, day: first)
                    {
                        return (date, k)
                    }
                }
            }
        }
        // "27. april 2022", "9 feb. 2022"
        guard a.count <= 2 else { return nil }
        var j = i
        if j < c.count, c[j] == "." { j += 1 }
        while j < c.count, c[j] == " " { j += 1 }
        var word = ""
        while j < c.count, c[j].isLetter { word.append(c[j]); j += 1 }
        let lowered = word.lowercased()
        guard let month = months.first(where: { $0.0 == lowered })?.1 else { return nil }
        if j < c.count, c[j] == "." { j += 1 }
        while j < c.count, c[j] == " " { j += 1 }
        let y = digits(c, &j)
        guard let year = y.value, y.count == 4, let date = CalendarDate(year: year, month: month, day: first) else { return nil }
        return (date, j)
    }

    private static func digits(_ c: [Character], _ i: inout Int) -> (value: Int?, count: Int) {
        var value = 0
        var count = 0
        while i < c.count, let d = c[i].wholeNumberValue, c[i].isASCII, count < 5 {
            value = value * 10 + d
            count += 1
            i += 1
        }
        return (count > 0 ? value : nil, count)
    }

    /// The first time of day: after "kl." or written as HH:MM.
    static func firstTime(in text: String) -> ClockTime? {
        let chars = Array(text)
        let lowered = Array(text.lowercased())
        var i = 0
        while i < chars.count {
            if i + 2 < lowered.count, lowered[i] == "k", lowered[i + 1] == "l", (i == 0 || !lowered[i - 1].isLetter),
                !(i + 2 < lowered.count && lowered[i + 2].isLetter)
            {
                var j = i + 2
                if j < chars.count, chars[j] == "." { j += 1 }
                while j < chars.count, chars[j] == " " { j += 1 }
                if let time = clock(chars, at: j, needsMinutes: false) { return time }
            }
            if chars[i].isNumber, chars[i].isASCII, i == 0 || !chars[i - 1].isNumber {
                if let time = clock(chars, at: i, needsMinutes: true, colonOnly: true) { return time }
            }
            i += 1
        }
        return nil
    }

    private static func clock(_ c: [Character], at start: Int, needsMinutes: Bool, colonOnly: Bool = false) -> ClockTime? {
        var i = start
        let h = digits(c, &i)
        guard let hour = h.value, h.count <= 2 else { return nil }
        if i < c.count, c[i] == ":" || (!colonOnly && c[i] == ".") {
            var j = i + 1
            let m = digits(c, &j)
            if let minute = m.value, m.count == 2, !(j < c.count && c[j].isNumber) {
                // "27.04.2022" is a date, not 27:04
                if j < c.count, c[j] == "." || c[j] == "-", j + 1 < c.count, c[j + 1].isNumber { return nil }
                return ClockTime(hour: hour, minute: minute)
            }
        }
        if needsMinutes { return nil }
        if i < c.count, c[i].isLetter { return nil }
        return ClockTime(hour: hour, minute: 0)
    }
}
