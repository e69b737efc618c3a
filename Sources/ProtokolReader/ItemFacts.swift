import Foundation
import ProtokolModel

/// Facts read from an item's lines: absences, disqualifications, votes, proposal, history, attachments.
enum ItemFacts {
    // MARK: Absences

    private static let absenceLabels = [
        "fraværende under behandlingen af punktet", "fraværende under behandlingen", "fraværende under sagens behandling",
        "fraværende under punktet", "afbud under hele mødet", "fraværende under hele mødet", "fraværende med afbud", "fraværende uden afbud", "uden afbud", "afbud fra", "afbud", "fraværende", "fravær", "forfald", "deltog ikke",
        "ikke til stede", "ikke tilstede", "fraværende var", "ej til stede", "der er afbud fra", "der var afbud fra",
    ]

    /// True when a line only reports who was absent, e.g. "Afbud: Peter Svane (D)".
    static func isAbsenceLine(_ text: String) -> Bool { absentNames(text) != nil }

    /// `isAbsenceLine` for a line, skipping lines without absence words.
    static func isAbsenceLine(_ line: Line) -> Bool { absentNames(line) != nil }

    /// The line without its absence: nil for a line that only reports one, the rest for "Githa Nelander var fraværende.
    /// Godkendt.", the line itself otherwise.
    static func withoutAbsence(_ line: Line) -> Line? {
        // "Kenneth Dahl og Morten Juhl deltog som suppleanter.", "Henrik Olsen deltog herefter i mødet.": who came, no decision.
        if line.text.utf8.count <= 160, Bytes.containsAnyFolded(line.text, attendanceMarkers), isAttendanceNote(line.text) { return nil }
        // "Stedfortræder: Ebbe Mosbæk Rasmussen (B)" under the absences: who sat in.
        if line.text.utf8.count <= 160, let colon = line.text.firstIndex(of: ":"),
            ["stedfortræder", "stedfortrædere", "suppleant", "suppleanter", "indkaldt stedfortræder"].contains(Lexicon.fold(line.text[..<colon])),
            !nameList(String(line.text[line.text.index(after: colon)...])).isEmpty
        {
            return nil
        }
        guard isAbsenceLine(line) else { return line }
        // "Godkendt Emilly L. K. Pedersen og … var fraværende.": the decision's word, its full stop lost before the names.
        if let word = leadingOutcomeWord(line.text) { return Line(text: word + ".", number: line.number) }
        let sentences = Self.sentences(line.text)
        guard sentences.count > 1 else { return nil }
        // "Afbud fra X (A). Y deltager i stedet. Godkendt.": the stand-in goes with the absence.
        // ("Fraværende: A (Ø). B (G)": the names after the label's first sentence too.)
        let labelled = opensWithAbsenceLabel(line.text)
        let kept = sentences.enumerated().filter { k, sentence in
            !isAbsenceLine(sentence) && !isStandInSentence(sentence) && !(labelled && k > 0 && isNameSentence(sentence))
        }.map(\.element)
        guard !kept.isEmpty, kept.count < sentences.count else { return kept.isEmpty ? nil : line }
        var text = kept.joined(separator: ". ")
        if line.text.hasSuffix("."), !text.hasSuffix(".") { text += "." }
        return Line(text: text, number: line.number)
    }

    /// "Morten Rohde Klitgaard (G).": a sentence that is only names.
    static func isNameSentence(_ sentence: String) -> Bool {
        let bare = LineText.trim(sentence.hasSuffix(".") ? String(sentence.dropLast()) : sentence)
        return bare.utf8.count <= 80 && namePieces(bare).allSatisfy({ looksLikeName(LineText.trim($0.split(separator: "(").first ?? $0)) })
            && !nameList(bare).isEmpty
    }

    private static let attendanceMarkers = Bytes.NeedleSet([
        " deltog som suppleant", " deltog som stedfortræder", " mødte som suppleant", " mødte som stedfortræder", " deltog herefter i mødet",
        " deltog i mødet fra ", " ankom til mødet", " deltog i stedet",
    ])

    /// "A og B deltog som suppleanter.": one sentence of names, then how they came.
    static func isAttendanceNote(_ text: String) -> Bool {
        let lowered = text.lowercased()
        for marker in [" deltog som suppleant", " deltog som stedfortræder", " mødte som suppleant", " mødte som stedfortræder", " deltog herefter i mødet",
            " deltog i mødet fra ", " ankom til mødet", " deltog i stedet"]
        {
            guard let range = lowered.range(of: marker) else { continue }
            let before = String(text[..<text.index(text.startIndex, offsetBy: lowered.distance(from: lowered.startIndex, to: range.lowerBound))])
            return sentences(text).count == 1 && !nameList(before).isEmpty
        }
        return false
    }

    private static let abbreviations: Set<String> = [
        "pkt", "nr", "jf", "jvf", "ca", "kr", "bl.a", "mv", "m.v", "evt", "inkl", "vedr", "fx", "dvs", "mht", "iht", "tlf", "stk", "kl", "f.eks",
    ]

    /// The text cut at each ". " that ends a sentence: not after an initial ("Lars J. Petersen") or an abbreviation ("pkt. 5").
    static func sentences(_ text: String) -> [String] {
        let text = spacedAfterStops(text)
        guard text.contains(". ") else { return [text] }
        var result = [String]()
        var start = text.startIndex
        var search = text.startIndex
        while let dot = text[search...].firstRange(of: ". ") {
            let before = text[start..<dot.lowerBound]
            let word = before.split(separator: " ").last.map { String($0) } ?? ""
            // ("Peter H.S. Kristensen": initials run together are initials too.)
            let initial = word.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { $0.count == 1 && $0.first?.isUppercase == true }
            // ("25. januar 2022": a date's day, the month after it in small letters.)
            let startsSentence = text[dot.upperBound...].first.map { !$0.isLowercase } ?? true
            if !word.isEmpty, !initial, !abbreviations.contains(word.lowercased()), startsSentence {
                result.append(String(before))
                start = dot.upperBound
            }
            search = dot.upperBound
        }
        result.append(String(text[start...]))
        return result
    }

    /// "… deltog Preben Petersen.Rådmand Jane Jegind forlod mødet efter pkt. 4.Borgmesteren …": sentences a page ran together
    /// without their space, which goes back after a word's (or a number's) full stop before a capital.
    static func spacedAfterStops(_ text: String) -> String {
        // (Most texts have no stop right before a capital: ruled out without copying their bytes.)
        var previous: UInt8 = 0
        guard text.utf8.contains(where: { byte in
            defer { previous = byte }
            return previous == 0x2E && (byte >= 0x41 && byte <= 0x5A || byte == 0xC3)
        }) else { return text }
        let bytes = Array(text.utf8)
        var cuts = [Int]()
        for i in bytes.indices.dropFirst(2).dropLast() where bytes[i] == 0x2E {
            let next = bytes[i + 1]
            guard next >= 0x41 && next <= 0x5A || next == 0xC3 && i + 2 < bytes.count && [0x86, 0x98, 0x85].contains(bytes[i + 2]) else { continue }
            let a = bytes[i - 1], b = bytes[i - 2]
            let word = a >= 0x61 && a <= 0x7A && b >= 0x61 && b <= 0x7A
            let number = a >= 0x30 && a <= 0x39 && (b == 0x20 || b >= 0x30 && b <= 0x39)
            if word || number { cuts.append(i + 1) }
        }
        guard !cuts.isEmpty else { return text }
        var result = [UInt8]()
        result.reserveCapacity(bytes.count + cuts.count)
        var from = 0
        for cut in cuts {
            result += bytes[from..<cut]
            result.append(0x20)
            from = cut
        }
        result += bytes[from...]
        return String(decoding: result, as: UTF8.self)
    }

    private static let standInMarkers = Bytes.NeedleSet(["deltager i stedet", "deltog i stedet", "mødte i stedet", "i stedet mødte", "stedfortræder", "suppleant"])

    /// A short sentence that names who came instead of an absent member.
    static func isStandInSentence(_ text: String) -> Bool {
        text.utf8.count <= 120 && Bytes.containsAnyFolded(text, standInMarkers)
    }

    private static let standInLinks = [
        " deltog i mødet i stedet for ", " deltog i stedet for ", " mødte i stedet for ", " deltog for ", " mødte for ", " indtrådte for ",
        " mødte som stedfortræder for ", " deltog som stedfortræder for ", " deltog som suppleant for ", " mødte som suppleant for ",
        " er indkaldt som suppleant for ", " er indkaldt som stedfortræder for ", " blev indkaldt som stedfortræder for ",
        " blev indkaldt som suppleant for ", " var indkaldt som stedfortræder for ", " var indkaldt som suppleant for ",
    ]
    private static let pairListOpeners = ["I stedet deltog stedfortræderne ", "I stedet deltog stedfortræderne: ", "Som stedfortrædere deltog ", "I stedet deltog "]
    private static let standInHints = Bytes.NeedleSet([" for ", "stedfortræder", "suppleant", "i stedet"])
    private static let standInTails = [
        " deltager i stedet", " deltog i stedet", " mødte i stedet", " er indkaldt som suppleant", " var indkaldt som suppleant",
        " er indkaldt som stedfortræder", " var indkaldt som stedfortræder", " blev indkaldt som suppleant", " blev indkaldt som stedfortræder",
    ]

    /// "Marie-Louise Jørgensen deltog for Sara Benzon", "Y (V) deltog i mødet i stedet for X (I)", "I stedet for X deltog Y",
    /// "X (V) - Y (V) mødte som stedfortræder": who sat in, and for whom; nil for other sentences.
    static func standIn(_ sentence: String) -> (present: [(name: String, party: String?)], absent: [(name: String, party: String?)])? {
        guard sentence.utf8.count <= 200, Bytes.containsAnyFolded(sentence, standInHints) else { return nil }
        var text = LineText.trim(sentence)
        while text.hasSuffix(".") { text.removeLast() }
        // ("istedet for": the words run together.)
        if text.contains("istedet") { text = text.replacingOccurrences(of: "istedet", with: "i stedet") }
        // "I stedet deltog stedfortræderne A i stedet for B, C i stedet for D": after the opener, pairs.
        if let opener = pairListOpeners.first(where: { text.hasPrefix($0) }) {
            let pairs = text.dropFirst(opener.count).components(separatedBy: ", ").flatMap { $0.components(separatedBy: " og ") }
            var present = [(name: String, party: String?)](), absent = [(name: String, party: String?)]()
            for pair in pairs {
                guard let found = pair.range(of: " i stedet for ") else { return nil }
                let came = nameList(String(pair[..<found.lowerBound])), away = nameList(String(pair[found.upperBound...]))
                guard came.count == 1, away.count == 1 else { return nil }
                present += came
                absent += away
            }
            return present.isEmpty ? nil : (present, absent)
        }
        // "A deltog som stedfortræder for B og C deltog som stedfortræder for D": two stand-ins in one sentence.
        if let link = standInLinks.first(where: { text.components(separatedBy: $0).count > 2 }) {
            var clauses = [String]()
            for piece in text.components(separatedBy: " og ") {
                // ("A og B deltog som stedfortræder for C og D …": names joined by "og" stay in their clause.)
                if let last = clauses.indices.last, !piece.contains(link) || !clauses[last].contains(link) { clauses[last] += " og " + piece } else { clauses.append(piece) }
            }
            let read = clauses.compactMap { standIn($0) }
            guard read.count == clauses.count, read.count > 1 else { return nil }
            return (read.flatMap(\.present), read.flatMap(\.absent))
        }
        for link in standInLinks {
            guard let found = text.firstRange(of: link) else { continue }
            let present = nameList(String(text[..<found.lowerBound])), absent = nameList(String(text[found.upperBound...]))
            return present.isEmpty || absent.isEmpty ? nil : (present, absent)
        }
        // "René Christensen – som stedfortræder deltog Birgit Holse": the member, then who came (after "Fraværende:").
        if let colon = text.firstIndex(of: ":"), bareAbsenceLabels.contains(Lexicon.fold(text[..<colon])) {
            text = LineText.trim(text[text.index(after: colon)...])
        }
        for link in [" – som stedfortræder deltog ", " - som stedfortræder deltog ", ", som stedfortræder deltog ", " – som suppleant deltog ", " - som suppleant deltog "] {
            guard let found = text.firstRange(of: link) else { continue }
            let absent = nameList(String(text[..<found.lowerBound])), present = nameList(String(text[found.upperBound...]))
            return present.isEmpty || absent.isEmpty ? nil : (present, absent)
        }
        // "John Larsen deltager i stedet", "Niels Kirkegaard er indkaldt som suppleant": who came, for the member named before.
        for tail in standInTails where text.hasSuffix(tail) {
            let present = nameList(String(text.dropLast(tail.count)))
            guard !present.isEmpty, present.allSatisfy({ looksLikeName($0.name) && $0.name.contains(" ") }) else { return nil }
            return (present, [])
        }
        // "X (T) var indkaldt som stedfortræder for Y (T)": any verb before "som".
        for link in [" som stedfortræder for ", " som suppleant for "] {
            guard let found = text.firstRange(of: link) else { continue }
            var before = text[..<found.lowerBound].split(separator: " ")
            while let last = before.last, last.first?.isLowercase == true { before.removeLast() }
            let present = nameList(before.joined(separator: " ")), absent = nameList(String(text[found.upperBound...]))
            return present.isEmpty || absent.isEmpty ? nil : (present, absent)
        }
        // ("Som stedfortræder for Anders Kühnau deltog Claus Kjeldsen.")
        for opener in ["I stedet for ", "Som stedfortræder for ", "Som suppleant for "] where text.hasPrefix(opener) {
            let rest = text.dropFirst(opener.count)
            for verb in [" deltog ", " mødte "] {
                guard let found = rest.firstRange(of: verb) else { continue }
                let absent = nameList(String(rest[..<found.lowerBound])), present = nameList(String(rest[found.upperBound...]))
                return present.isEmpty || absent.isEmpty ? nil : (present, absent)
            }
        }
        for tail in [" mødte som stedfortræder", " deltog som stedfortræder", " mødte som suppleant", " deltog som suppleant"] where text.hasSuffix(tail) {
            let pair = text.dropLast(tail.count)
            guard let dash = pair.firstRange(of: " - ") ?? pair.firstRange(of: " – ") else { return nil }
            let absent = nameList(String(pair[..<dash.lowerBound])), present = nameList(String(pair[dash.upperBound...]))
            return present.isEmpty || absent.isEmpty ? nil : (present, absent)
        }
        return nil
    }

