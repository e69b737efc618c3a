import ProtokolModel
import ProtokolReader
import ProtokolStore

/// A synthetic corpus of minutes made from the seeds' vocabulary: many municipalities, committees and
/// years, deterministic for a seed.
///
/// It is a `Sequence` of documents made one at a time, so a corpus of 1,000,000 items streams in
/// bounded memory. Each document is made from its own generator (the seed and the document's index),
/// so the corpus does not depend on how it is consumed.
///
/// ```swift
/// let corpus = SyntheticCorpus(vocabulary: try SynthVocabulary(seedDirectory: "../shared/corpus/seeds"), items: 10_000, seed: 1)
/// for document in corpus { try await store.store(document.submission()) }
/// ```
public struct SyntheticCorpus: Sequence, Sendable {
    public let vocabulary: SynthVocabulary
    /// Items in all, over every document.
    public let items: Int
    public let seed: UInt64
    /// The first year meetings are held in; they spread over `years` years.
    public let firstYear: Int
    public let years: Int

    /// The 98 municipalities, in a fixed order.
    public static let bodies: [String] = MinutesReader.municipalities
    /// The committees every municipality has here.
    public static var committees: [String] { SynthNames.committees }

    public init(vocabulary: SynthVocabulary, items: Int, seed: UInt64, firstYear: Int = 2018, years: Int = 8) {
        self.vocabulary = vocabulary
        self.items = Swift.max(0, items)
        self.seed = seed
        self.firstYear = firstYear
        self.years = Swift.max(1, years)
    }

    public func makeIterator() -> Iterator {
        Iterator(corpus: self)
    }

    public struct Iterator: IteratorProtocol {
        let corpus: SyntheticCorpus
        var index = 0
        var remaining: Int

        init(corpus: SyntheticCorpus) {
            self.corpus = corpus
            remaining = corpus.items
        }

        public mutating func next() -> SyntheticDocument? {
            guard remaining > 0 else { return nil }
            var rng = SplitMix64(seed: corpus.seed, stream: UInt64(index))
            var count = Swift.min(remaining, rng.within(4...16))
            if remaining - count < 4 { count = remaining }
            remaining -= count
            defer { index += 1 }
            return corpus.document(index, itemCount: count, rng: &rng)
        }
    }
}

/// One synthetic document: its text (the original bytes) and the meeting it says.
public struct SyntheticDocument: Sendable, Hashable {
    /// The document's place in the corpus (0, 1, …).
    public var index: Int
    /// A file name that sorts in corpus order, e.g. "s000042.txt".
    public var fileName: String
    /// The minutes as text, in the First Agenda layout of the seeds.
    public var text: String
    /// What reading `text` gives (the reader's model; checked by the tests).
    public var meeting: Meeting

    public var bytes: [UInt8] { Array(text.utf8) }

    /// The document as the reader would give it, without reading it.
    public func parsedDocument(bytes: [UInt8]? = nil) -> ParsedDocument {
        let bytes = bytes ?? self.bytes
        return ParsedDocument(
            source: SourceInfo(sha256: MinutesReader.sha256(bytes), bytes: bytes.count, format: .text, encoding: .utf8), meeting: meeting)
    }

    /// A submission for a store: the bytes and either the model as made (`read: false`, fast) or what
    /// `MinutesReader` reads from the bytes (`read: true`, as `protokol import` does).
    public func submission(read: Bool = false, reader: MinutesReader = MinutesReader()) -> Submission {
        let bytes = self.bytes
        let sha = MinutesReader.sha256(bytes)
        let reading: Reading
        if read {
            do {
                reading = .parsed(try reader.read(bytes))
            } catch {
                reading = .failed(error: error.description)
            }
        } else {
            reading = .parsed(
                ParsedDocument(source: SourceInfo(sha256: sha, bytes: bytes.count, format: .text, encoding: .utf8), meeting: meeting))
        }
        return Submission(bytes: bytes, sha256: sha, sourceName: fileName, parserVersion: MinutesReader.version, reading: reading)
    }
}

// MARK: - Making one document

