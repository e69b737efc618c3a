import ProtokolModel

extension MinutesParser {
    static let closedNotes = Bytes.NeedleSet(["lukkede døre", "lukket punkt", "lukket sag", "fortrolig", "ikke offentlig"])
    static let wholeMeeting = Bytes.NeedleSet(["deltog ikke i mødet", "deltog ikke på mødet", "under hele mødet", "fraværende fra mødet"])
    static let fravaerendeI = Array("fraværende i ".utf8)
    static let afbud = Array("afbud".utf8)
    static let apologies = Bytes.NeedleSet(["meldt afbud", "meldte afbud", "meldt forfald", "meldte forfald", " udeblev"])

    /// "Afbud fra X.", "X havde meldt afbud.": who sent their apologies (not who left or took no part in an item). Not the label
    /// "Afbud: X", which First Agenda prints under each item X missed: one who came late misses the first.
    static func isApology(_ text: String) -> Bool {
        Bytes.hasFoldedPrefix(text, afbudFra) || Bytes.containsAnyFolded(text, apologies)
    }
    static let afbudFra = Array("afbud fra ".utf8)
    static let itemTreatment = Bytes.NeedleSet(["sagens behandling", "behandlingen af sagen", "behandlingen af punktet", "punktets behandling"])

    /// The meeting is a council's (Byrådet, Kommunalbestyrelsen, Regionsrådet, Borgerrepræsentationen), never a committee
    /// (udvalg): a committee's decision printed in its minutes is an earlier stage, even of the same day.
    var isCouncilMeeting: Bool {
        !meetingCommittee.isEmpty && !Bytes.containsAnyFolded(meetingCommittee, Self.udvalg)
            && Bytes.containsAnyFolded(meetingCommittee, Self.councilWords)
    }
    static let udvalg = Bytes.NeedleSet(["udvalg"])
    static let councilWords = Bytes.NeedleSet(["byråd", "kommunalbestyrelse", "regionsråd", "borgerrepræsentation"])

    /// True when a stage names a body and the meeting's committee is known and another.
    func isOtherBody(_ body: String?) -> Bool {
        guard let body, !body.isEmpty, !meetingCommittee.isEmpty else { return false }
        let stage = Lexicon.fold(body), own = Lexicon.fold(meetingCommittee)
        return !stage.hasPrefix(own) && !own.hasPrefix(stage)
    }

