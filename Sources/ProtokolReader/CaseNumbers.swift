/// Recognises journal and case numbers: KLE "15.20.00A00-1-18", "22-001317", "23/13922", "EMN-2025-001234",
/// "2012-28504", "330-2018-3619", alone on a line or after a label such as "Sagsnr.:".
enum CaseNumbers {
    static let labels = [
        "sagsid/sagsnummer", "sagsnummer/sagsid", "sagsnummer", "sagsnr", "sags nr", "sag nr", "sags-nr", "sagsid", "sags id", "sags-id", "journalnummer",
        "journalnr", "j.nr", "j. nr", "jnr", "acadre sagsnr", "acadre-sagsnr", "sbsys sagsnr", "emnenr", "dok.nr",
        "dokumentnr", "sagnr", "sag",
    ]

    /// Labels that name nothing but a case number: after them, a number of any shape is the case number.
    static let caseLabels: Set<String> = [
        "sagsnummer", "sagsnr", "sags nr", "sags-nr", "sagsid", "sags id", "sags-id", "journalnummer", "journalnr", "j.nr",
        "j. nr", "jnr", "acadre sagsnr", "acadre-sagsnr", "sbsys sagsnr", "emnenr", "sagnr", "sagsid/sagsnummer", "sagsnummer/sagsid", "sag nr",
    ]

    private static let agsBytes = Array("ags".utf8)

    /// The case number a whole line gives, or nil.
    static func fromLine(_ text: String) -> String? {
        // A labelled number may share its line with other fields ("Sagsnr.: … Dok.nr.: … Åbent").
        if text.utf8.count > 240 { return nil }
        if isCaseNumber(text) { return text }
        // "Åbent - 00.22.00-G01-1-16", "Lukket - 17.00.00A00 - 2008/048591": the access before the number (Odense).
        if let first = text.utf8.first, first == 0xC3 || first | 0x20 == 0x6C, let dash = text.firstRange(of: " - "),
            MinutesParser.accessMarker(String(text[..<dash.lowerBound])) != nil
        {
            return fromLine(String(text[dash.upperBound...]))
        }
        // "DIKEOL / 08/3208": the case officer's initials, then the number.
        if let slash = text.firstRange(of: " / "), case let head = text[..<slash.lowerBound], (2...8).contains(head.count),
            head.allSatisfy({ $0.isUppercase }), case let tail = String(text[slash.upperBound...]), isCaseNumber(tail)
        {
            return tail
        }
        // "23/2231 - 00.30.14-S55": the case number, then its KLE number.
        if let dash = text.firstRange(of: " - "), case let head = String(text[..<dash.lowerBound]), isCaseNumber(head),
            isCaseNumber(String(text[dash.upperBound...])) || isKLEPrefix(String(text[dash.upperBound...]))
        {
            return head
        }
        // "012497 - 2017/12299": a document's number, then the case number (Gribskov).
        if let first = text.utf8.first, first >= 0x30 && first <= 0x39, let dash = text.firstRange(of: " - "),
            text[..<dash.lowerBound].allSatisfy(\.isNumber), case let tail = String(text[dash.upperBound...]), isCaseNumber(tail)
        {
            return tail
        }
        // "17.00.00A00 - 2008/048591": the KLE topic, then the case number.
        if let dash = text.firstRange(of: " - "), isKLEPrefix(String(text[..<dash.lowerBound])), case let tail = String(text[dash.upperBound...]),
            isCaseNumber(tail)
        {
            return tail
        }
        let lowered = text.lowercased()
        for label in labels where lowered.hasPrefix(label) {
            var rest = text.dropFirst(label.count).drop(while: { $0 == "." || $0 == ":" || $0 == " " || $0 == "\t" })
            if label == "sag", rest.count == text.count - 3 { continue }
            let separated = rest.count < text.count - label.count
            rest = rest.prefix(while: { !$0.isWhitespace && $0 != "," && $0 != ";" })
            var candidate = String(rest)
            while candidate.last == "." { candidate.removeLast() }
            if isCaseNumber(candidate) { return candidate }
            // "Sagsnr.: 05.01.14-Ø00-1-23", "Sagsnr.: 23-45": the label says what it is, whatever its shape.
            if separated, caseLabels.contains(label), (3...40).contains(candidate.count), candidate.contains(where: \.isNumber),
                candidate.allSatisfy({ $0.isLetter || $0.isNumber || "-./_".contains($0) })
            {
                return candidate
            }
        }
        // "Dok.nr.: 1965 Sagsid.: 14/40 Initialer: dosko Åben sag": the case's label after another field.
        // (Most lines hold no "ags" and are ruled out on their bytes.)
        guard Bytes.contains(text, agsBytes) else { return nil }
        for label in ["sagsid", "sagsnr", "sags-id", "sagsnummer"] {
            if let found = lowered.firstRange(of: " " + label), found.lowerBound > lowered.startIndex,
                let number = fromLine(String(text[text.index(after: found.lowerBound)...]))
            {
                return number
            }
        }
        return nil
    }

    /// "00.30.14-S55", "00.30.14": a KLE number's leading groups of two digits.
    static func isKLEPrefix(_ s: String) -> Bool {
        let groups = s.prefix(while: { $0 != "-" }).split(separator: ".", omittingEmptySubsequences: false)
        // The last group may carry its facet: "17.00.00A00".
        func isFacet(_ g: Substring) -> Bool { g.count == 5 && g.prefix(2).allSatisfy(\.isNumber) && g.dropFirst(2).first?.isLetter == true && g.suffix(2).allSatisfy(\.isNumber) }
        return groups.count >= 2 && groups.enumerated().allSatisfy { index, g in
            g.count == 2 && g.allSatisfy(\.isNumber) || index == groups.count - 1 && isFacet(g)
        }
    }