extension SyntheticCorpus {
    /// Where and when document `index` is held: municipality, committee and a date unique to the two.
    struct Slot {
        var body: Int
        var committee: Int
        /// The document's number within its municipality.
        var local: Int
        var date: CalendarDate
    }

    func slot(_ index: Int) -> Slot {
        let bodies = Self.bodies.count
        let committees = SynthNames.committees.count
        let body = index % bodies
        let local = index / bodies
        return slot(body: body, local: local, committees: committees)
    }

    func slot(body: Int, local: Int, committees: Int) -> Slot {
        // Municipalities start at different committees, so even a small corpus has them all.
        let committee = (local + body * 5) % committees
        let round = local / committees
        // Each (municipality, committee) meets once per round, on a week that a bijection spreads over
        // the years; later rounds move to another weekday, then to later years.
        let weeks = years * 52
        let cycle = round / weeks
        let week = ((round % weeks) * 157 + body * 31 + committee * 7) % weeks
        let weekday = (body + committee + cycle) % 5
        let day = CalendarDays.days(year: firstYear, month: 1, day: 1) + CalendarDays.mondayOffset(year: firstYear)
            + week * 7 + weekday + (cycle / 5) * weeks * 7
        return Slot(body: body, committee: committee, local: local, date: CalendarDays.date(day))
    }

    func document(_ index: Int, itemCount: Int, rng: inout SplitMix64) -> SyntheticDocument {
        let slot = slot(index)
        let bodyName = Self.bodies[slot.body]
        let committee = SynthNames.committees[slot.committee]
        let date = slot.date
        let term = Self.term(of: date.year)
        let members = self.members(body: slot.body, committee: slot.committee, term: term)
        let start = ClockTime(hour: rng.within(8...17), minute: [0, 15, 30][rng.below(3)])
        let town = Self.town(of: bodyName)
        let location = "\(rng.element(of: SynthNames.rooms) ?? "Mødelokale 1"), \(town) Rådhus"

        // Who is away: one member from the whole meeting, sometimes; others from single items.
        let awayAll: Int? = rng.chance(0.3) ? rng.below(members.count) : nil

        var items = [AgendaItem]()
        var itemTexts = [String]()
        for n in 1...Swift.max(1, itemCount) {
            let closed = n == itemCount && itemCount > 4 ? rng.chance(0.5) : rng.chance(0.05)
            var awayHere = awayAll.map { [$0] } ?? []
            if rng.chance(0.05) {
                let other = rng.below(members.count)
                if !awayHere.contains(other) { awayHere.append(other) }
            }
            let (item, text) = makeItem(
                number: n, closed: closed, slot: slot, committee: committee, members: members, away: awayHere.sorted(), rng: &rng)
            items.append(item)
            itemTexts.append(text)
        }

        var participants = members.enumerated().map { index, member in
            Participant(name: member.name, party: member.party, absent: index == awayAll)
        }
        // The reader marks as absent whoever is away from every item that has an absence, when at least
        // half the items have one; the model says the same.
        let withAbsence = items.filter { !$0.absent.isEmpty }
        if !withAbsence.isEmpty, withAbsence.count * 2 >= items.count {
            for index in participants.indices where withAbsence.allSatisfy({ $0.absent.contains(participants[index].name) }) {
                participants[index].absent = true
            }
        }

        var out = "\n\nREFERAT \(committee) \(term) d. \(Self.dashed(date))\n\n"
        out += "Mødedato \(CalendarDays.weekdayName(date)) d. \(Self.two(date.day)). \(SynthNames.months[date.month - 1]) \(date.year)"
        out += " kl. \(start?.description ?? "16:00")\n\n"
        out += "Mødested \(location)\n\n"
        out += "Mødedeltagere " + members.enumerated().map { index, member in
            index == awayAll ? "\(member.name) (\(member.party), Fravær)" : "\(member.name) (\(member.party))"
        }.joined(separator: ", ") + "\n\n"
        out += "Indholdsfortegnelse\n\n"
        var page = 3
        for item in items {
            out += (item.isPublic ? "" : "Lukket: ") + item.title + ".....\t\(page)\n"
            page += 1 + item.sections.count / 4
        }
        out += "\n"
        for text in itemTexts { out += text }

        let meeting = Meeting(
            kind: .minutes, body: bodyName, committee: committee, term: term, date: date, startTime: start, location: location,
            participants: participants, items: items)
        let number = String(index)
        let fileName = "s" + String(repeating: "0", count: Swift.max(0, 7 - number.count)) + number + ".txt"
        return SyntheticDocument(index: index, fileName: fileName, text: out, meeting: meeting)
    }