    /// Fills the item's proposal, decision, absences, disqualifications, votes, attachments and history.
    /// `texts` are the sections' texts and `preambleText` the preamble's, as `paragraphs` made them.
    mutating func readFacts(
        into item: inout AgendaItem, sections: [RawSection], texts: [String], preamble: [Line], preambleText: String, agenda: Bool
    ) {
        // (An absence sentence wrapped by the page is read as one line: "… og Niels Vestergaard Salling var" / "fraværende.")
        var sections = sections
        for index in sections.indices where sections[index].lines.contains(where: { $0.hints.contains(.absence) }) {
            sections[index].lines = Self.joiningWrappedAbsences(sections[index].lines)
        }
        // ("Indstilling" / "Beslutning … den 27-11-2025" / "Indstilling" / "Beslutning … den 11-12-2025": each round its proposal;
        // the one before the last decision is this meeting's.)
        let proposals: [Int] = sections.indices.filter { sections[$0].kind == .proposal }
        var proposalIndex: Int? = proposals.first
        if proposals.count > 1, let lastDecision = sections.lastIndex(where: { $0.kind == .decision }),
            let latest = proposals.last(where: { $0 < lastDecision }), sections[..<latest].contains(where: { $0.kind == .decision })
        {
            proposalIndex = latest
        }
        if let index = proposalIndex {
            let proposal = sections[index]
            var text = texts[index]
            var by = proposal.by
            // The lead "X indstiller, at" may open the section, wrapped over several lines.
            let firstParagraph = String(text.prefix(while: { $0 != "\n" }))
            // ("Dalgaard indstiller, at" is the last line of "Chef for … Anne-Mette" / "Dalgaard indstiller, at": the paragraph names all.)
            func fuller(_ found: String?) -> String? {
                guard let found else { return by }
                return by.map { found.count > $0.count && found.hasSuffix($0) ? found : $0 } ?? found
            }
            if let lead = ItemFacts.proposer(firstParagraph) {
                by = fuller(lead.by)
                text = String(text.dropFirst(firstParagraph.count))
                if lead.rest.split(separator: " ").count > 3 { text = lead.rest + "\n\n" + text }
            } else if let lead = ItemFacts.proposalLead(firstParagraph) {
                by = fuller(lead.by)
                text = lead.rest + String(text.dropFirst(firstParagraph.count))
            } else if Bytes.hasFoldedPrefix(firstParagraph, Self.detIndstilles) {
                // "Det indstilles, at udvalget …": nobody named, the point follows.
                text = LineText.trim(firstParagraph.dropFirst(Self.detIndstilles.count).drop(while: { $0 == "," || $0 == ":" || $0 == " " }))
                    + String(text.dropFirst(firstParagraph.count))
            }
            item.proposal = Proposal(by: by, points: ItemFacts.points(text))
        }
        for section in sections where section.kind == .attachments {
            item.attachments.append(contentsOf: ItemFacts.attachments(section.lines, wrapWidth: paragraphs.wrapWidth))
        }
        // "Sagens tidligere behandling" may list the same dated entries as "Sagens forløb".
        // Only entries that say what was done: "03.10.2023 Økonomiudvalget." there is a reference, not a history.
        for section in sections where section.kind == .history || section.kind == .previous {
            let entries = ItemFacts.history(section.lines, paragraphs: paragraphs)
            // (Under "Politisk behandling", the line of this meeting's own treatment is no earlier one.)
            item.history.append(contentsOf: section.kind == .history ? entries : entries.filter { entry in
                !entry.text.isEmpty && meetingDate.map { entry.date < $0 } ?? true
            })
        }

        var decisionLines = [Line]()
        var decisionIndex: Int?
        var decisionSubheading = false
        var decisions = sections.indices.filter { sections[$0].kind == .decision }
        var stages = decisions.map { decisionStage(sections[$0]) }
        // Sections that hold an earlier stage of the case: history, and their absences are another meeting's.
        var earlierStages = Set<Int>()
        func moveToHistory(_ i: Int) {
            let sectionIndex = decisions[i]
            earlierStages.insert(sectionIndex)
            guard let stage = stages[i], let date = stage.date, !stage.body.isEmpty else { return }
            var lines = stage.subheading ? Array(sections[sectionIndex].lines.drop(while: \.isBlank).dropFirst()) : sections[sectionIndex].lines
            lines = lines.compactMap(ItemFacts.withoutAbsence)
            let text = paragraphs.text(lines)
            if !text.isEmpty, !item.history.contains(where: { $0.date == date && $0.text == text }) {
                item.history.append(HistoryEntry(date: date, body: stage.body, text: text))
            }
        }
        // An agenda prints the decisions taken before this meeting ("Beslutning Økonomiudvalget den 11-09-2024"): none is this
        // meeting's.
        // So are the earlier stages that minutes print as "Økonomiudvalget, 18. september 2019, pkt. 153:".
        if let meetingDate {
            // (And "Beslutning Økonomiudvalget den 02-02-2021" in Byrådet's meeting of 09-02-2021: another body's, before.)
            // (In the document's order: stages of one day keep it in the history.)
            // ("Beslutning fra forretningsudvalget, 23. november 2021, pkt. 17:" in Regionsrådet's minutes of that day: the
            // committee that met before the council, the same day.)
            let earlier = decisions.indices.filter { i in
                guard let stage = stages[i], let date = stage.date else { return false }
                if date == meetingDate { return isCouncilMeeting && Bytes.containsAnyFolded(stage.body, Self.udvalg) }
                return date < meetingDate
                    && (agenda || Self.stageLine(sections[decisions[i]].heading) != nil || isOtherBody(stage.body))
            }
            for i in earlier { moveToHistory(i) }
            for i in earlier.reversed() {
                decisions.remove(at: i)
                stages.remove(at: i)
            }
        }
        if let first = decisions.first {
            var index = first
            // "Økonomiudvalgets beslutning den 5. marts 2024" then "Borgerrepræsentationens beslutning den 14. marts 2024":
            // the decision is this meeting's (its date, or its committee), or else the last; the others are the case's history.
            if decisions.count > 1 {
                let ours = decisions.indices.first { i in
                    guard let stage = stages[i] else { return false }
                    return (meetingDate != nil && stage.date == meetingDate)
                        || (stage.date == nil && !meetingCommittee.isEmpty && Lexicon.fold(stage.body) == Lexicon.fold(meetingCommittee))
                }
                // Without the meeting's own, the latest dated stage is the decision this item records.
                let dated = decisions.indices.compactMap { i in stages[i]?.date.map { (i, $0) } }
                let latest = dated.count == decisions.count ? dated.max { $0.1 < $1.1 }?.0 : nil
                index = decisions[ours ?? latest ?? decisions.count - 1]
                for i in decisions.indices where decisions[i] != index { moveToHistory(i) }
            }
            decisionSubheading = stages[decisions.firstIndex(of: index) ?? 0]?.subheading ?? false
            decisionLines = sections[index].lines
            if decisionSubheading { decisionLines = Array(decisionLines.drop(while: \.isBlank).dropFirst()) }
            decisionIndex = index
        }
        // "Beslutning" over "Plan- og Ejendomsudvalget, 24.10.2016 / Anbefales / Byrådet, 22.11.2016 / Godkendt.": each body's
        // stage under one heading; this meeting's (or the latest) is the decision, the others history.
        var otherStageLines = Set<Int>()
        if decisionLines.count > 2 {
            let heads = decisionLines.indices.compactMap { i in ItemFacts.bodyFirstHistoryHead(decisionLines[i].text).map { (i, $0.0, $0.1) } }
            if heads.count >= 2 || heads.count == 1 && decisionLines.firstIndex(where: { !$0.isBlank }) == heads[0].0 {
                let stages = heads.enumerated().map { k, head in
                    (date: head.1, body: head.2, lines: Array(decisionLines[(head.0 + 1)..<(k + 1 < heads.count ? heads[k + 1].0 : decisionLines.count)]))
                }
                let ours = stages.firstIndex { $0.date == meetingDate }
                    ?? stages.firstIndex { Lexicon.fold($0.body) == Lexicon.fold(meetingCommittee) }
                    ?? stages.indices.max { stages[$0].date < stages[$1].date }
                if let ours {
                    for (k, stage) in stages.enumerated() where k != ours {
                        otherStageLines.formUnion(stage.lines.map(\.number))
                        let text = paragraphs.text(stage.lines.compactMap(ItemFacts.withoutAbsence))
                        if !item.history.contains(where: { $0.date == stage.date && $0.body == stage.body }) {
                            item.history.append(HistoryEntry(date: stage.date, body: stage.body, text: text))
                        }
                    }
                    decisionLines = stages[ours].lines
                    decisionSubheading = true
                    item.history.sort { $0.date < $1.date }
                }
            }
        }
        if !earlierStages.isEmpty { item.history.sort { $0.date < $1.date } }
        // (Their sections are the case's earlier treatment, no decision of this meeting: "Økonomiudvalget, 18. september 2019, pkt. 153".)
        let offset = item.sections.count - sections.count
        for index in earlierStages where offset >= 0 && item.sections.indices.contains(index + offset) && item.sections[index + offset].kind == .decision {
            item.sections[index + offset].kind = .previous
        }
        var absent = [String]()
        var disqualified = [String]()
        // The preamble's and the sections' lines in order, without copying them into one array.
        // Sagens forløb tells who was absent at the case's earlier meetings, not at this one; so does an Indstilling that
        // quotes the committees' recommendations.
        let ownStages = sections.indices.filter {
            !earlierStages.contains($0) && sections[$0].kind != .history && sections[$0].kind != .previous && sections[$0].kind != .proposal
        }
        // ("Martin Jakobsen og Ib Bjerregaard var forhindrede i at deltage i sagens behandling." under the points: Region
        // Midtjylland's minutes tell the item's absent there.)
        var proposalAbsences = [[Line]]()
        for section in sections where section.kind == .proposal && section.lines.contains(where: { $0.hints.contains(.absence) }) {
            proposalAbsences.append(section.lines.filter { $0.hints.contains(.absence) && Bytes.containsAnyFolded($0.text, Self.itemTreatment) })
        }
        for lines in [preamble] + ownStages.map({ sections[$0].lines }) + proposalAbsences {
            for (index, read) in lines.enumerated() where !read.isBlank && (read.hints.contains(.absence) || read.hints.contains(.disqualification))
                && !otherStageLines.contains(read.number)
            {
                var line = read
                // "X (V) deltog ikke i behandlingen af punktet" + "på grund af inhabilitet.": a sentence wrapped by the layout.
                if index + 1 < lines.count, !line.text.hasSuffix("."), let next = lines[index + 1].text.first, next.isLowercase {
                    line = Line(text: line.text + " " + lines[index + 1].text, number: line.number)
                }
                // "Godkendt (afbud fra Søren Larsen).": the absence in a parenthesis of the decision's sentence.
                if ItemFacts.absentNames(line) == nil {
                    for name in ItemFacts.parentheticalAbsences(line.text) where !absent.contains(name) { absent.append(name) }
                }
                if let names = ItemFacts.absentNames(line), item.isPublic, Bytes.containsAnyFolded(line.text, Self.closedPart) {
                    // "X var ikke til stede under den lukkede del af mødet": absent from the closed items that follow.
                    absentFromClosedItems.append(contentsOf: names.map(\.name).filter { !absentFromClosedItems.contains($0) })
                } else if let names = ItemFacts.absentNames(line) {
                    // "Ingrid Nielsen og Susanne Schultz deltog ikke i mødet.", "Fraværende i Thisted Kommunalbestyrelse, 25. januar
                    // 2022:": away from the whole meeting.
                    // ("Afbud fra René Dyrberg Jørgensen og Torben Smith." under the first item, Godkendelse af dagsorden: apologies
                    // for the meeting.)
                    if Bytes.containsAnyFolded(line.text, Self.wholeMeeting) || readingFirstItem && Self.isApology(line.text)
                        || meetingDate != nil && Bytes.hasFoldedPrefix(line.text, Self.fravaerendeI) && DateText.firstDate(in: line.text)?.date == meetingDate
                    {
                        for n in names where !absentFromMeeting.contains(where: { $0.name == n.name }) { absentFromMeeting.append(n) }
                    }
                    // "… deltog ikke under punkterne 2-3", said under item 1: those items', not this one's.
                    let named = ItemFacts.itemNumbers(in: line.text)
                    for n in names where !absent.contains(n.name) && (named.isEmpty || named.contains(item.number)) { absent.append(n.name); noteParty(n) }
                    // "… deltog ikke i behandlingen af punkt 5 og 6": the later items too.
                    for number in ItemFacts.itemNumbers(in: line.text) where number > item.number {
                        absentFromLaterItems[number, default: []].append(contentsOf: names.map(\.name))
                    }
                }
                if let left = ItemFacts.leftAfter(line.text, item: item.number) {
                    absentAfterItems.append((left.after, left.names.map(\.name)))
                    left.names.forEach { noteParty($0) }
                }
                let names = ItemFacts.disqualifiedNames(line)
                // "X gjorde opmærksom på inhabilitet i punkt 451", said under the agenda's approval: item 451's.
                let later = names.isEmpty ? [] : ItemFacts.itemNumbers(in: line.text).filter { $0 > item.number }
                for number in later { disqualifiedInLaterItems[number, default: []].append(contentsOf: names.map(\.name)) }
                for n in names where later.isEmpty && !disqualified.contains(n.name) {
                    disqualified.append(n.name)
                    noteParty(n)
                }
            }
        }
        item.absent = absent
        item.disqualified = disqualified

        // PolWeb's "Beslutning fra Integrationsrådet" over "Dato: 10. december 2015" and "Sted: …": the meeting's own fields.
        var fieldLines = Set<Int>()
        for line in decisionLines where !line.isBlank {
            guard line.text.utf8.count <= 160, let (label, value) = HeaderReader.labelled(line.text), label == .date || label == .location || label == .time
            else { break }
            fieldLines.insert(line.number)
            if label == .date, let found = DateText.firstDate(in: value) { dateFromDecisions = dateFromDecisions ?? found.date }
            if label == .location, !value.isEmpty { placeFromDecisions = placeFromDecisions ?? value }
        }
        if !fieldLines.isEmpty { decisionLines = decisionLines.filter { !fieldLines.contains($0.number) } }
        let kept = decisionLines.compactMap(ItemFacts.withoutAbsence)
        // Without absence lines the decision's text is its section's.
        let decisionText = fieldLines.isEmpty && kept.count == decisionLines.count && !zip(kept, decisionLines).contains(where: { $0.text != $1.text }) && !decisionSubheading ? decisionIndex.map { texts[$0] } ?? "" : paragraphs.text(kept)
        if !decisionText.isEmpty {
            item.decision = Decision(text: decisionText, outcome: OutcomeReading.outcome(of: decisionText))
            item.votes = ItemFacts.votes(in: kept)
        } else if !agenda {
            // Without a Beslutning section, the decision may stand in the history or alone under the title.
            let keptPreamble = preamble.filter { !ItemFacts.isAbsenceLine($0) }
            let preambleText = keptPreamble.count == preamble.count ? preambleText : paragraphs.text(keptPreamble)
            if let entry = item.history.last(where: { !$0.text.isEmpty }), sections.contains(where: { $0.kind == .history }),
                item.history.count == 1 || OutcomeReading.outcome(of: entry.text) == .pending,
                // (Not an earlier meeting's: "Økonomiudvalget, 14. maj 2019, pkt. 88: Anbefalet".)
                meetingDate.map({ entry.date >= $0 }) ?? true
            {
                item.decision = Decision(text: entry.text, outcome: OutcomeReading.outcome(of: entry.text))
            } else if !preambleText.isEmpty, preambleText.count < 400,
                OutcomeReading.outcome(of: preambleText) != .other || OutcomeReading.isReferral(preambleText),
                // The outcome in a short last paragraph ("Godkendt."), not in a field's text that mentions an approval.
                case let last = preambleText.split(separator: "\n\n").last ?? "", case let opening = String(last.prefix(while: { $0 != "\n" })),
                last.count <= 150, OutcomeReading.outcome(of: opening) != .other || OutcomeReading.isReferral(opening),
                // "Underskriftsblad": "Referatet godkendes digitalt" says how the minutes are signed, not a decision.
                !Lexicon.fold(item.title).hasPrefix("underskrift")
            {
                // (The case told in paragraphs above it, "Indenrigsministeriet meddeler …" over "Til efterretning.": only the
                // last is what was decided.)
                let first = preambleText.prefix { $0 != "\n" }
                let text = first.count < preambleText.count && OutcomeReading.outcome(of: String(first)) == .other && !OutcomeReading.isReferral(String(first))
                    ? String(last) : preambleText
                item.decision = Decision(text: text, outcome: OutcomeReading.outcome(of: text))
            } else if !item.isPublic, sections.isEmpty, !preambleText.isEmpty, preambleText.count < 600,
                // (Not "Sagen behandles for lukkede døre.": why the text is not shown.)
                !Bytes.containsAnyFolded(preambleText, Self.closedNotes)
            {
                // A closed item prints only what was decided: "Byrådet godkendte Økonomiudvalgets indstilling." and its votes.
                item.decision = Decision(text: preambleText, outcome: OutcomeReading.outcome(of: preambleText))
                item.votes = ItemFacts.votes(in: keptPreamble)
            } else if let lines = Self.decisionSentence(in: [preamble] + sections.filter({ $0.kind == .other }).map(\.lines)) {
                // "Medlemsforslaget blev tiltrådt med 34 stemmer imod 15." and its vote after the proposal: the decision.
                let text = paragraphs.text(lines)
                item.decision = Decision(text: text, outcome: OutcomeReading.outcome(of: text))
                item.votes = ItemFacts.votes(in: lines)
            }
        }
        if let decision = item.decision, decision.outcome == .other {
            let line = sections.first(where: { $0.kind == .decision })?.line
            warnings.append(ReadWarning(line: line, "item \(item.number): outcome not recognised in \"\(decision.text.prefix(60))\""))
        }
    }

