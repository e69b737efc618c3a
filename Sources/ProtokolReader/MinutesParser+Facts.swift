import ProtokolModel

extension MinutesParser {
    /// Fills the item's proposal, decision, absences, disqualifications, votes, attachments and history.
    mutating func readFacts(into item: inout AgendaItem, sections: [RawSection], preamble: [Line], agenda: Bool) {
        if let proposal = sections.first(where: { $0.kind == .proposal }) {
            var text = paragraphs.text(proposal.lines)
            var by = proposal.by
            // The lead "X indstiller, at" may open the section, wrapped over several lines.
            let firstParagraph = String(text.prefix(while: { $0 != "\n" }))
            if let lead = ItemFacts.proposer(firstParagraph) {
                by = by ?? lead.by
                text = String(text.dropFirst(firstParagraph.count))
                if lead.rest.split(separator: " ").count > 3 { text = lead.rest + "\n\n" + text }
            } else if let lead = ItemFacts.proposalLead(firstParagraph) {
                by = by ?? lead.by
                text = lead.rest + String(text.dropFirst(firstParagraph.count))
            }
            item.proposal = Proposal(by: by, points: ItemFacts.points(text))
        }
        for section in sections where section.kind == .attachments {
            item.attachments.append(contentsOf: ItemFacts.attachments(paragraphs.text(section.lines)))
        }
        for section in sections where section.kind == .history {
            item.history.append(contentsOf: ItemFacts.history(section.lines, paragraphs: paragraphs))
        }

        var decisionLines = [Line]()
        if let decision = sections.first(where: { $0.kind == .decision }) {
            decisionLines = decision.lines
        }
        let allLines = preamble + sections.flatMap(\.lines)
        var absent = [String]()
        var disqualified = [String]()
        for line in allLines where !line.isBlank {
            if let names = ItemFacts.absentNames(line) {
                for n in names where !absent.contains(n.name) { absent.append(n.name); noteParty(n) }
            }
            for n in ItemFacts.disqualifiedNames(line) where !disqualified.contains(n.name) {
                disqualified.append(n.name)
                noteParty(n)
            }
        }
        item.absent = absent
        item.disqualified = disqualified

        let kept = decisionLines.filter { !ItemFacts.isAbsenceLine($0) }
        let decisionText = paragraphs.text(kept)
        if !decisionText.isEmpty {
            item.decision = Decision(text: decisionText, outcome: OutcomeReading.outcome(of: decisionText))
            item.votes = ItemFacts.votes(in: kept)
        } else if !agenda {
            // Without a Beslutning section, the decision may stand in the history or alone under the title.
            let preambleText = paragraphs.text(preamble.filter { !ItemFacts.isAbsenceLine($0) })
            if let entry = item.history.last(where: { !$0.text.isEmpty }), sections.contains(where: { $0.kind == .history }),
                item.history.count == 1 || OutcomeReading.outcome(of: entry.text) == .pending
            {
                item.decision = Decision(text: entry.text, outcome: OutcomeReading.outcome(of: entry.text))
            } else if !preambleText.isEmpty, preambleText.count < 400, OutcomeReading.outcome(of: preambleText) != .other {
                item.decision = Decision(text: preambleText, outcome: OutcomeReading.outcome(of: preambleText))
            }
        }
        if let decision = item.decision, decision.outcome == .other {
            let line = sections.first(where: { $0.kind == .decision })?.line
            warnings.append(ReadWarning(line: line, "item \(item.number): outcome not recognised in \"\(decision.text.prefix(60))\""))
        }
    }

    private mutating func noteParty(_ name: (name: String, party: String?)) {
        if let party = name.party { partiesSeen[name.name] = party }
    }
}
