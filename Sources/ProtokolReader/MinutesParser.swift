import ProtokolModel

/// Reads the structure of minutes from normalised lines: header, table of contents, items, sections.
struct MinutesParser {
    let lines: [Line]
    let paragraphs: Paragraphs
    var warnings: [ReadWarning] = []
    /// Folded headings that stand alone at the start of a paragraph in several items: the layout's own headings.
    var layoutHeadings = LexiconTable<Bool>([String]())
    /// Party letters printed after names anywhere in the document, e.g. "Peter Svane (D)".
    var partiesSeen: [String: String] = [:]
    /// The meeting's date and committee as the header gives them: which of several decisions is this meeting's.
    var meetingDate: CalendarDate?
    var meetingCommittee = ""
    /// Names that an item's absence line reports absent from later items too, by item number.
    var absentFromLaterItems: [Int: [String]] = [:]
    /// Who was away from the closed part of the meeting, said under an open item.
    var absentFromClosedItems: [String] = []
    /// "Lars Berg (V) forlod mødet efter dette punkt.": absent from every item numbered above the one said.
    var absentAfterItems: [(after: Int, names: [String])] = []
    /// Who the header says took no part in some items: at the meeting, though absent from those.
    var absentFromNamedItems: Set<String> = []
    /// The date and place the decisions' own fields give ("Dato: 10. december 2015", "Sted: Café Lulu"), for a page without a header.
    var dateFromDecisions: CalendarDate?
    var placeFromDecisions: String?
    /// Who an item says was away from the whole meeting ("… deltog ikke i mødet", "Fraværende i Byrådet, <this date>:").
    var absentFromMeeting: [(name: String, party: String?)] = []
    static let spaceIndstillerComma = Array(" indstiller, at ".utf8)
    /// True while the first item is read: its "Afbud fra X og Y." tells who sent their apologies for the meeting.
    var readingFirstItem = false
    /// Names declared inhabil in an earlier item for a later one, by item number.
    var disqualifiedInLaterItems: [Int: [String]] = [:]

    /// `wrapWidth` is the layout's, as `Paragraphs.estimateWrapWidth` finds it (nil: estimate it from these lines).
    init(lines: [Line], wrapWidth: Int? = nil) {
        self.lines = lines.flatMap(Self.splittingProposalLead)
        self.paragraphs = Paragraphs(wrapWidth: wrapWidth ?? Paragraphs.estimateWrapWidth(lines))
    }

    /// "… til vedligeholdelse af kommunens bygninger i 2010. Teknisk Forvaltning indstiller,": a paragraph whose last sentence
    /// opens the proposal, as two lines: the paragraph's sentences, and the lead.
    static func splittingProposalLead(_ line: Line) -> [Line] {
        guard line.hints.contains(.proposal), line.text.utf8.count <= 600, line.text.hasSuffix("indstiller,") || line.text.hasSuffix("indstiller:"),
            line.text.contains(". "), case let sentences = ItemFacts.sentences(line.text), sentences.count > 1, let lead = sentences.last,
            lead.split(separator: " ").count <= 12, ItemFacts.proposer(lead) != nil
        else { return [line] }
        let before = sentences.dropLast().joined(separator: ". ") + "."
        return [
            Line(text: before, number: line.number, level: line.level, strong: line.strong, pageBreak: line.pageBreak),
            Line(text: lead, number: line.number, level: line.level, strong: line.strong),
        ]
    }