    static let detIndstilles = Array("det indstilles".utf8)
    private static let decidedSubjects = [
        "Indstillingen blev ", "Indstillingerne blev ", "Forslaget blev ", "Medlemsforslaget blev ", "Beslutningsforslaget blev ",
        "Ændringsforslaget blev ", "Sagen blev ",
    ]

    /// "Medlemsforslaget blev tiltrådt med 34 stemmer imod 15." then "For stemte: A, B, F og Ø.": a decision told as a
    /// sentence in a text without a Beslutning heading, with the vote lines right after it.
    static func decisionSentence(in texts: [[Line]]) -> [Line]? {
        for lines in texts {
            guard let start = lines.firstIndex(where: { line in
                line.characterCount <= 240 && decidedSubjects.contains { line.text.hasPrefix($0) } && OutcomeReading.outcome(of: line.text) != .other
            }) else { continue }
            var taken = [lines[start]]
            for line in lines[(start + 1)...] {
                if line.isBlank { continue }
                let folded = Lexicon.fold(line.text)
                guard line.hints.contains(.vote) || folded.hasPrefix("for stemte") || folded.hasPrefix("imod stemte") || folded.hasPrefix("undlod") else { break }
                taken.append(line)
            }
            return taken
        }
        return nil
    }

    static let closedPart = Bytes.NeedleSet(["lukkede del", "lukkede punkter", "lukket møde", "lukkede dagsorden"])