    struct Member {
        var name: String
        var party: String
    }

    /// A committee's members for one election term: the same in every meeting of the term.
    func members(body: Int, committee: Int, term: String) -> [Member] {
        var rng = SplitMix64(seed: seed ^ 0x5EED_0F_C0FFEE, stream: UInt64(body * 1000 + committee) &* 31 &+ UInt64(term.hashValueStable))
        var names = Set<String>()
        var members = [Member]()
        let count = rng.chance(0.5) ? 7 : 9
        while members.count < count {
            var name = rng.element(of: SynthNames.firstNames) ?? "Anne"
            if rng.chance(0.25) { name += " " + (rng.element(of: SynthNames.middleNames) ?? "Marie") }
            name += " " + (rng.element(of: SynthNames.lastNames) ?? "Jensen")
            guard names.insert(name).inserted else { continue }
            members.append(Member(name: name, party: SynthNames.parties[rng.below(6 + rng.below(SynthNames.parties.count - 5))]))
        }
        return members
    }

    /// The case number of item `item` of document `local` of a municipality, in the municipality's shape.
    func caseNumber(body: Int, local: Int, item: Int, year: Int) -> String {
        let serial = local * 17 + item + 1
        let yy = Self.two(year % 100)
        switch body % 5 {
        case 0:
            let group = SynthNames.kleGroups[(serial * 7 + body) % SynthNames.kleGroups.count]
            let facet = SynthNames.kleFacets[(serial + body) % SynthNames.kleFacets.count]
            return "\(group)\(facet)-\(serial)-\(yy)"
        case 1: return "\(yy)-" + Self.pad(serial, 6)
        case 2: return "\(yy)/" + Self.pad(serial + 10_000, 5)
        case 3: return "EMN-\(year)-" + Self.pad(serial, 6)
        default: return "\(year)-" + Self.pad(serial + 20_000, 5)
        }
    }

