import Foundation
import ProtokolModel

/// Reads the meeting header: title line, date, time, place, participants and absences.
struct HeaderReader {
    let lines: [Line]
    var warnings: [ReadWarning] = []
    /// Members the header names as absent from some items only ("Britt Jensen (A), sag 129-138"), by item number.
    var itemAbsences: [Int: [String]] = [:]
    /// What the title line calls the document, when it says.
    var titleKind: DocumentKind?
    /// The municipality when the header names it.
    var body: String?
    /// The committee was read from its label ("Udvalg: Kommunalbestyrelsen"), as meeting pages print it.
    var committeeLabelled = false
    /// The location was read from an unlabelled line, which a Mødested label overrides.
    private var locationGuessed = false

    init(lines: [Line]) { self.lines = lines }

    /// "Formand", "2. næstformand", "Anden næstformand": a member's role on a line of its own.
    static func isRole(_ text: String) -> Bool {
        var folded = Lexicon.fold(text)
        if roleWords.contains(folded) { return true }
        for ordinal in ["1. ", "2. ", "3. ", "første ", "anden ", "tredje "] where folded.hasPrefix(ordinal) { folded.removeFirst(ordinal.count) }
        return roleWords.contains(folded)
    }

    private static let roleWords: Set<String> = [
        "formand", "næstformand", "medlem", "borgmester", "viceborgmester", "sekretær", "referent", "suppleant",
        "udvalgsformand", "stedfortræder",
    ]

    mutating func read(into meeting: inout Meeting) {
        var content = Self.labelColumns(lines.compactMap(Self.unbulleted).map(Self.withoutMeetingKindPrefix).flatMap(Self.fieldSegments))
        guard !content.isEmpty else { return }
        var titleIndex: Int?
        // A breadcrumb ("Svendborg Kommune > Politik > Dagsordener og referater") names the site's pages, not this one.
        // "1. Godkendelse af dagsorden" in a list of the items is no title.
        for (i, line) in content.prefix(20).enumerated()
        where line.characterCount <= 250 && !line.text.contains(" > ") && MinutesParser.numberedHeading(line.text) == nil && !Self.isChrome(line.text)
            // A sentence that mentions "referater" is no title.
            && (line.text.split(separator: " ").count <= 14 || DateText.firstDate(in: line.text) != nil) {
            if let kind = Self.kindWord(line.text) {
                titleKind = kind
                titleIndex = i
                break
            }
        }
        // Kolding's page title "Dagsorden" over its status line "Referat": the agenda became minutes.
        if titleKind == .agenda, let titleIndex,
            content.dropFirst(titleIndex + 1).prefix(12).contains(where: { ["referat", "beslutningsprotokol"].contains(Lexicon.fold($0.text)) })
        {
            titleKind = .minutes
        }
        // A site's "Dagsordener og referater" names no committee, but says what the page is.
        if titleKind == nil, let chrome = content.prefix(20).first(where: { Self.isChrome($0.text) && Self.kindWord($0.text) != nil }) {
            titleKind = Self.kindWord(chrome.text)
        }
        // "REFERAT Udvalget for Job, Arbejdsmarked og" over "Integration - 2022-2025 d. 09-02-2022": a title wrapped by the
        // page, its date on the line below.
        // ("… By- og Miljøudvalget 2018-21 den 7. juni" over "2021 kl. 20:01 i Kommunalbestyrelsens mødesal": the date itself wrapped.)
        if let titleIndex, titleIndex + 1 < content.count, case let title = content[titleIndex], case let next = content[titleIndex + 1],
            next.number == title.number + 1, DateText.firstDate(in: title.text) == nil,
            DateText.firstDate(in: next.text).map({ $0.start > 0 }) ?? Self.endsWithDayAndMonth(title.text, yearBelow: next.text),
            Self.labelled(next.text) == nil, title.characterCount + next.characterCount <= 200
        {
            let joined = Paragraphs.dehyphenate(prev: title.text, next: next.text).map { String(title.text.reversed().drop { $0 != " " }.reversed()) + $0 }
                ?? title.text + " " + LineText.trim(next.text)
            content[titleIndex] = Line(text: joined, number: title.number, level: title.level, strong: title.strong)
            content.remove(at: titleIndex + 1)
        }
        if let titleIndex {
            readTitle(content, at: titleIndex, into: &meeting)
        }
        // A running header for a title ("Referat Børne- og Ungeudvalget 11. november 2019"), the page's own title under it:
        // "Børne- og Ungeudvalget (2018-2021) – Referat – …" gives the term.
        if meeting.term == nil, !meeting.committee.isEmpty, case let committee = meeting.committee.utf8.count {
            for line in content.prefix(12) where line.text.utf8.count > committee + 4 && line.text.hasPrefix(meeting.committee) {
                let head = line.text.components(separatedBy: " – ").first?.components(separatedBy: " - ").first ?? line.text
                let (name, term) = Self.splitTerm(head)
                if let term, name == meeting.committee {
                    meeting.term = term
                    break
                }
            }
        }

        var i = 0
        // The line at `next` is printed right below the one before it (a title joined with its wrapped rest spans two lines).
        func nextIsBelow(_ next: Int) -> Bool {
            content[next].number == content[next - 1].number + 1 || next - 1 == titleIndex && content[next].number == content[next - 1].number + 2
        }
        // "… kl. 17:30 i Arden Rådhus, Østergade 22," over "Arden - Mødelokale Skoven": a place that ends in a comma goes on below.
        func placeGoingOn(_ place: String) -> String {
            guard place.hasSuffix(","), i < content.count, nextIsBelow(i), Self.continuesPlace(content[i].text, after: place) else { return place }
            i += 1
            return place + " " + LineText.trim(content[i - 1].text)
        }
        // The date was read from a line of running text, which a line of the meeting's own date overrides.
        var dateFromProse = false
        while i < content.count {
            let line = content[i]
            i += 1
            guard let (label, value) = Self.labelled(line.text) else {
                // ("03-12-2015" alone, then "Mandag 07.12.2015 kl. 8:00": the weekday, date and time name the meeting.)
                if meeting.date == nil || meeting.startTime == nil || dateFromProse, i <= 12, let found = DateText.firstDate(in: line.text),
                    meeting.date == nil || meeting.date == found.date || dateFromProse && Self.startsWithWeekday(line.text)
                        || meeting.startTime == nil && Self.startsWithWeekday(line.text) && DateText.firstTime(in: line.text) != nil
                {
                    // "31. oktober 2019: Offentlige information om …" (a site's news) gives way to "Tirsdag den 21-05-2019 kl. 19:00".
                    if meeting.date != found.date { meeting.startTime = nil }
                    dateFromProse = !Self.startsWithWeekday(line.text) && found.start > 0 || line.text.contains(": ") && line.characterCount > 60
                    meeting.date = found.date
                    meeting.startTime = meeting.startTime ?? Self.startTime(in: line.text)
                }
                if body == nil, let found = Self.municipality(line.text) ?? Self.formerMunicipality(line.text) { body = found }
                // "Der var afbud fra Søren Olesen (O) og Pernille Bloch (C).": the absent in a sentence of the header.
                if Bytes.hasFoldedPrefix(line.text, Self.derVarAfbudFra) {
                    // ("Der var afbud fra X. Som suppleant deltog Y.": the stand-in's sentence after the absence's.)
                    if line.text.contains(". "), Self.insteadOpeners.contains(where: { line.text.contains(". " + $0) }) {
                        let rest = Line(text: "Afbud fra " + line.text.dropFirst(Self.derVarAfbudFra.count), number: line.number)
                        if Self.readAbsenceSentences(rest, into: &meeting) { continue }
                    }
                    apply(.absent, String(line.text.dropFirst(Self.derVarAfbudFra.count)), line: line.number, to: &meeting)
                    continue
                }
                // "Marie-Louise Jørgensen deltog for Sara Benzon. Karoline Cleemann deltog for Arne Bech.", "Annette Nyvang (T) var
                // indkaldt som stedfortræder for Peter Læssøe (T).": who sat in, for whom.
                if line.characterCount <= 300, Bytes.containsAnyFolded(line.text, Self.standInLineHints),
                    case let standIns = ItemFacts.sentences(line.text).compactMap(ItemFacts.standIn), !standIns.isEmpty
                {
                    for standIn in standIns { Self.seat(standIn, in: &meeting) }
                    continue
                }
                // "Karsten Skawbo-Jensen og Daniel Panduro havde meldt forfald. I stedet mødte Vibeke Qvist og Reza Katebi."
                if line.hints.contains(.absence), line.characterCount <= 300, Self.readAbsenceSentences(line, into: &meeting) { continue }
                // "Østersvej 4, 3600 Frederikssund kl. 14.00", "Kommunalbestyrelsessalen kl. 11:30": the place, then the time.
                if meeting.location == nil, i <= 12, line.characterCount <= 100, let (place, time) = Self.trailingTime(line.text),
                    place.first?.isUppercase == true, DateText.firstDate(in: place) == nil, !Self.namesCommittee(place), Self.kindWord(place) == nil,
                    Self.looksLikePlace(place) || Self.placeWords.contains(where: place.lowercased().contains) || Self.hasPostcode(place)
                {
                    meeting.location = place
                    meeting.startTime = meeting.startTime ?? time
                    continue
                }
                // "Den 09.01.2020 kl. 13:00 i Tapperiet, Sdr. Badevej 1, 4600 Køge": the place after the time.
                // "Referat fra Ældrerådets møde den 22. februar 2016 i St. Magleby Stuen, Rådhuset kl. 10.00": the place after the date.
                if meeting.location == nil, i <= 12, line.characterCount <= 200, var place = Self.placeAfterDate(line.text) {
                    // ("… den 22. februar 2016 i St. Magleby" / "Stuen, Rådhuset kl. 10.00 – 12.00": the sentence wrapped.)
                    if DateText.firstTime(in: line.text) == nil, i < content.count, content[i].number == line.number + 1,
                        content[i].characterCount <= 80, let kl = content[i].text.firstRange(of: " kl"), DateText.firstTime(in: content[i].text) != nil
                    {
                        place += " " + LineText.trim(content[i].text[..<kl.lowerBound])
                        meeting.startTime = meeting.startTime ?? DateText.firstTime(in: content[i].text)
                    } else {
                        place = placeGoingOn(place)
                    }
                    meeting.location = place
                    meeting.startTime = meeting.startTime ?? DateText.firstTime(in: line.text)
                }
                if meeting.location == nil, i <= 12, let place = Self.placeAfterTime(line.text) {
                    meeting.location = placeGoingOn(place)
                    meeting.startTime = meeting.startTime ?? DateText.firstTime(in: line.text)
                }
                // "i Byrådssalen", "Kommunalbestyrelsens mødesal på Ballerup Rådhus" under the date and time: the place.
                // (Or below the committee under the date: "Tirsdag 26. okt 2021 kl. 19:00", "Byrådet", "Byrådssalen".)
                if meeting.location == nil, i <= 12, line.characterCount <= 80, i >= 2,
                    DateText.firstDate(in: content[i - 2].text) != nil || DateText.firstTime(in: content[i - 2].text) != nil
                        || i >= 3 && Self.namesCommittee(content[i - 2].text) && DateText.firstTime(in: content[i - 3].text) != nil,
                    case let place = line.text.hasPrefix("i ") ? LineText.trim(line.text.dropFirst(2)) : line.text, place.first?.isUppercase == true,
                    line.text.hasPrefix("i ") || Self.placeWords.contains(where: place.lowercased().contains), DateText.firstDate(in: place) == nil
                {
                    meeting.location = place
                    locationGuessed = true
                }
                // "Byrådssalen, Rådhuset, Laksetorvet 1": a place without its label.
                if meeting.location == nil, i <= 15, Self.looksLikePlace(line.text) { meeting.location = LineText.trim(line.text) }
                // "Mandag den 21. maj 2012 kl. 17:00 afholdt Kommunalbestyrelsen møde i Mødesalen/Rådhus.": the place in the sentence.
                if meeting.location == nil, i <= 15, let held = line.text.range(of: " afholdt "), let at = line.text[held.upperBound...].range(of: " møde i "),
                    case let place = LineText.trim(line.text[at.upperBound...].prefix { $0 != "." }), place.first?.isUppercase == true, place.count <= 80
                {
                    meeting.location = place
                }
                continue
            }
            // "Afbud fra Tim Vermund. Istedet mødte Michael Olsen.": sentences, not a list of names.
            if label == .absent, value.contains(". "),
                Self.insteadOpeners.contains(where: { value.contains(". " + $0) }) || value.contains(". Stedfortræder ikke"),
                Self.readAbsenceSentences(line, into: &meeting)
            {
                continue
            }
            var values = value.isEmpty ? [] : [value]
            var lengths = value.isEmpty ? [] : [line.text.utf8.count]
            let multi = label == .participants || label == .absent
            // "Medlemmer:                         Fraværende:": two columns' labels in one row; the names printed under the first
            // are its, the second column is empty.
            if value.isEmpty, multi, i < content.count, content[i].number == line.number, let (_, sibling) = Self.labelled(content[i].text),
                sibling.isEmpty
            {
                i += 1
            }
            // "Mødested Regionsrådssalen, Skottenborg 26," over "8800 Viborg": a place wrapped onto the next line.
            if label == .location, !value.isEmpty, i < content.count, content[i].number == line.number + 1,
                Self.continuesPlace(content[i].text, after: value)
            {
                values[0] += " " + LineText.trim(content[i].text)
                i += 1
            }
            // A label alone on its line has its value below; participants may continue over several lines.
            if value.isEmpty || multi {
                var previousNumber = line.number
                // The value of a label alone may start with a label's word ("Mødested" then "Mødelokale 4, Rådhuset").
                while i < content.count, Self.kindWord(content[i].text) == nil, content[i].characterCount < (multi ? 1000 : 200),
                    !MinutesParser.isItemTableHeader(content[i].text), !Self.contentsHeaders.contains(Lexicon.fold(content[i].text)),
                    Self.labelled(content[i].text) == nil || values.isEmpty && !Self.hasColonLabel(content[i].text)
                {
                    // Lines of one source line came from one block broken by <br>; "Ulla Hardy-Hansen (C)" alone goes on a list of
                    // one member a line.
                    // Or one name, role or party a paragraph: "Heino Knudsen", "Formand", "(A)", "Anne Møller Ronex", "(B)".
                    // (A list line that ends in a comma or a hyphen goes on, over the blank line pdftotext may put after it.)
                    let unfinished = values.last.map { Self.endsMidList($0) } ?? false
                    let contiguous = content[i].number == previousNumber + 1 || content[i].number == previousNumber
                        || multi && unfinished && content[i].number <= previousNumber + 2
                        // (Or a list broken mid-name over a blank line: "…, Bjørn Lykke" / "Sørensen (Fravær), Ole Blickfeldt".)
                        || multi && !values.isEmpty && content[i].number <= previousNumber + 2 && Self.continuesNameList(content[i].text)
                        // (Or a row of members in columns, each with a party: "Manu Sareen (B)      Pia Allerslev (V)".)
                        || multi && content[i].text.contains("(") && Self.participants(content[i].text).count == 1
                        || multi && content[i].text.contains("   ") && content[i].text.hasSuffix(")")
                            && Self.participants(content[i].text).count == content[i].text.filter({ $0 == ")" }).count
                        || multi && content[i].number <= previousNumber + 2 && content[i].characterCount <= 40
                            && (Self.partyToken(content[i].text) != nil || Self.isRole(content[i].text)
                                || ItemFacts.looksLikeName(content[i].text) && content[i].text.contains(" ") && content[i].text.contains(where: \.isLowercase))
                        // (One member a paragraph, two blank lines apart, as PDF-to-Markdown converters write lists: "- Lennart Qvist",
                        // "Lisa Ward, A".)
                        || multi && !values.isEmpty && content[i].number <= previousNumber + 3 && content[i].characterCount <= 60
                            && Self.isMemberLine(content[i].text)
                    if !values.isEmpty && (!multi || !contiguous) { break }
                    // "Fra administrationen deltog Thyra Pallesen" under the members: a sentence of its own.
                    if !values.isEmpty, multi, content[i].text.hasPrefix("Fra "), Bytes.contains(content[i].text, Self.deltogWord) { break }
                    // "Bemærkninger: …" under the members: another field.
                    // ("Næstformand: Kurt Halling (O)": a member's role, not a field.)
                    if !values.isEmpty, multi, let colon = content[i].text.firstIndex(of: ":"),
                        content[i].text.distance(from: content[i].text.startIndex, to: colon) <= 20,
                        !content[i].text[..<colon].contains(where: { $0 == "," || $0 == "(" }),
                        !Self.roleWords.contains(Lexicon.fold(content[i].text[..<colon])),
                        !(content[i].text[..<colon].contains(" ")
                            && Self.participationNotes.contains(where: { Lexicon.fold(content[i].text[content[i].text.index(after: colon)...]).hasPrefix($0) })),
                        // ("Skolerepræsentanter: Birgit Pedersen, Lene Fog Jørgensen.": a group of the members.)
                        !Self.isGroupOfNames(content[i].text, colon: colon)
                    {
                        break
                    }
                    // "Jonna Hildur Præst      Pia Foght": a list printed in two columns, a member in each.
                    let cells = multi ? content[i].text.components(separatedBy: "   ").map { LineText.trim($0) }.filter { !$0.isEmpty } : []
                    values.append(cells.count > 1 ? cells.joined(separator: ", ") : content[i].text)
                    // (Columns are no wrapped line: the next line starts a name of its own.)
                    lengths.append(cells.count > 1 ? 0 : content[i].text.utf8.count)
                    previousNumber = content[i].number
                    i += 1
                }
            }
            // "Fargana Ismailova, etnisk repræsentant" / "Henrik Bang, Kommunalbestyrelsen": a member a line, with what they
            // represent after the comma; the names only.
            // (Not a list of names a line: at most a third of the lines go on with a name after the comma.)
            if multi, values.count >= 3, case let heads = values.map({ $0.components(separatedBy: ", ").first ?? $0 }),
                zip(values, heads).allSatisfy({ value, head in value.count > head.count && ItemFacts.looksLikeName(head) && head.contains(" ") }),
                // ("Lasse Krull, C": the party after the comma, which the list reads.)
                !values.contains(where: { $0.hasSuffix(",") || $0.components(separatedBy: ", ").dropFirst().first.map({ Self.partyToken(LineText.trim($0)) != nil }) == true }),
                values.count(where: { $0.components(separatedBy: ", ").dropFirst().contains { ItemFacts.looksLikeName(LineText.trim($0)) && $0.contains(" ") } }) * 3
                    <= values.count
            {
                values = heads
                lengths = heads.map { _ in 0 }
            }
            // A long line that ends mid-name was wrapped: "… Tanja Bachmann" + "Hansen, Henny Schøler".
            var joined = values.first ?? ""
            for (index, value) in values.enumerated().dropFirst() {
                // (Not when the next line is a member with a party of their own.)
                // (A line of a comma-separated list that ends in neither a comma nor a party ends mid-name: "…, Merete" + "Scheelsbeck (C), …".)
                let previous = LineText.trim(values[index - 1])
                let midName = Self.endsMidList(previous) && !previous.hasSuffix(",") && !previous.hasSuffix("-")
                let wrapped = multi && (midName || (lengths[index - 1] >= 55 || Self.endsInFirstName(previous)) && !previous.hasSuffix(")")
                    && !previous.hasSuffix(",") && !(value.contains("(") && Self.participants(value).count == 1))
                // "Daniel Do-" + "noso (F)": a name hyphenated at the line's end.
                if multi, previous.hasSuffix("-"), previous.count > 2, value.first?.isLowercase == true {
                    joined.removeLast()
                    joined += value
                    continue
                }
                // "Svend-" + "Erik Hermansen (A)": a double name broken at its hyphen.
                if multi, previous.hasSuffix("-"), previous.dropLast().last?.isLetter == true, value.first?.isUppercase == true {
                    joined += value
                    continue
                }
                joined += multi ? (wrapped ? " " : ", ") : " "
                joined += value
            }
            // "Mødelokale:" over "Byrådssalen, Tønder" / "Rådhus": the place wrapped under its label.
            if label == .location, value.isEmpty, values.count == 1, i < content.count, content[i].number == line.number + 2,
                Self.continuesPlace(content[i].text, after: joined)
            {
                joined += " " + LineText.trim(content[i].text)
                i += 1
            }
            apply(label, joined, line: line.number, to: &meeting)
        }
        // No title line: "Kommunalbestyrelsen" above the date opens the page.
        if meeting.committee.isEmpty, titleIndex == nil,
            let line = content.prefix(4).first(where: { line in
                line.characterCount <= 80 && Self.namesCommittee(line.text) && Self.kindWord(line.text) == nil
                    // "Udvalg Dato Type Hent": a table's header row.
                    && !line.text.split(separator: " ").contains { Self.tableHeaderWords.contains($0.lowercased()) }
            })
        {
            let text = DateText.firstDate(in: line.text).map { DateText.split(line.text, start: $0.start, end: $0.end).before } ?? line.text
            let (name, term) = Self.splitTerm(Self.committeeName(text))
            meeting.committee = Self.uncapitalised(name)
            meeting.term = meeting.term ?? term
        }
        // "Forebyggelse og Idræt" over "Mandag den 30-04-2018 kl. 16:30": a name without a committee's word, right above the
        // meeting's date and time.
        if meeting.committee.isEmpty, titleIndex == nil,
            let dated = content.prefix(12).firstIndex(where: { DateText.firstDate(in: $0.text) != nil && DateText.firstTime(in: $0.text, dotted: true) != nil }),
            let above = content[..<dated].last(where: { !$0.isBlank }), Self.isBareName(above.text)
        {
            meeting.committee = above.text
            warnings.append(ReadWarning(line: above.number, "the committee is the line above the meeting's date: \"\(above.text)\""))
        }
        if let location = meeting.location { meeting.location = Self.placeOnly(Self.withoutMeetingKind(location)) }
    }