    /// Who decided and when, from a decision's heading ("Økonomiudvalgets beslutning den 5. marts 2024",
    /// "Beslutning i Byrådet den 14.02.2022") or from a line of that form opening its text (`subheading`).
    func decisionStage(_ section: RawSection) -> (body: String, date: CalendarDate?, subheading: Bool)? {
        if let stage = Self.stage(section.heading) { return (stage.body, stage.date, false) }
        guard let first = section.lines.first(where: { !$0.isBlank }), first.text.utf8.count <= 160,
            Self.lexiconKind(Lexicon.fold(first.text)) == .decision, let stage = Self.stage(first.text)
        else { return nil }
        return (stage.body, stage.date, true)
    }

    // ("Klima- og Miljøudvalget, 05-12-2017 pkt. 188": older pages print no comma before the item's number.)
    private static let pkt = Array(" pkt.".utf8), punkt = Array(", punkt ".utf8)

    /// "Teknik- og Miljøudvalget, 10. september 2019, pkt. 65:": a body's decision on the case at one of its meetings, as
    /// minutes that print the case's path head each stage.
    static func stageLine(_ text: String) -> (body: String, date: CalendarDate)? {
        guard text.utf8.count <= 140, Bytes.contains(text, pkt) || Bytes.contains(text, punkt), let found = DateText.firstDate(in: text) else { return nil }
        let (before, after) = DateText.split(text, start: found.start, end: found.end)
        var body = LineText.trim(before)
        while body.hasSuffix(",") { body.removeLast() }
        // ("Beslutning fra Økonomiudvalget, den 3. december 2025, punkt 276:": the day's word too.)
        for suffix in [", den", " den", ", d.", " d."] where body.hasSuffix(suffix) { body = String(body.dropLast(suffix.count)) }
        // "Beslutning fra Social-, sundheds- og fritidsudvalget, 6. december 2021, pkt. 119:": the body without the word.
        for prefix in ["Beslutning fra ", "Beslutning i ", "Beslutning: "] where body.hasPrefix(prefix) && body.count > prefix.count + 3 {
            body = String(body.dropFirst(prefix.count))
        }
        var tail = Lexicon.fold(after.drop(while: { $0 == "," || $0 == " " }))
        while let last = tail.last, last == ":" || last == "." { tail.removeLast() }
        let words = tail.split(separator: " ")
        guard words.count == 2, words[0] == "pkt." || words[0] == "punkt", words[1].allSatisfy(\.isNumber), let first = body.first, first.isUppercase,
            body.count <= 80
        else { return nil }
        return (stageBody(body), found.date)
    }