    func makeItem(
        number: Int, closed: Bool, slot: Slot, committee: String, members: [Member], away: [Int], rng: inout SplitMix64
    ) -> (AgendaItem, String) {
        let v = vocabulary
        let title = closed ? (rng.element(of: SynthNames.closedTitles) ?? "Eventuelt") : makeTitle(year: slot.date.year, rng: &rng)
        var item = AgendaItem(number: number, title: title, isPublic: !closed)
        var text = "Punkt \(number): \(closed ? "Lukket: " : "")\(title)\n\n"

        // Some items continue a case from one of the municipality's earlier meetings.
        var history = [HistoryEntry]()
        if rng.chance(0.9) {
            if slot.local >= 3, rng.chance(0.15) {
                let back = rng.within(1...3)
                let earlier = self.slot(body: slot.body, local: slot.local - back, committees: SynthNames.committees.count)
                let earlierItem = rng.below(4)
                item.caseNumber = caseNumber(body: slot.body, local: earlier.local, item: earlierItem, year: earlier.date.year)
                let outcome = SynthNames.decisions[rng.below(3)]
                history.append(
                    HistoryEntry(
                        date: earlier.date, body: SynthNames.committees[earlier.committee], text: rng.element(of: outcome.texts) ?? "Godkendt."))
            } else {
                item.caseNumber = caseNumber(body: slot.body, local: slot.local, item: number - 1, year: slot.date.year)
            }
            if let caseNumber = item.caseNumber { text += caseNumber + "\n\n" }
        }

        func add(_ heading: String, _ kind: SectionKind, _ paragraphs: [String]) {
            let body = paragraphs.joined(separator: "\n\n")
            item.sections.append(Section(heading: heading, kind: kind, text: body))
            text += heading + "\n\n" + body + "\n\n"
        }
        func sentences(_ range: ClosedRange<Int>) -> String {
            (0..<rng.within(range)).map { _ in v.sentences[rng.below(v.sentences.count)] }.joined(separator: " ")
        }

        if rng.chance(0.8) { add("Resume", .summary, [sentences(1...2)]) }
        add("Sagsfremstilling", .presentation, (0..<rng.within(closed ? 1...1 : 2...4)).map { _ in sentences(2...4) })
        if rng.chance(0.5) { add("Økonomi", .economy, [rng.chance(0.4) ? "Ingen bemærkninger." : sentences(1...2)]) }
        if rng.chance(0.3) { add("Lovgrundlag", .legal, [rng.element(of: SynthNames.laws) ?? "Planloven."]) }
        if rng.chance(0.25) { add("Sagen afgøres endelig af", .authority, [committee + "."]) }

        if rng.chance(0.9) {
            let by = rng.element(of: SynthNames.proposers) ?? "Forvaltningen"
            var points = [String]()
            for _ in 0..<rng.within(1...3) {
                switch rng.below(4) {
                case 0: points.append("At orienteringen tages til efterretning.")
                case 1: points.append("At der gives en tillægsbevilling på \(rng.within(50...900)).000 kr.")
                case 2: points.append("At sagen drøftes.")
                default:
                    let sentence = v.sentences[rng.below(v.sentences.count)]
                    points.append("At " + sentence.prefix(1).lowercased() + sentence.dropFirst())
                }
            }
            item.proposal = Proposal(by: by, points: points)
            item.sections.append(Section(heading: "\(by) indstiller", kind: .proposal, text: points.map { "- " + $0 }.joined(separator: "\n")))
            text += "\(by) indstiller,\n\n" + points.map { "- " + $0 }.joined(separator: "\n") + "\n\n"
        }

        // Beslutning: the outcome, sometimes a vote, a member declared inhabil, and who was away.
        let choice = rng.weighted(SynthNames.decisionWeights)
        let outcomeName = SynthNames.decisions[choice].outcome
        var decisionParagraphs = [String]()
        if rng.chance(0.03), let member = rng.element(of: members) {
            decisionParagraphs.append("\(member.name) (\(member.party)) blev erklæret inhabil.")
            item.disqualified = [member.name]
        }
        let present = members.count - away.count
        if ["approved", "recommended", "rejected"].contains(outcomeName), rng.chance(0.15), present >= 3 {
            let against = rng.within(1...(present - 1) / 2)
            let inFavour = present - against
            let word = outcomeName == "approved" ? "Godkendt" : outcomeName == "recommended" ? "Anbefales" : "Ikke godkendt"
            let (forParties, againstParties) = voteParties(members: members, away: away, against: against, rng: &rng)
            let (yes, no) = outcomeName == "rejected" ? (against, inFavour) : (inFavour, against)
            let (yesParties, noParties) = outcomeName == "rejected" ? (againstParties, forParties) : (forParties, againstParties)
            let line = "\(word) med \(yes) stemmer for (\(yesParties.joined(separator: ", "))) mod \(no) stemmer imod (\(noParties.joined(separator: ", ")))."
            decisionParagraphs.append(line)
            item.votes = [Vote(text: line, inFavour: yes, against: no, partiesInFavour: yesParties, partiesAgainst: noParties)]
        } else {
            decisionParagraphs.append(rng.element(of: SynthNames.decisions[choice].texts) ?? "Godkendt.")
        }
        item.decision = Decision(text: decisionParagraphs.joined(separator: "\n\n"), outcome: Outcome(rawValue: outcomeName) ?? .other)
        var sectionParagraphs = decisionParagraphs
        if !away.isEmpty {
            sectionParagraphs.append("Afbud: " + away.map { "\(members[$0].name) (\(members[$0].party))" }.joined(separator: ", "))
            item.absent = away.map { members[$0].name }
        }
        add("Beslutning", .decision, sectionParagraphs)

        if !closed, rng.chance(0.5) {
            let titles = (0..<rng.within(1...3)).map { _ in makeAttachment(year: slot.date.year, rng: &rng) }
            item.attachments = titles
            add("Bilag", .attachments, titles)
        }
        if !history.isEmpty {
            item.history = history
            add("Sagens forløb", .history, history.flatMap { ["\(Self.dashed($0.date)) \($0.body)", $0.text] })
        }
        return (item, text)
    }