    /// True when the whole string has one of the case-number shapes.
    static func isCaseNumber(_ s: String) -> Bool {
        let shape = Array(s.utf8)
        guard shape.count >= 5, shape.count <= 40, !isYearRange(shape) else { return false }
        return isKLE(shape) || isYearSerial(shape) || isPrefixedSerial(shape) || isUnitYearSerial(shape) || isSerialYear(shape)
    }

    /// "2022-2025", "2018-21": a council's term, no case.
    private static func isYearRange(_ b: [UInt8]) -> Bool {
        guard b.count == 9 || b.count == 7, b[4] == 0x2D, b[0] == 0x31 || b[0] == 0x32,
            b.enumerated().allSatisfy({ $0.offset == 4 || isDigit($0.element) })
        else { return false }
        let from = Int(String(decoding: b[0..<4], as: UTF8.self)) ?? 0
        let toDigits = Int(String(decoding: b[5...], as: UTF8.self)) ?? 0
        let to = b.count == 9 ? toDigits : from / 100 * 100 + toDigits
        return to > from && to - from <= 8
    }

    /// unit-yyyy-serial such as 330-2018-3619: a filing unit, the year, and the serial.
    private static func isUnitYearSerial(_ b: [UInt8]) -> Bool {
        var i = 0
        while i < b.count, isDigit(b[i]) { i += 1 }
        guard i >= 1, i <= 4, i < b.count, b[i] == 0x2D else { return false }
        i += 1
        let yearStart = i
        while i < b.count, isDigit(b[i]) { i += 1 }
        guard i - yearStart == 4, b[yearStart] == 0x31 || b[yearStart] == 0x32, i < b.count, b[i] == 0x2D else { return false }
        i += 1
        let start = i
        while i < b.count, isDigit(b[i]) { i += 1 }
        return i == b.count && i - start >= 1 && i - start <= 8
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }

    /// The bytes of a facet letter at `i`: an ASCII capital (1) or Æ, Ø, Å (2 in UTF-8); 0 for anything else.
    private static func facetLetter(_ b: [UInt8], _ i: Int) -> Int {
        guard i < b.count else { return 0 }
        if isUpper(b[i]) { return 1 }
        if b[i] == 0xC3, i + 1 < b.count, b[i + 1] == 0x86 || b[i + 1] == 0x98 || b[i + 1] == 0x85 { return 2 }
        return 0
    }

    /// dd.dd.dd, then a facet (A00, -A00, Ø40, or none), then -n-yy.
    private static func isKLE(_ b: [UInt8]) -> Bool {
        guard b.count >= 12, isDigit(b[0]), isDigit(b[1]), b[2] == 0x2E, isDigit(b[3]), isDigit(b[4]), b[5] == 0x2E,
            isDigit(b[6]), isDigit(b[7])
        else { return false }
        var i = 8
        if i < b.count, b[i] == 0x2D, facetLetter(b, i + 1) > 0 { i += 1 }
        let letter = facetLetter(b, i)
        var faceted = false
        if letter > 0, i + letter + 1 < b.count, isDigit(b[i + letter]), isDigit(b[i + letter + 1]) {
            i += letter + 2
            faceted = true
        }
        var groups = 0
        var lastLength = 0
        while i < b.count {
            guard b[i] == 0x2D else { return false }
            i += 1
            let start = i
            while i < b.count, isDigit(b[i]) { i += 1 }
            guard i > start else { return false }
            groups += 1
            lastLength = i - start
        }
        // "85.02.02G00-0011" (Bornholm): the topic with its facet, then one serial.
        return groups >= 2 || groups == 1 && faceted && lastLength >= 4
    }

    /// yy-nnnn, yyyy-nnnn, yy/nnnn, yyyy/nnnn (the serial may carry a further -n or /n part).
    private static func isYearSerial(_ b: [UInt8]) -> Bool {
        var i = 0
        while i < b.count, isDigit(b[i]) { i += 1 }
        guard i == 2 || i == 4, i < b.count, b[i] == 0x2D || b[i] == 0x2F else { return false }
        let separator = b[i]
        i += 1
        let start = i
        while i < b.count, isDigit(b[i]) { i += 1 }
        let serial = i - start
        guard serial >= (separator == 0x2F ? 1 : 3), serial <= 8 else { return false }
        if i == b.count { return true }
        guard b[i] == 0x2D || b[i] == 0x2F else { return false }
        i += 1
        let tail = i
        while i < b.count, isDigit(b[i]) { i += 1 }
        return i == b.count && i > tail
    }

    /// nnnnnn-yyyy such as 018520-2013 (Gentofte): a serial of five to seven digits, then the year.
    private static func isSerialYear(_ b: [UInt8]) -> Bool {
        guard (10...12).contains(b.count), b[b.count - 5] == 0x2D else { return false }
        let serial = b[..<(b.count - 5)], year = b[(b.count - 4)...]
        guard serial.allSatisfy(isDigit), year.allSatisfy(isDigit) else { return false }
        let value = year.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return (1990...2039).contains(value)
    }

    /// LETTERS-yyyy-nnnn such as EMN-2025-001234, or S2023-01234.
    private static func isPrefixedSerial(_ b: [UInt8]) -> Bool {
        var i = 0
        while i < b.count, isUpper(b[i]) { i += 1 }
        guard i >= 1, i <= 6 else { return false }
        if i < b.count, b[i] == 0x2D { i += 1 }
        let yearStart = i
        while i < b.count, isDigit(b[i]) { i += 1 }
        guard i - yearStart == 4, i < b.count, b[i] == 0x2D else { return false }
        i += 1
        let start = i
        while i < b.count, isDigit(b[i]) { i += 1 }
        return i == b.count && i - start >= 2
    }
}