    private static let sentenceVerbs: Set<String> = [
        "blev", "er", "var", "har", "havde", "godkendt", "godkendte", "vedtaget", "vedtog", "behandlet", "behandlede", "besluttede",
        "besluttet", "drøftet", "drøftede", "sendt", "oversendt", "forelagt", "fremlagt", "skal", "vil",
    ]

    /// The body and date named in a decision heading; nil for a plain "Beslutning".
    static func stage(_ heading: String) -> (body: String, date: CalendarDate?)? {
        if let stage = stageLine(heading) { return (stage.body, stage.date) }
        var text = LineText.trim(heading)
        while let last = text.last, last == ":" || last == "." { text.removeLast() }
        let found = DateText.firstDate(in: text)
        var name = LineText.trim(found.map { DateText.split(text, start: $0.start, end: $0.end).before } ?? text)
        for suffix in [" den", " d.", " af", " fra"] where name.hasSuffix(suffix) { name = String(name.dropLast(suffix.count)) }
        // "Borgerrepræsentationens beslutning i mødet den 7. april 2022".
        for suffix in [" i mødet", " på mødet"] where name.hasSuffix(suffix) { name = String(name.dropLast(suffix.count)) }
        // "Integrationsudvalgets møde den 12. december 2011:": the committee in the genitive.
        if found != nil, name.hasSuffix("s møde"), !name.hasSuffix("ss møde"), name.count > 12 { name = String(name.dropLast("s møde".count)) }
        name = LineText.trim(name)
        let lowered = name.lowercased()
        if lowered.hasPrefix("beslutninger i ") || lowered.hasPrefix("beslutninger ") {
            name = String(name.drop(while: { $0 != " " }).dropFirst())
            if name.lowercased().hasPrefix("i ") { name = String(name.dropFirst(2)) }
        } else if lowered.hasPrefix("beslutning i ") || lowered.hasPrefix("beslutning fra ") {
            name = String(name.drop(while: { $0 != " " }).dropFirst().drop(while: { $0 != " " }).dropFirst())
        } else if lowered.hasPrefix("beslutning: ") {
            name = String(name.dropFirst("beslutning: ".count))
        } else if lowered.hasPrefix("beslutning ") {
            name = String(name.dropFirst("beslutning ".count))
        } else if lowered.hasSuffix("s beslutning") {
            name = String(name.dropLast("s beslutning".count))
        } else if found == nil || !HeaderReader.namesCommittee(name) || name.split(separator: " ").count > 8
            // ("Partnerskabsaftalen blev godkendt i Kommunalbestyrelsen den 22. juni 2021": a sentence about a body.)
            || name.split(separator: " ").contains(where: { sentenceVerbs.contains(String($0)) })
        {
            // ("Børne- og Skoleudvalget den 6. november 2018": a committee and its date.)
            return nil
        }
        name = stageBody(name)
        guard !name.isEmpty || found != nil else { return nil }
        return (name, found?.date)
    }