    mutating func parse() throws(ReadError) -> Meeting {
        let toc = findTOC()
        var starts = findItemStarts(toc: toc)
        var listedAgenda = false
        // An agenda that is only its list of items ("1. Godkendelse af referat", "2. Valg af formand"): each line an item.
        // (Not the list of the agenda at the top of minutes, whose decisions follow as "Ad. 1)".)
        if starts.isEmpty,
            case let kinds = lines.prefix(12).filter({ !($0.text.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? true) }).compactMap({ HeaderReader.kindWord($0.text) }),
            kinds.contains(.agenda), !kinds.contains(.minutes) || !adDecisions().isEmpty
        {
            starts = agendaListStarts()
            listedAgenda = !starts.isEmpty
        }
        // Pages that print no numbers: each item a title with its case number over or under it and a section below.
        if starts.isEmpty {
            starts = unnumberedStarts()
            if !starts.isEmpty {
                warnings.append(ReadWarning(line: lines[starts[0].index].number, "the items carry no numbers: numbered 1 to \(starts.count) in their order"))
            }
        }
        // A web page of one item: its title the page's only top heading, its case number right under it.
        if starts.isEmpty, let title = lines.firstIndex(where: { !$0.isBlank }), lines[title].level == 1, lines[title].characterCount <= 200,
            let below = lines[(title + 1)...].firstIndex(where: { !$0.isBlank }), CaseNumbers.fromLine(lines[below].text) != nil,
            !lines[(title + 1)...].contains(where: { $0.level == 1 })
        {
            starts = [ItemStart(index: title, number: 1, title: lines[title].text, closed: false)]
            warnings.append(ReadWarning(line: lines[title].number, "a page of one item, which prints no number: numbered 1"))
        }
        // Pages that print neither numbers, titles nor case numbers: each item its run of headings.
        if starts.isEmpty {
            starts = headingOnlyStarts()
            if !starts.isEmpty {
                warnings.append(ReadWarning(line: lines[starts[0].index].number, "the items carry no numbers or titles: each opens at its first heading"))
            }
        }
        // A small board's minutes written as a numbered list, each point answered on the lines under it.
        if starts.isEmpty, case let listed = agendaListStarts(answered: true), listed.count >= 3 {
            starts = listed
            warnings.append(ReadWarning(line: lines[starts[0].index].number, "the items are read from a numbered list, each with the text under it"))
        }
        if let renumbered = starts.first(where: { $0.printedNumber != nil }) {
            warnings.append(ReadWarning(line: lines[renumbered.index].number, "every item is printed as number 1: numbered 1 to \(starts.count) in their order"))
        }
        let leads = starts.indices.map { i in lead(of: starts[i], after: i > 0 ? starts[i - 1].index : (toc?.range.upperBound ?? 0) - 1) }
        let headerEnd = leads.first.map { $0?.index ?? starts[0].index } ?? lines.count
        var headerLines = [Line]()
        for index in 0..<headerEnd where !(toc?.range.contains(index) ?? false) {
            // "… og Henrik Bang (Ø) deltog ikke under" over "punkterne 23, 24 og 25.": one sentence wrapped by the layout.
            if let last = headerLines.last, last.hints.contains(.absence), last.text.utf8.count <= 200, let end = last.text.last,
                !(end == "." || end == ":" || end == ")"), lines[index].text.first?.isLowercase == true
            {
                headerLines[headerLines.count - 1] = Line(text: last.text + " " + lines[index].text, number: last.number, level: last.level, strong: last.strong)
                continue
            }
            headerLines.append(lines[index])
        }

        var meeting = Meeting()
        // "Kim Valentin (V) er erklæret inhabil i sagen om salg af ejendom (punkt 219).": said in the header, for an item.
        for line in headerLines where line.hints.contains(.disqualification) {
            // ("A erklærede sig inhabil under punkt 2. B erklærede sig inhabil under punkt 3.": each sentence its own.)
            for sentence in ItemFacts.sentences(line.text) {
                let names = ItemFacts.disqualifiedNames(sentence)
                guard !names.isEmpty else { continue }
                for number in ItemFacts.itemNumbers(in: sentence) { disqualifiedInLaterItems[number, default: []].append(contentsOf: names.map(\.name)) }
            }
        }
        // "Lars Havelund forlod mødet kl. 11.35 og deltog ikke i behandlingen af punkterne 2 og 3.", "Freddy Blak (A)- deltog ikke
        // i behandlingen af punkt: 2": said in the header, for those items.
        // (Sentence by sentence: "… bortset fra A og B, der havde meldt afbud. C forlod mødet kl. 16.30 efter behandlingen af punkt 1.")
        for line in headerLines where line.hints.contains(.absence) {
            for sentence in ItemFacts.sentences(line.text) {
                // "Bent Bechmann og Poul Sækmose deltog ikke i behandlingen af den lukkede dagsorden.": the closed items'.
                if Bytes.containsAnyFolded(sentence, Self.closedPart), let names = ItemFacts.absentNames(sentence), !names.isEmpty {
                    absentFromClosedItems.append(contentsOf: names.map(\.name).filter { !absentFromClosedItems.contains($0) })
                    absentFromNamedItems.formUnion(names.map(\.name))
                    continue
                }
                if let left = ItemFacts.leftAfter(sentence, item: 0) {
                    absentAfterItems.append((left.after, left.names.map(\.name)))
                    continue
                }
                var sentence = sentence
                // ("Fraværende: Knud Bjerre, Per Jeppesen deltog ikke i pkt. 2 og 3": only the last took no part in those items.)
                if ItemFacts.opensWithAbsenceLabel(sentence), let limited = ItemFacts.itemLimitedTail(sentence) { sentence = limited.tail }
                let numbers = ItemFacts.itemNumbers(in: sentence)
                guard !numbers.isEmpty, let names = ItemFacts.absentNames(sentence), !names.isEmpty else { continue }
                for number in numbers { absentFromLaterItems[number, default: []].append(contentsOf: names.map(\.name)) }
                absentFromNamedItems.formUnion(names.map(\.name))
            }
        }
        var header = HeaderReader(lines: headerLines)
        header.read(into: &meeting)
        warnings.append(contentsOf: header.warnings)
        meetingDate = meeting.date
        for (number, names) in header.itemAbsences { absentFromLaterItems[number, default: []].append(contentsOf: names) }
        // "Byråd 2022-2025 - Byrådssalen" read as the place on a page that names its committee nowhere else: the committee, then
        // the room.
        if meeting.committee.isEmpty, let location = meeting.location, let dash = location.firstRange(of: " - "),
            case let name = String(location[..<dash.lowerBound]), HeaderReader.namesCommittee(name)
        {
            (meeting.committee, meeting.term) = HeaderReader.splitTerm(name)
            meeting.location = LineText.trim(location[dash.upperBound...])
        }
        // "Klima-, Teknik- og Miljøudvalget - Trappetårn 5 sal": a page's heading names the room after the committee.
        if let location = meeting.location, !location.isEmpty {
            for dash in [" - ", " – "] where meeting.committee.hasSuffix(dash + location) && meeting.committee.count > dash.count + location.count {
                // ("Byråd 2022-2025 - Virtuelt": the term before the room.)
                let (name, term) = HeaderReader.splitTerm(String(meeting.committee.dropLast(dash.count + location.count)))
                meeting.committee = name
                meeting.term = meeting.term ?? term
            }
        }
        meetingCommittee = meeting.committee

        layoutHeadings = LexiconTable(findLayoutHeadings(starts))
        // What follows the last item's text ("Mødet hævet kl. 18.15", the signatures) belongs to no item.
        let documentEnd = starts.last.map { last in
            var from = last.index + 1
            while let close = lines[from...].firstIndex(where: { Self.closesMeeting($0) }) {
                // ("Mødet sluttede kl. 21.33" over the last item's "Beslutning": a note on the page, not the end.)
                guard lines[(close + 1)...].contains(where: Self.isMainHeading) else { return close }
                from = close + 1
            }
            return lines.count
        } ?? lines.count
        // "Lukkede punkter", "Tillægsdagsorden": lines that group the items after them end the item before.
        // Only right before an item: the same words as a running header head no group.
        let startIndices = Set(starts.map(\.index))
        let groups = starts.isEmpty ? [] : lines.indices.compactMap { index -> (Int, ItemGroup)? in
            guard let group = Self.itemGroup(lines[index]), var next = lines[(index + 1)...].firstIndex(where: { !$0.isBlank }) else { return nil }
            // ("Lukket dagsorden", "Fra Børneudvalget", "75. …": the group, the committee the items come from, the item.)
            if !startIndices.contains(next), lines[next].characterCount <= 60, lines[next].text.hasPrefix("Fra "),
                let after = lines[(next + 1)...].firstIndex(where: { !$0.isBlank })
            {
                next = after
            }
            guard startIndices.contains(next) else { return nil }
            return (index, group)
        }
        for (i, start) in starts.enumerated() {
            var end = i + 1 < starts.count ? leads[i + 1]?.index ?? starts[i + 1].index : documentEnd
            if let group = groups.first(where: { $0.0 > start.index && $0.0 < end }) { end = group.0 }
            let closedGroup = groups.last(where: { $0.0 < start.index && $0.1 != .sender })?.1 == .closed
            let tocEntry = toc.flatMap { i < $0.entries.count ? $0.entries[i] : nil }
            readingFirstItem = i == 0
            var item = parseItem(start, end: end, tocEntry: tocEntry, agenda: header.titleKind == .agenda)
            readingFirstItem = false
            // The first item may date a meeting that no header dated ("Godkendelse af dagsorden for ØU den 16. februar 2021"):
            // the items' decisions of other dates are then earlier stages.
            if i == 0, meetingDate == nil, let date = meetingNamed(byFirstItem: item).date {
                meetingDate = date
                item = parseItem(start, end: end, tocEntry: tocEntry, agenda: header.titleKind == .agenda)
            }
            if let lead = leads[i] {
                if item.title.isEmpty, let title = lead.title { item.title = title }
                if item.caseNumber == nil { item.caseNumber = lead.caseNumber }
                if lead.closed == true { item.isPublic = false }
            }
            if closedGroup { item.isPublic = false }
            if start.lettered {
                warnings.append(ReadWarning(line: lines[start.index].number, "item \(item.number): a lettered item (such as \(item.number)a) after item \(item.number), numbered \(item.number)"))
            } else if let previous = meeting.items.last, item.number != previous.number + 1 {
                warnings.append(ReadWarning(line: lines[start.index].number, "item \(item.number) follows item \(previous.number)"))
            }
            // "Godkendelse af dagsorden ( )": an empty case-number field printed after the title (København).
            for empty in [" ( )", " ()"] where item.title.hasSuffix(empty) { item.title = String(item.title.dropLast(empty.count)) }
            if item.title.isEmpty {
                warnings.append(ReadWarning(line: lines[start.index].number, "item \(item.number) has no title"))
                item.title = tocEntry?.title ?? ""
            }
            meeting.items.append(item)
        }
        // "Ad. 1) Referatet blev godkendt.": the decisions of minutes that list the agenda, then answer it point by point.
        let answers = listedAgenda ? adDecisions() : [:]
        for index in meeting.items.indices {
            if let text = answers[meeting.items[index].number] {
                meeting.items[index].decision = Decision(text: text, outcome: OutcomeReading.outcome(of: text))
            }
            for name in absentFromLaterItems[meeting.items[index].number] ?? [] where !meeting.items[index].absent.contains(name) {
                meeting.items[index].absent.append(name)
            }
            for (after, names) in absentAfterItems where meeting.items[index].number > after {
                for name in names where !meeting.items[index].absent.contains(name) { meeting.items[index].absent.append(name) }
            }
            for name in meeting.items[index].isPublic ? [] : absentFromClosedItems where !meeting.items[index].absent.contains(name) {
                meeting.items[index].absent.append(name)
            }
            for name in disqualifiedInLaterItems[meeting.items[index].number] ?? [] where !meeting.items[index].disqualified.contains(name) {
                meeting.items[index].disqualified.append(name)
            }
        }
        for (number, names) in disqualifiedInLaterItems.sorted(by: { $0.key < $1.key }) where !meeting.items.contains(where: { $0.number == number }) {
            warnings.append(ReadWarning(line: nil, "\(names.joined(separator: ", ")) declared inhabil for item \(number), which the document does not hold"))
        }
        if let toc, toc.entries.count != starts.count, !starts.isEmpty {
            warnings.append(ReadWarning(
                line: lines[toc.range.lowerBound].number,
                "the table of contents lists \(toc.entries.count) items, the document has \(starts.count)"
            ))
        }

        // A region's council and committees: the region, though items name the municipalities they concern.
        // ("Udvalg for regional udvikling" is a region's committee too.)
        // (A municipality's letterhead before any region named in the header outweighs it.)
        // (Not a listed item's title, "Sundhedsaftale 2015-2018 mellem Region Hovedstaden og kommunerne i regionen".)
        let firstRegion = headerLines.firstIndex { line in
            line.text.utf8.count <= 70 && Bytes.contains(line.text, Self.regionBytes) && Self.regions.contains { line.text.contains($0) }
        }
        let firstMunicipality = headerLines.firstIndex { $0.hints.contains(.municipality) && HeaderReader.municipality($0.text) != nil }
        let regional = Lexicon.fold(meeting.committee).contains("region")
            || firstRegion.map { region in firstMunicipality.map { region < $0 } ?? true } ?? false
        // The town hall the meeting is held in names its municipality better than a municipality an item mentions.
        // (A region named only in the items' sentences, "Region Midtjylland har ligeledes finansieret …", is no body; but a
        // Forretningsudvalg is a region's committee.)
        // (A regional council's minutes that name no region have no body: a municipality they name is the subject of an item.)
        let regionsCommittee = Lexicon.fold(meeting.committee).hasPrefix("region")
        // (A regional committee that meets "i Herning Kommune, Torvet 5" is Region Midtjylland's.)
        let regionalCommittee = regionsCommittee || Lexicon.fold(meeting.committee).contains("regional")
        if regionalCommittee {
            meeting.body = findRegion() ?? header.body.flatMap { $0.hasPrefix("Region") ? $0 : Municipalities.region(of: $0) }
        } else {
            meeting.body = (regional ? findRegion() : nil) ?? header.body ?? meeting.location.flatMap(Self.bodyFromTownHall) ?? findBody()
                ?? Self.bodyFromCouncilName(meeting.committee) ?? findRegion(outsideSentences: !Lexicon.fold(meeting.committee).contains("forretningsudvalg"))
        }
        let hasDecisions = meeting.items.contains { $0.decision != nil && $0.decision?.outcome != .pending }
        // The body most decision headings name ("Beslutning i Kommunalbestyrelsen den 17-01-2018"), if any; read only where
        // it is needed, as it reads every line.
        let needsHeadingBody = header.titleKind == nil || starts.isEmpty || meeting.committee.isEmpty
            || Self.genericCommittees.contains(Lexicon.fold(meeting.committee))
        let headingBody = needsHeadingBody ? decisionHeadingBody() : nil
        switch header.titleKind {
        case .agenda?: meeting.kind = hasDecisions ? .minutes : .agenda
        case .minutes?: meeting.kind = .minutes
        case nil: meeting.kind = hasDecisions || headingBody != nil ? .minutes : .agenda
        }
        let namedByFirstItem: (committee: (name: String, term: String?)?, date: CalendarDate?) = meeting.committee.isEmpty || meeting.date == nil ? meetingNamed(byFirstItem: meeting.items.first) : (nil, nil)
        if meeting.committee.isEmpty, let named = namedByFirstItem.committee {
            (meeting.committee, meeting.term) = (named.name, meeting.term ?? named.term)
        }
        if meeting.committee.isEmpty, let fromHistory = committeeFromHistory(meeting) {
            meeting.committee = fromHistory.committee
            meeting.term = meeting.term ?? fromHistory.term
        }
        // "Beslutning i Kommunalbestyrelsen den 17-01-2018" over every item names the committee a header does not, or names
        // only as "udvalget".
        if meeting.committee.isEmpty || Self.genericCommittees.contains(Lexicon.fold(meeting.committee)), let body = headingBody {
            let (name, term) = HeaderReader.splitTerm(body)
            meeting.committee = name
            meeting.term = meeting.term ?? term
        }
        completeParticipants(&meeting)
        if meeting.participants.isEmpty { meeting.participants = listedPresent() }
        // "Byrådet Byrådet Vis medlemmer Rss-feed til udvalget Udskriv": a page's row of title, committee and buttons.
        if meeting.committee.utf8.count > 20, let cut = Self.committeeButtons.lazy.compactMap({ meeting.committee.firstRange(of: $0) }).first {
            var name = LineText.trim(meeting.committee[..<cut.lowerBound])
            let words = name.split(separator: " ")
            if words.count % 2 == 0, words.count >= 2, words[..<(words.count / 2)].elementsEqual(words[(words.count / 2)...]) {
                name = words[..<(words.count / 2)].joined(separator: " ")
            }
            if !name.isEmpty { meeting.committee = name }
        }
        // "REGIONSRÅD" in a layout's capitals: the name as it is written in a sentence.
        if meeting.committee.count > 5, !meeting.committee.contains(where: \.isLowercase), meeting.committee.filter(\.isLetter).count > 5 {
            meeting.committee = meeting.committee.lowercased()
        }
        // "Møde i regionsrådet": the name as a name.
        if let first = meeting.committee.first, first.isLowercase { meeting.committee = first.uppercased() + meeting.committee.dropFirst() }

        if starts.isEmpty {
            // (A page with no kind word, its decisions under "Teknik- og Miljøudvalgets beslutning den …", is minutes too.)
            // (Nor is a page whose labelled fields name its committee and date: "Udvalg: Kommunalbestyrelsen", "Dato: …".)
            guard header.titleKind != nil || headingBody != nil || header.committeeLabelled, meeting.date != nil else {
                throw .notMinutes(reason: "no numbered items (\"Punkt 1: …\") and no meeting header (Referat/Dagsorden with a date)")
            }
            warnings.append(ReadWarning(line: nil, "no numbered items were found"))
        }
        if meeting.date == nil, let date = namedByFirstItem.date {
            meeting.date = date
            warnings.append(ReadWarning(line: nil, "meeting date taken from item \(meeting.items.first?.number ?? 0)'s approval of the agenda: \(date)"))
        }
        // "Forretningsudvalgets beslutning den 8. november 2022:" over the items' decisions dates a meeting whose header does not.
        if meeting.date == nil, let date = decisionHeadingDate() {
            meeting.date = date
            warnings.append(ReadWarning(line: nil, "meeting date taken from the decision headings: \(date)"))
        }
        // "Godkendelse af åben dagsorden for KB den 22. januar 2020": the agenda's approval names the meeting's date.
        if meeting.date == nil, let first = meeting.items.first, Lexicon.fold(first.title).contains("dagsorden"),
            let date = first.sections.lazy.compactMap({ DateText.firstDate(in: $0.text)?.date }).first
        {
            meeting.date = date
            warnings.append(ReadWarning(line: nil, "meeting date taken from item \(first.number)'s text: \(date)"))
        }
        if meeting.date == nil, let date = dateFromDecisions {
            meeting.date = date
            meeting.location = meeting.location ?? placeFromDecisions
            warnings.append(ReadWarning(line: nil, "meeting date taken from a decision's own field: \(date)"))
        }
        // (The header dated the meeting, as a running header does, but named no place: the decisions' own field, of that date.)
        if meeting.location == nil, let place = placeFromDecisions, dateFromDecisions == nil || dateFromDecisions == meeting.date {
            meeting.location = place
        }
        // "Mødet begyndte kl. 16.00 og sluttede kl. 18.25." in the first item or a note about the meeting.
        if meeting.startTime == nil, let time = startedSentenceTime() { meeting.startTime = time }
        if meeting.date == nil { warnings.append(ReadWarning(line: nil, "no meeting date found")) }
        if meeting.committee.isEmpty { warnings.append(ReadWarning(line: nil, "no committee name found")) }
        return meeting
    }

    static let lukketDash = Array("lukket - ".utf8)
    static let metaLabels: Set<String> = ["punkttype", "sagstype", "type", "sagsgang og sagstype", "behandlingsform"]
    static let foreslaar = Array(" foreslår".utf8)

    private static let presentLabels: Set<String> = ["deltagerne var", "deltagere var", "til stede var", "tilstede var", "til stede var følgende"]
    private static let presentRoles: Set<String> = ["overborgmester", "borgmester", "rådmand", "formand", "næstformand", "viceborgmester"]

    /// "Deltagerne var:" over "1. Overborgmester Frank Jensen (A)", "2. Lars Weiss (A)", …: those present, listed in an item's
    /// text when the page has no header (København's pages).
    func listedPresent() -> [Participant] {
        guard let label = lines.firstIndex(where: { $0.text.utf8.count <= 30 && $0.text.hasSuffix(":") && Self.presentLabels.contains(Lexicon.fold($0.text)) })
        else { return [] }
        var result = [Participant]()
        for line in lines[(label + 1)...] where !line.isBlank {
            var text = line.text
            if let (_, title) = Self.numberedHeading(text), !title.isEmpty { text = title } else if text.hasPrefix("- ") { text = String(text.dropFirst(2)) }
            guard text.hasSuffix(")"), text.count <= 80, case let people = HeaderReader.participants(text), people.count == 1, var person = people.first else { break }
            var words = person.name.split(separator: " ")
            while words.count > 2, let first = words.first, Self.presentRoles.contains(first.lowercased()) { words.removeFirst() }
            person.name = words.joined(separator: " ")
            result.append(Participant(name: person.name, party: person.party, absent: false))
        }
        return result
    }

    private static let moedetStartede = Bytes.NeedleSet(["mødet startede kl", "mødet begyndte kl", "mødet blev påbegyndt kl", "mødet påbegyndtes kl"])

    /// The time in "Mødet startede kl. 15.30 og sluttede kl. 16.45.", the first such sentence of the document.
    func startedSentenceTime() -> ClockTime? {
        for line in lines where line.text.utf8.count <= 400 && Bytes.containsAnyFolded(line.text, Self.moedetStartede) {
            let lowered = line.text.lowercased()
            guard let kl = ["startede kl", "begyndte kl", "påbegyndt kl", "påbegyndtes kl"].lazy.compactMap({ lowered.firstRange(of: $0) }).first else { continue }
            if let time = DateText.firstTime(in: String(lowered[kl.lowerBound...]), dotted: true) { return time }
        }
        return nil
    }

    /// The date that most decision headings name ("X's beslutning den 8. november 2022"), the latest of equals.
    func decisionHeadingDate() -> CalendarDate? {
        let dates = decisionHeadingStages().compactMap(\.date)
        let counts = Dictionary(dates.map { ($0, 1) }, uniquingKeysWith: +)
        return counts.max { $0.value < $1.value || $0.value == $1.value && $0.key < $1.key }?.key
    }