    /// `absentNames` for a line, skipping lines without absence words.
    static func absentNames(_ line: Line) -> [(name: String, party: String?)]? {
        guard line.hints.contains(.absence), line.text.utf8.count < 240 || line.text.utf8.count < 480 && opensWithAbsenceLabel(line.text) else { return nil }
        return absentNames(checked: line.text)
    }

    /// Names from "Afbud: A (D), B og C" or "A (V) var fraværende", with their party letters.
    private static let absenceHints = Bytes.NeedleSet(["fbud", "ravær", "eltog ikke", "kke til stede", "kke tilstede", "orfald", "orlod mødet", "orhindret", "orhindrede", "j til stede", "deblev", "stedet for", "ndtagen", "ødt, bortset", "ødt bortset"])

    static func absentNames(_ text: String) -> [(name: String, party: String?)]? {
        guard text.utf8.count < 240 || text.utf8.count < 480 && opensWithAbsenceLabel(text), Bytes.containsAnyFolded(text, absenceHints) else { return nil }
        return absentNames(checked: text)
    }

    /// "Knud Bjerre, Per Jeppesen deltog ikke i pkt. 2 og 3" -> ("Per Jeppesen deltog ikke i pkt. 2 og 3", its names, [2, 3]): the
    /// last piece of a list, when it names who took no part in some items only.
    static func itemLimitedTail(_ list: String) -> (tail: String, names: [String], items: [Int])? {
        guard let comma = list.ranges(of: ", ").last, case let tail = LineText.trim(list[comma.upperBound...]),
            case let items = itemNumbers(in: tail), !items.isEmpty, let names = absentNames(tail), let first = names.first, looksLikeName(first.name)
        else { return nil }
        return (tail, names.map(\.name), items)
    }

    private static let fravaer = Array("fravær".utf8), afbudWord = Array("afbud".utf8)

    /// "Fraværende med afbud: …", "Afbud: …": a list that may run long.
    static func opensWithAbsenceLabel(_ text: String) -> Bool {
        Bytes.hasFoldedPrefix(text, fravaer) || Bytes.hasFoldedPrefix(text, afbudWord)
    }

    /// `absentNames` for a text known to be short and to hold an absence word.
    private static let absenceLabelBytes = absenceLabels.map { Array($0.utf8) }
    private static let absenceMarkerWords = [
        " var fraværende", " er fraværende", " deltog ikke i mødet", " deltog ikke på mødet", " udeblev", " deltog ikke i behandlingen", " deltog ikke i sagens behandling",
        " deltog ikke ved sagens behandling", " deltog ikke ved behandlingen", " deltog ikke i pkt", " deltog ikke i punkt",
        " deltog ikke under", " havde meldt afbud", " har meldt afbud", " meldte afbud", " havde meldt forfald", " har meldt forfald", " meldte forfald", " var ikke til stede", " var ikke tilstede", " forlod mødet under",
        " inden behandlingen af punktet", " inden punktets behandling", " inden behandlingen af sagen", " var forhindret i at deltage",
        " var forhindrede i at deltage", " var forhindret",
    ]
    private static let absenceMarkers = absenceMarkerWords.map { Array($0.utf8) }
    /// "Følgende" before the verb: the names follow after a colon.
    private static let listLeads: Set<String> = ["følgende", "følgende medlemmer", "følgende personer", "følgende medlemmer af udvalget"]
    private static let fravaerendeEnd = Array(" fraværende".utf8), fravaerendeEndStop = Array(" fraværende.".utf8)

    private static func absentNames(checked text: String) -> [(name: String, party: String?)]? {
        // "Fraværende og stedfortræder: Betina Sølver er fraværende. Mette Tolstrup (A) deltog som stedfortræder for …": a label
        // over sentences.
        if let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 32,
            combinedLabels.contains(Lexicon.fold(text[..<colon]))
        {
            let rest = LineText.trim(text[text.index(after: colon)...])
            return rest.isEmpty ? nil : absentNames(checked: rest)
        }
        if let names = absentNamesOpening(text) { return names }
        // "Godkendt. Fraværende: Peter H.S. Kristensen.": the label opens a later sentence of the line.
        guard Bytes.contains(text, sentenceEnd) else { return nil }
        let names = sentences(text).dropFirst().flatMap { absentNamesOpening($0) ?? [] }
        return names.isEmpty ? nil : names
    }

    private static let sentenceEnd = Array(". ".utf8)
    private static let combinedLabels: Set<String> = [
        "fraværende og stedfortræder", "fraværende og stedfortrædere", "fravær og stedfortræder", "fravær og stedfortrædere",
        "fraværende og suppleanter", "afbud og stedfortræder", "afbud og stedfortrædere",
    ]
    private static let moedtBortsetFra = Array("mødt bortset fra ".utf8)
    private static let moedtKommaBortsetFra = Array("mødt, bortset fra ".utf8)
    private static let undtagen = Array(" undtagen".utf8), presentWords = [Array("mødt".utf8), Array("stede".utf8)]

    /// "… var mødt undtagen", "… var til stede, undtagen": where " undtagen" is (the names follow it), when it follows a
    /// word of presence in the ten bytes before it.
    private static func presentExcept(_ folded: [UInt8]) -> (Int, [UInt8])? {
        guard let i = Bytes.find(undtagen, in: folded) else { return nil }
        let before = folded[max(0, i - 10)..<i]
        guard presentWords.contains(where: { word in Bytes.find(word, in: Array(before)) != nil }) else { return nil }
        return (i, undtagen)
    }

    /// `absentNames` for a text whose label, if any, opens it.
    private static func absentNamesOpening(_ text: String) -> [(name: String, party: String?)]? {
        var copy = text
        // Simple text is read on its folded bytes, which keep every byte offset of the text.
        let read: [(name: String, party: String?)]?? = copy.withUTF8 { b in
            guard Bytes.isSimple(b) else { return nil }
            let folded = Bytes.folded(b)
            for label in absenceLabelBytes where folded.starts(with: label) {
                var i = label.count
                // "Fraværende: X", "Afbud. X", "Fraværende- X" (a page's label and value glued by a dash).
                guard i < b.count, b[i] == 0x3A || b[i] == 0x20 || b[i] == 0x2E || b[i] == 0x2D else { continue }
                while i < b.count, b[i] == 0x3A || b[i] == 0x20 || b[i] == 0x2E || b[i] == 0x2D { i += 1 }
                // "Afbud fra X (A). Y deltager i stedet.": the names are in the first sentence.
                var rest = sentences(String(decoding: UnsafeBufferPointer(rebasing: b[i...]), as: UTF8.self))[0]
                // "Fraværende: Allan Tirsgaard (C) deltog i mødet i stedet for Michael Christensen (C).": the stand-in came, the
                // member after "i stedet for" was away.
                if let insteadOf = rest.range(of: " i stedet for ") {
                    let names = nameList(String(rest[insteadOf.upperBound...]))
                    return .some(names.isEmpty ? nil : names)
                }
                // "Fraværende i Thisted Kommunalbestyrelse, 25. januar 2022: Henning Holm": the body and date, then the names.
                if rest.hasPrefix("i "), let colon = rest.firstIndex(of: ":") {
                    let names = LineText.trim(rest[rest.index(after: colon)...])
                    if names.isEmpty { return .some([]) }
                    rest = names
                }
                var names = nameList(rest)
                // "Fraværende: Michael Hemming Nielsen (Ø). Morten Rohde Klitgaard (G)": a name a sentence.
                if !names.isEmpty, case let all = sentences(String(decoding: UnsafeBufferPointer(rebasing: b[i...]), as: UTF8.self)), all.count > 1 {
                    for sentence in all.dropFirst() {
                        guard isNameSentence(sentence) else { break }
                        names += nameList(sentence)
                    }
                }
                return .some(names.isEmpty ? (namesNobody(rest, labelled: i > label.count) ? [] : nil) : names)
            }
            // "Alle medlemmer var mødt undtagen fra A, B og C.": the names after the exception, to the sentence's end or ", der …".
            // ("Medlemmerne var til stede, undtagen: Gitte Kjær-Westermann (V).")
            if let (i, link) = Bytes.find(moedtBortsetFra, in: folded).map({ ($0, moedtBortsetFra) })
                ?? Bytes.find(moedtKommaBortsetFra, in: folded).map({ ($0, moedtKommaBortsetFra) }) ?? presentExcept(folded)
            {
                var rest = sentences(String(decoding: UnsafeBufferPointer(rebasing: b[(i + link.count)...]), as: UTF8.self))[0]
                while rest.first == ":" || rest.first == " " { rest.removeFirst() }
                if rest.hasPrefix("fra ") { rest = String(rest.dropFirst(4)) }
                if let der = rest.range(of: ", der ") { rest = String(rest[..<der.lowerBound]) }
                let names = nameList(rest)
                return .some(names.isEmpty ? nil : names)
            }
            // "Tonny Nalepa Jensen fraværende": a name, then the word.
            if folded.count < 80, folded.reversed().starts(with: fravaerendeEnd.reversed()) || folded.reversed().starts(with: fravaerendeEndStop.reversed()) {
                var end = b.count - (folded.last == 0x2E ? fravaerendeEndStop.count : fravaerendeEnd.count)
                // "Bjarne Jensen og Kristoffer Storm var fraværende.": the verb goes with the word.
                if end > 4, folded[(end - 4)..<end].elementsEqual(" var".utf8) { end -= 4 }
                var before = String(decoding: UnsafeBufferPointer(rebasing: b[..<end]), as: UTF8.self)
                // ("Godkendt. Bo Flindt var fraværende.": the names are the last sentence's.)
                if Bytes.contains(before, sentenceEnd), let last = sentences(before).last { before = last }
                let names = nameList(beforeLeaving(before))
                let words = before.split(separator: " ").count
                if !names.isEmpty, words <= 8 { return .some(names) }
            }
            // "Inger Andersen (A) deltog i mødet i stedet for Tanja Larsson (A).": the member named after "i stedet for" was away.
            // ("istedet for": the words run together.)
            if let (i, link) = Bytes.find(iStedetFor, in: folded).map({ ($0, iStedetFor) }) ?? Bytes.find(istedetFor, in: folded).map({ ($0, istedetFor) }),
                i > 0, Bytes.find(deltogOrMoedte, in: folded).map({ $0 < i }) == true,
                case let names = nameList(String(decoding: UnsafeBufferPointer(rebasing: b[(i + link.count)...]), as: UTF8.self)), !names.isEmpty
            {
                return .some(names)
            }
            // ("X var fraværende. Y blev erklæret inhabil …": the disqualification is another sentence's.)
            func inhabilInSentence(of i: Int) -> Bool {
                guard Bytes.find(inhabilWord, in: folded) != nil else { return false }
                var start = i, end = i
                while start > 1, !(folded[start - 2] == 0x2E && folded[start - 1] == 0x20) { start -= 1 }
                while end + 1 < folded.count, !(folded[end] == 0x2E && folded[end + 1] == 0x20) { end += 1 }
                return Bytes.find(inhabilWord, in: folded, from: start).map { $0 < end } ?? false
            }
            // "X (C), Næstformand deltog ikke i Udvalget for det nære sundhedsvæsens behandling af sagen.": the body named
            // before its treatment.
            if let i = Bytes.find(deltogIkkeI, in: folded), Bytes.find(behandlingWord, in: folded, from: i) != nil, !inhabilInSentence(of: i),
                !absenceMarkers.contains(where: { Bytes.find($0, in: folded) != nil })
            {
                let before = String(decoding: UnsafeBufferPointer(rebasing: b[..<i]), as: UTF8.self)
                let names = nameList(beforeLeaving(Bytes.contains(before, sentenceEnd) ? sentences(before).last ?? before : before))
                return .some(names.isEmpty ? nil : names)
            }
            for marker in absenceMarkers {
                if let i = Bytes.find(marker, in: folded), !inhabilInSentence(of: i) {
                    let before = String(decoding: UnsafeBufferPointer(rebasing: b[..<i]), as: UTF8.self)
                    // "Følgende udeblev uden afbud: A, B og C.": the names follow the colon.
                    if Self.listLeads.contains(Lexicon.fold(before)) {
                        guard let colon = b[i...].firstIndex(of: 0x3A) else { return .some(nil) }
                        let names = nameList(String(decoding: UnsafeBufferPointer(rebasing: b[(colon + 1)...]), as: UTF8.self))
                        return .some(names.isEmpty ? nil : names)
                    }
                    // ("Godkendt. Peter Muhl (A) deltog ikke under punktet.": the names are the last sentence's.)
                    let last = Bytes.contains(before, sentenceEnd) ? sentences(before).last ?? before : before
                    let names = nameList(beforeLeaving(last))
                    return .some(names.isEmpty ? nil : names)
                }
            }
            return .some(nil)
        }
        if let read { return read }
        let lowered = text.lowercased()
        for label in absenceLabels where lowered.hasPrefix(label) {
            var rest = text.dropFirst(label.count)
            guard let first = rest.first, first == ":" || first == " " || first == "." else { continue }
            let labelled = rest.first == ":"
            rest = rest.drop(while: { $0 == ":" || $0 == " " || $0 == "." })
            let names = nameList(String(rest))
            return names.isEmpty ? (namesNobody(String(rest), labelled: labelled) ? [] : nil) : names
        }
        for marker in absenceMarkerWords {
            if let range = lowered.range(of: marker), !lowered.contains("inhabil") {
                let prefix = String(text[text.startIndex..<text.index(text.startIndex, offsetBy: lowered.distance(from: lowered.startIndex, to: range.lowerBound))])
                if Self.listLeads.contains(Lexicon.fold(prefix)) {
                    guard let colon = text.firstIndex(of: ":") else { return nil }
                    let names = nameList(String(text[text.index(after: colon)...]))
                    return names.isEmpty ? nil : names
                }
                let names = nameList(beforeLeaving(Bytes.contains(prefix, sentenceEnd) ? sentences(prefix).last ?? prefix : prefix))
                return names.isEmpty ? nil : names
            }
        }
        return nil
    }