    /// "Forebyggelse og Idræt": a few capitalised words, no sentence, label, date, number or page's link.
    static func isBareName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...6).contains(words.count), text.utf8.count <= 60, Bytes.startsUppercase(text), !text.contains(where: { $0.isNumber }),
            let last = text.last, last.isLetter, labelled(text) == nil, kindWord(text) == nil,
            !navigationWords.contains(Lexicon.fold(text)), !words.dropFirst().contains(where: { sentenceWords.contains($0.lowercased()) }),
            // ("Udvalg Dato Type Hent": a table's header row.)
            !words.contains(where: { tableHeaderWords.contains($0.lowercased()) })
        else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true || connectives.contains(String($0)) }
    }

    private static let navigationWords: Set<String> = ["tilbage", "indholdsfortegnelse", "forside", "print", "udskriv", "dagsordener og referater"]
    private static let sentenceWords: Set<String> = ["er", "var", "der", "hvilke", "her", "se", "kan", "skal", "vil"]
    private static let connectives: Set<String> = ["og", "for", "i", "til", "af", "med", "-", "–"]

    /// "i Regionsrådssalen, Regionshuset Viborg" (the header's "den 23. november 2021 kl. 13:30" / "i …"), "Kig Ind, Nørager.":
    /// the place without the preposition before it or a sentence's full stop after it ("Rådhuset, lokale 2 m.m." keeps its own).
    static func placeOnly(_ place: String) -> String {
        var place = place
        if place.hasPrefix("i "), let next = place.dropFirst(2).first, next.isUppercase { place = String(place.dropFirst(2)) }
        if place.hasSuffix("."), let last = place.split(separator: " ").last, last.count >= 5, last.dropLast().allSatisfy(\.isLetter) {
            place.removeLast()
        }
        return place
    }

    /// "Bjarne Nielsen, Knud Gether, Ebbe": a list whose last name is one word, so its surname went to the next line.
    /// "Laurids Christensen (C), Marjan Ganjjou (C), Merete", "… (A), Daniel Do-", "…, Annette Johansen (A),": a line of a list of
    /// members with their parties that goes on below.
    static func endsMidList(_ line: String) -> Bool {
        let text = LineText.trim(line)
        guard text.contains("), ") || text.hasSuffix("),") else { return false }
        if text.hasSuffix(",") || text.hasSuffix("-") { return true }
        // ("Ellen Knudsen (C), stedfortræder for Brigitte Klintskov Jerkel": a note, not a name cut short.)
        guard let cut = text.range(of: "), ", options: .backwards), case let tail = text[cut.upperBound...].split(separator: " "),
            tail.allSatisfy({ $0.first?.isUppercase == true }), let last = tail.last, last.allSatisfy({ $0.isLetter || $0 == "-" })
        else { return false }
        return partyToken(last) == nil
    }

    static func endsInFirstName(_ line: String) -> Bool {
        let pieces = line.split(separator: ",")
        guard pieces.count >= 2, let last = pieces.last.map({ LineText.trim($0) }), !last.isEmpty, !last.contains(" "),
            last.first?.isUppercase == true, partyToken(last) == nil
        else { return false }
        // The other names have two words or more, so a one-word name is a first name cut off. (The first piece may be the
        // surname of a name cut off on the line above.)
        return pieces.dropLast().dropFirst(pieces.count > 2 ? 1 : 0).allSatisfy { LineText.trim($0).contains(" ") }
    }

    private static let meetingKindSuffixes = [" - ekstraordinært", " – ekstraordinært", " (ekstraordinært møde)", " - ekstraordinært møde", " – ekstraordinært møde"]

    /// "Ekstraordinært møde - Mødelokale F7 kl. 12.00" -> "Mødelokale F7 kl. 12.00": the kind of meeting before its place.
    static func withoutMeetingKindPrefix(_ line: Line) -> Line {
        guard line.text.utf8.first == 0x45 || line.text.utf8.first == 0x4F, line.characterCount > 20 else { return line }
        for prefix in ["Ekstraordinært møde - ", "Ekstraordinært møde – ", "Ordinært møde - ", "Ordinært møde – "] where line.text.hasPrefix(prefix) {
            return Line(text: String(line.text.dropFirst(prefix.count)), number: line.number, level: line.level, strong: line.strong, pageBreak: line.pageBreak)
        }
        return line
    }

    /// "Mødesalen, Ringe - Ekstraordinært": the place without the kind of meeting printed after it.
    static func withoutMeetingKind(_ place: String) -> String {
        // "Mødelokale 1, forhallen - (EX. møde)": a parenthesis about the meeting.
        if place.hasSuffix(")"), let open = place.lastIndex(of: "("), open > place.startIndex,
            place[open...].lowercased().contains("møde"), place[open...].count <= 30
        {
            var head = LineText.trim(place[..<open])
            while let last = head.last, last == "-" || last == "–" || last == " " || last == "," { head.removeLast() }
            if !head.isEmpty { return head }
        }
        guard place.utf8.count > 16, case let lowered = place.lowercased(), lowered.contains("ekstraordinært") else { return place }
        for suffix in meetingKindSuffixes where lowered.hasSuffix(suffix) {
            return LineText.trim(place.dropLast(suffix.count))
        }
        return place
    }

    private mutating func apply(_ label: Lexicon.HeaderLabel, _ value: String, line: Int, to meeting: inout Meeting) {
        switch label {
        case .date:
            if let found = DateText.firstDate(in: value) { meeting.date = found.date }
            if meeting.startTime == nil { meeting.startTime = DateText.firstTime(in: value) }
        case .time:
            if meeting.startTime == nil { meeting.startTime = DateText.firstTime(in: value, dotted: true) }
            if meeting.date == nil, let found = DateText.firstDate(in: value) { meeting.date = found.date }
        case .location:
            // "Slangerup Rådssalen kl. 19.00": the time printed after the place.
            var place = value
            // "OBS! Lukket møde kl. 16:30 - Mødelokale Havet": a note before the room; a note alone names no place.
            if Self.placeNotes.contains(where: { value.hasPrefix($0) }) {
                guard let dash = value.range(of: " - ", options: .backwards) else { break }
                place = LineText.trim(value[dash.upperBound...])
            }
            if let (before, time) = Self.trailingTime(place) {
                place = before
                if meeting.startTime == nil { meeting.startTime = time }
            }
            if meeting.location == nil || locationGuessed, !place.isEmpty {
                meeting.location = place
                locationGuessed = false
            }
        case .participants:
            let people = Self.participants(value)
            if people.isEmpty, !value.isEmpty {
                warnings.append(ReadWarning(line: line, "no names read from the participants: \"\(value.prefix(60))\""))
            }
            for p in people {
                // (A member the absence field named before the list: the list gives the party.)
                if let known = meeting.participants.firstIndex(where: { $0.name == p.name }) {
                    if meeting.participants[known].party == nil { meeting.participants[known].party = p.party }
                } else {
                    meeting.participants.append(p)
                }
            }
        case .absent:
            var value = value
            // "Gitte Rubæk, Bertil Mortensen. Leon Sebbelin deltog ikke i behandlingen af pkt. 01 – pkt. 03.": the list is the
            // first sentence; what follows tells of some items (read with the header's other absence sentences).
            if value.contains(". "), case let sentences = ItemFacts.sentences(value), sentences.count > 1,
                let told = sentences.dropFirst().firstIndex(where: { !ItemFacts.isNameSentence($0) }), ItemFacts.absentNames(sentences[told]) != nil,
                !ItemFacts.itemNumbers(in: sentences[told]).isEmpty
            {
                value = sentences[..<told].joined(separator: ". ")
            }
            // "Britt Jensen (A), sag 129-138": absent from those items.
            var pieces = value.split(separator: ",").map { LineText.trim($0) }
            // ("Knud Bjerre, Per Jeppesen deltog ikke i pkt. 2 og 3": the last piece names who took no part in those items, and
            // was at the meeting.)
            if pieces.count > 1, let limited = ItemFacts.itemLimitedTail(value) {
                for number in limited.items { itemAbsences[number, default: []].append(contentsOf: limited.names) }
                pieces.removeLast()
                value = pieces.joined(separator: ", ")
            }
            for (k, piece) in pieces.enumerated() where k > 0 {
                let numbers = ItemFacts.itemNumbers(in: piece)
                guard !numbers.isEmpty, let name = Self.participants(pieces[k - 1]).first?.name else { continue }
                for number in numbers { itemAbsences[number, default: []].append(name) }
            }
            // "Lars Krarup (V) – stedfortræder Dorte West (V)": the stand-in sat in.
            let (absentText, standIns) = Self.splitStandIns(value)
            defer {
                for p in standIns where !meeting.participants.contains(where: { $0.name == p.name }) {
                    meeting.participants.append(Participant(name: p.name, party: p.party, absent: false))
                }
            }
            for p in Self.participants(absentText) {
                if let index = Self.member(named: p.name, in: meeting.participants) {
                    meeting.participants[index].absent = true
                    if meeting.participants[index].party == nil { meeting.participants[index].party = p.party }
                } else if Self.splitMergedMember(p, in: &meeting.participants) {
                    continue
                } else {
                    meeting.participants.append(Participant(name: p.name, party: p.party, absent: true))
                }
            }
        case .remarks:
            // (Not "Susanne Beier forlod mødet efter sag nr. 104": an absence from some items only.)
            for sentence in ItemFacts.sentences(value) where !sentence.contains(where: \.isNumber) {
                // "Marie-Louise Jørgensen deltog for Sara Benzon.": the stand-in came, the member was away.
                if let standIn = ItemFacts.standIn(sentence) {
                    Self.seat(standIn, in: &meeting)
                    continue
                }
                for name in ItemFacts.absentNames(sentence) ?? [] {
                    if let index = Self.member(named: name.name, in: meeting.participants) {
                        meeting.participants[index].absent = true
                    } else {
                        meeting.participants.append(Participant(name: name.name, party: name.party, absent: true))
                    }
                }
            }
        case .committee:
            // "Udvalg: Udvalget for teknik og miljø" names it better than a page's heading ("Dagsordener").
            if meeting.committee.isEmpty || !Self.namesCommittee(meeting.committee), !value.isEmpty {
                committeeLabelled = true
                (meeting.committee, meeting.term) = Self.splitTerm(value)
            } else if meeting.term == nil, case let (name, term) = Self.splitTerm(value), Lexicon.fold(name) == Lexicon.fold(meeting.committee) {
                meeting.term = term
            }
        case .timeAndPlace:
            if meeting.startTime == nil { meeting.startTime = DateText.firstTime(in: value, dotted: true) }
            if meeting.date == nil, let found = DateText.firstDate(in: value) { meeting.date = found.date }
            // The place follows the date and time: "kl. 16.00, Byrådssalen, Rådhuset".
            let parts = value.split(separator: ",").map { LineText.trim($0) }
            let place = parts.drop { DateText.firstTime(in: $0, dotted: true) != nil || DateText.firstDate(in: $0) != nil || $0.isEmpty }
            if meeting.location == nil, !place.isEmpty { meeting.location = place.joined(separator: ", ") }
        case .substitute:
            // Each "X (P) for Y (Q)": X sat in, Y was absent.
            for piece in value.split(whereSeparator: { $0 == ";" || $0 == "\t" }).flatMap({ $0.components(separatedBy: "), ") }) {
                var piece = LineText.trim(piece)
                if piece.contains("("), !piece.hasSuffix(")"), !piece.hasSuffix(").") { piece += ")" }
                let parts = piece.components(separatedBy: " for ")
                for p in Self.participants(parts[0]) where !meeting.participants.contains(where: { $0.name == p.name }) {
                    meeting.participants.append(Participant(name: p.name, party: p.party, absent: false))
                }
                guard parts.count == 2 else { continue }
                for p in Self.participants(parts[1]) {
                    if let index = meeting.participants.firstIndex(where: { $0.name == p.name }) {
                        meeting.participants[index].absent = true
                    } else {
                        meeting.participants.append(Participant(name: p.name, party: p.party, absent: true))
                    }
                }
            }
        case .end, .other:
            break
        }
    }

    /// The line without a web page's list bullet ("• Lasse Krull, C", "• Afbud"); nil for a blank line or a bullet alone.
    static func unbulleted(_ line: Line) -> Line? {
        var text = MinutesParser.withoutBullet(line.text)
        // "- Mødested: Regionsrådssalen": a list of the meeting's fields.
        if text.utf8.first == 0x2D, text.hasPrefix("- "), case let rest = String(text.dropFirst(2)), hasColonLabel(rest) { text = rest }
        if text.isEmpty || text == "•" { return nil }
        return text.utf8.count == line.text.utf8.count ? line : Line(text: text, number: line.number, level: line.level, strong: line.strong)
    }

    /// A line of several fields, as converters join a header: "Mødedato: 3. maj 2023 Mødetidspunkt: 16:00 Mødested: …"
    /// becomes one line per field. Other lines stay as they are.
    static func fieldSegments(_ line: Line) -> [Line] {
        // "Mødedato Tirsdag d. 31. januar 2023 kl. 18:30 Mødested Byrådssalen": the seeds' labels without colons, on one line.
        if line.characterCount <= 300, line.text.utf8.first == 0x4D, line.text.hasPrefix("Mødedato ") || line.text.hasPrefix("Mødetidspunkt "),
            let next = Self.laterFieldLabels.lazy.compactMap({ line.text.firstRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
        {
            let first = Line(text: LineText.trim(line.text[..<next.lowerBound]), number: line.number)
            return [first] + fieldSegments(Line(text: LineText.trim(line.text[next.lowerBound...]), number: line.number))
        }
        guard line.characterCount <= 400, line.text.utf8.lazy.filter({ $0 == 0x3A }).count >= 2 else { return [line] }
        let text = line.text
        var starts = [String.Index]()
        var search = text.startIndex
        while let colon = text[search...].firstIndex(of: ":") {
            search = text.index(after: colon)
            // The one to three words before the colon that make a label.
            let before = text[..<colon]
            var wordStarts = [String.Index]()
            var index = before.endIndex
            while wordStarts.count < 3, let space = before[..<index].lastIndex(where: { $0 == " " || $0 == "\t" }) {
                wordStarts.append(before.index(after: space))
                index = space
            }
            if wordStarts.count < 3 { wordStarts.append(before.startIndex) }
            for start in wordStarts.reversed() where Lexicon.headerLabels[Lexicon.fold(before[start...])] != nil {
                starts.append(start)
                break
            }
        }
        guard starts.count >= 2, starts.first == text.startIndex else { return [line] }
        return starts.indices.map { n in
            let end = n + 1 < starts.count ? starts[n + 1] : text.endIndex
            return Line(text: LineText.trim(text[starts[n]..<end]), number: line.number)
        }
    }

    private static let laterFieldLabels = [" Mødested ", " Mødelokale ", " Mødetidspunkt ", " Mødedeltagere ", " Afbud ", " Fraværende "]

    private static let stedfortraederHint = Bytes.NeedleSet([" stedfortræder"])

    private static let standInMarkers = [
        ". i stedet deltog stedfortræder ", ". i stedet deltog ", ", i stedet deltog ", " i stedet deltog ", " – som stedfortræder deltog ",
        " - som stedfortræder deltog ", " – stedfortræder ",
        " - stedfortræder ", " (stedfortræder ", ", stedfortræder ", " – suppleant ", " - suppleant ", " (suppleant ", ", suppleant ", " stedfortræder ",
    ]
    /// "suppleant Martin Hillerup deltog": the verb after the stand-in's name.
    private static let standInVerbs = [" deltog i stedet", " mødte i stedet", " deltog", " mødte", " indkaldt"]

    /// An absence line without the stand-ins named in it, and the stand-ins.
    private static let standInDashTails = [" deltager som stedfortræder", " deltog som stedfortræder", " som stedfortræder", " stedfortræder"]

    static func splitStandIns(_ value: String) -> (absent: String, standIns: [Participant]) {
        var rest = value
        var standIns = [Participant]()
        for marker in standInMarkers {
            while let r = rest.range(of: marker, options: .caseInsensitive) {
                let after = rest[r.upperBound...]
                // The stand-in ends with their party's parenthesis, or at the next comma or full stop.
                var end = after.firstIndex(of: ")").map { after.index(after: $0) }
                    ?? after.firstIndex(where: { $0 == "," || $0 == "." || $0 == ";" }) ?? after.endIndex
                var name = LineText.trim(after[..<end])
                for verb in standInVerbs where name.hasSuffix(verb) { name = String(name.dropLast(verb.count)) }
                // "(stedfortræder Y (V))": the outer parenthesis closes after the stand-in's.
                if marker.hasPrefix(" ("), end < rest.endIndex, rest[end] == ")" { end = rest.index(after: end) }
                standIns.append(contentsOf: participants(name))
                rest = String(rest[..<r.lowerBound]) + String(rest[end...])
            }
        }
        // "Villy Søvndal, F - Tine Hundahl Jensen stedfortræder": the stand-in after the dash, named before the word.
        // ("Bent Krogh Petersen - Bo Morthorst Rasmussen deltager som stedfortræder.": a line each.)
        if Bytes.containsAnyFolded(rest, Self.stedfortraederHint) {
            var parts = [String]()
            for var part in rest.components(separatedBy: ", ").flatMap({ $0.components(separatedBy: ". ") }) {
                if part.hasSuffix(".") { part.removeLast() }
                guard let tail = Self.standInDashTails.first(where: { part.lowercased().hasSuffix($0) }) else { parts.append(part); continue }
                let core = String(part.dropLast(tail.count)).replacingOccurrences(of: " – ", with: " - ")
                let pieces = core.components(separatedBy: " - ")
                standIns.append(contentsOf: participants(pieces.count == 2 ? pieces[1] : core))
                if pieces.count == 2 { parts.append(pieces[0]) }
            }
            rest = parts.joined(separator: ", ")
        }
        return (rest, standIns)
    }

    /// "Pedersen, Preben Andersen, Erik Mortensen": a line of names whose first is a lone surname, the rest of a name the
    /// line above began.
    /// ("Sørensen (Fravær), Ole Blickfeldt": the surname with the note on the member.)
    static func continuesNameList(_ text: String) -> Bool {
        guard let comma = text.firstIndex(of: ",") else { return false }
        var first = text[..<comma]
        if first.hasSuffix(")"), let open = first.firstIndex(of: "("), open > first.startIndex, first[first.index(before: open)] == " " {
            first = first[..<first.index(before: open)]
        }
        guard !first.contains(" "), let c = first.first, c.isUppercase, first.count >= 2, first.allSatisfy({ $0.isLetter || $0 == "-" })
        else { return false }
        return true
    }

    /// A header printed as a column of labels and then a column of values (pdftotext of a table without `-layout`):
    /// "Mødedato:", "Mødested:", then "3. maj 2023", "Byrådssalen" become "Mødedato: 3. maj 2023", "Mødested: Byrådssalen".
    static func labelColumns(_ content: [Line]) -> [Line] {
        var result = [Line]()
        var i = 0
        while i < content.count {
            var labels = [Line]()
            var j = i
            // A label alone ends in its colon or is a few words: other lines are ruled out before `labelled`.
            // A label of no known field ("Bemærkninger:") may stand among them.
            while j < content.count, content[j].text.utf8.last == 0x3A || content[j].text.utf8.count <= 24,
                labelled(content[j].text).map({ $0.1.isEmpty }) ?? Self.isUnknownLabel(content[j].text)
            {
                labels.append(content[j])
                j += 1
            }
            let values = content[j...].prefix(labels.count).prefix { labelled($0.text) == nil && kindWord($0.text) == nil && !$0.text.hasSuffix(":") }
            // The last label's value may be empty, its line missing ("Bemærkninger:").
            let lastUnknown = labels.last.map { label in labelled(label.text).map { $0.0 == .absent || $0.0 == .other || $0.0 == .remarks } ?? true } ?? false
            // ("Medlemmer:      Fraværende:": labels side by side in one row head columns, their values below each.)
            guard labels.count >= 2, values.count == labels.count || values.count == labels.count - 1 && lastUnknown && values.count >= 2,
                Set(labels.map(\.number)).count == labels.count
            else {
                result.append(content[i])
                i += 1
                continue
            }
            // "Deltagere:" among the labels over one list of names wrapped onto several lines ("…, Bolette Dahl" /
            // "Pedersen, Preben Andersen, …"): the list is that label's value, and the other labels have none.
            if values.count >= 2, let members = labels.firstIndex(where: { labelled($0.text)?.0 == .participants }),
                values.dropFirst().allSatisfy({ Self.continuesNameList($0.text) })
            {
                let name = labels[members].text.hasSuffix(":") ? String(labels[members].text.dropLast()) : labels[members].text
                result.append(Line(text: name + ": " + values.map(\.text).joined(separator: " "), number: labels[members].number))
                i = j + values.count
                continue
            }
            for (label, value) in zip(labels, values) {
                let name = label.text.hasSuffix(":") ? String(label.text.dropLast()) : label.text
                result.append(Line(text: name + ": " + value.text, number: label.number))
            }
            i = j + values.count
        }
        return result
    }

    /// "Bemærkninger:": one or two words and a colon, a field the header reader does not know.
    static func isUnknownLabel(_ text: String) -> Bool {
        guard text.hasSuffix(":"), text.utf8.count <= 24 else { return false }
        let words = text.dropLast().split(separator: " ")
        return (1...2).contains(words.count) && words.allSatisfy { $0.allSatisfy(\.isLetter) } && text.first?.isUppercase == true
    }

    // MARK: Title line

    /// REFERAT / DAGSORDEN / Beslutningsprotokol in a line, as a document kind.
    private static let kindStems = Bytes.NeedleSet(["referat", "protokol", "dagsorden"])

    private static let minutesKindWords: Set<Substring> = [
        "referat", "beslutningsprotokol", "protokol", "mødereferat", "beslutningsreferat", "referater", "tillægsreferat",
    ]
    private static let agendaKindWords: Set<Substring> = ["dagsorden", "mødedagsorden", "tillægsdagsorden"]
    private static let kindWordQualifiers: Set<Substring> = ["åben", "åbent", "offentlig", "offentligt", "endelig", "godkendt"]

    static func kindWord(_ text: String) -> DocumentKind? {
        // Every kind word holds one of these ASCII stems, and only ASCII letters lower-case to ASCII.
        guard Bytes.containsAnyFolded(text, kindStems) else { return nil }
        var words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        // "TÅRNBY KOMMUNE Åben dagsorden til …": a letterhead before the title.
        if words.count > 3, words[1] == "kommune" { words = Array(words.dropFirst(2)) }
        guard let first = words.first, words.count <= 30 else { return nil }
        // "Dagsordener og referater": a site's menu names both kinds, and neither is this document's.
        if words.count <= 4, words.contains("dagsordener") { return nil }
        // A date after the kind word ends the title: "Økonomiudvalget – Referat – 1. oktober 2018".
        if let found = DateText.firstDate(in: text), found.start > 0 {
            let before = DateText.split(text, start: found.start, end: found.end).before.lowercased().split(whereSeparator: { !$0.isLetter })
            if let last = before.last, minutesKindWords.contains(last) || agendaKindWords.contains(last) { words = before }
        }
        let minutes = minutesKindWords, agenda = agendaKindWords
        // The kind word leads the line, or ends it ("Økonomiudvalget - Referat"), or follows "Åben"/"Åbent".
        let leading = kindWordQualifiers.contains(first) ? words.dropFirst().first : first
        // "Godkendelse af dagsorden", "Bemærkninger til dagsordenen": an item's title that ends in the word.
        let trailing = words.count >= 2 && ["af", "til", "om", "på"].contains(words[words.count - 2]) ? nil : words.last
        for w in [leading, trailing].compactMap({ $0 }) {
            if minutes.contains(w) { return .minutes }
            if agenda.contains(w) {
                // ("Dagsorden med vedtagelser": Rudersdal's minutes.)
                return words.contains(where: { minutes.contains($0) || $0 == "beslutninger" || $0 == "vedtagelser" }) ? .minutes : .agenda
            }
        }
        // "Økonomiudvalget. Referat fra møde …", "Egebjerg Kommune. Kommunalbestyrelsen. Referat …": the kind word after the
        // body's name.
        // (Not a running footer: "Frederikshavn Byråd - Referat juni 2015 Side 2 af 38".)
        for (index, w) in words.prefix(4).enumerated() where index > 0 && (minutes.contains(w) || agenda.contains(w)) {
            // ("Godkendelse af dagsorden": an item's title.)
            if ["af", "til", "om", "på", "for", "med", "og"].contains(words[index - 1]) || text.firstRange(of: "Side ") != nil { break }
            if namesCommittee(words[..<index].joined(separator: " ")) { return minutes.contains(w) ? .minutes : .agenda }
        }
        return nil
    }

    private static let monthNames: Set<String> = [
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december",
    ]

    private static let titleNoise: Set<String> = Set([
        "åben", "åbent", "offentlig", "offentligt", "lukket", "endelig", "godkendt", "referat", "dagsorden",
        "beslutningsprotokol", "protokol", "mødereferat", "beslutningsreferat", "og", "af", "fra", "for", "til", "med",
        "møde", "mødet", "i", "ordinært", "ekstraordinært", "konstituerende", "beslutninger", "-", "–", "d.", "den", "d", "kl.", "kl",
        "tillægsdagsorden", "tillægsreferat", "mødedagsorden", "referater", "•", "·", "|", "indkaldelse", "uden", "bilag", "vedtagelser",
    ]).union(weekdays)

    /// "Ældrerådsmøde", "Økonomiudvalgsmøde": the body's meeting, named by the body.
    private static let meetingCompounds = [("rådsmøde", "rådet"), ("udvalgsmøde", "udvalget"), ("bestyrelsesmøde", "bestyrelsen")]

    /// "… kl. 13:00 i Tapperiet, Sdr. Badevej 1" -> "Tapperiet, Sdr. Badevej 1".
    static func placeAfterTime(_ text: String) -> String? {
        // ("Kl. 16:00 i Mødelokale 2, Allerslev" on a line of its own, too.)
        let opening = text.hasPrefix("Kl. ") || text.hasPrefix("kl. ") ? text.range(of: "l. ") : nil
        guard let kl = opening ?? (Bytes.contains(text, Self.kl) ? text.range(of: " kl. ") ?? text.range(of: " kl ") : nil)
            ?? (Bytes.contains(text, Self.capitalKl) ? text.range(of: " Kl. ") : nil)
        else { return nil }
        let rest = text[kl.upperBound...].drop(while: { $0.isNumber || $0 == "." || $0 == ":" || $0 == "-" || $0 == "–" })
        // ("kl. 10.00, Ved Fjorden 20 \"Mødelokale 1\"": after a comma, a place by its words or its postcode.)
        if rest.hasPrefix(", "), case let place = LineText.trim(rest.dropFirst(2)), place.count <= 120, place.first?.isUppercase == true,
            placeWords.contains(where: place.lowercased().contains) || hasPostcode(place)
        {
            return place
        }
        // ("Mandag 18.12.2017 kl. 17:30 Borgerservice": on a dated line, a short name right after the time.)
        if rest.hasPrefix(" "), !rest.hasPrefix(" i "), DateText.firstDate(in: text) != nil, case let place = LineText.trim(rest),
            (2...60).contains(place.count), Bytes.startsUppercase(place), !place.contains(":"), place.split(separator: " ").count <= 4,
            kindWord(place) == nil, !namesCommittee(place), !Bytes.hasFoldedPrefix(place, Array("mødet".utf8)), place.contains(where: \.isLowercase)
        {
            return place
        }
        // ("kl. 10.00 i lokale M1 på Wiedergården": a room's word in small letters.)
        guard rest.hasPrefix(" i "), case let place = LineText.trim(rest.dropFirst(3)), !place.isEmpty,
            place.first?.isUppercase == true || placeWords.contains(where: { place.hasPrefix($0.trimmingCharacters(in: .whitespaces)) }),
            place.count <= 120
        else { return nil }
        return place
    }

    private static let standInLineHints = Bytes.NeedleSet([
        "deltog for ", "mødte for ", "i stedet for ", "stedfortræder for ", "suppleant for ", "indtrådte for ", " mødte som ", " deltog som ",
    ])
    private static let meetingEnds = Bytes.NeedleSet([" mødet slut", " mødet hævet", " mødet afsluttet"])

    /// The time a line says the meeting began; not when it ended ("… i Borgmesterens kontor. Mødet slut kl. 17.").
    static func startTime(in text: String) -> ClockTime? {
        var text = Substring(text)
        guard Bytes.containsAnyFolded(String(text), meetingEnds) else { return DateText.firstTime(in: String(text)) }
        for end in [" Mødet slut", " Mødet hævet", " Mødet sluttede", " mødet slut", " Mødet afsluttet"] {
            if let r = text.firstRange(of: end) { text = text[..<r.lowerBound] }
        }
        return DateText.firstTime(in: String(text))
    }

    /// "… møde den 22. februar 2016 i St. Magleby Stuen, Rådhuset kl. 10.00 – 12.00" -> "St. Magleby Stuen, Rådhuset".
    static func placeAfterDate(_ text: String) -> String? {
        guard let found = DateText.firstDate(in: text), let rest = String(text.utf8.dropFirst(found.end)), rest.hasPrefix(" i ") else { return nil }
        var place = Substring(rest.dropFirst(3))
        if let kl = place.firstRange(of: " kl") { place = place[..<kl.lowerBound] }
        var trimmed = LineText.trim(place)
        while trimmed.hasSuffix(",") || trimmed.hasSuffix(".") { trimmed.removeLast() }
        // (Not "… behandlet den 5. marts 2024 i Økonomiudvalget": a body, no place.)
        guard trimmed.first?.isUppercase == true, (3...100).contains(trimmed.count), DateText.firstDate(in: trimmed) == nil, !namesCommittee(trimmed)
        else { return nil }
        return trimmed
    }

    /// "Slangerup Rådssalen kl. 19.00" -> ("Slangerup Rådssalen", 19:00).
    static func trailingTime(_ text: String) -> (String, ClockTime)? {
        guard Bytes.contains(text, Self.kl), let kl = text.range(of: " kl. ", options: .backwards) ?? text.range(of: " kl ", options: .backwards),
            let time = DateText.firstTime(in: String(text[kl.lowerBound...]), dotted: true)
        else { return nil }
        var before = LineText.trim(text[..<kl.lowerBound])
        while before.hasSuffix(",") { before.removeLast() }
        return (before, time)
    }

    static let derVarAfbudFra = Array("der var afbud fra ".utf8)
    private static let deltogWord = Array(" deltog ".utf8)
    private static let kl = Array(" kl".utf8)
    private static let capitalKl = Array(" Kl".utf8)
    private static let staffWords = ["direktør", "chef", "sekretær", "referent", "konsulent", "medarbejder"]
    private static let tableHeaderWords: Set<String> = ["dato", "type", "hent", "tid", "sted", "titel"]
    private static let weekdays: Set<String> = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

    /// "Tirsdag den 21-05-2019 kl. 19:00": a line that opens with the meeting's weekday.
    static func startsWithWeekday(_ text: String) -> Bool {
        guard let first = text.utf8.first, first | 0x20 >= 0x66 && first | 0x20 <= 0x74 else { return false }
        let word = Lexicon.fold(text.prefix(while: { $0.isLetter }))
        return weekdays.contains(word)
    }

    /// A page's navigation or heading words, whatever arrows or marks stand before them.
    static func isChrome(_ text: String) -> Bool {
        let folded = Lexicon.fold(text.drop(while: { !$0.isLetter }))
        return siteChrome.contains(folded) || folded.hasPrefix("tilbage til ") || folded.hasPrefix("du er her") || folded.contains("cookie")
            || folded.hasPrefix("kopier link") || isLink(folded)
    }

    /// "… den 7. juni" over "2021 kl. 20:01 …": a title line that ends in a day and a month, its year opening the next line.
    static func endsWithDayAndMonth(_ text: String, yearBelow next: String) -> Bool {
        let words = text.split(separator: " ").suffix(2)
        guard words.count == 2, let day = words.first, day.hasSuffix("."), let number = Int(day.dropLast()), (1...31).contains(number),
            let month = words.last, DateText.months.contains(where: { $0.0.elementsEqual(month.lowercased().utf8) }),
            case let year = next.utf8.prefix(5), year.count >= 4, year.prefix(4).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
            year.prefix(2).elementsEqual("20".utf8) || year.prefix(2).elementsEqual("19".utf8), year.count == 4 || year.last == 0x20
        else { return false }
        return true
    }

    /// "Vis dagsorden", "Fulde pdf for åben dagsorden.", "Se/vælg den samlede dagsorden/referat som PDF", "Hent referat":
    /// a page's link to a document, no title.
    private static func isLink(_ folded: String) -> Bool {
        guard folded.utf8.count <= 70, let first = folded.split(separator: " ").first else { return false }
        return linkVerbs.contains(String(first)) || folded.hasPrefix("fulde pdf") || folded.hasPrefix("samlet pdf") || folded.hasPrefix("se/vælg ")
    }

    private static let linkVerbs: Set<String> = ["vis", "hent", "download", "åbn", "se/vælg", "udskriv"]

    static let siteChrome: Set<String> = [
        "you are here", "du er her", "agenda", "transkript", "få siden oplæst", "læs op", "byråd og udvalg", "dagsordener", "dagsordener og referater", "mødesager", "møder", "mødeoversigt", "dagsorden og referat", "dagsorden og referater", "referater",
        "politik", "forside", "forsiden", "menu", "søg", "print", "udskriv", "del", "luk alle punkter", "åbn alle punkter", "gå til indhold",
        "fold alle punkter", "fold alle punkter ud", "fold alle ud", "udfold alle", "åbn alle", "luk alle", "vis alle punkter",
        "punkter på dagsordenen", "dagsordenens punkter",
    ]

    /// The committee's name in a title line's words: "Ekstraordinært møde i Økonomiudvalget", "Økonomiudvalget
    /// (ekstraordinært møde)" and "Beslutningsprotokol for Økonomiudvalgets møde" all name "Økonomiudvalget".
    static func committeeName(_ text: String) -> String {
        var text = text
        // "Udskriv Kultur-, Fritids- og Idrætsudvalget": a page's print button before the name.
        for button in ["Udskriv ", "Print "] where text.hasPrefix(button) && namesCommittee(String(text.dropFirst(button.count))) {
            text = String(text.dropFirst(button.count))
        }
        // A parenthesis of noise words only: "(ekstraordinært møde)"; one about the agenda: "(Indeholder åbne dagsordenspunkter)".
        if let open = text.lastIndex(of: "("), text.hasSuffix(")"), case let inside = text[text.index(after: open)..<text.index(before: text.endIndex)],
            inside.split(separator: " ").allSatisfy({ titleNoise.contains($0.lowercased()) }) || inside.lowercased().contains("dagsorden")
        {
            text = String(text[..<open])
        }
        // "TÅRNBY KOMMUNE Åben dagsorden til Teknik- og Miljøudvalget": the letterhead's municipality first.
        if text.utf8.count > 16,
            let r = text.range(of: " KOMMUNE ") ?? text.range(of: " Kommune ") ?? text.range(of: " KOMMUNE. ") ?? text.range(of: " Kommune. "),
            municipality(String(text[..<r.lowerBound]) + " Kommune") != nil || municipality(String(text[..<r.upperBound])) != nil
                || formerMunicipality(String(text[..<r.lowerBound]) + " Kommune") != nil
        {
            text = String(text[r.upperBound...])
        }
        // "Kommunalbestyrelsen holder møde tirsdag den 15. september 2020": the name before what it does.
        for verb in [" holder møde", " holder ordinært møde", " holder ekstraordinært møde", " afholder møde", " mødes "] {
            if let r = text.range(of: verb), r.lowerBound > text.startIndex { text = String(text[..<r.lowerBound]) }
        }
        // "Økonomiudvalget. Mødedato: Onsdag den …": a page flattened onto one line; the name ends at the first field.
        for label in [" Mødedato:", " Dato:", " Mødetidspunkt:", " Tidspunkt:", " Tid:", " Mødested:", " Sted:"] {
            if let r = text.range(of: label) { text = String(text[..<r.lowerBound]) }
        }
        // "Svendborg Kommune - Kommunalbestyrelsen - Referat": the municipality before a dash is the body's name.
        for dash in [" – ", " - "] {
            if let r = text.range(of: dash), municipality(String(text[..<r.lowerBound])) != nil,
                Lexicon.fold(text[..<r.lowerBound]).hasSuffix("kommune")
            {
                text = String(text[r.upperBound...])
            }
        }
        // "Folkeoplysningsudvalget – Rebild Kommune": the municipality after a dash is the body's name; "Kommunalbestyrelsen -
        // Dagsordener og referater" the site's page.
        for dash in [" – ", " - ", ", "] {
            if let r = text.range(of: dash, options: .backwards), case let after = String(text[r.upperBound...]),
                municipality(after) != nil || siteChrome.contains(Lexicon.fold(after))
            {
                text = String(text[..<r.lowerBound])
            }
        }
        // 'Download "Byrådet Beslutningsprotokol': a download link's words and quotes.
        var words = text.split(separator: " ").map { String($0.filter { $0 != "\"" && $0 != "“" && $0 != "”" }) }.filter { !$0.isEmpty }.map { word in
            // "Beslutningsprotokol." is the noise word it ends with.
            var bare = Substring(word)
            while let last = bare.last, last == "." || last == ":" || last == "," { bare = bare.dropLast() }
            return titleNoise.contains(bare.lowercased()) ? String(bare) : word
        }
        // "1 Referat fra møde i …": a page's number before the title.
        while let first = words.first, titleNoise.contains(first.lowercased()) || first.lowercased() == "download" || first.lowercased() == "hent"
            || words.count > 1 && first.allSatisfy(\.isNumber)
        {
            words.removeFirst()
        }
        // "Økonomiudvalget onsdag den 14. marts Kl. 15:30 i Mødelokale 1": a date without its year ends the name at its weekday,
        // "den 14." or "kl. 15".
        if let cut = words.indices.dropFirst().first(where: { i in
            let word = words[i].lowercased()
            let next = i + 1 < words.count ? words[i + 1] : ""
            return weekdays.contains(word.hasSuffix(",") ? String(word.dropLast()) : word)
                || (word == "den" || word == "kl." || word == "kl") && next.first?.isNumber == true
                // ("Byrådet Beslutningsprotokol. 24. september kl. 17:00": a day and its month, the year left out.)
                || word.hasSuffix(".") && word.dropLast().allSatisfy(\.isNumber) && word.count <= 3 && monthNames.contains(next.lowercased())
        }) {
            words.removeSubrange(cut...)
        }
        // "Referat (29. august 2017)": the parenthesis the date stood in.
        while let last = words.last, !last.contains(where: { $0.isLetter || $0.isNumber }) { words.removeLast() }
        var genitive = false
        // ("Teknik- og Miljøudvalgets beslutning den 29. marts 2021": the committee's decision, in the genitive.)
        while let last = words.last, titleNoise.contains(last.lowercased()) || last == "," || words.count > 1 && last.lowercased() == "beslutning" {
            if last.lowercased().hasPrefix("møde") || last.lowercased() == "beslutning" { genitive = true }
            words.removeLast()
        }
        // "Kommunalbestyrelsen.", "Økonomiudvalg:": the sentence's or the label's mark.
        if let last = words.last, let mark = last.last, mark == "." || mark == ":" || mark == ",", last.count > 3 { words[words.count - 1] = String(last.dropLast()) }
        // "Økonomiudvalgets møde" names the committee in the genitive.
        // ("Klima, natur og energis møde": any genitive s.)
        if genitive, let last = words.last, last.hasSuffix("s"), !last.hasSuffix("ss"), last.count > 3 {
            words[words.count - 1] = String(last.dropLast())
        }
        if words.count == 1, let only = words.first, let (compound, body) = meetingCompounds.first(where: { only.lowercased().hasSuffix($0.0) }),
            only.count > compound.count + 2
        {
            words[0] = String(only.dropLast(compound.count)) + body
        }
        let name = words.joined(separator: " ")
        // "Byrådet (ekstraordinært møde) d.": the parenthesis came before the date's noise words.
        if name.hasSuffix(")"), name != text { return committeeName(name) }
        return name
    }

    private mutating func readTitle(_ content: [Line], at index: Int, into meeting: inout Meeting) {
        let text = content[index].text
        var head = text
        if let found = DateText.firstDate(in: text) {
            meeting.date = found.date
            let parts = DateText.split(text, start: found.start, end: found.end)
            head = parts.before
            meeting.startTime = Self.startTime(in: parts.after)
        }
        var committee = Self.committeeName(head)
        var source = head
        // "Det foregår i Arena Mors med nedenstående dagsorden:": a sentence announcing the agenda names no committee.
        if text.hasSuffix(":"), text.split(separator: " ").count > 4, !Self.namesCommittee(committee) { committee = "" }
        if committee.isEmpty || Self.municipality(committee) == committee {
            // The kind word stands alone; the committee is on a neighbouring line.
            // A neighbour that names a committee comes first ("Miljø-, Klima- og Naturudvalget 2022-2025" above
            // "Referat  Onsdag den 4. oktober 2023"), then the nearest.
            // ("Referat" over the date, "Ordinært møde" and "Økonomiudvalget": three lines down, when it names a committee.)
            let near = [index + 1, index + 2, index - 1, index - 2].filter { content.indices.contains($0) }
            let named = (near + [index + 3]).filter { content.indices.contains($0) && Self.namesCommittee(content[$0].text) }
            for candidateIndex in named + near.filter({ !named.contains($0) }) {
                var candidate = content[candidateIndex].text
                // "Social- og Sundhedsudvalget        Mødedato: 04.09.2023": the name is the first column.
                if let gap = MinutesParser.columnGap(candidate, within: 120), Self.labelled(LineText.trim(candidate[gap.upperBound...])) != nil {
                    candidate = String(candidate[..<gap.lowerBound])
                }
                // ("Referat - Forretningsudvalget 2018-2021" under "Referat" names it, kind word and all.)
                if Self.labelled(candidate) != nil || candidate.count > 120 || Self.looksLikePlace(candidate) { continue }
                if Self.kindWord(candidate) != nil, !Self.namesCommittee(Self.committeeName(candidate)) { continue }
                // " 1. Godkendelse af dagsorden" in a list of the items.
                if MinutesParser.numberedHeading(LineText.trim(candidate)) != nil { continue }
                // "Regionsrådssalen": a room.
                if candidate.count <= 40, case let lowered = candidate.lowercased(), Self.placeWords.contains(where: lowered.contains) { continue }
                // A page's chrome ("You are here", "« Tilbage til dagsordener"), a section's heading ("Resume") or a member
                // ("John Engelhardt, V") names no committee.
                if Self.isChrome(candidate) || MinutesParser.lexiconKind(Lexicon.fold(candidate)) != nil { continue }
                // A sentence about the page ("Liste med Dato, udvalg, sted samt pdf udgave af dagsordenen til download.").
                if candidate.hasSuffix("."), candidate.split(separator: " ").count > 6 { continue }
                if !Self.namesCommittee(candidate), !Self.participants(candidate).isEmpty { continue }
                if Self.municipality(candidate) != nil && candidate.split(separator: " ").count <= 3 { continue }
                if DateText.firstDate(in: candidate)?.start == 0 { continue }
                // ("Torsdag, 2 december, 2021 - 18:30": the meeting's time, however its date is written.)
                if Self.startsWithWeekday(candidate) { continue }
                guard candidate.contains(where: \.isLetter) else { continue }
                var cWords = candidate.split(separator: " ").map(String.init)
                if let found = DateText.firstDate(in: candidate) {
                    cWords = DateText.split(candidate, start: found.start, end: found.end).before.split(separator: " ").map(String.init)
                    if meeting.date == nil { meeting.date = found.date }
                    if meeting.date == found.date, meeting.startTime == nil {
                        meeting.startTime = DateText.firstTime(in: DateText.split(candidate, start: found.start, end: found.end).after)
                    }
                }
                committee = Self.committeeName(cWords.joined(separator: " "))
                source = cWords.joined(separator: " ")
                if !committee.isEmpty { break }
            }
        }
        if let found = Self.municipality(head) {
            body = found
        } else if let r = head.range(of: " Kommune"), let former = Self.formerMunicipality(String(head[..<r.upperBound])) {
            // "Egebjerg Kommune. Kommunalbestyrelsen. Referat": a municipality of before 2007 in the letterhead.
            body = former
        }
        // "Konstituerende møde - 02-12-2021": a meeting named by its kind, with no committee's word; the name as printed.
        if committee.isEmpty || !Self.namesCommittee(committee), case let printed = LineText.trim(source.trimmingCharacters(in: CharacterSet(charactersIn: " -–,"))),
            (2...4).contains(printed.split(separator: " ").count), Self.kindWord(printed) == nil, printed.first?.isUppercase == true,
            !printed.contains(where: \.isNumber), Lexicon.fold(printed).hasSuffix("møde")
        {
            committee = printed
        }
        let (name, term) = Self.splitTerm(committee)
        meeting.committee = Self.uncapitalised(name)
        meeting.term = term
    }

    private static let smallWords: Set<String> = ["og", "for", "i", "med", "af", "til", "under", "om"]

    /// A committee printed in capitals ("SOCIAL- OG SUNDHEDSUDVALGET") as it is written elsewhere
    /// ("Social- og Sundhedsudvalget"); short words in capitals ("HMU") stay as they are.
    static func uncapitalised(_ name: String) -> String {
        guard name.contains(where: \.isLetter), !name.contains(where: \.isLowercase) else { return name }
        let words = name.split(separator: " ", omittingEmptySubsequences: false)
        return words.enumerated().map { index, word in
            let lowered = word.lowercased()
            if index > 0 && smallWords.contains(lowered) { return lowered }
            if word.count(where: \.isLetter) <= 3 { return String(word) }
            return lowered.prefix(1).uppercased() + lowered.dropFirst()
        }.joined(separator: " ")
    }

    private static let placeWords = [
        "rådhus", "rådssal", "mødelokale", "udvalgsværelse", "mødesal", "lokale ", "kantine", "administrationsbygning", "bestyrelsessal", "borgersal",
        "festsal", "salen", "konference",
    ]

    /// The line goes on a place printed above it: after a comma, or a post code and town ("8800 Viborg"), or a line that
    /// names a town hall or room ("Vejen Rådhus").
    static func continuesPlace(_ text: String, after place: String) -> Bool {
        let line = LineText.trim(text)
        guard !line.isEmpty, line.count <= 40, labelled(line) == nil, kindWord(line) == nil, !line.contains(":"),
            DateText.firstDate(in: line) == nil, !contentsHeaders.contains(Lexicon.fold(line)), Lexicon.headings[Lexicon.fold(line)] == nil
        else { return false }
        let utf8 = Array(line.utf8)
        let postCode = utf8.count > 5 && utf8[0..<4].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) && utf8[4] == 0x20
        if postCode { return true }
        guard let first = line.first, first.isUppercase else { return false }
        return place.hasSuffix(",") || placeWords.contains(where: line.lowercased().contains)
    }

    /// A short line that names a meeting room or town hall, with no date, time or label.
    /// "Østersvej 4, 3600 Frederikssund": an address's four-digit postcode before its town.
    static func hasPostcode(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return zip(words, words.dropFirst()).contains { code, town in
            code.count == 4 && code.allSatisfy(\.isASCII) && code.allSatisfy(\.isNumber) && code.first != "0" && town.first?.isUppercase == true
        }
    }

    static func looksLikePlace(_ text: String) -> Bool {
        guard text.count <= 100, text.contains(","), labelled(text) == nil || Bytes.hasFoldedPrefix(text, Array("mødelokale".utf8)),
            DateText.firstDate(in: text) == nil, DateText.firstTime(in: text) == nil, kindWord(text) == nil
        else { return false }
        let lowered = text.lowercased()
        return placeWords.contains { lowered.contains($0) }
    }

    private static let sagerSuffix = Array("s sager".utf8)
    private static let committeeWords = ["udvalg", "byråd", "kommunalbestyrelse", "bestyrelse", "nævn", "råd", "forum", "komit", "kommission", "borgerrepræsentation", "magistrat"]

    /// The text holds a word that committees are named by, and is short enough to be a name.
    static func namesCommittee(_ text: String) -> Bool {
        guard text.count <= 90, labelled(text) == nil, DateText.firstDate(in: text)?.start != 0 else { return false }
        // "MILJØ- OG TEKNIKUDVALGETS SAGER": a group of the items, by the body that sends them.
        if Bytes.hasFoldedSuffix(text, Self.sagerSuffix) { return false }
        // "åbent 1 Stefan Agger - udtræden af kommunalbestyrelsen": an entry of the agenda's list.
        if let first = text.utf8.first, first == 0xC3 || first == 0x6C || first == 0x4C,
            case let words = text.split(separator: " ", maxSplits: 2), words.count == 3, MinutesParser.accessMarker(String(words[0])) != nil,
            words[1].allSatisfy(\.isNumber)
        {
            return false
        }
        // "Liste med Dato, udvalg, sted samt pdf udgave af dagsordenen til download.", "Find dagsorden eller referat ved at
        // sortere på udvalg": a sentence, no name.
        let wordCount = text.split(separator: " ").count
        if text.hasSuffix("."), wordCount > 6 { return false }
        if wordCount > 5, Bytes.containsAnyFolded(text, kindStems) || wordCount > 9, DateText.firstDate(in: text) == nil { return false }
        let lowered = text.lowercased()
        // "Se hvilke fagudvalg der er aktive": a page's link, no name.
        if lowered.hasPrefix("se ") || lowered.contains(" hvilke ") || lowered.contains(" der er ") { return false }
        // "Udvalgsværelse 2, Rådhuset" holds "udvalg" and "råd", and is a room.
        return committeeWords.contains { lowered.contains($0) } && !lowered.contains(" > ") && !placeWords.contains { lowered.contains($0) }
    }

    /// The committee and term a running header names on every page, so that page-noise removal dropped it:
    /// "Økonomiudvalget - 18-09-2024" as the text's first line.
    static func committeeFromRunningHeader(_ text: String) -> (committee: String, term: String?)? {
        guard let first = Paragraphs.lines(of: String(text.prefix(400))).lazy.map({ LineText.trim($0) }).first(where: { !$0.isEmpty }),
            first.utf8.count <= 120
        else { return nil }
        var head = first
        if let found = DateText.firstDate(in: first) { head = DateText.split(first, start: found.start, end: found.end).before }
        while let last = head.last, last == "-" || last == "–" || last == " " || last == "," || last == "|" { head.removeLast() }
        let name = committeeName(head)
        guard namesCommittee(name) else { return nil }
        let (committee, term) = splitTerm(name)
        return (committee, term)
    }

    /// "Udvalget for Job - 2022-2025" -> ("Udvalget for Job", "2022-2025").
    static func splitTerm(_ text: String) -> (String, String?) {
        var s = LineText.trim(text)
        // "09-13 Udvalget for Børn": the term's years before the name.
        if let first = s.utf8.first, first >= 0x30 && first <= 0x39, case let words = s.split(separator: " ", maxSplits: 1), words.count == 2,
            words[0].utf8.count == 5, case let years = words[0].split(separator: "-"), years.count == 2,
            let from = Int(years[0]), let to = Int(years[1]), years[0].count == 2, years[1].count == 2, to > from, to - from <= 6
        {
            return (String(words[1]), "\(2000 + from)-\(2000 + to)")
        }
        // "År 2014-2017 Integrationsrådet": the term before the name.
        if s.hasPrefix("År "), case let words = s.split(separator: " ", maxSplits: 2), words.count == 3,
            case let (_, term?) = splitTerm("x " + words[1])
        {
            return (String(words[2]), term)
        }
        // Simple text whose last byte before spaces and ")" is ASCII but no digit ends in no term.
        if Bytes.isSimple(s), let last = s.utf8.reversed().first(where: { $0 != 0x20 && $0 != 0x29 }), last < 0x80, !(last >= 0x30 && last <= 0x39) {
            return (s, nil)
        }
        let chars = Array(s)
        // Look for yyyy-yyyy (spaces allowed around the dash) at the end.
        var end = chars.count
        while end > 0, chars[end - 1] == " " || chars[end - 1] == ")" { end -= 1 }
        var i = end
        var digits2 = 0
        while i > 0, chars[i - 1].isNumber { i -= 1; digits2 += 1 }
        // "Kommunalbestyrelsen 2018-21": the end year in two digits.
        guard digits2 == 4 || digits2 == 2 else { return (s, nil) }
        var j = i
        while j > 0, chars[j - 1] == " " { j -= 1 }
        guard j > 0, chars[j - 1] == "-" || chars[j - 1] == "–" else { return (s, nil) }
        j -= 1
        while j > 0, chars[j - 1] == " " { j -= 1 }
        var k = j
        var digits1 = 0
        while k > 0, chars[k - 1].isNumber { k -= 1; digits1 += 1 }
        // "Folkeoplysningsudvalget (18-21)": two short years in a parenthesis.
        let shortPair = digits1 == 2 && digits2 == 2 && k > 0 && chars[k - 1] == "(" && end < chars.count && chars[end] == ")"
        guard digits1 == 4 || shortPair, let printedFrom = Int(String(chars[k..<j])), let printedTo = Int(String(chars[i..<end])) else {
            return (s, nil)
        }
        let from = shortPair ? 2000 + printedFrom : printedFrom
        let to = digits2 == 2 ? from / 100 * 100 + printedTo : printedTo
        guard to > from, to - from <= 6 else { return (s, nil) }
        var nameEnd = k
        // ("Kommunalbestyrelsen_2018-21": a file name's joiner.)
        while nameEnd > 0, chars[nameEnd - 1] == " " || chars[nameEnd - 1] == "-" || chars[nameEnd - 1] == "–" || chars[nameEnd - 1] == "(" || chars[nameEnd - 1] == ","
            || chars[nameEnd - 1] == "_"
        {
            nameEnd -= 1
        }
        s = String(chars[0..<nameEnd])
        return (s, "\(from)-\(to)")
    }

    // MARK: Labels

    private static let labelsWithoutColon = LexiconTable<Bool>([
        "mødedato", "mødested", "mødedeltagere", "mødetidspunkt", "starttidspunkt", "sluttidspunkt", "mødelokale",
        "deltagere", "fraværende", "afbud", "afbud fra", "tilstede", "til stede", "mødeslut", "mødestart", "dato", "tidspunkt",
        "sted", "medlemmer", "fravær", "stedfortræder", "stedfortrædere", "mødetid", "suppleant", "fraværende med afbud", "møde lokation", "mødelokation",
        "indkaldelse", "tid", "udvalg", "lokale", "mødeafholdelse",
    ])

    /// The first words of `labelsWithoutColon`: a line whose folded first word is none of them has no such label.
    private static let labelFirstWords = LexiconTable<Bool>(Set(labelsWithoutColon.dictionary.keys.compactMap { $0.split(separator: " ").first.map(String.init) }))

    /// "Mødedato: Onsdag …" or "Mødedato Onsdag …" -> (label, value).
    /// Labels a page may glue to their values: "MødestedRådssalen", "UdvalgÆldreråd".
    private static let glueableLabels = ["Mødested", "Mødedato", "Mødetidspunkt", "Udvalg", "Deltagere", "Fraværende", "Afbud", "Medlemmer", "Dato", "Sted"]

    static func labelled(_ text: String) -> (Lexicon.HeaderLabel, String)? {
        // "Udvalg Ikon", "Tidspunkt Ikon": a page's label with its icon's alternative text, the value below.
        if text.utf8.last == 0x6E, text.hasSuffix(" Ikon"), text.utf8.count <= 30 { return labelled(String(text.dropLast(5))) }
        if let first = text.utf8.first, first == 0x4D || first == 0x55 || first == 0x44 || first == 0x46 || first == 0x41 || first == 0x53,
            let label = glueableLabels.first(where: { text.hasPrefix($0) }), case let rest = text.dropFirst(label.count),
            let next = rest.first, next.isUppercase, next.isLetter, rest.dropFirst().first?.isLowercase == true,
            let kind = Lexicon.headerLabels[Lexicon.fold(label)]
        {
            return (kind, LineText.trim(rest))
        }
        // A table row: the label in the first cell, with or without its colon.
        if let tab = text.firstIndex(of: "\t"), text.distance(from: text.startIndex, to: tab) <= 40 {
            var label = Substring(LineText.trim(text[..<tab]))
            if label.hasSuffix(":") { label = label.dropLast() }
            if let kind = Lexicon.headerLabels[Lexicon.fold(label)] {
                let cells = text[text.index(after: tab)...].split(separator: "\t").map { LineText.trim($0) }.filter { !$0.isEmpty }
                return (kind, cells.joined(separator: kind == .participants || kind == .absent ? "\t" : " "))
            }
        }
        if let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 30 {
            let label = Lexicon.fold(text[..<colon])
            if let kind = Lexicon.headerLabels[label] {
                // "Udvalg: | Byrådet |": a table's row with its cells' bars.
                var value = LineText.trim(text[text.index(after: colon)...])
                while value.first == "|" { value = LineText.trim(value.dropFirst()) }
                while value.last == "|" { value = LineText.trim(value.dropLast()) }
                return (kind, value)
            }
        }
        let words = text.split(separator: " ", maxSplits: 3)
        // The folded first word may hold a tab made a space ("Til\tstede"): its first part is what a label starts with.
        guard let firstWord = words.first,
            labelFirstWords.contains(String(Lexicon.fold(firstWord).prefix(while: { $0 != " " })))
        else { return nil }
        for count in stride(from: min(3, words.count), through: 1, by: -1) {
            let label = Lexicon.fold(words.prefix(count).joined(separator: " "))
            guard labelsWithoutColon.contains(label), let kind = Lexicon.headerLabels[label] else { continue }
            var value = words.dropFirst(count).joined(separator: " ")
            // "Mødelokale 1, Roskilde Rådhus": the room's name starts with the label's word.
            // ("Mødelokale Udvalgsværelse D": a label before the room's own name.)
            // ("Mødelokale Tårnbjerget": a room of that name.)
            if label == "mødelokale" || label == "lokale", value.first?.isNumber == true || value.split(separator: " ").first.map({ word in
                word.count <= 3 || !["værelse", "sal", "lokale", "rum", "rådhus", "stue", "kontor"].contains { word.lowercased().contains($0) }
            }) ?? true {
                value = text
            }
            // "Indkaldelse" alone heads the list of members called; "Indkaldelse til mødet …" is a sentence.
            if label == "indkaldelse", !value.isEmpty { continue }
            // "Udvalg Byrådet" is a label and its value; "Udvalg for Teknik og Miljø" a name, "Udvalg Ikon" a page's icon.
            if label == "udvalg", !value.isEmpty, value.first?.isUppercase != true || !namesCommittee(value) {
                continue
            }
            // "Sted            Det Musiske Hus": a label in a column of its own (a column gap after it) leads any value.
            let labelEnd = text.utf8.index(text.utf8.startIndex, offsetBy: words.prefix(count).joined(separator: " ").utf8.count, limitedBy: text.utf8.endIndex)
            let columned = labelEnd.map { text.utf8[$0...].starts(with: "  ".utf8) || text.utf8[$0...].first == 0x09 } ?? false
            // "Dato" and "Sted" without colon only lead a value that looks like theirs.
            if !columned || label == "dato" || label == "tid" || label == "tidspunkt", ["dato", "sted", "tidspunkt", "mødetid", "tid", "fravær", "medlemmer", "stedfortræder", "stedfortrædere", "suppleant"].contains(label)
                && value.isEmpty == false
            {
                if label == "dato" && DateText.firstDate(in: value) == nil { continue }
                if (label == "tidspunkt" || label == "mødetid" || label == "tid") && DateText.firstTime(in: value, dotted: true) == nil { continue }
                if label.hasPrefix("stedfortræder") || label == "suppleant", participants(value).isEmpty { continue }
                // "Sted Udvalgsværelse 2, Rådhuset", "Medlemmer Jacob Fløe Jensen (A), Signe Vestergaard (V)".
                if label == "sted" && !(looksLikePlace(value) || placeWords.contains(where: value.lowercased().contains)) { continue }
                // ("Medlemmer Knud Larsen, Bo Manderup, Eva Sommer-Madsen": names without parties, two or more.)
                let names = value.split(separator: ",").map { LineText.trim($0) }
                let nameList = names.count >= 2 && names.allSatisfy { ItemFacts.looksLikeName($0) && $0.contains(" ") }
                if (label == "fravær" || label == "medlemmer") && !(value.contains("(") && !participants(value).isEmpty) && !nameList { continue }
            }
            return (kind, LineText.trim(value))
        }
        return nil
    }

    /// A label with its colon ("Mødested: …"), or a label alone on its line: surely a field of its own.
    /// Or a label in a column of its own ("Medlemmer       Hans Jørgen Kaptain (V)").
    static func hasColonLabel(_ text: String) -> Bool {
        guard let (_, value) = labelled(text) else { return false }
        if let gap = text.range(of: "   "), text.distance(from: text.startIndex, to: gap.lowerBound) <= 30,
            Lexicon.headerLabels[Lexicon.fold(text[..<gap.lowerBound])] != nil
        {
            return true
        }
        return value.isEmpty || text.firstIndex(of: ":").map { text.distance(from: text.startIndex, to: $0) <= 30 } == true
    }

    /// "Claus Jørgensen, Bjørn Lykke Sørensen (Fravær), Martin Clausen (A)" -> participants.
    /// "- Lennart Qvist", "Lisa Ward, A", "Ole Hansen (V)": one member on a line of its own.
    static func isMemberLine(_ text: String) -> Bool {
        let bare = ListItem.stripMarker(text)
        let pieces = bare.split(separator: ",").map { LineText.trim($0) }
        // (Not "TIL FORRETNINGSUDVALGETS AFGØRELSE": a group's heading in capitals.)
        guard let name = pieces.first, pieces.count <= 2, name.contains(" "), name.contains(where: \.isLowercase) else { return false }
        if pieces.count == 2, partyToken(pieces[1]) == nil { return false }
        return ItemFacts.looksLikeName(LineText.trim(name.split(separator: "(").first ?? Substring(name)))
    }

    /// "Elevrepræsentanter: Kaja Schuster Damgaard.": a group's name, then only names.
    static func isGroupOfNames(_ text: String, colon: String.Index) -> Bool {
        var rest = LineText.trim(text[text.index(after: colon)...])
        while rest.hasSuffix(".") { rest.removeLast() }
        let pieces = rest.replacing(" og ", with: ",").split(separator: ",").map { LineText.trim($0) }
        return !pieces.isEmpty && pieces.allSatisfy { piece in
            piece.contains(" ") && ItemFacts.looksLikeName(LineText.trim(piece.split(separator: "(").first ?? Substring(piece)))
        }
    }

    static func participants(_ value: String) -> [Participant] {
        var value = value
        // "Steen B. Andersen Sagerne 1, 2, 3 og 4: Magistratens erklæring …": a note on the cases after the last name.
        for note in [" Sagerne ", " Sag "] {
            if let found = value.firstRange(of: note), found.lowerBound > value.startIndex { value = String(value[..<found.lowerBound]) }
        }
        // "Forældrevalgte: Peter Knappmann, Nette Schultz": a group of the members, named before their names.
        // (Not "Lars Gaardhøj: Deltog": a member, then whether they came.)
        if let colon = value.firstIndex(of: ":"), value.distance(from: value.startIndex, to: colon) <= 40, case let group = value[..<colon],
            group.split(separator: " ").count <= 3, !group.contains(where: \.isNumber), group.first?.isUppercase == true,
            case let first = LineText.trim(value[value.index(after: colon)...].prefix { $0 != "," && $0 != "(" }),
            first.contains(" "), ItemFacts.looksLikeName(first)
        {
            value = LineText.trim(value[value.index(after: colon)...])
        }
        // "FormandBjarne Kvist (A)Peter Sørensen (V)": a page's list with its separators lost.
        if Self.hasGluedNames(value) { value = Self.separatingGluedNames(value) }
        // "Henrik Hvidesten (HHV) V", "Jan Jakobsen (jja) Ø (Orlov)": the member's initials in parentheses, then the party.
        if value.contains("("), let parties = Self.partiesAfterInitials(value) { value = parties }
        // "Bente Ullits Eckmann DH Annelise Hansen DH": an organisation's code after each name, without parentheses.
        if !value.contains("("), let coded = Self.bracketingCodes(value) { value = coded }
        // "Niels Ole Birk ((V)": a parenthesis typed twice.
        if value.utf8.count > 2, Bytes.contains(value, doubledOpen) { value = value.replacing("((", with: "(") }
        // "Ole Find Jensen (A) John Schmidt Andersen (V) Kim Rockhill (A)": members without commas, each closed by a party.
        // ("Frederik Ingemann (A) Stedfortræder for Ergin Øzer (A)": a member, then a note.)
        if value.utf8.count > 12, value.filter({ $0 == ")" }).count >= 2 {
            var split = ""
            var previous: Character = " "
            var afterClose = false
            for ch in value {
                if afterClose, previous == " ", ch.isUppercase { split.removeLast(); split += ", " }
                if ch != " " { afterClose = ch == ")" }
                split.append(ch)
                previous = ch
            }
            value = split
        }
        var result = [Participant]()
        var parts = [String]()
        var depth = 0
        var current = ""
        for index in value.indices {
            let ch = value[index]
            if ch == "(" { depth += 1 }
            if ch == ")" { depth = max(0, depth - 1) }
            // ("Alice Kiander (Børne- og Ungdomsorganisationernes Samråd, Signe Buch (…)": a parenthesis never closed.)
            if depth > 0, ch == "," || ch == ";" || ch == "\t", Self.neverCloses(value[index...]) { depth = 0 }
            if depth == 0 && (ch == "," || ch == ";" || ch == "\t") {
                parts.append(current)
                current = ""
            } else {
                current.append(ch)
            }
        }
        parts.append(current)
        for part in parts {
            var raw = part
            // "Formand: Lars Ejby Pedersen (A)": the role as a label.
            if let colon = raw.firstIndex(of: ":"), roleWords.contains(Lexicon.fold(raw[..<colon])) { raw = LineText.trim(raw[raw.index(after: colon)...]) }
            // "Rikke Søndergaard. Skolerepræsentanter: Birgit Pedersen": one group's list ends, the next group's begins.
            if let colon = raw.firstIndex(of: ":"), case let group = LineText.trim(raw[..<colon]),
                case let words = group.split(separator: " "), (1...4).contains(words.count), !group.contains(where: \.isNumber),
                case let rest = LineText.trim(raw[raw.index(after: colon)...]), ItemFacts.looksLikeName(rest), rest.contains(" ")
            {
                // (A name that ends the group before: "Rikke Søndergaard. Skolerepræsentanter".)
                if let stop = group.range(of: ". ", options: .backwards), case let name = String(group[..<stop.lowerBound]),
                    ItemFacts.looksLikeName(name), name.contains(" ")
                {
                    result.append(Participant(name: name, party: nil, absent: false))
                }
                raw = rest
            }
            while raw.hasSuffix(".") && raw.dropLast().last?.isLowercase == true && raw.split(separator: " ").count >= 2 { raw.removeLast() }
            // "Lars Gaardhøj: Deltog", "Tormod Olsen: Afbud (Stedfortræder …)": the member, then whether they came.
            var answered = false
            var standIn: Participant?
            if let colon = raw.firstIndex(of: ":"), raw[..<colon].contains(" "), case let note = Lexicon.fold(raw[raw.index(after: colon)...]),
                Self.participationNotes.contains(where: note.hasPrefix)
            {
                answered = note.hasPrefix("afbud") || note.hasPrefix("fravær")
                // "Sofie Olsen: Afbud (Stedfortræder Jarl Feyling, fraværende ved sag 1-4. )": who came instead.
                if answered, let word = raw.range(of: "tedfortræder "), case let after = raw[word.upperBound...],
                    case let name = LineText.trim(after.prefix(while: { $0 != "," && $0 != ")" && $0 != ";" })), ItemFacts.looksLikeName(name),
                    name.contains(" ")
                {
                    standIn = Participant(name: name, party: nil, absent: false)
                }
                raw = LineText.trim(raw[..<colon])
            }
            defer { if let standIn { result.append(standIn) } }
            // "Jorun Bech (A)- afbud", "Freddy Blak (A)- deltog ikke i behandlingen af punkt: 12": a note after the party.
            var noted = false
            if let close = raw.lastIndex(of: ")"), case let tail = raw[raw.index(after: close)...], tail.hasPrefix("-") || tail.hasPrefix(" -") || tail.hasPrefix(" –") {
                let note = Lexicon.fold(tail.drop(while: { $0 == " " || $0 == "-" || $0 == "–" }))
                noted = note.hasPrefix("afbud") || note.hasPrefix("fraværende") || note.hasPrefix("fravær")
                raw = String(raw[...close])
            }
            // "Peter Jacobsen (O), 1. næstformand- afbud": the mark after the member's role.
            if let last = result.indices.last, !raw.contains("("), case let folded = Lexicon.fold(raw),
                folded.hasSuffix("afbud") || folded.hasSuffix("- fraværende") || folded.hasSuffix("-fraværende")
            {
                result[last].absent = true
                continue
            }
            // "Lasse Krull, C", "Erling Larsen, (A)": the party after a comma.
            if let last = result.indices.last, result[last].party == nil, let party = partyToken(raw) {
                result[last].party = party
                continue
            }
            for piece in Self.splitOutsideParentheses(raw, at: " og ") {
                var name = LineText.trim(piece)
                // "Afbud fra Kenneth Lilholt (V) og Peter Sønderby (O)." ends its sentence.
                while name.hasSuffix(".") && !name.hasSuffix(" .") { name.removeLast() }
                var absent = false
                var staff = false
                var party: String?
                // "Poul Erik Kjær - afbud", "Torben Winther (C) - fraværende", "Jan Kaspersen var fraværende": marked absent after
                // the name; "Sofia Osmani deltog": present.
                for mark in [" - afbud", " – afbud", " - fraværende", " – fraværende", " - fravær", " – fravær", " var fraværende", " deltog ikke",
                    " meldte afbud", " havde meldt afbud"] where name.lowercased().hasSuffix(mark) {
                    name = LineText.trim(name.dropLast(mark.count))
                    absent = true
                }
                if name.hasSuffix(" deltog") { name = String(name.dropLast(" deltog".count)) }
                // "Formand Mikkel Bjerre (V)", "næstformand Hanne Skov Larsen (A)": the role before the name.
                if let first = name.split(separator: " ").first, roleWords.contains(first.lowercased()), name.split(separator: " ").count > 2 {
                    name = LineText.trim(name.dropFirst(first.count))
                }
                // "Anne Hansen (A) - formand": the role is no part of the name.
                if let last = name.split(separator: " ").last, roleWords.contains(last.lowercased()), name.split(separator: " ").count > 1 {
                    name = String(name.dropLast(last.count))
                    while let l = name.last, l == " " || l == "-" || l == "," || l == "–" { name.removeLast() }
                }
                // ("Alice Kiander (Børne- og Ungdomsorganisationernes Samråd": the parenthesis never closed.)
                if let open = name.firstIndex(of: "("), !name.contains(")"), open > name.startIndex { name = LineText.trim(name[..<open]) }
                while let open = name.lastIndex(of: "("), name.hasSuffix(")") {
                    let inside = LineText.trim(name[name.index(after: open)..<name.index(before: name.endIndex)])
                    name = LineText.trim(name[..<open])
                    for token in inside.split(separator: ",").map({ LineText.trim($0) }) {
                        let lowered = token.lowercased()
                        // "Eik Møller (kommunaldirektør)": the administration's staff, not a member.
                        if Self.staffWords.contains(where: lowered.contains) { staff = true }
                        if ["fravær", "fraværende", "afbud", "ikke til stede", "deltog ikke", "orlov"].contains(lowered) { absent = true }
                        else if let found = partyToken(token) ?? ItemFacts.partyLetter(named: token) { party = found }
                    }
                }
                if name.hasPrefix("- ") { name = LineText.trim(name.dropFirst(2)) }
                guard !staff, ItemFacts.looksLikeName(name), !roleWords.contains(name.lowercased()), name.split(separator: " ").count >= 2,
                    !Self.placeWords.contains(where: { name.lowercased().contains($0) }),
                    // "Norddjurs Kommune": a page's running header under an empty "Fraværende:"; "ÅBNE SAGER" the banner below it.
                    Self.municipality(name) == nil, !Self.sectionBanners.contains(Lexicon.fold(name))
                else { continue }
                // "Leif Ingersholm (LI)": the member's initials, not a party.
                if let letters = party, letters.count >= 2, Self.isInitials(letters, of: name) { party = nil }
                result.append(Participant(name: name, party: party, absent: absent || noted || answered))
            }
        }
        return result
    }

    /// "Henrik Hvidesten (HHV) V, Per Roos (PR) V" -> "Henrik Hvidesten (V), Per Roos (V)"; nil when no parenthesis of initials
    /// stands before a party's letter.
    static func partiesAfterInitials(_ value: String) -> String? {
        var result = ""
        var rest = Substring(value)
        var changed = false
        while let open = rest.firstIndex(of: "(") {
            guard let close = rest[open...].firstIndex(of: ")") else { break }
            let inside = rest[rest.index(after: open)..<close]
            let after = rest[rest.index(after: close)...]
            let letters = after.dropFirst().prefix(while: { $0.isLetter })
            let tail = after.dropFirst(1 + letters.count)
            if after.first == " ", (1...2).contains(letters.count), letters.allSatisfy(\.isUppercase), (2...7).contains(inside.count),
                inside.allSatisfy(\.isLetter), tail.isEmpty || tail.first == "," || tail.first == " " || tail.first == ";"
            {
                result += rest[..<open] + "(" + letters + ")"
                rest = tail
                changed = true
            } else {
                result += rest[...close]
                rest = after
            }
        }
        return changed ? result + rest : nil
    }

    /// "Bente Ullits Eckmann DH Annelise Hansen DH" -> "Bente Ullits Eckmann (DH), Annelise Hansen (DH)"; nil when no word is a
    /// code of two or three capitals right after a name's word.
    static func bracketingCodes(_ value: String) -> String? {
        let words = value.split(separator: " ")
        guard words.count >= 3 else { return nil }
        func isCode(_ word: Substring) -> Bool {
            let letters = word.hasSuffix(",") ? word.dropLast() : word
            return (2...3).contains(letters.count) && letters.allSatisfy { $0.isUppercase && $0.isLetter }
        }
        func isNameWord(_ word: Substring) -> Bool {
            word.first?.isUppercase == true && word.dropFirst().contains(where: \.isLowercase) && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." }
        }
        var out = [String]()
        var changed = false
        var nameWords = 0
        for (i, word) in words.enumerated() {
            // A name has two words or more before its code ("Kim EB Jensen" is a name with initials).
            guard nameWords >= 2, isCode(word), isNameWord(words[i - 1]) else {
                out.append(String(word))
                nameWords = word.hasSuffix(",") ? 0 : nameWords + 1
                continue
            }
            nameWords = 0
            changed = true
            let comma = word.hasSuffix(",")
            let code = comma ? word.dropLast() : word
            let more = i + 1 < words.count && words[i + 1].first?.isUppercase == true
            out.append("(\(code))" + (comma || more ? "," : ""))
        }
        return changed ? out.joined(separator: " ") : nil
    }

    /// The header row of a list of the items ("Pkt. Tekst", "Sag nr. Side"): where the members' names end.
    private static let contentsHeaders: Set<String> = [
        "pkt. tekst", "punkt tekst", "nr. tekst", "sag nr. side", "pkt. side", "punkt side", "sagsoversigt side", "sagsoversigt", "indhold side",
        "indholdsfortegnelse side", "indholdsfortegnelse", "indhold", "punktoversigt", "punktoversigt side", "dagsordenspunkter",
    ]

    /// "LI" for "Leif Ingersholm", "NRH" for "Nils Riiber Høj": the first letters of the name's words.
    static func isInitials(_ letters: String, of name: String) -> Bool {
        let firsts = name.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap(\.first).map { String($0).uppercased() }
        let wanted = letters.map(String.init)
        if firsts == wanted { return true }
        // First and last name only: "Nils Riiber Høj (NH)".
        return wanted.count == 2 && firsts.count > 2 && [firsts[0], firsts[firsts.count - 1]] == wanted
    }

    private static let doubledOpen = Array("((".utf8)

    /// What follows a member's name and colon in a list that says who came: "Lars Gaardhøj: Deltog".
    private static let participationNotes = ["deltog", "afbud", "fravær", "til stede"]

    private static let sectionBanners: Set<String> = [
        "åbne sager", "lukkede sager", "åbne punkter", "lukkede punkter", "åben dagsorden", "lukket dagsorden", "åbne dagsordenspunkter",
        "lukkede dagsordenspunkter",
    ]

    private static let placeNotes = ["OBS!", "BEMÆRK!", "NB!", "Bemærk!"]

    private static let insteadOpeners = ["I stedet mødte ", "I stedet mødt ", "I stedet deltog ", "Istedet mødte ", "I stedet var ", "I stedet for disse mødte ", "Som stedfortræder mødte ", "Som stedfortræder deltog ",
        "Som suppleant deltog ", "Som suppleanter deltog ", "Som suppleant mødte ", "Som suppleanter mødte ", "Som suppleant er indkaldt ",
        "Som suppleanter er indkaldt ", "Som suppleant var indkaldt ", "Som suppleanter var indkaldt ",
    ]

    /// A header's sentences that tell who sent word and who came instead: the absent, and the stand-ins as members.
    /// The member a name stands for: the same name, or the only member with its first and last names and more between them
    /// ("Dorte Soll" for "Dorte Ballhorn Soll").
    static func member(named name: String, in participants: [Participant]) -> Int? {
        if let index = participants.firstIndex(where: { $0.name == name }) { return index }
        let words = name.split(separator: " ")
        guard words.count >= 2, let first = words.first, let last = words.last else { return nil }
        let matches = participants.indices.filter { i in
            let other = participants[i].name.split(separator: " ")
            return other.count > words.count && other.first == first && other.last == last
        }
        if matches.count == 1 { return matches[0] }
        // A misspelt name under "Afbud" ("Mette Jenssen" for "Mette Jensen"): one slip in a name of two or more words.
        let wanted = Array(name.lowercased().unicodeScalars)
        guard wanted.count >= 8 else { return nil }
        let near = participants.indices.filter { i in
            let other = Array(participants[i].name.lowercased().unicodeScalars)
            return abs(other.count - wanted.count) <= 1 && other.first == wanted.first && Self.withinOneEdit(wanted, other)
        }
        return near.count == 1 ? near[0] : nil
    }

    /// True when `a` becomes `b` by at most one inserted, deleted, changed or swapped character.
    static func withinOneEdit(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i < a.count, i < b.count, a[i] == b[i] { i += 1 }
        if i == a.count && i == b.count { return true }
        let restA = a.count - i, restB = b.count - i
        if restA == restB {
            if a[(i + 1)...].elementsEqual(b[(i + 1)...]) { return true }
            return restA >= 2 && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)...].elementsEqual(b[(i + 2)...])
        }
        if restA == restB + 1 { return a[(i + 1)...].elementsEqual(b[i...]) }
        if restB == restA + 1 { return a[i...].elementsEqual(b[(i + 1)...]) }
        return false
    }

    /// "Jonna Hildur Præst Pia Foght" read as one member from two columns a space apart, and "Jonna Hildur Præst" absent:
    /// two members, the absent one and the other. True when such a member was split.
    static func splitMergedMember(_ absent: Participant, in participants: inout [Participant]) -> Bool {
        let wanted = absent.name.split(separator: " ")
        guard wanted.count >= 2 else { return false }
        for (index, member) in participants.enumerated() {
            let words = member.name.split(separator: " ")
            guard words.count >= wanted.count + 2 else { continue }
            let rest: ArraySlice<Substring>
            if words.prefix(wanted.count).elementsEqual(wanted) {
                rest = words.dropFirst(wanted.count)
            } else if words.suffix(wanted.count).elementsEqual(wanted) {
                rest = words.dropLast(wanted.count)
            } else {
                continue
            }
            guard rest.allSatisfy({ $0.first?.isUppercase == true }) else { continue }
            let away = Participant(name: absent.name, party: absent.party, absent: true)
            let other = Participant(name: rest.joined(separator: " "), party: member.party, absent: member.absent)
            participants.replaceSubrange(index...index, with: words.prefix(wanted.count).elementsEqual(wanted) ? [away, other] : [other, away])
            return true
        }
        return false
    }

    /// Marks the members a stand-in sat in for absent, and adds the stand-ins as present.
    static func seat(_ standIn: (present: [(name: String, party: String?)], absent: [(name: String, party: String?)]), in meeting: inout Meeting) {
        for name in standIn.absent {
            if let index = member(named: name.name, in: meeting.participants) {
                meeting.participants[index].absent = true
                if meeting.participants[index].party == nil { meeting.participants[index].party = name.party }
            } else {
                meeting.participants.append(Participant(name: name.name, party: name.party, absent: true))
            }
        }
        for name in standIn.present where member(named: name.name, in: meeting.participants) == nil {
            meeting.participants.append(Participant(name: name.name, party: name.party, absent: false))
        }
    }

    @discardableResult
    static func readAbsenceSentences(_ line: Line, into meeting: inout Meeting) -> Bool {
        let sentences = ItemFacts.sentences(line.text)
        // (Not "X deltog ikke i behandlingen af dette punkt": an item's, when the items could not be told apart.)
        // (Nor "Bo Libergren deltog ikke i behandlingen af pkt. 1 og 2.": absent from those items only.)
        // (Nor "… deltog ikke i behandlingen af den lukkede dagsorden": absent from the closed items.)
        // ("Medlemmerne var til stede, undtagen: X (V).": the names after the colon.)
        guard !sentences[0].contains(":") || sentences[0].contains("undtagen:"), !sentences[0].contains("punkt"), !sentences[0].contains("pkt"),
            !Bytes.containsAnyFolded(sentences[0], MinutesParser.closedPart), let names = ItemFacts.absentNames(sentences[0]), !names.isEmpty else {
            return false
        }
        func markAbsent(_ names: [(name: String, party: String?)]) {
            for name in names {
                if let index = Self.member(named: name.name, in: meeting.participants) {
                    meeting.participants[index].absent = true
                    if meeting.participants[index].party == nil { meeting.participants[index].party = name.party }
                } else {
                    meeting.participants.append(Participant(name: name.name, party: name.party, absent: true))
                }
            }
        }
        markAbsent(names)
        // "I stedet deltog Rie Frank (A) Bodil Kornbek (A) var fraværende.": the next absence runs on after the stand-in's party.
        var rest = Array(sentences.dropFirst())
        while let sentence = rest.first {
            rest.removeFirst()
            if let standIn = ItemFacts.standIn(sentence) {
                seat(standIn, in: &meeting)
                continue
            }
            guard let opener = insteadOpeners.first(where: { sentence.hasPrefix($0) }) else { continue }
            var standIns = String(sentence.dropFirst(opener.count))
            if standIns.contains(" var fraværende"), let close = standIns.firstIndex(of: ")"), case let after = LineText.trim(standIns[standIns.index(after: close)...]),
                !after.isEmpty, let absent = ItemFacts.absentNames(after), !absent.isEmpty
            {
                markAbsent(absent)
                standIns = String(standIns[...close])
            }
            for standIn in ItemFacts.nameList(standIns) where !meeting.participants.contains(where: { $0.name == standIn.name }) {
                meeting.participants.append(Participant(name: standIn.name, party: standIn.party, absent: false))
            }
        }
        return true
    }

    /// `text` cut at each `separator` that is not inside parentheses: "Hanne Larsen (Børne- og Ungdomsorganisationernes
    /// Samråd) og Bo Dam" names two.
    /// The open parenthesis before `rest` closes nowhere in it: another opens first, or none closes.
    static func neverCloses(_ rest: Substring) -> Bool {
        guard let close = rest.firstIndex(of: ")") else { return true }
        return rest[..<close].contains("(")
    }

    static func splitOutsideParentheses(_ text: String, at separator: String) -> [String] {
        guard text.contains("(") else { return text.components(separatedBy: separator) }
        var pieces = [String]()
        var depth = 0
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let ch = text[index]
            if ch == "(" { depth += 1 } else if ch == ")" { depth = max(0, depth - 1) }
            if depth == 0, text[index...].hasPrefix(separator) {
                pieces.append(String(text[start..<index]))
                index = text.index(index, offsetBy: separator.count)
                start = index
                continue
            }
            index = text.index(after: index)
        }
        pieces.append(String(text[start...]))
        return pieces
    }

    /// A ")" right before a capital, or a small letter right before one: what `separatingGluedNames` mends.
    static func hasGluedNames(_ value: String) -> Bool {
        var previous: UInt8 = 0
        for byte in value.utf8 {
            if byte >= 0x41 && byte <= 0x5A || byte == 0xC3, previous == 0x29 || previous >= 0x61 && previous <= 0x7A { return true }
            previous = byte
        }
        return false
    }

    /// "FormandBjarne Kvist (A)Peter Sørensen (V)" -> "Formand Bjarne Kvist (A), Peter Sørensen (V)".
    static func separatingGluedNames(_ value: String) -> String {
        var result = ""
        var previous: Character?
        var word = ""
        for ch in value {
            if previous == ")", ch.isUppercase { result += ", " }
            // A role word glued to the name after it.
            if ch.isUppercase, let p = previous, p.isLowercase, roleWords.contains(word.lowercased()) { result += " " }
            result.append(ch)
            word = ch.isLetter ? word + String(ch) : ""
            previous = ch
        }
        return result
    }

    /// "C", "(A)", "Løsgænger": a party letter (or a member outside the parties) standing alone.
    static func partyToken(_ raw: some StringProtocol) -> String? {
        var token = Substring(LineText.trim(raw))
        if token.hasPrefix("("), token.hasSuffix(")") { token = token.dropFirst().dropLast() }
        if (1...3).contains(token.count), token.allSatisfy({ $0.isUppercase }) { return String(token) }
        if ["løsgænger", "løsgængere", "uden for partierne"].contains(token.lowercased()) { return String(token) }
        return nil
    }

    // MARK: Municipality

    /// "Egebjerg Kommune" alone on a line: a municipality of before 2007, which the 98 do not list.
    static func formerMunicipality(_ text: String) -> String? {
        guard text.utf8.count <= 40, text.hasSuffix(" Kommune") else { return nil }
        let words = text.split(separator: " ")
        guard (2...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
            words.dropLast().allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" } })
        else { return nil }
        return text
    }

    /// "Lemvig Kommune" when the text names one of the 98 municipalities.
    static func municipality(_ text: String) -> String? {
        guard Bytes.contains(text, MinutesParser.ommune) || Bytes.contains(text, MinutesParser.ommuneCapitals) else { return nil }
        return MinutesParser.municipalities(in: text).first
    }
}