    /// The body that most decision headings name ("Beslutning i Kommunalbestyrelsen den 17-01-2018").
    func decisionHeadingBody() -> String? {
        var bodies = decisionHeadingStages().map(\.body).filter { !$0.isEmpty && HeaderReader.namesCommittee($0) }
        // Without such headings: "Kultur- og Idrætsudvalget, 03-04-2019, pkt. 43" over each decision, of this meeting's date.
        if bodies.isEmpty {
            bodies = lines.lazy.filter { $0.text.utf8.count <= 140 }.compactMap { Self.stageLine($0.text) }
                .filter { stage in meetingDate.map { stage.date == $0 } ?? true }.map(\.body).filter(HeaderReader.namesCommittee)
        }
        let counts = Dictionary(bodies.map { ($0, 1) }, uniquingKeysWith: +)
        return counts.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }?.key
    }

    /// The body and date of every decision heading of the document.
    private func decisionHeadingStages() -> [(body: String, date: CalendarDate?)] {
        var stages = [(body: String, date: CalendarDate?)]()
        for line in lines where line.text.utf8.count <= 160 && Bytes.containsAnyFolded(line.text, Self.beslutningHint) {
            // ("Integrationsudvalgets møde den 12. december 2011:" over each decision, too.)
            if Self.lexiconKind(Lexicon.fold(line.text.hasSuffix(":") ? String(line.text.dropLast()) : line.text)) == .decision
                || line.text.hasSuffix(":") && Bytes.containsAnyFolded(line.text, Self.moedeDen),
                let stage = Self.stage(line.text)
            {
                stages.append(stage)
            }
        }
        return stages
    }

    static let beslutningHint = Bytes.NeedleSet(["beslutning", "møde den"])
    static let moedeDen = Bytes.NeedleSet(["s møde den"])

    /// "Direktøren foreslår," / "… foreslår, at" / "… foreslår:" -> "Direktøren"; nil for other lines.
    static func foreslaarLead(_ text: String) -> String? {
        // Most lines end otherwise, or lack the word: ruled out on bytes.
        guard let last = text.utf8.last, last == 0x2C || last == 0x3A || last == 0x74, Bytes.contains(text, foreslaar) else { return nil }
        for ending in [" foreslår,", " foreslår:", " foreslår, at", " foreslår at", " foreslår, at:"] where text.hasSuffix(ending) {
            let by = LineText.trim(text.dropLast(ending.count))
            guard let first = by.first, first.isUppercase, by.split(separator: " ").count <= 8 else { return nil }
            return by
        }
        return nil
    }

    /// The item's heading or title printed again under it.
    func isRepeatedHeading(_ text: String, of item: AgendaItem) -> Bool {
        guard text.utf8.count <= 300 else { return false }
        let plain = Self.withoutBullet(text)
        if let (number, title) = Self.punktHeading(plain) ?? Self.numberedHeading(plain), number == item.number {
            return title.isEmpty || Lexicon.fold(Self.closedPrefix(title).1) == Lexicon.fold(item.title)
        }
        return !item.title.isEmpty && Lexicon.fold(plain) == Lexicon.fold(item.title)
    }

    static let caseFieldLabels: Set<String> = [
        "kle", "kle-nr", "kle nr", "emne", "sagsbehandler", "dok.nr", "dokumentnr", "dokument nr", "forfatter", "ansvarlig",
        "sagsansvarlig", "journalnr", "j.nr", "initialer", "sagsbeh", "øvrige sagsbehandlere", "sagsinitialer",
    ]

    /// Herning's column of the bodies a case passes, flattened: "DIR", "FOU", " x", and the case's fields beside it.
    static func isRoutingCell(_ line: Line) -> Bool {
        if line.isBlank { return true }
        let text = LineText.trim(line.text)
        if text == "x" || text == "X" { return true }
        if (2...4).contains(text.count), text.allSatisfy({ $0.isUppercase && $0.isLetter }) { return true }
        if let colon = text.firstIndex(of: ":"), caseFieldLabels.contains(Lexicon.fold(text[..<colon])) { return true }
        return isCaseField(text)
    }

    /// "A. Sager til afgørelse i byrådet", "B. Sager til orientering": the group of cases an item is printed under (Odense).
    static func isCategoryLine(_ text: String) -> Bool {
        let utf8 = Array(text.utf8.prefix(9))
        guard utf8.count == 9, utf8[0] >= 0x41 && utf8[0] <= 0x5A, utf8[1] == 0x2E, utf8[2] == 0x20 else { return false }
        return text.dropFirst(3).hasPrefix("Sager ") || text.dropFirst(3).hasPrefix("Sag ")
    }

    /// "Sagsbehandler:" with nothing after it.
    static func isEmptyCaseField(_ text: String) -> Bool {
        guard text.utf8.count <= 24, text.hasSuffix(":") else { return false }
        let label = Lexicon.fold(text.dropLast())
        return caseFieldLabels.contains(label) || CaseNumbers.caseLabels.contains(label)
    }

    /// A line of the case's fields printed under the title, such as "KLE: 00.30.01" or "Sagsbehandler | Lise Riis".
    static func isCaseField(_ text: String) -> Bool {
        guard text.utf8.count <= 120 else { return false }
        if let colon = colonIndex(text, within: 20), caseFieldLabels.contains(Lexicon.fold(text[..<colon])) { return true }
        // "Dok. 306-2019-263412": PolWeb's document number without a colon.
        if text.utf8.first == 0x44, let space = text.firstIndex(of: " "), ["dok", "dok.nr", "dokumentnr", "dok. nr"].contains(Lexicon.fold(text[..<space])),
            CaseNumbers.isCaseNumber(LineText.trim(text[text.index(after: space)...]))
        {
            return true
        }
        guard let tab = text.firstIndex(of: "\t") else { return false }
        var label = Substring(LineText.trim(text[..<tab]))
        if label.hasSuffix(":") { label = label.dropLast() }
        return caseFieldLabels.contains(Lexicon.fold(label))
    }

    /// The five regions, whose councils keep minutes as the municipalities' committees do.
    static let regions = ["Region Hovedstaden", "Region Sjælland", "Region Syddanmark", "Region Midtjylland", "Region Nordjylland"]
    private static let regionBytes = Array("Region ".utf8)

    /// The region the document names most often, when it names no municipality.
    func findRegion(outsideSentences: Bool = false) -> String? {
        var counts = [String: Int]()
        for line in lines where Bytes.contains(line.text, Self.regionBytes) {
            if outsideSentences, line.characterCount > 60 || line.text.hasSuffix(".") { continue }
            for region in Self.regions {
                guard let found = line.text.firstRange(of: region) else { continue }
                // ("1. Aftale med Region Sjælland om psykiatri": a title's words around the region's name.)
                if outsideSentences, let word = line.text[..<found.lowerBound].split(separator: " ").last,
                    word.allSatisfy({ $0.isLetter && $0.isLowercase })
                {
                    continue
                }
                counts[region, default: 0] += 1
            }
        }
        return Self.regions.filter { counts[$0] != nil }.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }
    }

    /// A header row of case fields and its row of values: the case number under "Sagsnr." and whether the status
    /// column says the item is closed; nil when the header names no case number.
    static func caseFieldRow(header: String, values: String) -> (caseNumber: String?, closed: Bool?)? {
        let names = header.split(separator: "\t").map { Lexicon.fold($0) }
        let cells = values.split(separator: "\t", omittingEmptySubsequences: false).map { LineText.trim($0) }
        guard names.count >= 2, cells.count == names.count,
            let caseColumn = names.firstIndex(where: { CaseNumbers.caseLabels.contains($0) })
        else { return nil }
        let number = cells[caseColumn].isEmpty ? nil : cells[caseColumn]
        let status = names.firstIndex(where: { $0 == "status" || $0 == "åben/lukket" || $0 == "adgang" }).flatMap { accessMarker(cells[$0]) }
        return (number, status)
    }

    /// `sender`: "Fra Undervisningsudvalget", the body whose items follow, which leaves their access as it was.
    enum ItemGroup { case open, closed, supplement, sender }

    /// "Lukkede punkter", "Åbne punkter", "Tillægsdagsorden": a line that heads a group of items.
    /// Every group's words hold one of these (ASCII, so "ÅBNE" in capitals matches too).
    private static let groupStems = Bytes.NeedleSet(["lukke", "bne", "ben", "sager", "gsdagsorden"])

    /// ("For lukkede døre", "Til behandling (lukkede punkter)", "Orienteringssager", "Tillægsdagsorden I" too.)
    static func itemGroup(_ line: Line) -> ItemGroup? {
        if let group = bodyGroup(line) { return group }
        guard !line.isBlank, line.text.utf8.count <= 40, let first = line.text.utf8.first,
            first | 0x20 == 0x6C || first | 0x20 == 0x74 || first == 0xC3 || first | 0x20 == 0x66 || first | 0x20 == 0x6F || first | 0x20 == 0x62
                || first | 0x20 == 0x73,
            line.text.utf8.last != 0x2E, Bytes.containsAnyFolded(line.text, Self.groupStems), !line.text.contains(where: \.isNumber)
        else { return nil }
        let folded = Lexicon.fold(line.text)
        switch folded {
        case "lukkede punkter", "lukket dagsorden", "lukket del", "lukkede sager", "lukket møde", "lukkede dagsordenspunkter", "for lukkede døre",
            "lukkede beslutningssager", "lukkede orienteringssager", "lukket punkt", "lukkede punkter:", "sager for lukkede døre":
            return .closed
        case "åbne punkter", "åben dagsorden", "åben del", "åbne sager", "åbent møde", "åbne dagsordenspunkter", "orienteringssager", "beslutningssager",
            "sager til beslutning", "sager til orientering", "åbne beslutningssager", "åbne orienteringssager":
            return .open
        case "tillægsdagsorden", "tillægsdagsorden:": return .supplement
        default: break
        }
        // "Til behandling (lukkede punkter)", "Til orientering (åbne punkter)": the group's access in parentheses.
        if folded.hasPrefix("til "), folded.hasSuffix(")"), let open = folded.firstIndex(of: "(") {
            let inside = folded[folded.index(after: open)...].dropLast()
            if inside.hasPrefix("lukke") { return .closed }
            if inside.hasPrefix("åbn") || inside.hasPrefix("åben") { return .open }
        }
        // "Tillægsdagsorden I", "Tillægsdagsorden II".
        if folded.hasPrefix("tillægsdagsorden "), folded.dropFirst("tillægsdagsorden ".count).allSatisfy({ "iv".contains($0) }) { return .supplement }
        return nil
    }

    private static let sagerEnd = Array("sager".utf8), doereEnd = Array(" døre".utf8), sagerRejstAf = Array("sager rejst af".utf8)

    /// "ØKONOMIUDVALGETS SAGER", "Sager rejst af medlemmerne": the items a body sends, a group of the agenda (Randers);
    /// "Til behandling - for lukkede døre": a group and its access after a dash.
    private static func bodyGroup(_ line: Line) -> ItemGroup? {
        let utf8 = line.text.utf8
        // "Fra Undervisningsudvalget", "Fra Kultur- og Fritidsudvalget" between the items of a council's agenda.
        if utf8.count >= 8, utf8.count <= 60, utf8.first == 0x46, line.text.hasPrefix("Fra "), case let body = String(line.text.dropFirst(4)),
            Bytes.startsUppercase(body), !body.contains(where: \.isNumber), !body.hasSuffix("."), body.split(separator: " ").count <= 5, HeaderReader.namesCommittee(body)
        {
            return .sender
        }
        guard utf8.count >= 10, utf8.count <= 60, let last = utf8.last, last | 0x20 == 0x72 || last | 0x20 == 0x65 else { return nil }
        let sager = utf8.suffix(5).map(Bytes.asciiLower).elementsEqual(sagerEnd) || Bytes.hasFoldedPrefix(line.text, sagerRejstAf)
        let doere = !sager && utf8.suffix(doereEnd.count).elementsEqual(doereEnd)
        guard sager || doere, !utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        if sager {
            let folded = Lexicon.fold(line.text)
            let words = folded.split(separator: " ")
            // ("Økonomiudvalgets sager", "Sager rejst af medlemmerne"; not a sentence that ends in the word.)
            guard words.count <= 6, folded.hasSuffix("s sager") && (folded.contains("udvalg") || folded.contains("råd")) || folded.hasPrefix("sager rejst af")
            else { return nil }
            return .open
        }
        if doere {
            let folded = Lexicon.fold(line.text)
            if folded.hasSuffix("for lukkede døre"), folded.count <= 40 { return .closed }
            if folded.hasSuffix("for åbne døre"), folded.count <= 40 { return .open }
        }
        return nil
    }

    /// "Mødet hævet kl. 18.15", "Mødet sluttede 17.40", "Underskrifter": the end of the meeting's record.
    /// "Beslutning", "Sagsfremstilling", "Indstilling" alone on a line: a heading only an item has.
    static func isMainHeading(_ line: Line) -> Bool {
        guard !line.isBlank, line.text.utf8.count <= 40, Bytes.startsUppercase(line.text) else { return false }
        let folded = Lexicon.fold(line.text)
        guard let kind = Lexicon.headings[folded], kind == .decision || kind == .presentation || kind == .proposal else { return false }
        return !weakHeadings.contains(folded)
    }

    static func closesMeeting(_ line: Line) -> Bool {
        guard !line.isBlank, line.text.utf8.count <= 80, let first = line.text.utf8.first, first | 0x20 == 0x6D || first | 0x20 == 0x75 else {
            return false
        }
        let folded = Lexicon.fold(line.text)
        for opening in ["mødet hævet", "mødet sluttede", "mødet slut", "mødet afsluttet", "mødet afsluttedes", "mødet blev hævet"]
        where folded.hasPrefix(opening) {
            return true
        }
        return ["underskrifter", "underskriftsside", "underskriftside", "underskriftsblad", "underskrift"].contains(folded)
    }

    // MARK: Items

    struct RawSection {
        var heading: String
        var kind: SectionKind
        var level: Int
        var lines: [Line] = []
        var by: String?
        var colonForm = false
        /// The heading was a whole bold line.
        var strong = false
        var line: Int
        /// Some non-blank line has been added.
        var hasText = false
        /// "Bilag: Notat.pdf" among the case's fields: the attachment on the heading's line is all the section holds.
        var endsAtBlank = false

        mutating func append(_ line: Line) {
            lines.append(line)
            if !line.isBlank { hasText = true }
        }
    }

    private static let pageTabs: Set<String> = ["referat", "dagsorden", "sagsfremstilling", "bilag", "beslutning", "indstilling"]

    mutating func parseItem(_ start: ItemStart, end: Int, tocEntry: TOCEntry?, agenda: Bool) -> AgendaItem {
        var end = end
        // "Referat" over "Sagsfremstilling" at an item's end: a web page's tabs, printed under every item (Holbæk).
        var last = end - 1
        while last > start.index, lines[last].isBlank { last -= 1 }
        if last - 1 > start.index, !lines[last - 1].isBlank, lines[last].number == lines[last - 1].number + 1,
            Self.pageTabs.contains(Lexicon.fold(lines[last].text)), Self.pageTabs.contains(Lexicon.fold(lines[last - 1].text)),
            Lexicon.fold(lines[last].text) != Lexicon.fold(lines[last - 1].text)
        {
            end = last - 1
        }
        var item = AgendaItem(number: start.number, title: start.title, isPublic: !start.closed)
        if start.caseLine { item.caseNumber = CaseNumbers.fromLine(lines[start.index].text) }
        // "1. Godkendelse af dagsorden        24/1102" (a right-hand column of `-layout` text), "12 | Regnskab 2023 | 24/04431"
        // (a row of a table of items): the case number in a column of its own.
        if let column = LineText.lastColumn(of: item.title), let gap = LineText.lastGap(of: item.title) {
            let cell = LineText.trim(item.title[column...])
            if cell.isEmpty || CaseNumbers.isCaseNumber(cell) {
                if !cell.isEmpty { item.caseNumber = cell }
                item.title = LineText.trim(item.title[..<gap])
            }
        }
        var i = start.headingLine ? start.index : start.index + 1
        // A title with no words after "Punkt N" stands on the next line.
        if item.title.isEmpty {
            while i < end, lines[i].isBlank { i += 1 }
            // "Punkt: 1" (Acadre): the case's fields first ("Acadre sagsnr.: 17/10438", "Journalnr.: A00", "Sagsforløb: ØU - Åben
            // sag"), then the title.
            if Bytes.hasFoldedPrefix(lines[start.index].text, Self.punktColon) {
                while i < end {
                    let text = lines[i].text
                    if lines[i].isBlank {
                        i += 1
                    } else if let number = CaseNumbers.fromLine(text), !CaseNumbers.isCaseNumber(text) {
                        if item.caseNumber == nil { item.caseNumber = number }
                        i += 1
                    } else if Self.isCaseField(text)
                        // ("Sagsansvarlig enhed: …", "Sagsbehandler: …": any short label with its colon.)
                        || Self.colonIndex(text, within: 25).map({ text[..<$0].split(separator: " ").count <= 3 && Self.lexiconKind(Lexicon.fold(text[..<$0])) == nil }) == true
                    {
                        i += 1
                    } else if let colon = Self.colonIndex(text, within: 20), Self.lexiconKind(Lexicon.fold(text[..<colon])) == .history,
                        let access = Self.accessMarker(String(text.split(separator: "-").last.map { LineText.trim($0) } ?? ""))
                    {
                        if access { item.isPublic = false }
                        i += 1
                    } else {
                        break
                    }
                }
            }
            // ("Pkt. 42" over "# **Beslutninger om dagsordenen**": a heading of the page's markup that is no section's is the title.)
            if i < end, CaseNumbers.fromLine(lines[i].text) == nil,
                sectionHeading(lines[i], current: nil).map({ match in
                    (lines[i].level > 0 || lines[i].strong) && match.section.kind == .other && match.inline == nil
                        && Lexicon.headings[Lexicon.fold(lines[i].text)] == nil && Self.stage(lines[i].text) == nil
                }) ?? true
            {
                let (closed, title) = Self.closedPrefix(lines[i].text)
                item.title = title
                item.isPublic = item.isPublic && !closed
                i += 1
            }
        }
        // A title wrapped over two lines.
        var wrapped = 0
        let headingLength = lines[start.index].text.utf8.count
        // "Punkt 3: Tilsagn om tilskud … fra Styrelsen for" over two more lines, then a blank line: the heading's own block,
        // set in a larger font than the text, so shorter than its lines.
        let titleBlock = titleBlockEnd(start: start.index, end: end)
        while !start.headingLine, i < end, !lines[i].isBlank, wrapped < 2,
            i < titleBlock
                || isTitleContinuation(title: item.title, next: lines[i], toc: tocEntry, headingLength: wrapped == 0 ? headingLength : lines[i - 1].text.utf8.count)
                // ("… for Tønder Vand" / "A/S" / "13.02.00-S55-1-15": a short rest of the title right over its case number.)
                // (Not "A. Sager til afgørelse i byrådet", a group's line, nor a page's "• Udskriv".)
                || wrapped == 0 && lines[i].characterCount <= 24 && !lines[i].text.hasSuffix(".") && !lines[i].text.contains(":") && i + 1 < end
                    && Self.withoutBullet(lines[i].text) == lines[i].text && !(lines[i].text.dropFirst().hasPrefix(". "))
                    && CaseNumbers.fromLine(lines[i + 1].text) != nil && CaseNumbers.fromLine(lines[i].text) == nil
                    && sectionHeading(lines[i], current: nil) == nil && Self.accessMarker(lines[i].text) == nil
                // ("… tandklinikken på Ådalens Skole til Frederikssund" / "Hospital i 2024" / "Resume": a long title's rest
                // right over the first section's heading, a PDF's heading block without blank lines.)
                || wrapped == 0 && item.title.utf8.count >= 55 && lines[i].characterCount <= 50 && i + 1 < end && !lines[i + 1].isBlank
                    && isTitleRest(lines[i]) && lines[i].text.split(separator: " ").count <= 6
                    // (Over "Beslutning" such a line may as well be all the item says: "Formanden orienterede".)
                    && sectionHeading(lines[i + 1], current: nil).map({ $0.section.kind != .other && $0.section.kind != .decision && $0.inline == nil }) == true
        {
            if let joined = Paragraphs.dehyphenate(prev: item.title, next: lines[i].text) {
                item.title = String(item.title.reversed().drop(while: { $0 != " " }).reversed()) + joined
            } else {
                item.title += " " + lines[i].text
            }
            if tocEntry == nil {
                warnings.append(ReadWarning(line: lines[i].number, "item \(item.number): title taken to go on over this line"))
            }
            i += 1
            wrapped += 1
        }
        if let tocEntry, tocEntry.closed { item.isPublic = false }
        if let tocEntry, tocEntry.title.count > item.title.count, tocEntry.title.hasPrefix(item.title),
            !tocEntry.title.hasSuffix(item.title)
        {
            warnings.append(ReadWarning(line: lines[start.index].number, "item \(item.number) title is shorter than in the table of contents"))
        }
        // Case number and access markers before the first section.
        var probed = 0
        var j = i
        while j < end, probed < 4 {
            let line = lines[j]
            if line.isBlank { j += 1; continue }
            probed += 1
            if item.caseNumber == nil, let number = CaseNumbers.fromLine(line.text) {
                item.caseNumber = number
                if Bytes.hasFoldedPrefix(line.text, Self.lukketDash) { item.isPublic = false }
                // A status column beside the number: "Sagsnr.: 23/1234      Lukket", "… Lukket sag".
                let words = line.text.split(whereSeparator: { $0 == " " || $0 == "\t" })
                if let last = words.last, Self.accessMarker(String(last)) == true || Self.accessMarker(words.suffix(2).joined(separator: " ")) == true {
                    item.isPublic = false
                } else if let column = LineText.lastColumn(of: line.text), Self.accessMarker(LineText.trim(line.text[column...])) == true {
                    item.isPublic = false
                }
                j += 1
                i = j
                continue
            }
            if let closed = Self.accessMarker(line.text) {
                if closed { item.isPublic = false }
                j += 1
                i = j
                continue
            }
            // "J.nr.: 00.01.00.A10-0001/2013" over "Sagsnr.: 6628": a second number of the case, a field and no text.
            if item.caseNumber != nil, line.text.utf8.count <= 80, CaseNumbers.fromLine(line.text) != nil, !CaseNumbers.isCaseNumber(line.text),
                line.text.contains(":")
            {
                j += 1
                i = j
                continue
            }
            // The item's files listed under its heading on a web page: its attachments.
            if Self.isFileNames(line.text) {
                item.attachments.append(contentsOf: line.text.split(separator: " ").map(String.init))
                j += 1
                i = j
                continue
            }
            // The heading printed again ("Pkt. 42", "1.     Godkendelse af dagsorden (B)") or the title alone once more.
            if isRepeatedHeading(line.text, of: item) {
                j += 1
                i = j
                continue
            }
            // "Sagsnr.:" then "24/1021", "Sagsbehandler:" then "Karin Møller": a field's label alone, its value below.
            // "Sagsnummer" without its colon, when the number stands right under it.
            if !line.text.hasSuffix(":"), line.text.utf8.count <= 20, CaseNumbers.caseLabels.contains(Lexicon.fold(line.text)),
                let value = (j + 1..<end).first(where: { !lines[$0].isBlank }), CaseNumbers.isCaseNumber(LineText.trim(lines[value].text))
            {
                if item.caseNumber == nil { item.caseNumber = LineText.trim(lines[value].text) }
                j = value + 1
                i = j
                continue
            }
            // "Initialer" over "NIB": a field's label without its colon, its short value below.
            if !line.text.hasSuffix(":"), line.text.utf8.count <= 20, Self.caseFieldLabels.contains(Lexicon.fold(line.text)),
                let value = (j + 1..<end).first(where: { !lines[$0].isBlank }), lines[value].text.utf8.count <= 12, !lines[value].text.contains(" "),
                sectionHeading(lines[value], current: nil) == nil
            {
                j = value + 1
                i = j
                continue
            }
            if line.text.hasSuffix(":"), line.text.utf8.count <= 30, case let label = Lexicon.fold(line.text.dropLast()),
                CaseNumbers.caseLabels.contains(label) || Self.caseFieldLabels.contains(label),
                let value = (j + 1..<end).first(where: { !lines[$0].isBlank })
            {
                // "Sagsid.:" left empty over "BESLUTNING: …" or "Sagsnr.: …": the label goes, what is below stays.
                if sectionHeading(lines[value], current: nil) != nil || Self.isCaseField(lines[value].text)
                    || Self.caseFieldLabels.contains(label) && CaseNumbers.fromLine(lines[value].text) != nil
                {
                    j += 1
                    i = j
                    continue
                }
                if CaseNumbers.caseLabels.contains(label), item.caseNumber == nil {
                    let text = LineText.trim(lines[value].text)
                    item.caseNumber = CaseNumbers.fromLine(text) ?? (text.contains(where: \.isNumber) && !text.contains(" ") ? text : nil)
                }
                j = value + 1
                i = j
                continue
            }
            // A table of the case's fields: "Sagsnr. | Sagsbehandler | Status" over "24/1234 | Bo Dam | Lukket".
            if line.text.contains("\t"), let row = (j + 1..<end).first(where: { !lines[$0].isBlank }),
                let fields = Self.caseFieldRow(header: line.text, values: lines[row].text)
            {
                if item.caseNumber == nil { item.caseNumber = fields.caseNumber }
                if fields.closed == true { item.isPublic = false }
                j = row + 1
                i = j
                continue
            }
            // "KLE: 00.30.01", "Sagsbehandler: …", "00.22.04G01" alone, "A. Sager til afgørelse i byrådet": fields of the case,
            // no text of the item.
            if Self.isCaseField(line.text) || line.text.utf8.count <= 16 && CaseNumbers.isKLEPrefix(line.text) || Self.isCategoryLine(line.text) {
                j += 1
                i = j
                continue
            }
            break
        }

        // "Status på klimatilpasning (2024-0123456)": a case number printed in the title.
        if item.caseNumber == nil, item.title.hasSuffix(")"), let open = item.title.lastIndex(of: "(") {
            let inside = String(item.title[item.title.index(after: open)..<item.title.index(before: item.title.endIndex)])
            // "(2023-0451187)", "(Sagsnr. 23/4511)".
            item.caseNumber = CaseNumbers.isCaseNumber(inside) ? inside : CaseNumbers.fromLine(inside)
        }
        var sections = [RawSection]()
        var preamble = [Line]()
        var current: RawSection?
        while i < end {
            let line = lines[i]
            i += 1
            // ("Sagsforløb: ØK/BY" under the Resume heading: a field of the case, no text of it.)
            if line.text.utf8.count <= 40, line.text.utf8.contains(0x3A), Self.isRoutingField(line.text) { continue }
            if line.isBlank {
                if let c = current, c.endsAtBlank {
                    sections.append(c)
                    current = RawSection(heading: "", kind: .other, level: 0, line: line.number)
                    continue
                }
                // An untitled heading (an empty <h3>) ends the section that has text.
                if line.level > 0, let c = current, c.hasText {
                    sections.append(c)
                    current = RawSection(heading: "", kind: .other, level: line.level, line: line.number)
                    continue
                }
                if current != nil { current?.append(line) } else { preamble.append(line) }
                continue
            }
            if item.caseNumber == nil, current?.hasText != true, let labelled = CaseNumbers.fromLine(line.text),
                !CaseNumbers.isCaseNumber(line.text) || current == nil
            {
                item.caseNumber = labelled
                continue
            }
            // (Also after a paragraph: "Sagen bliver behandlet i Økonomiudvalget." then "Direktionscentret indstiller,".)
            // (Not a second body's "Børne- og Uddannelsesudvalget indstiller:" under "Direktionen indstiller, at …": the first proposes.)
            if current?.kind == .proposal, current?.by == nil, let lead = ItemFacts.proposer(line),
                current?.lines.first(where: { !$0.isBlank }).map({ ItemFacts.proposalLead($0.text) == nil }) ?? true
            {
                current?.by = lead.by
                current?.append(line)
                continue
            }
            // "Punkttype" over "Beslutning.": a field's value, not a heading.
            if i >= 2, !lines[i - 2].isBlank, Self.metaLabels.contains(Lexicon.fold(lines[i - 2].text)) {
                if current != nil { current?.append(line) } else { preamble.append(line) }
                continue
            }
            // (Where headings recur through the items, those are the layout's, and a word standing alone is a sub-heading.)
            // "Kommunalbestyrelsens møde 25. september 2006" over "Punkt 1:": the decision of this item follows.
            if line.text.utf8.count <= 12, let (number, title) = Self.punktHeading(line.text), title.isEmpty, number == item.number {
                var heading = "Beslutning"
                var above = current?.lines ?? preamble
                if let last = above.lastIndex(where: { !$0.isBlank }), above[last].characterCount <= 80,
                    DateText.firstDate(in: above[last].text) != nil, Lexicon.fold(above[last].text).contains("møde")
                {
                    heading = above[last].text
                    above.removeSubrange(last...)
                    if current != nil { current?.lines = above } else { preamble = above }
                }
                if let c = current { sections.append(c) }
                current = RawSection(heading: heading, kind: .decision, level: 0, line: line.number)
                continue
            }
            // "… Positivlisten er vedlagt som" / "bilag.": a paragraph's last word wrapped onto a line of its own, no heading.
            // "… veteranpolitik i" at the full width of the page over "Udvalget for Job, Arbejdsmarked & Integration": the sentence goes on.
            if i >= 2, line.level == 0, !line.strong,
                Self.isWrappedEnd(line.text, after: lines[i - 2]) || continuesWrappedLine(line, after: lines[i - 2])
            {
                if current != nil { current?.append(line) } else { preamble.append(line) }
                continue
            }
            // (The first heading of an item too, with nothing read under the title yet.)
            // ("Personale" standing alone in one item of many: a heading the layout prints only where it applies.)
            let standalone = (layoutHeadings.isEmpty || Self.isTailHeading(line.text)) && (current?.hasText ?? preamble.allSatisfy(\.isBlank))
                && standsAlone(i - 1, end: end)
            if var heading = sectionHeading(line, current: current, standalone: standalone) {
                // "Beslutning" over "Byrådet, 20.09.2016" before any text: one heading, the body and date its words.
                if let c = current, c.kind == .decision, !c.hasText, heading.section.kind == .decision, Lexicon.fold(c.heading) == "beslutning",
                    Self.stage(heading.section.heading)?.date != nil
                {
                    heading.section.heading = c.heading + " " + heading.section.heading
                    current = nil
                }
                if let c = current, c.hasText || c.kind != .other || !c.heading.isEmpty { sections.append(c) }
                // "Beslutning Udvalget for sundhed, kultur og fritid den" over "26-01-2021": a heading wrapped before its date.
                if heading.section.kind == .decision, heading.inline == nil, i < end, !lines[i].isBlank,
                    let joined = Self.wrappedStageHeading(heading.section.heading, next: lines[i].text)
                {
                    heading.section.heading = joined
                    i += 1
                }
                current = heading.section
                if let inline = heading.inline {
                    current?.append(Line(text: inline, number: line.number))
                    // (Before any section: a field of the case, not the item's list of attachments.)
                    if heading.section.kind == .attachments, sections.isEmpty, preamble.allSatisfy(\.isBlank) { current?.endsAtBlank = true }
                    // ("Beslutning Tilbagesendes …" right over the case's text, with no blank line between.)
                    if heading.endsAtLine, i < end, !lines[i].isBlank, let c = current {
                        sections.append(c)
                        current = RawSection(heading: "", kind: .other, level: 0, line: lines[i].number)
                    }
                }
                continue
            }
            if current != nil { current?.append(line) } else { preamble.append(line) }
        }
        if let c = current { sections.append(c) }
        // "Sagsgang | Orientering | Indstilling | Beslutning" over "BY | | | x": a table of the case's route, flattened; its
        // "Beslutning" is a column's name, its "x" a mark, and no decision.
        for index in sections.indices where sections[index].kind == .decision {
            if let first = sections[index].lines.first(where: { !$0.isBlank }), first.text == "x" || first.text == "X" { sections[index].kind = .other }
        }
        sections = mergeColonHeadings(sections)
        for index in sections.indices where sections[index].lines.contains(where: { $0.hints.contains(.absence) }) {
            sections[index].lines = ItemFacts.joiningAbsenceLabels(sections[index].lines)
        }
        if preamble.contains(where: { $0.hints.contains(.absence) }) { preamble = ItemFacts.joiningAbsenceLabels(preamble) }

        let texts = sections.map { paragraphs.text($0.lines) }
        item.sections = zip(sections, texts).map { Section(heading: $0.heading, kind: $0.kind, text: $1) }
        let preambleText = paragraphs.text(preamble)
        // ("Afbud: Peter Hansen (V)" under the title is the item's absence, read below; no text of a section.)
        if !preambleText.isEmpty, !preamble.allSatisfy({ $0.isBlank || ItemFacts.isAbsenceLine($0) }),
            !(preamble.contains { !$0.isBlank && $0.characterCount <= 4 } && preamble.allSatisfy(Self.isRoutingCell))
        {
            item.sections.insert(Section(heading: "", kind: .other, text: preambleText), at: 0)
        }
        readFacts(into: &item, sections: sections, texts: texts, preamble: preamble, preambleText: preambleText, agenda: agenda)
        return item
    }

    /// The end of a "Punkt N: Title" heading's block: the lines right under it, up to a blank line, when there are at most two,
    /// each short and no case number, access, section heading or sentence, and a blank line or the case number follows;
    /// else the heading's own index + 1.
    private func titleBlockEnd(start: Int, end: Int) -> Int {
        let none = start + 1
        guard lines[start].text.utf8.count >= 30, !lines[start].text.hasSuffix("."), let (_, title) = Self.punktHeading(lines[start].text), !title.isEmpty
        else { return none }
        var k = start + 1
        while k < end, k - start <= 3, !lines[k].isBlank {
            let text = lines[k].text
            guard text.utf8.count <= 100, CaseNumbers.fromLine(text) == nil, Self.accessMarker(text) == nil, sectionHeading(lines[k], current: nil) == nil,
                Self.punktHeading(text) == nil, !text.contains(". "), !ListItem.normalise(text).isItem,
                // (Nor "Intet." or "Afbud: Peter Svane (D)": the item's own text, with no blank line before it.)
                !(text.hasSuffix(".") && OutcomeReading.outcome(of: text) != .other), !ItemFacts.isAbsenceLine(lines[k])
            else { return none }
            k += 1
        }
        guard k > start + 1, k - start <= 3, k == end || lines[k].isBlank || CaseNumbers.fromLine(lines[k].text) != nil else { return none }
        return k
    }

    /// A short line that may end a title: no sentence, field, list item, case number, heading or outcome.
    private func isTitleRest(_ line: Line) -> Bool {
        let text = line.text
        guard let last = text.last, last != ".", last != ":", !text.contains(":"), Self.withoutBullet(text) == text, !text.hasPrefix("- "),
            CaseNumbers.fromLine(text) == nil, Self.accessMarker(text) == nil, sectionHeading(line, current: nil) == nil,
            !ItemFacts.isAbsenceLine(line), OutcomeReading.outcome(of: text) == .other
        else { return false }
        return true
    }

    private func isTitleContinuation(title: String, next: Line, toc: TOCEntry?, headingLength: Int) -> Bool {
        let text = next.text
        if CaseNumbers.fromLine(text) != nil || Self.accessMarker(text) != nil || Self.isCategoryLine(text) { return false }
        if sectionHeading(next, current: nil) != nil { return false }
        // ("Intet." and "Afbud: Peter Svane (D)" right under the title, pdftotext without blank lines: the item's text.)
        if text.utf8.count <= 40, text.hasSuffix("."), OutcomeReading.outcome(of: text) != .other { return false }
        if ItemFacts.isAbsenceLine(next) { return false }
        // The heading line reached the layout's wrap width, so it goes on below.
        if paragraphs.wrapWidth > 0, headingLength >= paragraphs.wrapWidth, text.utf8.count < 140 { return true }
        if let toc {
            let tocTitle = Lexicon.fold(toc.title)
            let joined = Lexicon.fold(title + " " + text)
            if tocTitle.hasPrefix(joined) { return true }
            if let dehyphenated = Paragraphs.dehyphenate(prev: title, next: text),
                tocTitle.hasPrefix(Lexicon.fold(String(title.reversed().drop(while: { $0 != " " }).reversed()) + dehyphenated))
            {
                return true
            }
            if Lexicon.fold(title) == tocTitle { return false }
        }
        // A title that ends on a word such as "på" or "og" goes on below.
        let lastWord = title.split(separator: " ").last.map { $0.lowercased() } ?? ""
        if PageJoin.continuationWords.contains(lastWord), text.utf8.count < 140, next.level == 0 { return true }
        guard let first = text.first, title.utf8.count >= 40 || title.hasSuffix("-"), text.utf8.count < 140 else { return false }
        return first.isLowercase || first.isNumber || first == "("
    }

    /// "Bilag:" inside a section is a sub-heading when a proper "Bilag" section follows.
    private func mergeColonHeadings(_ sections: [RawSection]) -> [RawSection] {
        var result = [RawSection]()
        for (index, section) in sections.enumerated() {
            let laterSameKind = sections[(index + 1)...].contains { $0.kind == section.kind && !$0.colonForm }
            // ("Beslutning fra Teknik- og Miljøudvalget, 10. september 2024, pkt. 56:" is an earlier stage, dated: a heading still.)
            // (Under Historik it stays an entry of the history's text.)
            let datedStage = section.kind == .decision && Self.stage(section.heading)?.date != nil
                && result.last.map { $0.kind != .history && $0.kind != .previous } ?? true
            if section.colonForm, laterSameKind, !datedStage, var previous = result.popLast() {
                previous.append(Line(text: section.heading + ":", number: section.line))
                for line in section.lines { previous.append(line) }
                result.append(previous)
            } else {
                result.append(section)
            }
        }
        return result
    }

    // MARK: Section headings

    struct HeadingMatch {
        var section: RawSection
        var inline: String?
        /// The inline text is the section's whole text, though lines follow without a blank line.
        var endsAtLine = false
    }

    /// Words of the lexicon that are headings only when the layout marks them or uses them in several items.
    static let weakHeadings = LexiconTable<Bool>([
        "formål", "sagen", "indhold", "fakta", "forslag", "referat", "protokol", "politik",
        "politikker", "strategi", "budget", "bevilling", "finansiering", "kompetence", "personale", "forløb",
        "vurdering", "høringer", "redegørelse", "sagens behandling", "indstillingen", "løsning", "behandling", "text",
    ])

    /// Letters all in capitals, as "EFFEKT" or "ØKONOMI": no small letter, and a capital letter first.
    static func isCapitals(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isUppercase else { return false }
        return !text.unicodeScalars.contains { $0.properties.isLowercase }
    }

    /// "Sagsforløb: IR", "Sagsforløb: ØK/BY": the bodies the case goes through, in their codes.
    static func isRoutingField(_ text: String) -> Bool {
        guard text.utf8.count <= 40, let colon = colonIndex(text, within: 20), case let rest = LineText.trim(text[text.index(after: colon)...]),
            !rest.isEmpty, rest.count <= 24, !rest.contains(where: \.isLowercase)
        else { return false }
        return lexiconKind(Lexicon.fold(text[..<colon])) == .history
    }

    /// Weak headings that a layout prints only in the items they concern, so that they need not recur to count.
    static func isTailHeading(_ text: String) -> Bool {
        guard (9...11).contains(text.utf8.count), let first = text.utf8.first, first | 0x20 == 0x70 || first | 0x20 == 0x6B else { return false }
        let folded = Lexicon.fold(text)
        return folded == "personale" || folded == "kompetence"
    }

    /// `standalone`: the line stands between paragraphs as a heading does, after a section with text (see `standsAlone`).
    func sectionHeading(_ line: Line, current: RawSection?, standalone: Bool = false) -> HeadingMatch? {
        let text = line.text
        let length = text.utf8.count
        guard length <= 400 else { return nil }
        let marked = line.level > 0 || line.strong
        // "**Afbud:**" in bold over the names: the absence's label, read with its names, no section.
        if marked, length <= 24, ItemFacts.bareAbsenceLabels.contains(Lexicon.fold(text)) { return nil }
        // Long lines can only be the heading forms that carry more words: "Beslutning <udvalg> den …", "X indstiller".
        let folded = FoldedText(line, if: length <= 160 || Bytes.hasFoldedPrefix(text, Self.beslutning))
        var kind = folded.isEmpty ? nil : Self.lexiconKind(folded)
        if let found = kind, !marked, Self.weakHeadings.contains(folded) || Lexicon.headings[folded] == .other,
            !layoutHeadings.contains(folded),
            // ("EFFEKT" under "SAGSFREMSTILLING": a layout that sets its headings in capitals sets this one so too.)
            !(length >= 4 && length <= 40 && Self.isCapitals(text)),
            // ("Alternativ indstilling" right under "Indstilling" with nothing in it: a template's run of empty headings.)
            !(Lexicon.headings[folded] == .other && current.map({ !$0.hasText && !$0.heading.isEmpty && $0.kind != .other }) == true
                && folded.string.contains(" ")),
            // A word that is a heading only sometimes ("Vurdering", "Videre proces") is one where it stands alone between
            // paragraphs; a decision or a proposal needs more than that.
            !(standalone && length <= 40 && found != .decision && found != .proposal),
            // ("Referat" alone right under an item page's title, before any text: what was decided.)
            !(standalone && current == nil && folded.string == "referat")
        {
            kind = nil
        }
        // "Beslutning Tilbagesendes Borgmesterens Afdeling med bemærkning, at …": the heading and its text on one line (Aarhus).
        if kind == .decision, length > 100, text.hasSuffix("."), Bytes.hasFoldedPrefix(text, Self.beslutningSpace),
            case let rest = LineText.trim(text.dropFirst(11)), rest.first?.isUppercase == true, Self.stage(String(rest.prefix(100))) == nil || rest.contains(", at ")
        {
            var match = HeadingMatch(section: RawSection(heading: "Beslutning", kind: .decision, level: line.level, line: line.number), inline: rest)
            match.endsAtLine = true
            return match
        }
        // "Sagens forløb 12-08-2019 Magistraten": the heading, then its first entry's date and body on the same line.
        if kind == nil, length <= 120, Bytes.hasFoldedPrefix(text, Self.sagensForloebSpace),
            case let rest = LineText.trim(text.dropFirst(14)), let found = DateText.firstDate(in: rest), found.start == 0
        {
            return HeadingMatch(section: RawSection(heading: "Sagens forløb", kind: .history, level: line.level, line: line.number), inline: rest)
        }
        // "Sagsfremstilling" then "Baggrund": a heading of the kind just opened, before any text, is its sub-heading.
        if let current, let kind, kind == current.kind, !current.hasText, !marked || current.level > 0 && line.level > current.level {
            return nil
        }
        // "Sagsforløb: IR", "Sagsforløb: ØU - BY": the bodies the case goes through, in their codes, a field and no heading.
        if Self.isRoutingField(text) { return nil }
        // "Beslutning i Økonomiudvalget den 13-12-2023: Godkendt.": the heading ends at the colon, the text follows.
        if kind != nil, let colon = Self.colonIndex(text, within: 100), case let rest = LineText.trim(text[text.index(after: colon)...]),
            !rest.isEmpty, let labelKind = Self.lexiconKind(Lexicon.fold(text[..<colon])), labelKind != .other,
            // "BESLUTNING: Økonomiudvalget den 09-12-2021": who decided and when belong to the heading.
            !(labelKind == .decision && Self.isStageAfterColon(rest))
        {
            let section = RawSection(heading: Self.printedHeading(String(text[..<colon])), kind: labelKind, level: line.level, line: line.number)
            return HeadingMatch(section: section, inline: rest)
        }
        if let kind {
            let heading = Self.printedHeading(text)
            var section = RawSection(heading: heading, kind: kind, level: line.level, line: line.number)
            section.colonForm = text.hasSuffix(":") && !marked
            section.strong = line.strong
            if kind == .proposal, let lead = ItemFacts.proposer(line) { section.by = lead.by }
            return HeadingMatch(section: section)
        }
        // "Børne- og Skoleudvalget den 6. november 2018:": who decided and when, over the decision.
        if kind == nil, length <= 100, text.hasSuffix(":"), current?.kind != .history, current?.kind != .previous,
            case let stageText = String(text.dropLast()), Self.isStageAfterColon(stageText), Self.stage(stageText) != nil
        {
            return HeadingMatch(section: RawSection(heading: Self.printedHeading(text), kind: .decision, level: line.level, line: line.number))
        }
        // "Kommunalbestyrelsen den 22. december 2016" alone on its line, without the colon: a body and a date, its decision below.
        // (Not "Plan- og Ejendomsudvalget, 24.10.2016" among a decision's stages, nor "Kommunalbestyrelsens møde 25. september 2006".)
        if kind == nil, length <= 90, Bytes.contains(text, Self.denBytes), current?.kind != .history, current?.kind != .previous, current?.kind != .consultation, current?.kind != .decision || current.map({ !$0.heading.contains(",") && Self.stage($0.heading) != nil }) == true, !text.contains(":"),
            !text.hasSuffix("."), !text.contains(","), !Lexicon.fold(text).contains("møde"),
            Self.isStageAfterColon(text), let stage = Self.stage(text), stage.date != nil, !stage.body.isEmpty
        {
            return HeadingMatch(section: RawSection(heading: Self.printedHeading(text), kind: .decision, level: line.level, line: line.number))
        }
        // "Økonomiudvalget, 18. september 2019, pkt. 153:": a stage of the case, its decision below.
        // (Under Historik or Sagens forløb, such a line heads an entry of the history.)
        if kind == nil, length <= 140, current?.kind != .history, current?.kind != .previous, Self.stageLine(text) != nil {
            return HeadingMatch(section: RawSection(heading: Self.printedHeading(text), kind: .decision, level: line.level, line: line.number))
        }
        // "Økonomiudvalget, 31.10.2016 Jette Leth Buhl var fraværende. Anbefales.": under Beslutning, a stage of the case and
        // its decision on one line.
        if kind == nil, current?.kind == .decision, let (heading, rest) = Self.stageWithText(text) {
            return HeadingMatch(section: RawSection(heading: heading, kind: .decision, level: line.level, line: line.number), inline: rest.isEmpty ? nil : rest)
        }
        // "Beslutning       Godkendt.": a heading in the left column of a layout, its text beside it.
        if let gap = Self.columnGap(text, within: 40) {
            let label = Lexicon.fold(text[..<gap.lowerBound])
            let rest = LineText.trim(text[gap.upperBound...])
            if let kind = Lexicon.headings[label], kind != .other || !label.contains(" "), Self.isLabelColumn(kind: kind, label: label, rest: rest) {
                var section = RawSection(heading: Self.printedHeading(String(text[..<gap.lowerBound])), kind: kind, level: line.level, line: line.number)
                if kind == .proposal, let lead = ItemFacts.proposer(rest) { section.by = lead.by }
                return HeadingMatch(section: section, inline: rest)
            }
        }
        // "X indstiller," opens the proposal when no Indstilling heading did.
        if current?.kind != .proposal, let lead = ItemFacts.proposer(line), !text.hasSuffix(".") {
            var section = RawSection(heading: Self.printedHeading(text), kind: .proposal, level: line.level, line: line.number)
            section.by = lead.by
            let restWords = lead.rest.split(separator: " ").count
            return HeadingMatch(section: section, inline: restWords > 3 ? lead.rest : nil)
        }
        // "Teknisk Forvaltning indstiller, at der gives principiel tilladelse …, som ansøgt.": a paragraph of its own (a web
        // page's), the lead and its one point, in a section that is no proposal's.
        if current.map({ $0.kind == .summary || $0.kind == .presentation || $0.kind == .other && $0.heading.isEmpty }) ?? true,
            line.hints.contains(.proposal), text.hasSuffix("."), let lead = ItemFacts.proposalLead(text),
            lead.by.split(separator: " ").count <= 5, !lead.by.contains("."), lead.rest.hasPrefix("at "), Bytes.contains(text, Self.spaceIndstillerComma)
        {
            var section = RawSection(heading: Self.printedHeading(String(text.prefix(while: { $0 != "," }))), kind: .proposal, level: line.level, line: line.number)
            section.by = lead.by
            return HeadingMatch(section: section, inline: lead.rest)
        }
        // "By- og udviklingsdirektøren foreslår," opens the proposal as "indstiller," does.
        if current?.kind != .proposal, length <= 160, let by = Self.foreslaarLead(text) {
            var section = RawSection(heading: Self.printedHeading(text), kind: .proposal, level: line.level, line: line.number)
            section.by = by
            return HeadingMatch(section: section)
        }
        // "Beslutning: Godkendt." carries its text on the heading line.
        // "Ældre- og Handicapudvalgets beslutning den 12. december 2023: Anbefales." too.
        if length <= 400, let colon = Self.colonIndex(text, within: 100) {
            let label = Lexicon.fold(text[..<colon])
            // ("Kompetence: Økonomiudvalget": who decides is a field wherever it stands, though "kompetence" alone is weak;
            // so is "Referat: Godkendt." when an outcome follows.)
            if let kind = Self.lexiconKind(label), kind != .other, case let rest = LineText.trim(text[text.index(after: colon)...]), !rest.isEmpty,
                !Self.weakHeadings.contains(label) || kind == .authority
                    || kind == .decision && rest.utf8.count <= 120 && OutcomeReading.outcome(of: rest) != .other
            {
                if kind == .decision, Self.isStageAfterColon(rest) {
                    return HeadingMatch(section: RawSection(heading: Self.printedHeading(text), kind: .decision, level: line.level, line: line.number))
                }
                let section = RawSection(heading: Self.printedHeading(String(text[..<colon])), kind: kind, level: line.level, line: line.number)
                return HeadingMatch(section: section, inline: rest)
            }
        }
        // An unknown heading right under another heading is its sub-heading.
        if let current, !current.hasText, current.kind != .other || !current.heading.isEmpty {
            if marked || layoutHeadings.contains(folded) { return nil }
        }
        if marked {
            // An unknown marked heading opens a section unless it sits deeper than the current section's heading.
            guard Self.isHeadingShaped(text) else { return nil }
            if let current, current.level > 0, line.level > current.level || line.level == 0 { return nil }
            // "## B. JobCAMP 2022" after "## Resumé" and its text: a converter that sets every heading at one level lost the
            // depth of the section's lettered parts.
            if let current, current.kind != .other, current.hasText, line.level == current.level, Self.isLettered(text) { return nil }
            // A bold line is a heading beside a bold heading, and emphasis inside a plain one.
            if let current, current.level == 0, line.level == 0, !current.strong { return nil }
            // A bold line of its own words inside a Sagsfremstilling with text, under a bold heading of the lexicon, is its
            // sub-heading; the layout's own headings recur in other items.
            if let current, current.strong, line.level == 0, current.hasText, current.kind == .presentation || current.kind == .summary,
                !layoutHeadings.contains(folded)
            {
                return nil
            }
            var section = RawSection(heading: Self.printedHeading(text), kind: .other, level: line.level, line: line.number)
            section.strong = line.strong
            return HeadingMatch(section: section)
        }
        if layoutHeadings.contains(folded) {
            return HeadingMatch(section: RawSection(heading: Self.printedHeading(text), kind: .other, level: 0, line: line.number))
        }
        return nil
    }

    /// A line of one or two words that ends the paragraph above: the line above is prose that runs on (no full stop, colon,
    /// or other end), and this one starts small or ends with a full stop.
    static func isWrappedEnd(_ text: String, after previous: Line) -> Bool {
        guard text.utf8.count <= 30, !previous.isBlank, previous.level == 0, previous.text.utf8.count >= 30,
            let last = previous.text.utf8.last, !(last == 0x2E || last == 0x3A || last == 0x21 || last == 0x3F || last == 0x3B || last == 0x29),
            let first = text.first, first.isLowercase || text.hasSuffix("."), text.split(separator: " ").count <= 2
        else { return false }
        return !ListItem.normalise(previous.text).isItem || first.isLowercase
    }

    /// The line above filled the layout's width and ended mid-sentence, so this line goes on with it; a main heading of the
    /// lexicon still opens its section.
    func continuesWrappedLine(_ line: Line, after previous: Line) -> Bool {
        let width = paragraphs.wrapWidth
        guard width > 0, !previous.isBlank, previous.level == 0, previous.characterCount * 100 >= width * 85,
            let last = previous.text.utf8.last, !(last == 0x2E || last == 0x3A || last == 0x21 || last == 0x3F || last == 0x3B),
            !ListItem.normalise(line.text).isItem
        else { return false }
        // (Nor "X indstiller, at", "Beslutning i Byrådet den …" or a stage "Økonomiudvalget, 18. september 2019, pkt. 153:".)
        if line.hints.contains(.proposal) || line.text.utf8.last == 0x3A { return false }
        // (Nor under a row of the case's fields, "Sagsnr.: 330-2018-3619     Dok.nr.: …     Åbent": no prose to go on.)
        if Bytes.contains(previous.text, Self.threeSpaces) || previous.text.utf8.contains(0x09), CaseNumbers.fromLine(previous.text) != nil { return false }
        // (Nor "Kompetence: Økonomiudvalget": a heading of the lexicon with its value.)
        if let colon = Self.colonIndex(line.text, within: 40), let kind = Self.lexiconKind(Lexicon.fold(line.text[..<colon])), kind != .other {
            return false
        }
        guard line.text.utf8.count <= 160 else { return true }
        let folded = Lexicon.fold(line.text)
        if let kind = Self.lexiconKind(folded), kind != .other, !Self.weakHeadings.contains(folded) { return false }
        return true
    }

    static let punktColon = Array("punkt:".utf8)

    /// "Beslutning Udvalget for arbejdsmarked og" + "integration den 28-11-2023" -> the whole heading, when the heading names no
    /// date and the next line is a short one that ends with the date.
    static func wrappedStageHeading(_ heading: String, next: String) -> String? {
        guard Bytes.hasFoldedPrefix(heading, beslutning), DateText.firstDate(in: heading) == nil, next.utf8.count <= 60,
            let found = DateText.firstDate(in: next), case let after = LineText.trim(String(next.utf8.dropFirst(found.end)) ?? "x"),
            after.isEmpty || after == ":", !next.contains(". ")
        else { return nil }
        return heading + " " + LineText.trim(next)
    }

    static let committeeButtons = [" Vis medlemmer", " Rss-feed", " RSS-feed", " Udskriv", " Abonnér", " Abonner"]

    static let denBytes = Array(" den ".utf8)

    /// "Byrådet, 22.11.2016 Githa Nelander var fraværende. Godkendt." -> ("Byrådet, 22.11.2016", "Githa Nelander var …"): a
    /// committee, a comma, a date and the text (or nothing); nil for other lines.
    static func stageWithText(_ text: String) -> (heading: String, rest: String)? {
        guard text.utf8.count <= 400, text.first?.isUppercase == true, let found = DateText.firstDate(in: text), found.start > 3, found.start <= 82
        else { return nil }
        var body = LineText.trim(String(text.utf8.prefix(found.start)) ?? "")
        let comma = body.hasSuffix(",")
        while body.hasSuffix(",") { body = LineText.trim(body.dropLast()) }
        guard HeaderReader.namesCommittee(body), let dateText = String(text.utf8.dropFirst(found.start).prefix(found.end - found.start)) else { return nil }
        let rest = LineText.trim(String(text.utf8.dropFirst(found.end)) ?? "")
        guard rest.isEmpty || rest.first?.isUppercase == true else { return nil }
        return (body + (comma ? ", " : " ") + dateText, rest)
    }

    /// The lexicon kind of a folded heading, including the forms that carry more words.
    static let beslutning = Array("beslutning".utf8)
    static let threeSpaces = Array("   ".utf8)
    static let beslutningSpace = Array("beslutning ".utf8), sagensForloebSpace = Array("sagens forløb ".utf8)
    static let sBeslutning = Array("s beslutning".utf8)

    static func lexiconKind(_ folded: FoldedText) -> SectionKind? {
        if let kind = Lexicon.headings[folded] { return kind }
        // Most lines fail the guard below; simple ones are ruled out on their bytes, without a String.
        // The String path below answers only for these prefixes, "beslutning " or "s beslutning".
        if folded.simple {
            guard folded.bytes.count <= 200,
                folded.hasPrefix("indstilling ") || folded.hasPrefix("tidligere behandling ") || folded.hasPrefix("høring af ")
                    || folded.hasPrefix("beslutning ") || folded.hasPrefix("beslutninger ") || Bytes.find(sBeslutning, in: folded.bytes) != nil
                    || folded.hasPrefix("bilag til p")
            else { return nil }
        }
        return lexiconKind(folded.string)
    }

    static func lexiconKind(_ folded: String) -> SectionKind? {
        if let kind = Lexicon.headings[folded] { return kind }
        // "Bilag til punkt 3": the item's attachments.
        for prefix in ["bilag til punkt ", "bilag til pkt. ", "bilag til pkt "] where folded.hasPrefix(prefix) {
            let rest = folded.dropFirst(prefix.count).drop { $0 == ":" }
            let number = rest.hasSuffix(":") ? rest.dropLast() : rest
            return !number.isEmpty && number.count <= 3 && number.allSatisfy(\.isNumber) ? .attachments : nil
        }
        guard folded.utf8.count <= 200,
            folded.hasPrefix("indstilling ") || folded.hasPrefix("tidligere behandling ") || folded.hasPrefix("høring af ")
                || Bytes.contains(folded, beslutning)
        else { return nil }
        // "Beslutninger Handicaprådet den 23-11-2015": the plural with a date.
        if folded.hasPrefix("beslutninger "), DateText.firstDate(in: folded) != nil { return .decision }
        // "Beslutning Udvalget for X den 28-11-2023", "Beslutning i Økonomiudvalget den 14.02.2022"
        if folded.hasPrefix("beslutning ") || folded.contains("s beslutning") {
            // "Beslutning om tidspunkter for …": a sentence about a decision, not the heading of one.
            if folded.hasPrefix("beslutning ikke") || folded.hasPrefix("beslutningen") || folded.hasPrefix("beslutning om ")
                || folded.hasPrefix("beslutning vedrørende ")
            {
                return nil
            }
            if !folded.hasPrefix("beslutning "), !Self.namesDecidingBody(folded) { return nil }
            let hasDate = DateText.firstDate(in: folded) != nil
            let namesBody = ["udvalg", "bestyrelse", "byråd", "råd", "mødet", "borgerrepræsentation", "direktion"].contains { folded.contains($0) }
            if hasDate || namesBody { return .decision }
        }
        for (prefix, kind) in [("indstilling fra ", SectionKind.proposal), ("indstilling til ", .proposal), ("tidligere behandling i ", .previous), ("høring af ", .consultation)]
        where folded.hasPrefix(prefix) && folded.split(separator: " ").count <= 8 {
            return kind
        }
        return nil
    }

    private static let sentenceWords: Set<Substring> = [
        "jf.", "jf", "af", "skyldes", "blandt", "andet", "at", "som", "efter", "på", "til", "med", "om", "en", "et", "der",
        "det", "den", "ved", "iht.", "ifølge", "med", "under", "se", "var", "er", "blev", "har", "fulgte", "følge",
    ]

    /// "Økonomiudvalgets beslutning den 5. marts 2024" names who decided; "… jf. byrådets beslutning af" (a sentence
    /// wrapped at its end) does not: the name stands alone before "beslutning", and only a date may follow it.
    static func namesDecidingBody(_ folded: String) -> Bool {
        let bytes = Array(folded.utf8)
        guard let at = Bytes.find(sBeslutning, in: bytes) else { return false }
        let name = String(decoding: bytes[..<at], as: UTF8.self)
        var words = name.split(separator: " ")[...]
        // "Det rådgivende Integrationsudvalgs beslutning": the article opens a committee's name, not a sentence.
        if words.count > 1, words.first == "det" || words.first == "den" { words = words.dropFirst() }
        guard words.count <= 6, !name.contains(","), !words.contains(where: { sentenceWords.contains($0) }) else { return false }
        let after = LineText.trim(String(decoding: bytes[(at + sBeslutning.count)...], as: UTF8.self))
        return after.isEmpty || after.hasPrefix(":") || DateText.firstDate(in: after) != nil
    }

    /// The first run of three or more spaces (or a tab) within `limit` bytes: a column gap of a `-layout` text.
    static func columnGap(_ text: String, within limit: Int) -> Range<String.Index>? {
        var copy = text
        let found: (Int, Int)? = copy.withUTF8 { bytes in
            var i = 1
            while i < min(limit, bytes.count) {
                if bytes[i] == 0x09 { return (i, i + 1) }
                if bytes[i] == 0x20, i + 2 < bytes.count, bytes[i + 1] == 0x20, bytes[i + 2] == 0x20 {
                    var end = i + 3
                    while end < bytes.count, bytes[end] == 0x20 { end += 1 }
                    return end < bytes.count ? (i, end) : nil
                }
                i += 1
            }
            return nil
        }
        guard let (start, end) = found else { return nil }
        return text.utf8.index(text.startIndex, offsetBy: start)..<text.utf8.index(text.startIndex, offsetBy: end)
    }

    /// Whether "label  rest" is a heading in a layout's left column rather than a table row that starts with a section word
    /// ("Høring  marts-maj", "Forslag | Beløb"): a row of more cells never is; a short rest without a full stop only beside
    /// the main headings.
    static func isLabelColumn(kind: SectionKind, label: String, rest: String) -> Bool {
        if rest.utf8.contains(0x09) || columnGap(rest, within: rest.utf8.count) != nil { return false }
        if rest.split(separator: " ").count >= 3 || rest.hasSuffix(".") { return true }
        switch kind {
        case .decision, .proposal, .presentation, .summary, .attachments, .history: return !weakHeadings.contains(label)
        default: return false
        }
    }

    /// The index of the first ":" among the first `limit` bytes.
    static func colonIndex(_ text: String, within limit: Int) -> String.Index? {
        var copy = text
        let offset: Int? = copy.withUTF8 { bytes in
            for i in 0..<min(limit, bytes.count) where bytes[i] == 0x3A { return i }
            return nil
        }
        return offset.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
    }

    static func printedHeading(_ text: String) -> String {
        var heading = text
        while let last = heading.last, last == ":" || last == "," || last == " " { heading.removeLast() }
        return heading
    }

    /// "B. JobCAMP 2022", "C) Status": a part named by a capital letter.
    static func isLettered(_ text: String) -> Bool {
        let bytes = Array(text.utf8.prefix(3))
        return bytes.count == 3 && bytes[0] >= 0x41 && bytes[0] <= 0x5A && (bytes[1] == 0x2E || bytes[1] == 0x29) && bytes[2] == 0x20
    }

    static func isHeadingShaped(_ text: String) -> Bool {
        guard text.utf8.count <= 120, let first = text.first, first.isLetter || first.isNumber else { return false }
        if text.hasSuffix(".") && text.split(separator: " ").count > 6 { return false }
        return !ListItem.normalise(text).isItem
    }

    private static func appendOnce(_ n: Int, to items: inout [Int]) {
        if items.last != n { items.append(n) }
    }

    /// Plain lines that stand alone before a paragraph in several items are the layout's headings.
    static let genericCommittees: Set<String> = ["udvalget", "udvalg", "rådet", "kommissionen", "bestyrelsen", "nævnet"]

    /// "Økonomiudvalget den 09-12-2021": a body and the date it decided, all that follows a decision label's colon.
    static func isStageAfterColon(_ rest: String) -> Bool {
        guard rest.utf8.count <= 90, Bytes.startsUppercase(rest), let found = DateText.firstDate(in: rest), found.start > 0 else { return false }
        let after = rest.utf8.dropFirst(found.end)
        return after.allSatisfy { $0 == 0x3A || $0 == 0x2E || $0 == 0x20 }
    }

    /// The line at `index` stands as a heading: after a blank line or a finished sentence, and before a line that starts
    /// a sentence or a list.
    func standsAlone(_ index: Int, end: Int) -> Bool {
        guard index >= 1, let first = lines[index].text.utf8.first, first >= 0x41 && first <= 0x5A || first == 0xC3 else { return false }
        if let last = lines[index].text.utf8.last, last == 0x2E || last == 0x2C || last == 0x3B { return false }
        let before = lines[index - 1]
        if !before.isBlank, let last = before.text.utf8.last, !(last == 0x2E || last == 0x3A || last == 0x21 || last == 0x3F) { return false }
        guard let next = lines[(index + 1)..<max(index + 1, end)].first(where: { !$0.isBlank }), let start = next.text.utf8.first else { return false }
        return start >= 0x41 && start <= 0x5A || start == 0xC3 || start >= 0x30 && start <= 0x39 || start == 0x2D || start == 0xE2
    }

    func findLayoutHeadings(_ starts: [ItemStart]) -> Set<String> {
        guard starts.count >= 2 else { return [] }
        // Text with hardly a blank line (pdftotext without -layout) has no standalone lines: there a lexicon word
        // counts wherever it stands. Elsewhere only standalone lines are folded, as most are not.
        let blanks = lines.reduce(0) { $0 + ($1.isBlank ? 1 : 0) }
        let dense = blanks * 20 < lines.count
        // Items are visited in order, so each key's list of items stays sorted and free of repeats.
        var itemsByKey = [String: (items: [Int], text: String)]()
        itemsByKey.reserveCapacity(64)
        for (n, start) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1].index : lines.count
            var index = start.index + 1
            while index < end {
                defer { index += 1 }
                let line = lines[index]
                guard !line.isBlank, line.text.utf8.count <= 60, line.level == 0, !line.strong else { continue }
                let before = index == 0 || lines[index - 1].isBlank
                let after = index + 1 >= lines.count || lines[index + 1].isBlank
                guard Bytes.startsUppercase(line.text) else { continue }
                if let last = line.text.utf8.last, last == 0x2E || last == 0x2C || last == 0x3B || last == 0x3F || last == 0x21 { continue }
                // (A word of the lexicon alone on its line counts wherever it stands: "Referat" right between a question and
                // its answer in every item.)
                guard before && after || line.text.utf8.count <= 30 || dense else { continue }
                let folded = Lexicon.fold(line.text)
                guard before && after || Lexicon.headings[folded] != nil else { continue }
                Self.appendOnce(n, to: &itemsByKey[folded, default: ([], line.text)].items)
            }
        }
        var result = Set<String>()
        for (key, entry) in itemsByKey {
            let known = Lexicon.headings[key] != nil
            let enough = known ? entry.items.count >= 2 : entry.items.count >= max(3, (starts.count * 2 + 4) / 5)
            guard enough else { continue }
            // What recurs but reads as a sentence, a list item, a date, a decision or an absence is no heading.
            let text = entry.text
            if text.split(separator: " ").count > 6 || DateText.firstDate(in: text) != nil { continue }
            if OutcomeReading.outcome(of: key) != .other || ListItem.normalise(text).isItem { continue }
            if text.utf8.dropLast().contains(0x3A) || ItemFacts.isAbsenceLine(text) { continue }
            result.insert(key)
        }
        return result
    }
}