    private static let deltogIkkeI = Array(" deltog ikke i ".utf8), behandlingWord = Array(" behandling".utf8)
    private static let iStedetFor = Array(" i stedet for ".utf8), istedetFor = Array(" istedet for ".utf8), deltogOrMoedte = Array(" deltog ".utf8)

    private static let sagWords = Bytes.NeedleSet(["sag ", "sagerne "])
    private static let unkt = Array("unkt".utf8), kt = Array("kt. ".utf8), colon = Array(":".utf8), tal = Array("tal".utf8)

    /// The item numbers an absence line names: "punkt 5 og 6", "punkterne 5-7", "pkt. 5, 6 og 8".
    static func itemNumbers(in text: String) -> [Int] {
        guard Bytes.contains(text, unkt) || Bytes.contains(text, kt) || Bytes.containsAnyFolded(text, sagWords) else { return [] }
        let lowered = text.lowercased()
        // ("sag 129-138", "sagerne 12 og 13": Rødovre's and others' cases by their numbers.)
        let openers = ["punkterne ", "punkt ", "pkt. ", "punkt: ", "sagerne ", "sag nr. ", "sag "]
        guard let r = openers.lazy.compactMap({ lowered.range(of: $0) }).first else { return [] }
        var numbers = [Int]()
        var rangeStart: Int?
        for word in lowered[r.upperBound...].split(whereSeparator: { $0 == " " || $0 == "," }) {
            let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ".;:()"))
            if bare == "og" || bare == "samt" { continue }
            let parts = bare.split(separator: "-", omittingEmptySubsequences: false)
            if parts.count == 2, let low = Int(parts[0]), let high = Int(parts[1]), low <= high, high - low < 20 {
                numbers.append(contentsOf: low...high)
            } else if bare == "til" || bare == "–" || bare == "-" {
                rangeStart = numbers.last
            } else if let n = Int(bare) {
                if let start = rangeStart, start < n, n - start < 20 { numbers.append(contentsOf: (start + 1)...n) } else { numbers.append(n) }
                rangeStart = nil
            } else if let n = Int(bare.dropLast()), bare.last?.isLetter == true {
                numbers.append(n)  // "2a": numbered 2
            } else {
                break
            }
            if word.hasSuffix(".") { break }
        }
        return numbers
    }

    private static let outcomeWords: Set<Substring> = ["Godkendt", "Anbefales", "Tiltrådt", "Vedtaget", "Udsat", "Anbefalet"]

    /// "Godkendt" in "Godkendt Emilly Pedersen var fraværende.": an outcome word right before a name.
    static func leadingOutcomeWord(_ text: String) -> String? {
        let words = text.split(separator: " ", maxSplits: 2)
        guard words.count == 3, outcomeWords.contains(words[0]), words[1].first?.isUppercase == true else { return nil }
        return String(words[0])
    }

    /// "Hans Hansen (V) forlod mødet kl. 17.30 og" -> "Hans Hansen (V)": who left, before what they did.
    private static func beforeLeaving(_ prefix: String) -> String {
        var prefix = prefix
        // "Økonomiudvalget, 31.10.2016 Jette Leth Buhl": an absence from another body's meeting, printed with its stage.
        if prefix.utf8.count > 12, MinutesParser.stageWithText(prefix) != nil { return "" }
        if let word = leadingOutcomeWord(prefix) { prefix = String(prefix.dropFirst(word.count + 1)) }
        // "Medlemmerne var mødt, bortset fra A, B og C, der havde meldt afbud": the names after "bortset fra".
        // ("Alle medlemmer var mødt undtagen A og B, der havde meldt afbud" too.)
        if let range = prefix.range(of: "bortset fra ") ?? prefix.range(of: " undtagen ") { prefix = String(prefix[range.upperBound...]) }
        if prefix.hasSuffix(", der") { prefix = String(prefix.dropLast(", der".count)) }
        // "… deltog i mødet via Skype, og forlod mødet kl. 10.39 og": the name stands before what the member did.
        for verb in [" forlod ", " deltog i ", " deltog via "] {
            if let range = prefix.range(of: verb) { prefix = String(prefix[..<range.lowerBound]) }
        }
        // "Freddy Blak (A)-": the dash before the note.
        while prefix.hasSuffix("-") || prefix.hasSuffix(" ") { prefix.removeLast() }
        return prefix
    }

    // MARK: Disqualification

    private static let inhabilHint = Bytes.NeedleSet(["nhabil"])
    private static let questionWords = Bytes.NeedleSet(["spørgsmål om", "hvorvidt", "om habilitet"])
    private static let inhabilWord = Array("inhabil".utf8)

    /// Names declared inhabil in a line, e.g. "Martin Clausen (A) blev erklæret inhabil."
    static func disqualifiedNames(_ line: Line) -> [(name: String, party: String?)] {
        guard line.hints.contains(.disqualification), line.text.utf8.count < 600 else { return [] }
        return disqualifiedNames(checked: line.text)
    }

    /// Names declared inhabil in a text.
    static func disqualifiedNames(_ text: String) -> [(name: String, party: String?)] {
        guard text.utf8.count < 600, Bytes.containsAnyFolded(text, inhabilHint) else { return [] }
        return disqualifiedNames(checked: text)
    }

    private static func disqualifiedNames(checked text: String) -> [(name: String, party: String?)] {
        let lowered = text.lowercased()
        if lowered.hasPrefix("inhabil") {
            let rest = text.drop(while: { $0 != ":" && $0 != " " }).drop(while: { $0 == ":" || $0 == " " })
            return nameList(String(rest))
        }
        let markers = [
            " blev erklæret inhabil", " er erklæret inhabil", " erklærede sig inhabil", " erklærede sig som inhabil", " var inhabil",
            " er inhabil", " blev inhabil", " deltog ikke", " anså sig", " anser sig", " meldte sig inhabil",
            " forlod mødet", " erklæres inhabil", " blev anset for inhabil", " blev fundet inhabil", " gjorde opmærksom på sin inhabilitet",
            " meddelte sin inhabilitet", " gjorde opmærksom på inhabilitet", " gjorde opmærksom på sin inhabilitet", " meddelte inhabilitet",
            " erklærede inhabilitet", " medvirkede ikke",
        ]
        for marker in markers {
            guard let range = lowered.range(of: marker) else { continue }
            let offset = lowered.distance(from: lowered.startIndex, to: range.lowerBound)
            // "Jakob Næsager (C) ikke var inhabil": the finding that one was not.
            if lowered[..<range.lowerBound].hasSuffix(" ikke") || lowered[..<range.lowerBound].hasSuffix(" ikke længere") { continue }
            let prefix = String(text.prefix(offset))
            // The sentence may start elsewhere; take the words after the last sentence break, and after "…, at".
            // (Sentences end where `sentences` says: not after the initial of "Anders W. Berthelsen".)
            var sentence = Self.sentences(prefix).last ?? prefix
            // "Der blev rejst spørgsmål om, hvorvidt X og Y er inhabile": a question, not a finding.
            if Bytes.containsAnyFolded(sentence, Self.questionWords) { continue }
            // "Økonomiudvalget, 20.04.2020 X blev erklæret inhabil": in another body's meeting.
            if sentence.utf8.count > 12, MinutesParser.stageWithText(sentence) != nil { return [] }
            if marker == " forlod mødet" || marker == " deltog ikke" || marker == " medvirkede ikke" { sentence = beforeLeaving(sentence) }
            if let at = sentence.range(of: ", at ", options: .backwards) {
                let after = LineText.trim(sentence[at.upperBound...])
                // "X (V) gjorde opmærksom på, at han var inhabil": the name stands before the verb, up to its party.
                if ["han", "hun", "de", "vedkommende"].contains(after.lowercased()) {
                    let before = sentence[..<at.lowerBound]
                    // Without a party, the capitalised words before the verb ("Birger Jensen oplyste").
                    sentence = before.firstIndex(of: ")").map { String(before[...$0]) }
                        ?? before.split(separator: " ").prefix(while: { $0.first?.isUppercase == true }).joined(separator: " ")
                } else {
                    sentence = after
                }
            }
            let names = nameList(sentence)
            if !names.isEmpty { return names }
        }
        return []
    }

    /// "Lars Berg (V) forlod mødet efter dette punkt.", "… efter behandlingen af punkt 5": who left, and the item after
    /// which they were gone; `item` is the number of the item the line stands in.
    static func leftAfter(_ text: String, item: Int) -> (after: Int, names: [(name: String, party: String?)])? {
        guard text.utf8.count < 400, let left = text.range(of: " forlod mødet") else { return nil }
        // ("Jonas Dahl forlod mødet kl. 16.30 efter behandlingen af punkt 1.": the time between.)
        var tail = text[left.upperBound...].drop(while: { $0 == " " || $0 == "," })
        if tail.hasPrefix("kl. ") || tail.hasPrefix("kl ") {
            tail = tail.drop(while: { $0 != " " }).dropFirst().drop(while: { $0 != " " }).drop(while: { $0 == " " })
        }
        guard tail.hasPrefix("efter ") else { return nil }
        let found = left.lowerBound..<tail.index(tail.startIndex, offsetBy: 6)
        let rest = text[found.upperBound...].lowercased()
        let after: Int
        if rest.hasPrefix("dette punkt") || rest.hasPrefix("punktets behandling") || rest.hasPrefix("behandlingen af dette punkt")
            || rest.hasPrefix("behandlingen af punktet") || rest.hasPrefix("sagens behandling")
        {
            after = item
        } else if let number = itemNumbers(in: String(text[found.upperBound...])).first {
            after = number
        } else {
            return nil
        }
        let before = String(text[..<found.lowerBound])
        let sentence = sentences(before).last ?? before
        let names = nameList(sentence)
        return names.isEmpty ? nil : (after, names)
    }

    /// "A (D), B og C (V)." -> names with party letters; words that are not names are dropped.
    static func nameList(_ text: String) -> [(name: String, party: String?)] {
        var cleaned = LineText.trim(text)
        while let last = cleaned.last, last == "." || last == "," || last == ";" { cleaned.removeLast() }
        // "Evan Lynnerup (V) - Marianne Kiærulff (V) mødte som stedfortræder": the stand-in was there.
        let standIn = Bytes.contains(cleaned, stedfortr) || Bytes.contains(cleaned, suppleant)
        for marker in standIn ? standInSentences : []  {
            guard let found = cleaned.range(of: marker) else { continue }
            let head = cleaned[..<found.lowerBound]
            let cut = [" - ", " – ", ", "].compactMap { head.range(of: $0, options: .backwards)?.lowerBound }.max()
            cleaned = cut.map { String(cleaned[..<$0]) } ?? ""
        }
        if standIn { cleaned = HeaderReader.splitStandIns(cleaned).absent }
        // "Steen B. Andersen Sagerne 1, 2, 3 og 4: Magistratens erklæring …": a note on the cases runs on after the name.
        for note in [" Sagerne ", " Sag "] {
            if let found = cleaned.firstRange(of: note), found.lowerBound > cleaned.startIndex { cleaned = String(cleaned[..<found.lowerBound]) }
        }
        // "Lars Rytter ved afbud Niels F. Dahlmann ved afbud": the words close each name.
        if Bytes.containsAnyFolded(cleaned, withAbsenceHints) {
            cleaned = cleaned.replacing(" ved afbud", with: ",").replacing(" med afbud", with: ",")
        }
        var parts = [String]()
        for piece in cleaned.split(separator: ",") {
            let sub = piece.replacing(" og ", with: ",").replacing(" samt ", with: ",")
            parts.append(contentsOf: sub.split(separator: ",").map { withoutReason(LineText.trim($0)) })
        }
        var result = [(name: String, party: String?)]()
        for part in parts where !part.isEmpty {
            // "Robert Sørensen, Ø": the party after a comma.
            if let last = result.indices.last, result[last].party == nil, let party = HeaderReader.partyToken(part) {
                result[last].party = party
                continue
            }
            // ("X (C), Næstformand": the member's office after the name, no name of its own.)
            if officeWords.contains(LineText.trim(part).lowercased()) { continue }
            var name = part
            // "Henrik Rützou Aakast (V) deltog ikke i behandlingen": the words after the party.
            if let close = name.firstIndex(of: ")"), name.index(after: close) < name.endIndex, name[name.index(after: close)...].first == " ",
                name[name.index(after: close)...].dropFirst().first?.isLowercase == true
            {
                name = String(name[...close])
            }
            // "Rådmand Anker Boye", "Udvalgsmedlem Mai Henriksen": the office before the name.
            if let space = name.firstIndex(of: " "), officeWords.contains(name[..<space].lowercased()) { name = LineText.trim(name[space...]) }
            var party: String?
            // ("Alice Kiander (Børne- og Ungdomsorganisationernes Samråd": the parenthesis never closed.)
            if let open = name.lastIndex(of: "("), !name.contains(")"), open > name.startIndex { name = LineText.trim(name[..<open]) }
            if let open = name.lastIndex(of: "("), name.hasSuffix(")") {
                let inside = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
                let trimmed = LineText.trim(inside)
                name = LineText.trim(name[..<open])
                if (1...3).contains(trimmed.count), trimmed.allSatisfy({ $0.isUppercase || $0 == "Ø" || $0 == "Å" || $0 == "Æ" }) {
                    party = trimmed
                } else if let spelled = HeaderReader.partyToken(trimmed) {
                    // ("Claus Grimm (Løsgænger)": no letter, the member's standing spelled out, as a member list reads it.)
                    party = spelled
                }
            }
            // ("Peter Andersen, Gert winther og Linda Peitersen": a surname typed in small letters, among names.)
            guard looksLikeName(name) || parts.count >= 2 && isNameWithSmallSurname(name) && parts.contains(where: { looksLikeName($0) }),
                !Self.nobody.contains(Lexicon.fold(name))
            else { continue }
            result.append((name, party))
        }
        return result
    }

    /// "Gert winther": a capitalised first name and one surname in small letters, no word of a sentence.
    static func isNameWithSmallSurname(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count == 2, looksLikeName(String(words[0])), words[1].count >= 4, words[1].allSatisfy({ $0.isLetter && $0.isLowercase }),
            !sentenceWords.contains(String(words[1]))
        else { return false }
        return true
    }

    private static let sentenceWords: Set<String> = ["deltog", "mødte", "havde", "ikke", "blev", "meldte", "kunne", "under", "efter", "inden", "forlod", "var", "også", "dog"]

    private static let reasonHints = Bytes.NeedleSet([" pga", " p.g.a", " grundet", " på grund af", " - ", " – "])
    private static let reasonOpeners = [" pga.", " pga ", " p.g.a.", " grundet ", " på grund af ", " - ", " – "]
    private static let withAbsenceHints = Bytes.NeedleSet([" ved afbud", " med afbud"])

    /// "Martin Bech pga. ferie", "Anne Hansen (syg)", "Bo Holm - ferie": the name, without why they were away.
    static func withoutReason(_ part: String) -> String {
        guard part.utf8.count > 4 else { return part }
        // "(ferie)", "(syg)": a reason in brackets, in small letters; a party's letters stay.
        var name = part
        if name.utf8.last == 0x29, let open = name.lastIndex(of: "("), name[name.index(after: open)...].first?.isLowercase == true {
            name = LineText.trim(name[..<open])
        }
        guard Bytes.containsAnyFolded(name, reasonHints) else { return name }
        if name.hasSuffix(" pga") { name = String(name.dropLast(4)) }
        for opener in reasonOpeners {
            guard let found = name.firstRange(of: opener) else { continue }
            let after = name[found.upperBound...].drop { $0 == " " }
            // (Not "Anne-Marie Olsen - Socialdemokratiet" or a stand-in's name after the dash: the reason is in small letters.)
            if opener.hasPrefix(" -") || opener.hasPrefix(" –"), after.first?.isLowercase != true { continue }
            name = String(name[..<found.lowerBound])
        }
        return LineText.trim(name)
    }

    private static let parenthesisOpeners = ["(afbud fra ", "(afbud: ", "(fraværende: ", "(fravær: "]
    private static let parenthesisHints = Bytes.NeedleSet(["(afbud", "(fravær"])

    /// "Godkendt (afbud fra Søren Larsen)." -> ["Søren Larsen"].
    static func parentheticalAbsences(_ text: String) -> [String] {
        guard text.utf8.count < 400, Bytes.containsAnyFolded(text, parenthesisHints) else { return [] }
        let lowered = text.lowercased()
        var names = [String]()
        for opener in parenthesisOpeners {
            guard let open = lowered.range(of: opener), let close = lowered[open.upperBound...].firstIndex(of: ")") else { continue }
            // Lower-casing keeps the offsets of Danish text: the same range in the original.
            let start = text.index(text.startIndex, offsetBy: lowered.distance(from: lowered.startIndex, to: open.upperBound))
            let end = text.index(text.startIndex, offsetBy: lowered.distance(from: lowered.startIndex, to: close))
            names += nameList(String(text[start..<end])).map(\.name)
        }
        return names
    }

    /// The names of a line of absent members, without a stand-in's note: "Maria Bagger Grell, Merete Øverup indkaldt" -> the first.
    static func namePieces(_ text: String) -> [Substring] {
        let pieces = text.replacing(" og ", with: ",").split(separator: ",")
        let kept = pieces.filter { piece in ![" indkaldt", " deltog", " mødte", " deltager"].contains { piece.hasSuffix($0) } }
        return kept.isEmpty ? pieces : kept
    }

    /// "Fraværende:" then, a paragraph below, "Stig Leerbeck": one absence line "Fraværende: Stig Leerbeck".
    static func joiningAbsenceLabels(_ lines: [Line]) -> [Line] {
        var result = [Line]()
        var skip = Set<Int>()
        for (index, line) in lines.enumerated() where !skip.contains(index) {
            // "Fraværende med afbud" over "Laura Rosenvinge (Socialdemokratiet), ferie." lines: each member and the reason.
            if line.text.utf8.count <= 24, bareAbsenceLabels.contains(Lexicon.fold(line.text)) {
                var names = [String]()
                var last = index
                for k in (index + 1)..<min(lines.count, index + 60) {
                    if lines[k].isBlank { continue }
                    guard let name = memberWithReason(lines[k].text) else { break }
                    names.append(name)
                    last = k
                }
                if names.count >= 1, last > index {
                    var label = LineText.trim(line.text)
                    if label.hasSuffix(":") { label.removeLast() }
                    result.append(Line(text: label + ": " + names.joined(separator: ", "), number: line.number))
                    skip.formUnion(index + 1...last)
                    continue
                }
            }
            // "Fraværende:" over "Ingen": nobody, one line.
            if line.text.utf8.count <= 24, bareAbsenceLabels.contains(Lexicon.fold(line.text)),
                let next = lines[(index + 1)...].prefix(3).firstIndex(where: { !$0.isBlank }), lines[next].text.utf8.count <= 20,
                nobody.contains(Lexicon.fold(lines[next].text))
            {
                var label = LineText.trim(line.text)
                if label.hasSuffix(":") { label.removeLast() }
                result.append(Line(text: label + ": " + LineText.trim(lines[next].text), number: line.number))
                skip.formUnion(index + 1...next)
                continue
            }
            // (A list item's marker goes: "Afbud:" over "1. Robert Sørensen, Ø".)
            // ("Fraværende" alone, as a sub-heading, over its names too.)
            guard absentNames(line)?.isEmpty == true || line.text.utf8.count <= 12 && bareAbsenceLabels.contains(Lexicon.fold(line.text)),
                let next = lines[(index + 1)...].prefix(3).firstIndex(where: { !$0.isBlank }),
                // ("Borgmester Anna Mee Allerslev pga. arbejde.": a name and why.)
                // ("Carsten Scheibye, Lotte Helms.": names, and the stop after them.)
                case let text = ListItem.stripMarker(lines[next].text), text.utf8.count <= 120,
                case let stopped = text.hasSuffix(".") && !text.hasSuffix("..")
                    && text.dropLast().split(separator: ",").allSatisfy({ $0.split(separator: " ").count >= 2 }),
                case let bare = withoutReason(stopped ? String(text.dropLast()) : text),
                !bare.hasSuffix("."), !nameList(text).isEmpty,
                namePieces(bare).allSatisfy({
                    looksLikeName(LineText.trim($0.split(separator: "(").first ?? $0)) || HeaderReader.partyToken($0) != nil
                })
            else {
                result.append(line)
                continue
            }
            // "Fraværende:" over "- Hans Østergaard (V)" and "- Jens Jensen (A)": one member a line.
            var names = [text]
            var last = next
            // (Or one a paragraph: "Martin Bech", "Lars Bisgaard", blank lines apart.)
            func nextName(after index: Int) -> Int? {
                if index + 1 < lines.count, !lines[index + 1].isBlank { return index + 1 }
                guard index + 2 < lines.count, lines[index + 1].isBlank, !lines[index + 2].isBlank, lines[index + 2].text.utf8.count <= 60,
                    lines[index + 2].text.contains(" "), looksLikeName(LineText.trim(lines[index + 2].text.split(separator: "(").first ?? ""))
                else { return nil }
                return index + 2
            }
            while let following = nextName(after: last),
                case let more = ListItem.stripMarker(lines[following].text), more.utf8.count <= 120, !more.hasSuffix("."), !nameList(more).isEmpty,
                namePieces(more).allSatisfy({ looksLikeName(LineText.trim($0.split(separator: "(").first ?? $0)) })
            {
                names.append(more)
                last = following
            }
            result.append(Line(text: LineText.trim(line.text) + " " + names.joined(separator: ", "), number: line.number))
            skip.formUnion(index + 1...last)
        }
        return result
    }

    /// "Laura Rosenvinge (Socialdemokratiet), ferie." -> "Laura Rosenvinge (Socialdemokratiet)": a member with a party and the
    /// reason they were away.
    static func memberWithReason(_ text: String) -> String? {
        guard text.utf8.count <= 100, let close = text.firstIndex(of: ")"), text.contains("("),
            case let rest = text[text.index(after: close)...], rest.isEmpty || rest.hasPrefix(",") || rest == "."
        else { return nil }
        let member = String(text[...close])
        guard let open = member.firstIndex(of: "("), looksLikeName(LineText.trim(member[..<open])) else { return nil }
        return member
    }

    static let bareAbsenceLabels: Set<String> = ["fraværende", "afbud", "fravær", "fraværende med afbud"]
    private static let stedfortr = Array("stedfortr".utf8), suppleant = Array("suppleant".utf8)
    private static let standInSentences = [" mødte som stedfortræder", " deltog som stedfortræder", " mødte som suppleant", " deltog som suppleant"]

    /// "Fraværende:" with nothing after it, "Afbud: Ingen": an absence line that names nobody.
    private static func namesNobody(_ rest: String, labelled: Bool) -> Bool {
        let folded = Lexicon.fold(rest.trimmingCharacters(in: CharacterSet(charactersIn: " .:-–")))
        return folded.isEmpty ? labelled : nobody.contains(folded)
    }

    private static let officeWords: Set<String> = [
        "rådmand", "udvalgsmedlem", "borgmester", "viceborgmester", "byrådsmedlem", "kommunalbestyrelsesmedlem", "regionsrådsmedlem",
        "formand", "næstformand", "medlem", "stedfortræder", "suppleant",
    ]

    /// What "Fraværende: Ingen" names: nobody.
    private static let nobody: Set<String> = ["ingen", "intet", "ingen afbud", "ingen fraværende", "ingen fravær", "nej", "ingen bemærkninger"]

    /// Two to six capitalised words, as a person's name is printed.
    static func looksLikeName(_ s: String) -> Bool {
        var copy = s
        if let answer = copy.withUTF8({ latinNameCheck($0) }) { return answer }
        let words = s.split(separator: " ")
        guard words.count >= 1, words.count <= 6, s.count <= 60 else { return false }
        guard let first = words.first?.first, first.isUppercase else { return false }
        let lowercaseWords = words.filter { $0.first?.isLowercase == true }
        return lowercaseWords.allSatisfy { nameParticles.contains($0) } && s.allSatisfy { $0.isLetter || " .-'".contains($0) }
    }

    private static let nameParticles: Set<Substring> = ["von", "de", "la", "van", "der", "af"]
    private static let nameParticleBytes = nameParticles.map { Array($0.utf8) }

    /// `looksLikeName` on the bytes of text made of ASCII and the Latin-1 letters (À…ÿ without × and ÷), where each
    /// scalar is a Character and its case is known from its bytes; nil for other text.
    private static func latinNameCheck(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        var characters = 0
        var words = 0
        var wordStart = -1
        var i = 0
        var allowedCharacters = true
        var firstIsUpper = false
        var lowerWordsAllowed = true
        func endWord(_ end: Int) {
            guard wordStart >= 0 else { return }
            let word = UnsafeBufferPointer(rebasing: b[wordStart..<end])
            let lead = word[0]
            let isLower = (lead >= 0x61 && lead <= 0x7A) || (lead == 0xC3 && word.count > 1 && word[1] >= 0x9F && word[1] != 0xB7)
            let isUpper = (lead >= 0x41 && lead <= 0x5A) || (lead == 0xC3 && word.count > 1 && word[1] <= 0x9E && word[1] != 0x97)
            if words == 0 { firstIsUpper = isUpper }
            if isLower && !nameParticleBytes.contains(where: { $0.elementsEqual(word) }) { lowerWordsAllowed = false }
            words += 1
            wordStart = -1
        }
        while i < b.count {
            let byte = b[i]
            if byte == 0x20 {
                endWord(i)
                characters += 1
                i += 1
                continue
            }
            if wordStart < 0 { wordStart = i }
            if byte < 0x80 {
                let letter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                if !letter && byte != 0x2E && byte != 0x2D && byte != 0x27 { allowedCharacters = false }
                i += 1
            } else if byte == 0xC3, i + 1 < b.count, b[i + 1] >= 0x80, b[i + 1] <= 0xBF {
                if b[i + 1] == 0x97 || b[i + 1] == 0xB7 { allowedCharacters = false }
                i += 2
            } else {
                return nil
            }
            characters += 1
        }
        endWord(b.count)
        guard words >= 1, words <= 6, characters <= 60, firstIsUpper else { return false }
        return lowerWordsAllowed && allowedCharacters
    }

    // MARK: Votes

    /// Votes reported in a decision, e.g. "Tiltrådt med 7 stemmer for (A, F, C, Ø)" or "Mette Sørensen (F) stemte imod".
    private static let rollCallLabels: [(String, Int)] = [
        ("for forslaget stemmer", 0), ("for forslaget stemte", 0), ("for stemmer", 0), ("for stemte", 0), ("følgende stemte for", 0),
        ("imod forslaget stemmer", 1), ("imod forslaget stemte", 1), ("imod stemmer", 1), ("imod stemte", 1), ("følgende stemte imod", 1),
        ("undlod at stemme", 2), ("undlader at stemme", 2), ("følgende undlod at stemme", 2),
    ]

    /// The side a roll call's label heads: "For forslaget stemmer:" 0, "Imod stemmer:" 1, "Undlod at stemme:" 2.
    static func rollCallSide(_ text: String) -> Int? {
        guard text.utf8.count <= 40, text.hasSuffix(":") else { return nil }
        let folded = Lexicon.fold(text)
        return rollCallLabels.first { $0.0 == folded }?.1
    }

    /// "Henning Holm undlader at stemme.", "A og B undlod at stemme": how many named members abstained.
    static func abstainingNames(_ text: String) -> Int? {
        guard text.utf8.count <= 160 else { return nil }
        for phrase in [" undlader at stemme", " undlod at stemme"] {
            guard let r = text.range(of: phrase) else { continue }
            let before = String(text[..<r.lowerBound])
            let pieces = before.replacing(" og ", with: ",").split(separator: ",").map { LineText.trim($0) }
            guard !pieces.isEmpty, pieces.allSatisfy({ looksLikeName($0) && $0.contains(" ") }) else { return nil }
            return pieces.count
        }
        return nil
    }

    static func votes(in lines: [Line]) -> [Vote] {
        var result = [Vote]()
        var previousLine = -2
        // A side's line right under another's (or a paragraph below) goes on the same vote.
        func add(_ vote: Vote, at lineNumber: Int) {
            if let previous = result.last, lineNumber - previousLine <= 2, let merged = previous.merged(with: vote) {
                result[result.count - 1] = merged
            } else {
                result.append(vote)
            }
        }
        // Lines are counted without the blank ones: a vote's sides may stand paragraphs apart.
        var ordinal = 0
        for (position, line) in lines.enumerated() {
            if line.isBlank { continue }
            ordinal += 1
            // "For forslaget stemmer:" over "Casper Søe Larsen, Jens Kr. Yde og Torben Overgaard.": a roll call, counted by its names.
            if let side = rollCallSide(line.text), let next = lines[(position + 1)...].first(where: { !$0.isBlank }),
                case let names = nameList(next.text), !names.isEmpty,
                next.text.replacing(" og ", with: ",").split(separator: ",").count == names.count
            {
                var vote = Vote(text: line.text + " " + next.text)
                switch side {
                case 0: vote.inFavour = names.count
                case 1: vote.against = names.count
                default: vote.abstaining = names.count
                }
                add(vote, at: ordinal)
                previousLine = ordinal + 1
                continue
            }
            // "Henning Holm undlader at stemme.": the names before the words.
            if line.hints.contains(.vote), let found = abstainingNames(line.text) {
                add(Vote(text: line.text, abstaining: found), at: ordinal)
                previousLine = ordinal
                continue
            }
            guard line.hints.contains(.vote) || line.text.hasPrefix("For:") || line.text.hasPrefix("Imod:") else { continue }
            // "Tiltrådt med 7 stemmer for (A, F, C, Ø). Imod stemte 2 (V). Undlod at stemme 1 (O).": each sentence a side.
            let sentences = voteSentences(line.text)
            let before = result.count
            for sentence in sentences { readVote(sentence, at: ordinal) }
            // (One vote of the line's sentences is the line's.)
            if sentences.count > 1, result.count == before + 1 { result[before].text = line.text }
        }
        return result

        func readVote(_ printed: String, at lineNumber: Int) {
            let line = withPartyLetters(printed)
            var vote = Vote(text: printed)
            // "For: 3 (Anna Hansen (A), …)", "Imod: 2 (…)", "Undlod at stemme 5 (F)", "For forslaget stemte 11 (A, V), imod stemte 8":
            // the count after the side's words.
            if let sides = Self.countsAfterSides(line) {
                if let counted = sides[0] { (vote.inFavour, vote.partiesInFavour) = counted }
                if let counted = sides[1] { (vote.against, vote.partiesAgainst) = counted }
                if let counted = sides[2] { (vote.abstaining, vote.partiesAbstaining) = counted }
                add(vote, at: lineNumber)
                previousLine = lineNumber
                return
            }
            if var labelled = labelledVotes(line) {
                labelled.text = printed
                // "For stemte: 5 (A+T+V)", "Imod stemte: 2 (C+O)", "Undlod at stemme: 1 (V)" on lines of their own: one vote.
                let empty = labelled.inFavour == nil && labelled.against == nil && labelled.abstaining == nil && labelled.partiesInFavour.isEmpty
                    && labelled.partiesAgainst.isEmpty && labelled.partiesAbstaining.isEmpty
                if !empty { add(labelled, at: lineNumber) }
                previousLine = lineNumber
                return
            }
            let words = tokens(line)
            (vote.inFavour, vote.partiesInFavour) = count(before: ["stemmer for", "stemme for", "stemte for", "for"], in: line, words: words)
            (vote.against, vote.partiesAgainst) = count(before: ["stemmer imod", "stemme imod", "stemte imod", "imod"], in: line, words: words)
            (vote.abstaining, vote.partiesAbstaining) = count(
                before: ["medlemmer undlod at stemme", "medlem undlod at stemme", "der undlod at stemme", "undlod at stemme", "undlod", "stemmer blankt", "blanke", "stemte blankt"],
                in: line, words: words)
            // "… med 22 stemmer mod 6", "forkastet med 3 stemmer (O) mod 25 (…)": the count before "stemmer" is for.
            if vote.inFavour == nil, let i = words.indices.dropFirst().dropLast().first(where: {
                words[$0 - 1].text.lowercased() == "med" && Int(words[$0].text) != nil && words[$0 + 1].text.lowercased().hasPrefix("stemme")
            }) {
                vote.inFavour = Int(words[i].text)
                vote.partiesInFavour = lettersInParenthesis(after: words[i + 1].end, in: line)
            }
            // "… med 25 stemmer for (A, V) mod 4 (Ø, O)": the count after "mod".
            if vote.against == nil, let i = words.indices.dropLast().first(where: { ["mod", "imod"].contains(words[$0].text.lowercased()) }),
                let n = number(words[i + 1].text), Int(words[i + 1].text) != nil
            {
                vote.against = n
                vote.partiesAgainst = lettersInParenthesis(after: words[i + 1].end, in: line)
            }
            // "godkendt med 26 stemmer imod 24": "imod" here is "mod", the count before it for.
            if let i = words.indices.dropLast(4).first(where: {
                words[$0].text.lowercased() == "med" && Int(words[$0 + 1].text) != nil && words[$0 + 2].text.lowercased().hasPrefix("stemme")
                    && words[$0 + 3].text.lowercased() == "imod" && Int(words[$0 + 4].text) != nil
            }), let inFavour = Int(words[i + 1].text), let against = Int(words[i + 4].text) {
                (vote.inFavour, vote.against) = (inFavour, against)
            }
            // "forkastet med 22 stemmer mod 2": the first count voted against, the second for.
            if [" forkastet med ", " faldt med ", " nedstemt med ", " afvist med "].contains(where: { line.lowercased().contains($0) }),
                let i = words.indices.dropLast(3).first(where: {
                    words[$0].text.lowercased() == "med" && words[$0 + 2].text.lowercased().hasPrefix("stemme") && ["mod", "imod"].contains(words[$0 + 3].text.lowercased())
                }),
                i + 4 < words.count, let against = Int(words[i + 1].text), let inFavour = number(words[i + 4].text)
            {
                (vote.inFavour, vote.against) = (inFavour, against)
            }
            readPartyVotes(line, into: &vote)
            if vote.inFavour != nil || vote.against != nil || vote.abstaining != nil || !vote.partiesInFavour.isEmpty
                || !vote.partiesAgainst.isEmpty || !vote.partiesAbstaining.isEmpty
            {
                // "Et flertal … tiltrådte." then "Et mindretal … stemte imod.": one vote told over two lines (or paragraphs).
                add(vote, at: lineNumber)
                previousLine = lineNumber
            }
        }
    }

    /// A line's sentences when two or more of them give counts ("… 7 stemmer for (A, F). Imod stemte 2 (V)."); else the line.
    static func voteSentences(_ text: String) -> [String] {
        // (A line that opens with a side, "For stemte: A, V (8). Imod stemte: Ø (1).", is read whole.)
        guard text.utf8.count <= 600, Bytes.contains(text, sentenceEnd), case let lowered = text.lowercased(),
            !sideOpeners.contains(where: { lowered.hasPrefix($0.0) }), !lowered.hasPrefix("for stemte")
        else { return [text] }
        let pieces = sentences(text).map { String($0) }
        let counted = pieces.filter { $0.contains(where: \.isNumber) && Bytes.containsAnyFolded($0, voteWords) }
        return counted.count >= 2 ? pieces : [text]
    }

    private static let voteWords = Bytes.NeedleSet(["stemme", "stemte", "undlod"])

    /// The parties by name, longest first, with their letters.
    private static let partyNames: [(String, String)] = [
        ("Det Konservative Folkeparti", "C"), ("Det Radikale Venstre", "B"), ("Radikale Venstre", "B"), ("Socialistisk Folkeparti", "F"),
        ("Socialdemokratiet", "A"), ("Socialdemokraterne", "A"), ("Dansk Folkeparti", "O"), ("Liberal Alliance", "I"), ("Enhedslisten", "Ø"),
        ("Alternativet", "Å"), ("Nye Borgerlige", "D"), ("Kristendemokraterne", "K"), ("Moderaterne", "M"), ("Danmarksdemokraterne", "Æ"),
        ("Konservative", "C"), ("Radikale", "B"), ("Venstre", "V"), ("SF", "F"),
    ]
    private static let partyNameHints = Bytes.NeedleSet(["Socialis", "Socialdem", "Konservativ", "Radikal", "Venstre", "Folkeparti", "Enhedslist",
        "Alternativet", "Liberal", "Borgerlige", "Kristendem", "Moderatern", "Danmarksdem", "SF"])

    /// "Socialdemokratiet" -> "A": a party named in full, as its letter.
    static func partyLetter(named name: String) -> String? {
        partyNames.first { $0.0 == name }?.1
    }

    /// "Socialistisk Folkeparti og Socialdemokratiet (A) stemte for" -> "F og A stemte for": parties named in full, as letters.
    static func withPartyLetters(_ line: String) -> String {
        guard Bytes.containsAny(line, partyNameHints) else { return line }
        var text = line
        for (name, letter) in partyNames where text.contains(name) {
            text = text.replacing("\(name) (\(letter))", with: letter)
            // Whole words only: "SF" in "SFO" is no party.
            var result = ""
            var rest = Substring(text)
            while let range = rest.firstRange(of: name) {
                let before = rest[..<range.lowerBound].last
                let after = rest[range.upperBound...].first
                let whole = !(before?.isLetter ?? false) && !(after?.isLetter ?? false)
                result += rest[..<range.lowerBound] + (whole ? letter : name)
                rest = rest[range.upperBound...]
            }
            text = result + rest
        }
        return text
    }

    private static let sideOpeners: [(String, Int)] = [
        ("for forslaget stemte ", 0), ("for stemte ", 0), ("for: ", 0), ("imod forslaget stemte ", 1), ("imod stemte ", 1), ("imod: ", 1),
        ("undlod at stemme: ", 2), ("undlod at stemme ", 2), ("undlod: ", 2),
    ]

    /// The counts (and party letters) that follow each side's opening words, for a line that starts with one: "For: 3 (A, V)",
    /// "For forslaget stemte 11 (A, V), imod stemte 8 (C, O)."; nil when the line opens otherwise or names no count.
    static func countsAfterSides(_ line: String) -> [(Int?, [String])?]? {
        var line = line
        // "For flertalsindstillingen fra ØK stemte 11 (…)": what was voted on between the side and its verb.
        if let first = line.utf8.first, first | 0x20 == 0x66 || first | 0x20 == 0x69, let space = line.firstIndex(of: " "),
            ["for", "imod"].contains(line[..<space].lowercased()), let verb = line.firstRange(of: " stemte "),
            line.distance(from: space, to: verb.lowerBound) <= 60, !line[space..<verb.lowerBound].contains(where: \.isNumber)
        {
            line = String(line[..<space]) + " stemte " + line[verb.upperBound...]
        }
        let lowered = line.lowercased()
        guard lowered.utf8.count == line.utf8.count, sideOpeners.contains(where: { lowered.hasPrefix($0.0) }) else { return nil }
        var sides: [(Int?, [String])?] = [nil, nil, nil]
        for (opener, side) in sideOpeners where sides[side] == nil {
            // (After another side's list: "For stemte 27: A, B, V Imod stemte 2: O, Ø".)
            guard let r = lowered.range(of: opener),
                r.lowerBound == lowered.startIndex || lowered[..<r.lowerBound].hasSuffix(", ")
                    || lowered[..<r.lowerBound].hasSuffix(" ") && line[..<line.index(line.startIndex, offsetBy: lowered.distance(from: lowered.startIndex, to: r.lowerBound))]
                        .dropLast().last.map({ $0.isUppercase || $0 == ")" }) == true
            else { continue }
            let after = line[line.index(line.startIndex, offsetBy: lowered.distance(from: lowered.startIndex, to: r.upperBound))...]
            let digits = after.prefix(while: \.isNumber)
            guard let count = Int(digits) else { continue }
            let rest = after.dropFirst(digits.count).drop(while: { $0 == " " })
            var parties = [String]()
            // "27: A, B, C, F, O (Niels D. Kelberg), V": the side's letters after a colon, up to the next side.
            if rest.first == ":" {
                var list = String(rest.dropFirst())
                for (other, _) in sideOpeners {
                    if let next = list.lowercased().range(of: " " + other) {
                        list = String(list.prefix(list.lowercased().distance(from: list.lowercased().startIndex, to: next.lowerBound)))
                    }
                }
                // (The members named after a party's letter are not parties.)
                var bare = ""
                var depth = 0
                for ch in list {
                    if ch == "(" { depth += 1 } else if ch == ")" { depth = max(0, depth - 1) } else if depth == 0 { bare.append(ch) }
                }
                parties = letters(in: bare)
            }
            if rest.first == "(" {
                // The parenthesis that closes the first: "(Anna Hansen (A), Bo Berg (A))" holds the members' own.
                var depth = 0
                var close: Substring.Index?
                for index in rest.indices {
                    if rest[index] == "(" { depth += 1 } else if rest[index] == ")" { depth -= 1; if depth == 0 { close = index; break } }
                }
                if let close {
                    let inside = String(rest[rest.index(after: rest.startIndex)..<close])
                    parties = letters(in: inside)
                    if parties.isEmpty {
                        parties = inside.split(separator: "(").dropFirst().compactMap { $0.split(separator: ")").first.map(String.init) }.filter { $0.count <= 2 }
                    }
                }
            }
            var unique = [String]()
            for party in parties where !unique.contains(party) { unique.append(party) }
            sides[side] = (count, unique)
        }
        return sides.contains(where: { $0 != nil }) ? sides : nil
    }

    /// "For stemte: A, V, C, O (8). Imod stemte: Ø (1). Undlod: F (1).": each side's label, its party letters and the
    /// count in parentheses after them; nil when the line has no "For stemte" or "Imod stemte" label.
    private static func labelledVotes(_ line: String) -> Vote? {
        let lowered = line.lowercased()
        let labels: [(String, Int)] = [("for stemte", 0), ("imod stemte", 1), ("undlod at stemme", 2), ("undlod", 2), ("stemte blankt", 2)]
        // Offsets found in the lower-cased line are used in the line: only when lower-casing kept every length.
        guard lowered.contains("for stemte") || lowered.contains("imod stemte") || lowered.hasPrefix("undlod at stemme:"),
            lowered.utf8.count == line.utf8.count
        else { return nil }
        // Where each label ends in the line, and what it counts.
        var found = [(start: String.Index, end: String.Index, side: Int)]()
        for (label, side) in labels {
            var search = lowered.startIndex..<lowered.endIndex
            while let r = lowered.range(of: label, range: search) {
                search = r.upperBound..<lowered.endIndex
                if found.contains(where: { $0.start <= r.lowerBound && r.lowerBound < $0.end }) { continue }
                found.append((r.lowerBound, r.upperBound, side))
            }
        }
        found.sort { $0.start < $1.start }
        var vote = Vote(text: line)
        for (n, label) in found.enumerated() {
            let end = n + 1 < found.count ? found[n + 1].start : lowered.endIndex
            let offsets = (lowered.utf8.distance(from: lowered.startIndex, to: label.end), lowered.utf8.distance(from: lowered.startIndex, to: end))
            let from = line.utf8.index(line.startIndex, offsetBy: offsets.0), to = line.utf8.index(line.startIndex, offsetBy: offsets.1)
            guard from <= to else { continue }
            var segment = line[from..<to].drop(while: { $0 == ":" || $0 == " " })
            if let stop = segment.firstIndex(of: "."), segment[stop...].dropFirst().first != nil {
                let sentence = firstSentence(segment)
                segment = segment.hasPrefix(sentence) ? segment.prefix(sentence.count) : segment[..<stop]
            }
            var count: Int?
            if let open = segment.lastIndex(of: "("), let close = segment.lastIndex(of: ")"), open < close {
                count = Int(segment[segment.index(after: open)..<close].trimmingCharacters(in: .whitespaces))
                if count != nil { segment = segment[..<open] }
            }
            // "For stemte: 20 (A, V, F, C)": the count first, the letters in the parenthesis.
            if count == nil, let number = Int(segment.prefix(while: \.isNumber)) {
                count = number
                segment = segment.drop(while: \.isNumber)
            }
            let parties = letters(in: String(segment))
            switch label.side {
            case 0: vote.partiesInFavour = parties; vote.inFavour = count ?? vote.inFavour
            case 1: vote.partiesAgainst = parties; vote.against = count ?? vote.against
            default: vote.partiesAbstaining = parties; vote.abstaining = count ?? vote.abstaining
            }
        }
        return vote
    }

    /// "7 stemmer for (A, F)": the number before a phrase, and the party letters in a parenthesis right after it.
    private static func count(before phrases: [String], in line: String, words: [(text: String, end: String.Index)]) -> (Int?, [String]) {
        for phrase in phrases {
            let target = phrase.split(separator: " ").map(String.init)
            var i = 1
            while i + target.count <= words.count {
                // ("… mod 2. For forslaget stemte …": a count that ends a sentence counts for nothing after it.)
                if words[i..<(i + target.count)].map({ $0.text.lowercased() }) == target, !words[i - 1].text.hasSuffix("."),
                    let n = number(words[i - 1].text)
                {
                    return (n, lettersInParenthesis(after: words[i + target.count - 1].end, in: line))
                }
                i += 1
            }
        }
        return (nil, [])
    }

    /// "For stemte: A, F og Ø", "Imod stemte: V", and "Mette Sørensen (F) stemte imod".
    private static let clauseOpeners: Set<String> = ["idet", "mens", "da", "men", "hvor"]

    /// The text up to its first full stop that ends a sentence: not an initial before a name ("C, A. Ben Haddou (løsgænger), O").
    static func firstSentence(_ text: Substring) -> String {
        let words = text.split(separator: " ")
        var kept = [Substring]()
        for (k, word) in words.enumerated() {
            guard word.hasSuffix(".") else { kept.append(word); continue }
            let initial = word.count == 2 && word.first?.isUppercase == true && k + 2 < words.count
                && words[k + 1].first?.isUppercase == true && words[k + 2].first?.isUppercase == true
            kept.append(initial ? word : word.dropLast())
            if !initial { break }
        }
        return kept.joined(separator: " ")
    }

    private static func readPartyVotes(_ line: String, into vote: inout Vote) {
        let lowered = line.lowercased()
        if vote.partiesInFavour.isEmpty, let r = line.range(of: "for stemte", options: .caseInsensitive) {
            vote.partiesInFavour = letters(in: firstSentence(line[r.upperBound...]))
        }
        if vote.partiesAgainst.isEmpty, let r = line.range(of: "imod stemte", options: .caseInsensitive) {
            vote.partiesAgainst = letters(in: firstSentence(line[r.upperBound...]))
        }
        // "Følgende stemte for: F, Ø, Å.", "Undlod at stemme: F.": the letters after the label's colon.
        for (label, kind) in [("stemte for:", 1), ("stemte imod:", 0), ("undlod at stemme:", 2)] where Bytes.contains(line, colon) {
            guard let r = lowered.range(of: label) else { continue }
            let parties = letters(in: String(line[r.upperBound...].prefix(while: { $0 != "." || false })))
            switch kind {
            case 0: if vote.partiesAgainst.isEmpty { vote.partiesAgainst = parties }
            case 1: if vote.partiesInFavour.isEmpty { vote.partiesInFavour = parties }
            default: if vote.partiesAbstaining.isEmpty { vote.partiesAbstaining = parties }
            }
        }
        // "Et flertal bestående af A, V, F og C tiltrådte …", "Et mindretal bestående af O og Ø stemte imod.",
        // "Et flertal (A, V, C) anbefaler …".
        for (word, majority) in [("flertal", true), ("mindretal", false)] where Bytes.contains(line, tal) {
            guard let r = lowered.range(of: word) else { continue }
            var rest = line[r.upperBound...].drop(while: { $0 == " " })
            var parties = [String]()
            if rest.first == "(", let close = rest.firstIndex(of: ")") {
                parties = letters(in: String(rest[rest.index(after: rest.startIndex)..<close]))
                rest = rest[rest.index(after: close)...]
            } else if rest.lowercased().hasPrefix("bestående af ") {
                let names = rest.dropFirst("bestående af ".count)
                // The letters run until the verb: the first word that is neither a letter nor "og".
                var taken = [String]()
                var consumed = names.startIndex
                for word in names.split(separator: " ") {
                    let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ",."))
                    if bare == "og" { consumed = word.endIndex; continue }
                    guard bare.count <= 2, !bare.isEmpty, bare.allSatisfy(\.isUppercase) else { break }
                    taken.append(bare)
                    consumed = word.endIndex
                }
                parties = taken
                rest = names[consumed...]
            }
            guard !parties.isEmpty else { continue }
            let verb = rest.lowercased()
            let against = majority ? (verb.hasPrefix(" stemte imod") || verb.hasPrefix(" forkast")) : !verb.hasPrefix(" stemte for")
            if against { if vote.partiesAgainst.isEmpty { vote.partiesAgainst = parties } }
            else if vote.partiesInFavour.isEmpty { vote.partiesInFavour = parties }
        }
        // "Godkendt. Ø stemte imod.", "A, F og Ø stemte for.": the letters alone, between the sentence's start and the verb.
        for (phrase, kind) in [(" stemte imod", 0), (" stemmer imod", 0), (" stemte for", 1), (" stemmer for", 1), (" undlod at stemme", 2)] {
            guard let r = line.range(of: phrase) else { continue }
            let before = line[..<r.lowerBound]
            let sentence = before[(before.lastIndex(where: { $0 == "." || $0 == ":" || $0 == "\n" }).map { before.index(after: $0) } ?? before.startIndex)...]
            // The letters run back from the verb to the sentence's start, to "idet" ("Godkendt, idet Ø stemte imod.") or to
            // the clause before ("A, V og O stemte for, Ø stemte imod.").
            var words = [Substring]()
            for token in sentence.split(separator: " ").reversed() {
                let bare = token.trimmingCharacters(in: CharacterSet(charactersIn: ","))
                if bare == "og" || bare.count == 1 && bare.allSatisfy(\.isUppercase) {
                    words.insert(Substring(bare), at: 0)
                    continue
                }
                if !clauseOpeners.contains(bare.lowercased()) && !token.hasSuffix(",") { words = [] }
                break
            }
            guard words.contains(where: { $0 != "og" }) else { continue }
            let parties = words.filter { $0 != "og" }.map(String.init)
            switch kind {
            case 0: if vote.partiesAgainst.isEmpty { vote.partiesAgainst = parties }
            case 1: if vote.partiesInFavour.isEmpty { vote.partiesInFavour = parties }
            default: if vote.partiesAbstaining.isEmpty { vote.partiesAbstaining = parties }
            }
        }
        for (phrase, kind) in [(") stemte imod", 0), (") stemmer imod", 0), (") stemte for", 1), (") undlod at stemme", 2)] {
            var search = line.startIndex..<line.endIndex
            while let r = line.range(of: phrase, range: search) {
                search = r.upperBound..<line.endIndex
                guard let open = line[..<r.lowerBound].lastIndex(of: "(") else { continue }
                let parties = letters(in: String(line[line.index(after: open)..<r.lowerBound]))
                switch kind {
                case 0: vote.partiesAgainst.append(contentsOf: parties.filter { !vote.partiesAgainst.contains($0) })
                case 1: vote.partiesInFavour.append(contentsOf: parties.filter { !vote.partiesInFavour.contains($0) })
                default: vote.partiesAbstaining.append(contentsOf: parties.filter { !vote.partiesAbstaining.contains($0) })
                }
            }
        }
    }

    private static let numberWords: [String: Int] = [
        "en": 1, "et": 1, "én": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9,
        "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13,
    ]

    private static func number(_ word: String) -> Int? {
        Int(word) ?? numberWords[word.lowercased()]
    }

    /// The words of a line with the index just after each.
    private static func tokens(_ line: String) -> [(text: String, end: String.Index)] {
        var result = [(text: String, end: String.Index)]()
        var current = ""
        var index = line.startIndex
        while index < line.endIndex {
            let ch = line[index]
            let next = line.index(after: index)
            if ch == " " || ch == "," || ch == "(" || ch == ")" || ch == "." || ch == ":" {
                if !current.isEmpty { result.append((current, index)) }
                current = ""
            } else {
                current.append(ch)
            }
            index = next
        }
        if !current.isEmpty { result.append((current, line.endIndex)) }
        return result
    }

    /// The party letters of a parenthesis that follows `index` with nothing but spaces between.
    private static func lettersInParenthesis(after index: String.Index, in line: String) -> [String] {
        let rest = line[index...].drop(while: { $0 == " " })
        guard rest.first == "(", let close = rest.firstIndex(of: ")") else { return [] }
        return letters(in: String(rest[rest.index(after: rest.startIndex)..<close]))
    }

    private static func letters(in s: String) -> [String] {
        let tokens = s.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "+" })
        // "Kim E. Jensen (O)": a middle initial before a surname is no party.
        let initials = Set(tokens.indices.filter { k in
            tokens[k].count == 2 && tokens[k].last == "." && tokens[k].first?.isUppercase == true
                && k + 1 < tokens.count && tokens[k + 1].count > 2 && tokens[k + 1].first?.isUppercase == true
        })
        // "O og Ø.": the letter at the end of the sentence keeps its full stop.
        return tokens.indices.filter { !initials.contains($0) }
            .map { String(tokens[$0].trimmingCharacters(in: CharacterSet(charactersIn: ".;:()"))) }
            .filter { !$0.isEmpty && $0 != "OG" && $0.count <= 2 && $0.allSatisfy(\.isUppercase) }
    }

    // MARK: Proposal

    private static let indstilleHint = Bytes.NeedleSet(["ndstille"])

    /// "Direktøren for X indstiller," -> "Direktøren for X"; nil when the line is no proposal lead.
    static func proposer(_ text: String) -> (by: String?, rest: String)? {
        guard text.utf8.count <= 400, Bytes.containsAnyFolded(text, indstilleHint) else { return nil }
        return proposer(checked: text)
    }

    /// `proposer` for a line, skipping lines without "ndstille".
    static func proposer(_ line: Line) -> (by: String?, rest: String)? {
        guard line.hints.contains(.proposal), line.text.utf8.count <= 400 else { return nil }
        return proposer(checked: line.text)
    }

    private static let detIndstilles = Array("det indstilles".utf8)
    private static let spaceIndstiller = Array(" indstiller".utf8)

    private static func proposer(checked text: String) -> (by: String?, rest: String)? {
        var copy = text
        // Simple text is split on its folded bytes: the words are ASCII, and folding keeps every byte offset.
        let split: (by: String?, rest: String)?? = copy.withUTF8 { b in
            guard Bytes.isSimple(b) else { return nil }
            let folded = Bytes.folded(b)
            if folded.starts(with: detIndstilles) {
                return .some((nil, String(decoding: UnsafeBufferPointer(rebasing: b[detIndstilles.count...]), as: UTF8.self)))
            }
            guard let i = Bytes.find(spaceIndstiller, in: folded) else { return .some(nil) }
            let by = String(decoding: UnsafeBufferPointer(rebasing: b[..<i]), as: UTF8.self)
            return .some((by, String(decoding: UnsafeBufferPointer(rebasing: b[(i + spaceIndstiller.count)...]), as: UTF8.self)))
        }
        if let split {
            guard let (by, rest) = split else { return nil }
            guard let by else { return isLeadTail(rest) ? (nil, tailText(rest)) : nil }
            guard by.split(separator: " ").count <= 40, let first = by.first, first.isUppercase, isLeadTail(rest) else { return nil }
            return (proposingOne(by), tailText(rest))
        }
        let lowered = text.lowercased()
        if lowered.hasPrefix("det indstilles") {
            let rest = text.dropFirst("det indstilles".count)
            return isLeadTail(String(rest)) ? (nil, tailText(String(rest))) : nil
        }
        guard let range = lowered.range(of: " indstiller") else { return nil }
        let offset = lowered.distance(from: lowered.startIndex, to: range.lowerBound)
        let by = String(text.prefix(offset))
        let rest = String(text.dropFirst(offset + " indstiller".count))
        guard by.split(separator: " ").count <= 40, let first = by.first, first.isUppercase, isLeadTail(rest) else { return nil }
        return (proposingOne(by), tailText(rest))
    }

    /// "Direktøren for Børn og Unge foreslår, at Børne- og Ungdomsudvalget" (before "indstiller") -> "Direktøren for Børn og
    /// Unge": who proposes that a committee recommends.
    private static func proposingOne(_ by: String) -> String {
        for verb in [" foreslår, at ", " foreslår at "] {
            if let r = by.range(of: verb) { return LineText.trim(by[..<r.lowerBound]) }
        }
        return LineText.trim(by)
    }

    /// What may follow "indstiller" in a lead line: punctuation, "at", "følgende", "til X", "over for X".
    private static func isLeadTail(_ rest: String) -> Bool {
        let t = Lexicon.fold(rest.drop(while: { $0 == "," || $0 == ":" || $0 == ";" || $0 == " " }))
        if t.isEmpty || t == "at" || t == "følgende" || t == "derfor" || t == "derfor at" { return true }
        let words = t.split(separator: " ")
        if words.first == "at" && words.count <= 3 && !rest.hasSuffix(".") { return true }
        if (words.first == "til" || words.first == "over" || words.first == "overfor") && words.count <= 8 && !rest.hasSuffix(".") { return true }
        if words.first == "at" && !rest.hasSuffix(".") && rest.count < 60 { return true }
        return false
    }

    /// "Direktionen indstiller, at der gives en bevilling." -> ("Direktionen", "at der gives en bevilling."): the lead of a
    /// proposal paragraph whatever follows it.
    static func proposalLead(_ paragraph: String) -> (by: String, rest: String)? {
        guard paragraph.utf8.count <= 1200 else { return nil }
        // "Forvaltningen foreslår, at …" leads a proposal too, once it stands in the Indstilling.
        let range = Bytes.containsAnyFolded(paragraph, indstilleHint)
            ? paragraph.range(of: " indstiller", options: .caseInsensitive)
            : paragraph.range(of: " foreslår", options: .caseInsensitive) ?? paragraph.range(of: " anbefaler", options: .caseInsensitive)
        guard let range else { return nil }
        let by = LineText.trim(paragraph[..<range.lowerBound])
        let after = paragraph[range.upperBound...]
        guard let first = by.first, first.isUppercase, by.split(separator: " ").count <= 40,
            after.first.map({ $0 == "," || $0 == ":" || $0 == ";" || $0 == " " }) ?? true
        else { return nil }
        return (by, droppingAddressee(LineText.trim(after.drop(while: { $0 == "," || $0 == ":" || $0 == ";" || $0 == " " }))))
    }

    /// "til Byrådet, at planen godkendes" → "at planen godkendes": whom the proposal goes to is no part of its point.
    private static func droppingAddressee(_ rest: String) -> String {
        let words = rest.split(separator: " ", maxSplits: 10, omittingEmptySubsequences: true)
        guard let first = words.first, ["til", "over", "overfor"].contains(Lexicon.fold(first)) else { return rest }
        // "over for forretningsudvalget og regionsrådet:": the points follow.
        if rest.hasSuffix(":"), words.count <= 10, !words.contains("at") { return "" }
        // "til Det rådgivende Integrationsudvalg,": the body it goes to, and the points in the paragraphs below.
        if rest.hasSuffix(","), words.count <= 10, !words.contains("at"), words.dropFirst().first?.first?.isUppercase == true { return "" }
        // ("til udvalget for Forebyggelse og Idræt" ending the line, the points listed below: the addressee alone.)
        if words.count <= 10, !words.contains("at"), !rest.contains("."), words.dropFirst().first.map({ ["udvalget", "byrådet", "kommunalbestyrelsen", "økonomiudvalget", "regionsrådet"].contains(Lexicon.fold($0)) }) == true {
            return ""
        }
        for (index, word) in words.enumerated().dropFirst().prefix(8) {
            if word.hasSuffix(".") { return rest }
            if word == "at" || word == "at:" { return words[index...].joined(separator: " ") }
        }
        return rest
    }

    private static func tailText(_ rest: String) -> String {
        droppingAddressee(LineText.trim(rest.drop(while: { $0 == "," || $0 == ":" || $0 == ";" || $0 == " " })))
    }

    /// The proposal's points: list items, or else its paragraphs.
    static func points(_ text: String) -> [String] {
        let lines = cellsJoined(Paragraphs.lines(of: text).map(String.init))
        var items = [String]()
        var paragraphs = [String]()
        // The list's items and the paragraphs in their order, to keep "at …" paragraphs printed over a list.
        var order = [(text: String, isItem: Bool)]()
        for line in lines {
            if ListItem.normalise(line).isItem {
                items.append(ListItem.stripMarker(line))
                order.append((items[items.count - 1], true))
            } else if let lastIndex = items.indices.last, !line.isEmpty, line.first?.isLowercase == true
                // ("… udarbejdet af Projektudvalget for" / "Afbureaukratisering og Decentralisering godkendes": wrapped before a name.)
                || order.last?.isItem == true && PageJoin.continuationWords.contains(items[lastIndex].split(separator: " ").last.map { $0.lowercased() } ?? "")
            {
                items[lastIndex] += " " + line
                if let last = order.lastIndex(where: \.isItem) { order[last].text = items[lastIndex] }
            } else {
                paragraphs.append(line)
                order.append((line, false))
            }
        }
        if !items.isEmpty {
            // "at 1. budgetopfølgning tages til efterretning og at følgende indstilles:" over a list is a point of its own;
            // "at Økonomiudvalget anbefaler over for Kommunalbestyrelsen, at" and "at Børne- og Ungdomsudvalget" only lead into it.
            return order.compactMap { entry in
                if entry.isItem { return entry.text }
                let text = entry.text
                // ("at følgende indsatser foretages i varmesæson 2023/2024:" only announces the list.)
                let isPoint = text.hasPrefix("at ") && !text.hasSuffix(" at") && !text.hasSuffix(" at:") && !text.hasSuffix(", at")
                    && text.split(separator: " ").count > 5 && !((text.hasPrefix("at det ") || text.hasPrefix("at følgende ")) && text.hasSuffix(":"))
                return isPoint ? text : nil
            }
        }
        // "at …" paragraphs are the points; what follows them ("Økonomiudvalget anbefaler indstillingen.", who was away) is not.
        if let first = paragraphs.firstIndex(where: { $0.hasPrefix("at ") }) {
            var points = [String]()
            // ("at der udpeges følgende:" over "Medlemmer:", "(A) Niels Dueholm": what the colon announces goes with the points.)
            var announced = false
            for paragraph in paragraphs[first...] where !paragraph.isEmpty {
                if paragraph.hasPrefix("at ") {
                    points.append(paragraph)
                    announced = paragraph.hasSuffix(":")
                } else if let last = points.indices.last,
                    // (Or a line broken before a name: "… OK Nygaard og" / "Roskilde Tekniske Skole Vilvorde tages til efterretning.")
                    paragraph.first?.isLowercase == true
                        || PageJoin.continuationWords.contains(points[last].split(separator: " ").last.map { $0.lowercased() } ?? "")
                {
                    points[last] += " " + paragraph
                } else if announced {
                    points.append(paragraph)
                } else {
                    break
                }
            }
            return Array(paragraphs[..<first].filter { !$0.isEmpty }) + points
        }
        // ("Økonomiudvalget har haft sagen til orientering.", "Kristoffer Storm var fraværende." under the proposal: another
        // body's word on it and who was away, no points.)
        guard paragraphs.count > 1 else { return paragraphs }
        return paragraphs.filter { paragraph in
            !(paragraph.utf8.count <= 160 && (absentNames(paragraph) != nil || Bytes.containsAnyFolded(paragraph, otherBodysWord)))
        }
    }

    /// A table's row of cells printed one under another: "1." / "at" / "orienteringen tages til efterretning" -> "at
    /// orienteringen tages til efterretning".
    static func cellsJoined(_ lines: [String]) -> [String] {
        guard lines.contains(where: { $0 == "at" || isBareEnumerator($0) }) else { return lines }
        var result = [String]()
        var pending = ""
        for line in lines {
            if line.isEmpty, !pending.isEmpty { continue }
            if isBareEnumerator(line) { continue }
            if line == "at" {
                pending = "at "
                continue
            }
            // ("at" over "1. vedtage kommuneplanen": the lead into a list stays a line of its own.)
            if !pending.isEmpty, ListItem.normalise(line).isItem {
                result.append(contentsOf: ["at", line])
            } else {
                result.append(pending + line)
            }
            pending = ""
        }
        if !pending.isEmpty { result.append(LineText.trim(pending)) }
        return result
    }

    /// "1.", "2)", "a.", "b)": a list's number alone in its cell.
    static func isBareEnumerator(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard (2...4).contains(bytes.count), let last = bytes.last, last == 0x2E || last == 0x29 else { return false }
        let body = bytes.dropLast()
        return body.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } || body.count == 1 && body[body.startIndex] >= 0x61 && body[body.startIndex] <= 0x7A
    }

    private static let otherBodysWord = Bytes.NeedleSet(["anbefaler indstillingen", "har haft sagen til orientering", "tiltræder indstillingen"])

    // MARK: History

    /// Sagens forløb: "09-02-2022 Udvalget for ..." then the text of what that body did.
    static func history(_ lines: [Line], paragraphs: Paragraphs) -> [HistoryEntry] {
        var entries = [HistoryEntry]()
        var current: (date: CalendarDate, body: String, lines: [Line])?
        func close() {
            if let c = current {
                entries.append(HistoryEntry(date: c.date, body: c.body, text: paragraphs.text(c.lines)))
            }
        }
        // "Udvalg: Magistraten", "Dato: 02-09-2025", "Punktnummer: 12": a stage as labelled fields, its text below.
        var fieldBody: String?
        var fieldDate: CalendarDate?
        for line in lines {
            if let (label, value) = historyField(line.text) {
                switch label {
                case .body: fieldBody = value
                case .date: fieldDate = DateText.firstDate(in: value)?.date
                case .number: break
                }
                if let date = fieldDate, let body = fieldBody {
                    close()
                    current = (date, body, [])
                    (fieldBody, fieldDate) = (nil, nil)
                }
                continue
            }
            if let (date, body) = historyHead(line.text) ?? bodyFirstHistoryHead(line.text) {
                close()
                // A table row: date, body, and what it did in the cells after.
                let cells = body.split(separator: "\t", maxSplits: 1)
                // "07.09.2023  Byrådet: Budgetforslaget oversendt til 2. behandling."
                if cells.count == 1, let colon = body.firstIndex(of: ":"), body.distance(from: body.startIndex, to: colon) <= 60,
                    case let rest = LineText.trim(body[body.index(after: colon)...]), !rest.isEmpty
                {
                    current = (date, Self.trimmedBody(body[..<colon]), [Line(text: rest, number: line.number)])
                } else if cells.count == 2 {
                    let text = Line(text: LineText.trim(cells[1]).replacingOccurrences(of: "\t", with: " "), number: line.number)
                    current = (date, Self.trimmedBody(cells[0]), [text])
                } else {
                    current = (date, Self.trimmedBody(body), [])
                }
            } else if let c = current, c.lines.isEmpty, c.body.hasSuffix("-") || c.body.hasSuffix("–"), line.text.utf8.count <= 40,
                case let term = LineText.trim(line.text), term.first?.isNumber == true || term.first?.isUppercase == true
            {
                // "09-02-2022 Udvalget for Job, Arbejdsmarked og Integration -" over "2022-2025": the body's name wrapped.
                current?.body = c.body + " " + term
            } else if current != nil {
                current?.lines.append(line)
            }
        }
        close()
        return entries
    }

    enum HistoryField { case body, date, number }

    /// "Udvalg: Magistraten", "Dato: 02-09-2025", "Punktnummer: 12": a field of a stage of the case.
    static func historyField(_ text: String) -> (HistoryField, String)? {
        guard text.utf8.count <= 120, let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 14 else { return nil }
        let value = LineText.trim(text[text.index(after: colon)...])
        guard !value.isEmpty else { return nil }
        switch Lexicon.fold(text[..<colon]) {
        case "udvalg", "organ", "behandlet i", "mødeforum": return (.body, value)
        case "dato", "mødedato": return DateText.firstDate(in: value) == nil ? nil : (.date, value)
        case "punktnummer", "punkt", "pkt", "pkt.": return (.number, value)
        default: return nil
        }
    }

    /// "09-02-2022 Udvalget for Job - 2022-2025" -> the date and the body.
    static func historyHead(_ text: String) -> (CalendarDate, String)? {
        guard let first = text.first, first.isNumber, let found = DateText.firstDate(in: text), found.start == 0 else {
            return nil
        }
        let after = DateText.split(text, start: found.start, end: found.end).after
        let body = LineText.trim(after.drop(while: { $0 == ":" || $0 == " " || $0 == "-" || $0 == "," }))
        guard !body.isEmpty, body.count < 400, body.first?.isUppercase == true else { return nil }
        if !body.contains("\t"), body.count >= 160 { return nil }
        return (found.date, body)
    }

    /// "Økonomi- og Erhvervsudvalget, 15. marts 2016." (and "…, pkt. 65:"): the body first, then the date.
    static func bodyFirstHistoryHead(_ text: String) -> (CalendarDate, String)? {
        guard text.utf8.count <= 120, let first = text.first, first.isUppercase else { return nil }
        if let stage = MinutesParser.stageLine(text) { return (stage.date, stage.body) }
        guard let found = DateText.firstDate(in: text), found.start > 0 else { return nil }
        let (before, after) = DateText.split(text, start: found.start, end: found.end)
        guard before.hasSuffix(", "), LineText.trim(after).allSatisfy({ $0 == "." || $0 == ":" }) else { return nil }
        let body = trimmedBody(before.dropLast(2))
        return body.isEmpty || body.count > 80 ? nil : (found.date, body)
    }

    /// A history entry's body without the colon or full stop that ends its head line.
    private static func trimmedBody<S: StringProtocol>(_ body: S) -> String {
        var trimmed = LineText.trim(body)
        while trimmed.last == "." || trimmed.last == ":" { trimmed.removeLast() }
        return trimmed
    }

    // MARK: Attachments

    /// One title per line of the section's text (wrapped titles already joined); "Ingen bilag" and similar are no attachments.
    /// One title per line: a Bilag list has no punctuation to tell where a title ends, so a line goes on the previous
    /// one only when it starts in lower case, undoes a hyphenation, or follows a line as long as the layout wraps at.
    static func attachments(_ lines: [Line], wrapWidth: Int) -> [String] {
        var titles = [String]()
        var previous: String?
        for line in lines {
            let text = line.text
            // A blank line always ends a title.
            guard !line.isBlank else {
                previous = nil
                continue
            }
            // ("Bilag 3: …" starts a title of its own, however long the line above.)
            let numbered = text.hasPrefix("Bilag ") && text.dropFirst(6).first?.isNumber == true
            if let prev = previous, let last = titles.indices.last, !ListItem.normalise(text).isItem, !numbered {
                if let joined = Paragraphs.dehyphenate(prev: prev, next: text) {
                    titles[last] = String(titles[last].dropLast(prev.split(separator: " ").last?.count ?? 0)) + joined
                    previous = text
                    continue
                }
                let ended = prev.last.map { ".:;!?".contains($0) } ?? true
                if text.first?.isLowercase == true || !ended && wrapWidth > 0 && prev.utf8.count >= wrapWidth {
                    titles[last] += " " + text
                    previous = text
                    continue
                }
            }
            titles.append(ListItem.stripMarker(text))
            previous = text
        }
        // "… og transparensBilag 2: Bilag Sammen om …": the next title glued on, as a page joins its links.
        titles = titles.flatMap(splittingGluedNumbers)
        // A count of files ("30"), a web page's menu ("Hent som PDF") or the document number PolWeb prints over each title
        // ("450-2021-169164") is no title.
        return titles.filter { !["ingen", "ingen bilag", "intet", "ingen vedhæftede bilag", "-"].contains(Lexicon.fold($0)) && !$0.allSatisfy(\.isNumber) }
            .filter { !($0.utf8.count <= 24 && !$0.contains(" ") && CaseNumbers.isCaseNumber($0)) }
            .filter { !PageNoise.isNavigation($0) }
            .map(withoutAccessOrSize)
    }

    /// "Bilag 1: Notat …transparensBilag 2: Bilag …" -> the two titles, cut where "Bilag N:" follows a letter.
    static func splittingGluedNumbers(_ title: String) -> [String] {
        guard title.utf8.count > 12, Bytes.contains(title, Self.bilagWord) else { return [title] }
        var result = [String]()
        var rest = Substring(title)
        while let r = rest.dropFirst().firstRange(of: "Bilag "), let before = rest[..<r.lowerBound].last, before.isLetter,
            case let after = rest[r.upperBound...], after.first?.isNumber == true, after.drop(while: \.isNumber).first == ":"
        {
            result.append(String(rest[..<r.lowerBound]))
            rest = rest[r.lowerBound...]
        }
        result.append(String(rest))
        return result
    }

    private static let bilagWord = Array("Bilag ".utf8)

    /// "Åben - Høringssvar samlet" (Acadre's access before the title), "Kvalitetsstandarder (PDF, 312 KB)" (a link's
    /// file size after it): the title alone.
    static func withoutAccessOrSize(_ title: String) -> String {
        var title = title
        // "PDF Indstilling": a web page's file-type badge before the link.
        for prefix in ["Åben - ", "Åben – ", "Lukket - ", "Lukket – ", "Åbent - ", "Åbent – ", "PDF ", "DOCX ", "DOC ", "XLSX "]
        where title.hasPrefix(prefix) && title.count > prefix.count + 2 {
            title = String(title.dropFirst(prefix.count))
        }
        if title.hasSuffix(")"), let open = title.lastIndex(of: "(") {
            let inside = title[title.index(after: open)...].dropLast().lowercased()
            let sized = inside.hasSuffix(" kb") || inside.hasSuffix(" mb") || inside.hasSuffix(" kb.") || inside.hasSuffix(" mb.")
            if sized, inside.count <= 24, open > title.startIndex { title = LineText.trim(title[..<open]) }
        }
        // "1 Orientering til ØU Orientering til ØU": a page's running number, and the link's text printed twice.
        let words = title.split(separator: " ")
        if words.count >= 5, words[0].allSatisfy(\.isNumber), words[0].count <= 2, words.count % 2 == 1,
            words[1...(words.count / 2)].elementsEqual(words[(words.count / 2 + 1)...])
        {
            return words[1...(words.count / 2)].joined(separator: " ")
        }
        if words.count >= 4, words.count % 2 == 0, words[..<(words.count / 2)].elementsEqual(words[(words.count / 2)...]) {
            return words[..<(words.count / 2)].joined(separator: " ")
        }
        return title
    }
}

