import ProtokolModel

/// Finds dates and times written the Danish ways: 27-04-2022, 27.04.2022, 2022-04-27, 27. april 2022, kl. 16.30.
/// Offsets are UTF-8 byte offsets into the text.
enum DateText {
    static let months: [([UInt8], Int)] = [
        ("januar", 1), ("februar", 2), ("marts", 3), ("april", 4), ("maj", 5), ("juni", 6), ("juli", 7),
        ("august", 8), ("september", 9), ("oktober", 10), ("november", 11), ("december", 12),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sept", 9),
        ("sep", 9), ("okt", 10), ("nov", 11), ("dec", 12),
    ].map { (Array($0.0.utf8), $0.1) }

    /// The first date in `text`, with the UTF-8 offsets it spans.
    static func firstDate(in text: String) -> (date: CalendarDate, start: Int, end: Int)? {
        var text = text
        return text.withUTF8 { c in
            var i = 0
            while i < c.count {
                if isDigit(c[i]) && (i == 0 || !isDigit(c[i - 1])) {
                    if let found = date(c, at: i) { return (found.0, i, found.1) }
                    if let found = englishDate(c, at: i) { return (found.0, found.start, found.end) }
                }
                i += 1
            }
            return nil
        }
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// A date starting at `start`, and the offset after it.
    static func date(_ c: UnsafeBufferPointer<UInt8>, at start: Int) -> (CalendarDate, Int)? {
        var i = start
        let a = digits(c, &i)
        guard let first = a.value else { return nil }
        if i < c.count, c[i] == 0x2D || c[i] == 0x2E || c[i] == 0x2F {
            let sep = c[i]
            var j = i + 1
            let b = digits(c, &j)
            if let second = b.value, b.count <= 2, j < c.count, c[j] == sep {
                var k = j + 1
                let d = digits(c, &k)
                if let third = d.value {
                    if a.count == 4, d.count <= 2, let date = CalendarDate(year: first, month: second, day: third) {
                        return (date, k)
                    }
                    // "8/29/2019 4:00:00 PM": a site set to American dates, month first.
                    if sep == 0x2F, a.count <= 2, d.count == 4, Self.hasMeridiem(c, after: k) || first <= 12 && second > 12,
                        let date = CalendarDate(year: third, month: first, day: second)
                    {
                        return (date, k)
                    }
                    if a.count <= 2, d.count == 4, let date = CalendarDate(year: third, month: second, day: first) {
                        return (date, k)
                    }
                    if a.count <= 2, d.count == 2, let date = CalendarDate(year: 2000 + third, month: second, day: first) {
                        return (date, k)
                    }
                }
            }
        }
        // "27. april 2022", "9 feb. 2022"
        guard a.count <= 2 else { return nil }
        var j = i
        // "15-maj-2002" as "15. maj 2002".
        if j < c.count, c[j] == 0x2E || c[j] == 0x2D { j += 1 }
        while j < c.count, c[j] == 0x20 { j += 1 }
        let wordStart = j
        while j < c.count, (c[j] >= 0x41 && c[j] <= 0x5A) || (c[j] >= 0x61 && c[j] <= 0x7A) { j += 1 }
        let length = j - wordStart
        guard length >= 3, length <= 9 else { return nil }
        var month: Int?
        // "25. February 2020": a site set to English month names, with the day first.
        for (name, number) in dayFirstMonths where name.count == length {
            var equal = true
            for n in 0..<length where (c[wordStart + n] | 0x20) != name[n] {
                equal = false
                break
            }
            if equal {
                month = number
                break
            }
        }
        guard let month else { return nil }
        if j < c.count, c[j] == 0x2E || c[j] == 0x2D { j += 1 }
        while j < c.count, c[j] == 0x20 { j += 1 }
        let y = digits(c, &j)
        guard let year = y.value, y.count == 4, let date = CalendarDate(year: year, month: month, day: first) else { return nil }
        return (date, j)
    }

    /// Danish month names and their short forms, then English month names ("25. February 2020").
    private static let dayFirstMonths = months + englishMonths

    private static let englishMonths: [([UInt8], Int)] = [
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7), ("august", 8),
        ("september", 9), ("october", 10), ("november", 11), ("december", 12),
    ].map { (Array($0.0.utf8), $0.1) }

    /// "April 3, 2019" (a site set to English dates) with the day at `start`: the date and the offsets of month and year.
    static func englishDate(_ c: UnsafeBufferPointer<UInt8>, at start: Int) -> (CalendarDate, start: Int, end: Int)? {
        guard start >= 4, c[start - 1] == 0x20 else { return nil }
        var wordStart = start - 1
        while wordStart > 0, (c[wordStart - 1] | 0x20) >= 0x61 && (c[wordStart - 1] | 0x20) <= 0x7A { wordStart -= 1 }
        let length = start - 1 - wordStart
        guard let month = englishMonths.first(where: { name, _ in
            name.count == length && (0..<length).allSatisfy { (c[wordStart + $0] | 0x20) == name[$0] }
        })?.1 else { return nil }
        var i = start
        let day = digits(c, &i)
        guard let value = day.value, day.count <= 2, i + 1 < c.count, c[i] == 0x2C, c[i + 1] == 0x20 else { return nil }
        i += 2
        let year = digits(c, &i)
        guard let y = year.value, year.count == 4, let date = CalendarDate(year: y, month: month, day: value) else { return nil }
        return (date, wordStart, i)
    }