extension MinutesParser {
    static let ommune = Array("ommune".utf8)
    static let ommuneCapitals = Array("OMMUNE".utf8)
    private static let regionsWord = Array("Regions".utf8)

    /// "Københavns Rådhus", "Lemvig Rådhus": a town hall named after its municipality.
    static func bodyFromTownHall(_ location: String) -> String? {
        let words = location.split(whereSeparator: { $0 == " " || $0 == "," })
        for (i, word) in words.enumerated() where i > 0 && word == "Rådhus" {
            if let body = Municipalities.body(forWordBeforeKommune: String(words[i - 1])) { return body }
        }
        return nil
    }

    /// The municipality named most often in the document.
    /// "Køge Byråd", "Egedal Kommunalbestyrelse": the council named by its town -> "Køge Kommune".
    static func bodyFromCouncilName(_ committee: String) -> String? {
        let words = committee.split(separator: " ")
        guard words.count == 2, ["byråd", "byrådet", "kommunalbestyrelse", "kommunalbestyrelsen"].contains(words[1].lowercased()) else { return nil }
        return Municipalities.body(forWordBeforeKommune: String(words[0]))
    }

    func findBody() -> String? {
        var counts = [String: Int]()
        var first = [String: Int]()
        for (index, line) in lines.enumerated() where line.hints.contains(.municipality) {
            for body in Self.municipalities(in: line.text) {
                counts[body, default: 0] += 1
                if first[body] == nil { first[body] = index }
            }
        }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : (first[a.key] ?? 0) > (first[b.key] ?? 0) }?.key
    }

    /// Every "<Name> Kommune(s)" of the 98 in a line, read on its bytes.
    static func municipalities(in text: String) -> [String] {
        let found = municipalities(cased: text)
        // "RANDERS KOMMUNE" in capitals: read again with each word capitalised.
        if found.isEmpty, text.utf8.count <= 200, Bytes.contains(text, Self.ommuneCapitals) {
            return municipalities(cased: text.lowercased().split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " "))
        }
        return found
    }

    private static func municipalities(cased text: String) -> [String] {
        let bytes = Array(text.utf8)
        var result = [String]()
        var from = 0
        while let i = Bytes.find(ommune, in: bytes, from: from) {
            from = i + ommune.count
            // ("Varde, Esbjerg og Fanø kommuner": several municipalities named together, none of them the body.)
            if from < bytes.count, bytes[from] == 0x72 { continue }
            // "Kommune" or "kommune" as a word of its own, or the end of "Regionskommune".
            guard i >= 2, bytes[i - 1] == 0x4B || bytes[i - 1] == 0x6B else { continue }
            var wordEnd = i - 1
            if bytes[wordEnd - 1] != 0x20 {
                guard i >= 9, bytes[(i - 8)..<(i - 1)].elementsEqual(Self.regionsWord) else { continue }
                wordEnd = i - 8
            }
            guard wordEnd >= 1, bytes[wordEnd - 1] == 0x20 else { continue }
            var start = wordEnd - 1
            while start > 0, bytes[start - 1] != 0x20, bytes[start - 1] != 0x09, bytes[start - 1] != 0x28 { start -= 1 }
            guard start < wordEnd - 1 else { continue }
            let word = String(decoding: bytes[start..<(wordEnd - 1)], as: UTF8.self)
            if let body = Municipalities.body(forWordBeforeKommune: word) { result.append(body) }
        }
        return result
    }

    /// Committees by the letters minutes use for them.
    static let committeeLetters = ["KB": "Kommunalbestyrelsen", "ØU": "Økonomiudvalget", "BR": "Byrådet", "BY": "Byrådet", "RR": "Regionsrådet"]

    /// When the header names no committee, the history entry of the meeting's own date does.
    func committeeFromHistory(_ meeting: Meeting) -> (committee: String, term: String?)? {
        for item in meeting.items {
            if let date = meeting.date, let entry = item.history.first(where: { $0.date == date }) {
                let (name, term) = HeaderReader.splitTerm(entry.body)
                return (name, term)
            }
        }
        // Thisted's "Høring og sagsgang" over "Klima-, Miljø- og Teknikudvalget den 16. august 2021": the bodies the case
        // passes, this meeting's among them.
        for item in meeting.items {
            for section in item.sections where section.kind == .consultation || section.kind == .other && !section.heading.isEmpty {
                for paragraph in section.text.split(separator: "\n") where paragraph.utf8.count <= 120 {
                    if let date = meeting.date, let stage = Self.stage(String(paragraph)), stage.date == date, HeaderReader.namesCommittee(stage.body) {
                        return HeaderReader.splitTerm(stage.body)
                    }
                }
            }
        }
        return nil
    }

    /// The meeting the first item's approval of the agenda names: "Godkendelse af dagsorden til dagens møde i
    /// Kommunalbestyrelsen.", "Godkendelse af åben dagsorden for KB den 22. januar 2020." (the committee by its letters),
    /// "Godkendelse af åben dagsorden til Kommunalbestyrelsens møde den 21. december 2017.".
    func meetingNamed(byFirstItem item: AgendaItem?) -> (committee: (name: String, term: String?)?, date: CalendarDate?) {
        for section in item?.sections ?? [] where section.text.utf8.count <= 400 {
            for opener in ["dagens møde i ", "dagsorden for ", "dagsorden til "] {
                guard let found = section.text.firstRange(of: opener) else { continue }
                let clause = section.text[found.upperBound...].prefix { $0 != "\n" && $0 != "," }
                var name = clause.prefix { $0 != "." }
                var date: CalendarDate?
                if let den = clause.firstRange(of: " den "), den.lowerBound <= name.endIndex {
                    date = DateText.firstDate(in: String(clause[den.upperBound...])).flatMap { $0.start == 0 ? $0.date : nil }
                    name = clause[..<den.lowerBound]
                }
                // ("Kommunalbestyrelsens møde": the body in the genitive.)
                if name.hasSuffix("s møde"), name.count > 7 { name = name.dropLast(6) }
                if let full = Self.committeeLetters[String(name)] { return ((full, nil), date) }
                if name.count <= 80, HeaderReader.namesCommittee(String(name)) { return (HeaderReader.splitTerm(String(name)), date) }
                if date != nil { return (nil, date) }
            }
        }
        return (nil, nil)
    }

    /// Fills party letters printed elsewhere, and marks members absent from every item as absent.
    private static let fravaerende = Array("fraværende".utf8), moedetsDeltagere = Array("mødets deltagere".utf8)
    private static let standInWords = Bytes.NeedleSet(["stedfortræder", "suppleant", "i stedet"])

    func completeParticipants(_ meeting: inout Meeting) {
        for index in meeting.participants.indices where meeting.participants[index].party == nil {
            meeting.participants[index].party = partiesSeen[meeting.participants[index].name]
        }
        // "1  Fraværende og bemærkninger til dagsordenen": the item that tells who was away from the meeting.
        // (Or Hedensted's first item without a title: "Mødets deltagere og fraværende noteres her.")
        if let roll = meeting.items.first(where: {
            Bytes.hasFoldedPrefix($0.title, Self.fravaerende) || Bytes.hasFoldedPrefix($0.title, Self.afbud)
                || $0.title.isEmpty && $0.sections.contains { Bytes.hasFoldedPrefix($0.text, Self.moedetsDeltagere) }
        }) {
            // "Jacob Ejs (A) var fraværende. Som stedfortræder deltog Helle Obenhausen Mortensen (A)": the stand-ins came.
            for section in roll.sections where section.kind == .decision || section.kind == .other {
                for text in section.text.split(separator: "\n") where text.utf8.count <= 600 && Bytes.containsAnyFolded(String(text), Self.standInWords) {
                    // ("Brian Kofoed er indkaldt som suppleant for Carsten Scheibye.")
                    let standIns = ItemFacts.sentences(String(text)).compactMap(ItemFacts.standIn)
                    if standIns.isEmpty {
                        HeaderReader.readAbsenceSentences(Line(text: String(text), number: 0), into: &meeting)
                    } else {
                        for standIn in standIns { HeaderReader.seat(standIn, in: &meeting) }
                    }
                }
            }
            for name in roll.absent {
                if let index = HeaderReader.member(named: name, in: meeting.participants) {
                    meeting.participants[index].absent = true
                } else {
                    meeting.participants.append(Participant(name: name, party: partiesSeen[name], absent: true))
                }
            }
        }
        // "Afbud fra Anne-Merete Mikkelsen (A). John Larsen deltager i stedet." under an item: the stand-in took part in the
        // meeting, whoever they stood in for and for how long. (Only beside a printed list of members, which it completes.)
        if !meeting.participants.isEmpty {
            for item in meeting.items {
                for section in item.sections where section.kind == .decision || section.kind == .other {
                    for text in section.text.split(separator: "\n") where text.utf8.count <= 600 && Bytes.containsAnyFolded(String(text), Self.standInWords) {
                        for standIn in ItemFacts.sentences(String(text)).compactMap(ItemFacts.standIn) {
                            for name in standIn.present where HeaderReader.member(named: name.name, in: meeting.participants) == nil {
                                meeting.participants.append(Participant(name: name.name, party: name.party, absent: false))
                            }
                        }
                    }
                }
            }
        }
        for person in absentFromMeeting {
            if let index = HeaderReader.member(named: person.name, in: meeting.participants) {
                meeting.participants[index].absent = true
            } else {
                meeting.participants.append(Participant(name: person.name, party: person.party ?? partiesSeen[person.name], absent: true))
            }
        }
        let itemsWithAbsence = meeting.items.filter { !$0.absent.isEmpty }
        // Nearly every item: an item such as "Underskriftsark" may list nobody; one absent from half came late or left early.
        guard !itemsWithAbsence.isEmpty, itemsWithAbsence.count * 4 >= meeting.items.count * 3 else { return }
        for index in meeting.participants.indices {
            let member = [meeting.participants[index]]
            let name = member[0].name
            // ("Dorte Soll" absent from the items is the member "Dorte Ballhorn Soll".)
            if itemsWithAbsence.allSatisfy({ $0.absent.contains { HeaderReader.member(named: $0, in: member) != nil } }), !absentFromNamedItems.contains(name) {
                meeting.participants[index].absent = true
            }
        }
        // ("Fraværende: Martin Stenmann (A), …" under every item of a page that lists no members: members, away. One or two items
        // could each name who took no part in it.)
        guard meeting.items.count >= 3 else { return }
        for name in itemsWithAbsence[0].absent where HeaderReader.member(named: name, in: meeting.participants) == nil && !absentFromNamedItems.contains(name) {
            if itemsWithAbsence.allSatisfy({ $0.absent.contains(name) }) {
                meeting.participants.append(Participant(name: name, party: partiesSeen[name], absent: true))
            }
        }
    }
}