extension Vote {
    /// This vote with another's sides added, when the other fills only sides this one leaves empty.
    func merged(with other: Vote) -> Vote? {
        // Each side merges when one of the two leaves it open or both say the same: "… tiltrådt med 34 stemmer imod 15."
        // then "For stemte: A, B, F og Ø." fills the parties of the counts.
        func side(_ count: Int?, _ parties: [String], _ otherCount: Int?, _ otherParties: [String]) -> (Int?, [String])? {
            guard count == nil || otherCount == nil || count == otherCount, parties.isEmpty || otherParties.isEmpty || parties == otherParties else { return nil }
            return (count ?? otherCount, parties.isEmpty ? otherParties : parties)
        }
        guard let inFavourSide = side(inFavour, partiesInFavour, other.inFavour, other.partiesInFavour),
            let againstSide = side(against, partiesAgainst, other.against, other.partiesAgainst),
            let abstainSide = side(abstaining, partiesAbstaining, other.abstaining, other.partiesAbstaining)
        else { return nil }
        // Something new from the other line, or it is a vote of its own.
        let adds = inFavour == nil && other.inFavour != nil || partiesInFavour.isEmpty && !other.partiesInFavour.isEmpty
            || against == nil && other.against != nil || partiesAgainst.isEmpty && !other.partiesAgainst.isEmpty
            || abstaining == nil && other.abstaining != nil || partiesAbstaining.isEmpty && !other.partiesAbstaining.isEmpty
        guard adds else { return nil }
        var merged = self
        merged.text = text + " " + other.text
        (merged.inFavour, merged.partiesInFavour) = inFavourSide
        (merged.against, merged.partiesAgainst) = againstSide
        (merged.abstaining, merged.partiesAbstaining) = abstainSide
        return merged
    }
}