    /// Party letters for a vote: those against drawn from the members present.
    func voteParties(members: [Member], away: [Int], against: Int, rng: inout SplitMix64) -> ([String], [String]) {
        var present = members.indices.filter { !away.contains($0) }
        var againstMembers = [Int]()
        for _ in 0..<against where !present.isEmpty {
            againstMembers.append(present.remove(at: rng.below(present.count)))
        }
        func letters(_ indices: [Int]) -> [String] {
            var seen = [String]()
            for index in indices.sorted() where !seen.contains(members[index].party) { seen.append(members[index].party) }
            return seen
        }
        return (letters(present), letters(againstMembers))
    }

    func makeTitle(year: Int, rng: inout SplitMix64) -> String {
        if !vocabulary.titles.isEmpty, rng.chance(0.25) {
            return vocabulary.titles[rng.below(vocabulary.titles.count)]
        }
        return fill(rng.element(of: SynthNames.titlePatterns) ?? "Status på %@", year: year, rng: &rng)
    }

    func makeAttachment(year: Int, rng: inout SplitMix64) -> String {
        fill(rng.element(of: SynthNames.attachmentPatterns) ?? "Notat om %@", year: year, rng: &rng)
    }

    /// "%@" a content word, "%U" one with a capital, "%y" the year.
    func fill(_ pattern: String, year: Int, rng: inout SplitMix64) -> String {
        var result = ""
        var rest = Substring(pattern)
        while let percent = rest.firstIndex(of: "%") {
            result += rest[..<percent]
            let code = rest.index(after: percent)
            guard code < rest.endIndex else { break }
            let word = vocabulary.longWords[rng.below(Swift.min(vocabulary.longWords.count, 2_000))]
            switch rest[code] {
            case "U": result += word.prefix(1).uppercased() + word.dropFirst()
            case "y": result += String(year)
            default: result += word
            }
            rest = rest[rest.index(after: code)...]
        }
        return result + rest
    }

    // MARK: Small helpers

    /// Danish election terms: 2018-2021, 2022-2025, …
    static func term(of year: Int) -> String {
        let start = year - ((year - 2014) % 4 + 4) % 4
        return "\(start)-\(start + 3)"
    }

    /// "Lemvig Kommune" → "Lemvig"; "Bornholms Regionskommune" → "Bornholms".
    static func town(of body: String) -> String {
        if let space = body.lastIndex(of: " ") { return String(body[..<space]) }
        return body
    }

    static func two(_ n: Int) -> String { pad(n, 2) }

    static func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }

    /// "27-04-2022".
    static func dashed(_ date: CalendarDate) -> String { "\(two(date.day))-\(two(date.month))-\(date.year)" }
}

extension String {
    /// A hash that is the same in every process (Swift's `hashValue` is seeded per process).
    var hashValueStable: UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01B3
        }
        return hash
    }
}

/// Days since 1970-01-01 and back (Howard Hinnant's civil-date algorithms).
enum CalendarDays {
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func date(_ days: Int) -> CalendarDate {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            preconditionFailure("the civil-date arithmetic gave \(year)-\(month)-\(day), which is no day")
        }
        return date
    }

    /// 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
    static func weekday(_ days: Int) -> Int { ((days % 7) + 7 + 3) % 7 }

    /// Days from 1 January of the year to its first Monday.
    static func mondayOffset(year: Int) -> Int { (7 - weekday(days(year: year, month: 1, day: 1))) % 7 }

    static func weekdayName(_ date: CalendarDate) -> String {
        SynthNames.weekdays[weekday(days(year: date.year, month: date.month, day: date.day))]
    }
}