    private static func digits(_ c: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> (value: Int?, count: Int) {
        var value = 0
        var count = 0
        while i < c.count, isDigit(c[i]), count < 5 {
            value = value * 10 + Int(c[i] - 0x30)
            count += 1
            i += 1
        }
        return (count > 0 ? value : nil, count)
    }

    /// The first time of day: after "kl." or written as HH:MM.
    /// `dotted`: the text is a time field's value ("Mødetidspunkt: 15.00 - 17.00"), where "15.00" is a time too.
    static func firstTime(in text: String, dotted: Bool = false) -> ClockTime? {
        var text = text
        return text.withUTF8 { c in
            var i = 0
            while i < c.count {
                let isWordStart = i == 0 || !Bytes.isWordByte(c[i - 1])
                // "klokken 15.00", as "kl. 15.00".
                if isWordStart, i + 8 < c.count, c[i] | 0x20 == 0x6B, Self.hasFolded(c, at: i, Self.klokken), c[i + 7] == 0x20 {
                    var j = i + 8
                    while j < c.count, c[j] == 0x20 { j += 1 }
                    if let time = clock(c, at: j, needsMinutes: false, colonOnly: false) { return time }
                }
                if isWordStart, i + 1 < c.count, c[i] | 0x20 == 0x6B, c[i + 1] | 0x20 == 0x6C,
                    !(i + 2 < c.count && Bytes.isWordByte(c[i + 2]) && !isDigit(c[i + 2]))
                {
                    var j = i + 2
                    if j < c.count, c[j] == 0x2E { j += 1 }
                    while j < c.count, c[j] == 0x20 { j += 1 }
                    if let time = clock(c, at: j, needsMinutes: false, colonOnly: false) { return time }
                }
                if isDigit(c[i]), i == 0 || !isDigit(c[i - 1]) {
                    if let time = clock(c, at: i, needsMinutes: true, colonOnly: !dotted) { return time }
                }
                i += 1
            }
            return nil
        }
    }

    private static let klokken = Array("klokken".utf8)

    /// The bytes at `start` are `lowercased` with ASCII capitals folded.
    private static func hasFolded(_ c: UnsafeBufferPointer<UInt8>, at start: Int, _ lowercased: [UInt8]) -> Bool {
        guard start + lowercased.count <= c.count else { return false }
        for (offset, b) in lowercased.enumerated() where Bytes.asciiLower(c[start + offset]) != b { return false }
        return true
    }

    private static func clock(_ c: UnsafeBufferPointer<UInt8>, at start: Int, needsMinutes: Bool, colonOnly: Bool) -> ClockTime? {
        var i = start
        let h = digits(c, &i)
        guard let hour = h.value, h.count <= 2 else { return nil }
        if i < c.count, c[i] == 0x3A || (!colonOnly && c[i] == 0x2E) {
            let separator = c[i]
            var j = i + 1
            let m = digits(c, &j)
            if let minute = m.value, m.count == 2 {
                // "27.04.2022" is a date, not 27:04; "16.30-18.00" is a time range.
                if separator == 0x2E, j + 1 < c.count, c[j] == 0x2E, isDigit(c[j + 1]) { return nil }
                // "4:00:00 PM": seconds, and the afternoon.
                if separator == 0x3A, j + 2 < c.count, c[j] == 0x3A, isDigit(c[j + 1]), isDigit(c[j + 2]) { j += 3 }
                if let meridiem = meridiem(c, at: j), hour >= 1, hour <= 12 {
                    return ClockTime(hour: hour % 12 + (meridiem == .pm ? 12 : 0), minute: minute)
                }
                return ClockTime(hour: hour, minute: minute)
            }
        }
        if needsMinutes { return nil }
        if i < c.count, Bytes.isWordByte(c[i]) { return nil }
        return ClockTime(hour: hour, minute: 0)
    }

    private enum Meridiem { case am, pm }

    /// " AM" or " PM" (any case) at `start`, ending a word.
    private static func meridiem(_ c: UnsafeBufferPointer<UInt8>, at start: Int) -> Meridiem? {
        var i = start
        while i < c.count, c[i] == 0x20, i - start < 2 { i += 1 }
        guard i > start, i + 1 < c.count, c[i + 1] | 0x20 == 0x6D, i + 2 == c.count || !Bytes.isWordByte(c[i + 2]) else { return nil }
        switch c[i] | 0x20 {
        case 0x61: return .am
        case 0x70: return .pm
        default: return nil
        }
    }

    /// A date at `end` is followed by a time with AM or PM: "9/11/2019 3:00:00 PM".
    private static func hasMeridiem(_ c: UnsafeBufferPointer<UInt8>, after end: Int) -> Bool {
        var i = end
        while i < c.count, c[i] == 0x20 { i += 1 }
        let h = digits(c, &i)
        guard h.value != nil, h.count <= 2, i < c.count, c[i] == 0x3A else { return false }
        i += 1
        guard digits(c, &i).count == 2 else { return false }
        if i + 2 < c.count, c[i] == 0x3A, isDigit(c[i + 1]), isDigit(c[i + 2]) { i += 3 }
        return meridiem(c, at: i) != nil
    }

    /// The text before and after a UTF-8 offset range.
    static func split(_ text: String, start: Int, end: Int) -> (before: String, after: String) {
        let utf8 = Array(text.utf8)
        return (String(decoding: utf8[0..<start], as: UTF8.self), String(decoding: utf8[end...], as: UTF8.self))
    }
}
