import Foundation
import Hummingbird

extension OParl {
    /// The filters every external list takes (OParl 1.1): `created_since`, `created_until`, `modified_since` and
    /// `modified_until`, each an RFC 3339 date-time with an offset (`2024-01-31T12:00:00+01:00`, `…Z`, fractions
    /// of a second allowed). Each bound includes its moment; objects compare with their times in whole seconds.
    struct Filter: Sendable {
        static let names = ["created_since", "created_until", "modified_since", "modified_until"]

        var createdSince: Date?
        var createdUntil: Date?
        var modifiedSince: Date?
        var modifiedUntil: Date?
        /// The parameters given, in the order of ``names``, as the paging links carry them on.
        var parameters: [(name: String, value: String)] = []

        init() {}

        /// The filters of a request; a value that is no date-time with an offset is a bad request.
        init(_ request: Request) throws(HTTPError) {
            for name in Self.names {
                guard let value = request.uri.queryParameters.get(name) else { continue }
                guard let date = RFC3339.date(value) else {
                    throw HTTPError(
                        .badRequest,
                        message: "\(name) must be a date-time with an offset, e.g. 2024-01-31T12:00:00+01:00 or 2024-01-31T11:00:00Z, not \"\(value)\"")
                }
                switch name {
                case "created_since": createdSince = date
                case "created_until": createdUntil = date
                case "modified_since": modifiedSince = date
                default: modifiedUntil = date
                }
                parameters.append((name, value))
            }
        }

        /// Whether an object with these times is in the list (one without times, which has no meeting, always is).
        func admits(_ times: Times?) -> Bool {
            guard let times else { return true }
            if let createdSince, times.created < createdSince { return false }
            if let createdUntil, times.created > createdUntil { return false }
            if let modifiedSince, times.modified < modifiedSince { return false }
            if let modifiedUntil, times.modified > modifiedUntil { return false }
            return true
        }

        /// The parameters as a query string ("created_since=…&"), each value percent-encoded; empty without filters.
        var query: String {
            var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
            allowed.insert(charactersIn: "-._~:")
            return parameters.map { "\($0.name)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0.value)&" }.joined()
        }
    }
}

/// RFC 3339 date-times (JSON Schema's `date-time`): `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`, `T` and `Z` in either
/// case. Read by hand, so exactly this form passes (no locale, no leniency of a formatter).
enum RFC3339 {
    static func date(_ text: String) -> Date? {
        let b = Array(text.utf8)
        var i = 0
        func digits(_ count: Int) -> Int? {
            guard i + count <= b.count else { return nil }
            var value = 0
            for k in i..<(i + count) {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b[k]) else { return nil }
                value = value * 10 + Int(b[k] - UInt8(ascii: "0"))
            }
            i += count
            return value
        }
        func expect(_ characters: String) -> Bool {
            guard i < b.count, characters.utf8.contains(b[i]) else { return false }
            i += 1
            return true
        }
        guard let year = digits(4), expect("-"), let month = digits(2), expect("-"), let day = digits(2), expect("Tt"),
            let hour = digits(2), expect(":"), let minute = digits(2), expect(":"), let second = digits(2)
        else { return nil }
        var fraction = 0.0
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            var scale = 0.1
            let start = i
            while i < b.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b[i]) {
                fraction += Double(b[i] - UInt8(ascii: "0")) * scale
                scale /= 10
                i += 1
            }
            guard i > start else { return nil }
        }
        var offset = 0
        if expect("Zz") {
            offset = 0
        } else if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
            let sign = b[i] == UInt8(ascii: "-") ? -1 : 1
            i += 1
            guard let hours = digits(2), expect(":"), let minutes = digits(2), hours <= 23, minutes <= 59 else { return nil }
            offset = sign * (hours * 3600 + minutes * 60)
        } else {
            return nil
        }
        guard i == b.count, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year), hour <= 23, minute <= 59,
            second <= 60
        else { return nil }
        var components = DateComponents()
        (components.year, components.month, components.day) = (year, month, day)
        // A leap second counts as the last second of its minute.
        (components.hour, components.minute, components.second) = (hour, minute, min(second, 59))
        guard let instant = utc.date(from: components) else { return nil }
        return instant.addingTimeInterval(fraction - Double(offset))
    }

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? .current
        return calendar
    }()

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