    /// "Økonomiudvalget 2018-21,", "Økonomiudvalget (ØK)" -> "Økonomiudvalget": the body of a stage as the meeting names
    /// its committee, without its term, its code or a comma.
    static func stageBody(_ printed: String) -> String {
        var name = LineText.trim(printed)
        while name.hasSuffix(",") { name = LineText.trim(name.dropLast()) }
        if name.hasSuffix(")"), let open = name.lastIndex(of: "("), case let code = name[name.index(after: open)..<name.index(before: name.endIndex)],
            (1...5).contains(code.count), code.allSatisfy({ $0.isUppercase }), open > name.startIndex
        {
            name = LineText.trim(name[..<open])
        }
        return HeaderReader.splitTerm(name).0
    }

    private mutating func noteParty(_ name: (name: String, party: String?)) {
        if let party = name.party, !party.isEmpty { partiesSeen[name.name] = party }
    }
}

extension MinutesParser {
    /// `lines` with an absence sentence's wrapped lines joined into one: "Martin Bech, Bettina Bøcker Kjeldsen og Niels
    /// Vestergaard Salling var" over "fraværende.", or a list of names over two lines before "deltog ikke i mødet.".
    static func joiningWrappedAbsences(_ lines: [Line]) -> [Line] {
        var result = [Line]()
        result.reserveCapacity(lines.count)
        for line in lines {
            if !line.isBlank, line.hints.contains(.absence), let first = line.text.first, first.isLowercase {
                var k = result.count
                while k > 0, result.count - k < 2, case let previous = result[k - 1], !previous.isBlank, previous.level == 0, !previous.strong,
                    previous.characterCount <= 160, let last = previous.text.last, last != ".", last != ":", last != ";"
                {
                    k -= 1
                }
                if k < result.count {
                    let merged = Line(text: (result[k...].map(\.text) + [line.text]).joined(separator: " "), number: result[k].number)
                    if let names = ItemFacts.absentNames(merged), !names.isEmpty {
                        result.removeSubrange(k...)
                        result.append(merged)
                        continue
                    }
                }
            }
            result.append(line)
        }
        return result
    }
}
