import ProtokolModel

/// Reads a decision's outcome from its words.
enum OutcomeReading {
    private static func words(_ list: [String]) -> [[UInt8]] { list.map { Array($0.utf8) } }

    private static let ranked: [(Outcome, [[UInt8]])] = [
        (.recommended, words([
            "anbefales", "anbefalet", "anbefaler", "indstilles til godkendelse", "oversendes til", "oversendt til", "indstilles til byrådets",
            "indstilles til kommunalbestyrelsens", "indstilles til regionsrådets", "indstilles til borgerrepræsentationens", "indstilles godkendt",
        ])),
        (.approved, words([
            "godkendt", "godkendes", "godkender", "godkendte", "tiltrådt", "tiltrædes", "tiltræder", "vedtaget",
            "vedtages", "bevilget", "imødekommet", "som indstillet", "indstillingen følges", "besluttet", "besluttede",
            "enig i indstillingen", "følger indstillingen", "bevilges", "tiltrådte", "der gennemføres", "igangsættes",
            "iværksættes", "vedtog", "vedtager", "bevilgede", "imødekommes", "kunne tiltræde", "kan tiltræde", "tiltræde indstillingen",
            "blev valgt", "blev genvalgt", "blev udpeget", "valgt som", "udpeget som",
        ])),
        (.noted, words([
            "til efterretning", "til orientering", "efterretning", "orienteringen", "orienterede", "orienteret",
            "til kendskab", "orientering givet", "orienteringen givet",
        ])),
        (.discussed, words(["drøftet", "drøftede", "drøftes", "drøftelse"])),
    ]
    // ("Jf. protokol.": an agenda printed with its decisions to come in the minutes.)
    private static let pending = words(["ikke frigivet", "jf. protokol", "jf. protokollen", "se protokol"])
    /// "drøftes på næste møde": each starts with the seven bytes of "drøftes" that are blanked out.
    private static let laterDiscussion = words(["drøftes på næste", "drøftes på et senere", "drøftes på et kommende", "drøftes på kommende"])
    private static let noneStarts = words(["intet", "ingen bemærkninger", "ingen sager"])
    private static let amendedAlone = words([
        "med følgende ændring", "med den ændring", "med de ændringer", "med ændringer", "med følgende tilføjelse",
        "med den tilføjelse", "med følgende justering", "med ændring", "foretagne ændringer", "med de nævnte ændringer",
        "med ændringerne", "med de foreslåede ændringer", "med de anførte ændringer", "dog således", "dog med den ændring",
    ])
    private static let amendment = Array("ændringsforslag".utf8)
    private static let afslag = Array("afslag".utf8), insteadOfWord = Array(" for ".utf8)
    private static let herefter = Array(" herefter ".utf8)
    private static let carried = words(["tiltrådt", "vedtaget", "godkendt"])
    private static let rejected = words([
        "ikke godkendt", "afvist", "afvises", "forkastet", "ikke tiltrådt", "ikke anbefalet", "kan ikke anbefales",
        "anbefales ikke", "ikke anbefale", "godkendes ikke", "afslås", "afslået", "kunne ikke godkende", "kan ikke godkende", "ikke opnå flertal", "ikke vedtaget", "blev ikke", "bortfaldt", "faldt", "faldet", "forkastes",
        "kan ikke tiltræde", "kunne ikke tiltræde", "ikke at godkende", "ikke at imødekomme", "imødekommes ikke", "give afslag",
        "gives afslag", "meddeles afslag", "meddele afslag", "meddelt afslag", "nedstemt", "stemt ned",
    ])
    private static let postponed = words(["udsat", "udsættes", "udskudt", "sendes tilbage til", "sendt tilbage til", "at udsætte"])
    /// "Et mindretal (V) kan ikke anbefale …" after the committee recommended: a minority's view, not the outcome.
    private static let minorityDissent = words([
        "kan ikke anbefale", "kunne ikke anbefale", "kan ikke godkende", "kunne ikke godkende", "kan ikke tiltræde", "kunne ikke tiltræde",
    ])
    /// "… byrådsmedlemmer, der er bevilget orlov": a state of things that the text describes, not what was decided.
    private static let describedGrant = Array("er bevilget".utf8)
    /// "Der var ingen spørgsmål.", "Udvalget havde ingen bemærkninger.": nothing was decided.
    private static let nothing = words(["ingen spørgsmål", "ingen bemærkninger", "ingen meddelelser", "ingen punkter"])
    /// "Sagen oversendes til Byrådet uden indstilling.": sent on, recommending nothing.
    private static let withoutRecommendation = Array("uden indstilling".utf8)
    /// Words that make an approval beside a rejection a partial one ("punkt 1 godkendt, punkt 2 ikke") or a change.
    private static let partly = words(["punkt", "i stedet"])

    /// Every phrase the rules look for, each found once in one pass (see `Bytes.WordFinder`).
    private static let finder = Bytes.WordFinder(
        pending + carried + amendedAlone + rejected + postponed + partly + minorityDissent + nothing + ranked.flatMap(\.1)
    )

    private static let agendaApproved = words([
        "dagsordenen blev godkendt", "dagsordenen blev herefter godkendt", "dagsordenen godkendt", "dagsordenen godkendes",
        "dagsordenen blev derefter godkendt", "dagsorden godkendt", "dagsordenen er godkendt", "dagsorden blev godkendt", "dagsorden er godkendt",
        "dagsorden blev herefter godkendt", "dagsordenen blev godkendt uden bemærkninger",
    ])

    private static let referralOpenings = ["henvist til ", "henvises til ", "sagen henvist til ", "sagen henvises til ", "sendt til ", "sagen sendes til "]

    /// "Henvist til behandling i Teknisk Udvalg.": the case sent to another body, a decision with no outcome of the list.
    static func isReferral(_ text: String) -> Bool {
        let folded = Lexicon.fold(text)
        return folded.count <= 200 && referralOpenings.contains { folded.hasPrefix($0) }
    }

    static func outcome(of text: String) -> Outcome {
        let t = Bytes.folded(text)
        if t.isEmpty { return .other }
        // "Dagsordenen blev godkendt." beside what became of another item or a motion that fell: the agenda's approval decides.
        if agendaApproved.contains(where: { Bytes.find($0, in: t) != nil }) {
            let sentence = sentences(text).first { sentence in
                let folded = Bytes.folded(String(sentence))
                return agendaApproved.contains { Bytes.find($0, in: folded) != nil }
            }
            let folded = sentence.map { Bytes.folded(String($0)) } ?? t
            return amendedAlone.contains(where: { Bytes.find($0, in: folded) != nil }) ? .amended : .approved
        }
        // "- hvem har besluttet, og hvordan?": questions asked (spørgetid) decide nothing.
        if text.contains("?"), case let lines = text.split(separator: "\n", omittingEmptySubsequences: true),
            lines.contains(where: { $0.hasSuffix("?") })
        {
            let statements = lines.filter { !$0.hasSuffix("?") }
            if statements.isEmpty { return .other }
            if statements.count < lines.count { return outcome(of: statements.joined(separator: "\n")) }
        }
        // "Punkt 358 Rengøringsløsning udsættes." then "Godkendt.": what was said of another item is not this one's outcome.
        if text.contains("\n"), case let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: true),
            paragraphs.contains(where: isOtherItemSentence),
            case let own = paragraphs.filter({ !isOtherItemSentence($0) }), !own.isEmpty,
            case let rest = self.outcome(of: own.joined(separator: "\n")), rest != .other
        {
            return rest
        }
        // "Ændringsforslaget fra Ø blev forkastet … Budgetforslaget blev herefter godkendt": the amendment that fell
        // says nothing of the outcome.
        if Bytes.find(amendment, in: t) != nil, let rest = withoutFallenAmendments(text), rest != text {
            return self.outcome(of: rest)
        }
        // "…, hvilket drøftes på næste udvalgsmøde.": a discussion to come decides nothing yet.
        var words = t
        for later in laterDiscussion {
            while let i = Bytes.find(later, in: words) { words.replaceSubrange(i..<(i + 8), with: Array("        ".utf8)) }
        }
        let outcome = wordOutcome(words)
        // "… orienteret om følgende: … Dagsordenen blev herefter godkendt.": what was done after an orientation is the outcome.
        if outcome == .noted || outcome == .discussed, let after = Bytes.find(herefter, in: t),
            case let later = wordOutcome(Array(t[(after + herefter.count)...])), [.approved, .recommended, .rejected, .postponed].contains(later)
        {
            return later
        }
        return outcome
    }

    /// "Punkt 358 Rengøringsløsning udsættes.", "Pkt. 12 blev trukket.": a line about another item of the agenda.
    private static func isOtherItemSentence(_ line: Substring) -> Bool {
        for prefix in ["Punkt ", "Pkt. ", "Sag "] where line.hasPrefix(prefix) {
            // (Only what happened to the item as a whole: "… udsættes", "… blev trukket".)
            let folded = Bytes.folded(String(line))
            return line.dropFirst(prefix.count).first?.isNumber == true
                && (postponed.contains { Bytes.find($0, in: folded) != nil } || Bytes.find(Array("trukket".utf8), in: folded) != nil)
        }
        return false
    }

    /// The outcome the folded words `t` give.
    private static func wordOutcome(_ t: [UInt8]) -> Outcome {
        let found = finder.firstWordPositions(in: t)
        var next = 0
        func take(_ count: Int) -> ArraySlice<Int?> {
            defer { next += count }
            return found[next..<(next + count)]
        }
        let pendingAt = take(pending.count), carriedAt = take(carried.count), amendedAt = take(amendedAlone.count)
        var rejectedAt = take(rejected.count)
        let postponedAt = take(postponed.count), partlyAt = take(partly.count)
        let dissentAt = take(minorityDissent.count).compactMap { $0 }, nothingAt = take(nothing.count)
        let rankedAt = ranked.map { take($0.1.count) }
        // A minority's "kan ikke anbefale" after an approval or a recommendation does not undo it.
        if let dissent = dissentAt.min(),
            ranked.indices.contains(where: { ranked[$0].0 != .discussed && rankedAt[$0].contains { ($0 ?? .max) < dissent } })
        {
            rejectedAt = rejectedAt.map { position in position.flatMap { $0 >= dissent - 4 ? nil : $0 } }[...]
        }
        func has(_ positions: ArraySlice<Int?>) -> Bool { positions.contains { $0 != nil } }
        if has(pendingAt) { return .pending }
        if noneStarts.contains(where: { t.starts(with: $0) }) || t == Array("ingen".utf8) { return .none }
        // "Afslag." alone, or opening the text: the application was refused.
        if t.starts(with: afslag), t.count == afslag.count || !(t[afslag.count] >= 0x61 && t[afslag.count] <= 0x7A) { return .rejected }
        if (Bytes.find(amendment, in: t) != nil && has(carriedAt)) || has(amendedAt) {
            return .amended
        }
        // "… besluttede i stedet, at …": a decision other than the proposal.
        // (Not "… som nyt medlem i stedet for Søren Thorsager": one member for another.)
        let decidedInstead = partlyAt.last.flatMap({ $0 }).map({ !t[($0 + 8)...].starts(with: insteadOfWord) }) == true
            && ranked.indices.contains(where: { ranked[$0].0 == .approved && has(rankedAt[$0]) })
        if let firstRejection = rejectedAt.compactMap({ $0 }).min() {
            // "Udvalget godkendte indstillingens punkt 1. Punkt 2 blev ikke godkendt."
            let approvedBefore = ranked.indices.contains { ranked[$0].0 == .approved && rankedAt[$0].contains { ($0 ?? .max) < firstRejection } }
            return (approvedBefore && has(partlyAt)) || decidedInstead ? .amended : .rejected
        }
        if decidedInstead { return .amended }
        if has(postponedAt) { return .postponed }
        if Bytes.find(withoutRecommendation, in: t) != nil { return .other }
        var best: (Outcome, Int)?
        for (index, (outcome, _)) in ranked.enumerated() {
            for position in rankedAt[index] {
                guard let position else { continue }
                if outcome == .approved, position >= 3, t[(position - 3)...].starts(with: describedGrant) { continue }
                if best.map({ position < $0.1 }) ?? true { best = (outcome, position) }
            }
        }
        if let best { return best.0 }
        if has(nothingAt) { return .none }
        if t.starts(with: Array("ingen".utf8)) { return .none }
        return .other
    }

    /// The text without its sentences that report an amendment voted down; nil when nothing else is left.
    private static func withoutFallenAmendments(_ text: String) -> String? {
        if let rest = withoutFallenAmendmentBlocks(text) { return rest.isEmpty ? nil : rest }
        let sentences = Self.sentences(text)
        let fell = sentences.contains { sentence in
            let folded = Bytes.folded(String(sentence))
            return Bytes.find(amendment, in: folded) != nil && rejected.contains { Bytes.find($0, in: folded) != nil }
        }
        // Once an amendment fell, every sentence about it goes: "Ændringsforslag stillet af Ø:", its quoted words.
        let kept = sentences.filter { sentence in
            let folded = Bytes.folded(String(sentence))
            guard Bytes.find(amendment, in: folded) != nil || (fell && (sentence.first == "\"" || sentence.first == "“")) else { return true }
            return !fell
        }
        guard !kept.isEmpty else { return nil }
        return kept.count == sentences.count ? text : kept.joined(separator: ". ")
    }

    /// "Ændringsforslag fra C til ad 2:", its votes in the paragraphs below, then "Faldet." alone: the paragraphs of an
    /// amendment that fell, taken out; nil when no amendment's own paragraph ends in a rejection.
    private static func withoutFallenAmendmentBlocks(_ text: String) -> String? {
        guard text.contains("\n\n") else { return nil }
        var kept = [Substring]()
        var block = [Substring]()
        var removed = false
        for paragraph in text.split(separator: "\n\n", omittingEmptySubsequences: false) {
            let folded = Bytes.folded(String(paragraph))
            if Bytes.find(amendment, in: folded) != nil {
                kept += block
                block = [paragraph]
                continue
            }
            guard !block.isEmpty else {
                kept.append(paragraph)
                continue
            }
            block.append(paragraph)
            // A short verdict ends the amendment's paragraphs.
            guard paragraph.count <= 40 else { continue }
            if rejected.contains(where: { Bytes.find($0, in: folded) != nil }) {
                block = []
                removed = true
            } else if carried.contains(where: { Bytes.find($0, in: folded) != nil }) {
                kept += block
                block = []
            }
        }
        guard removed else { return nil }
        return (kept + block).joined(separator: "\n\n")
    }

    /// The text's sentences: a full stop ends one only before a capital or the end ("2 kr. pr. time" does not).
    private static func sentences(_ text: String) -> [Substring] {
        var result = [Substring]()
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            var ends = character == "\n"
            if character == "." {
                var after = next
                while after < text.endIndex, text[after] == " " { after = text.index(after: after) }
                ends = after == text.endIndex || after > next && (text[after].isUppercase || text[after] == "\"" || text[after] == "“")
                    || text[after] == "\n"
            }
            if ends {
                if start < index { result.append(text[start..<index]) }
                start = next
            }
            index = next
        }
        if start < text.endIndex { result.append(text[start...]) }
        return result.filter { !LineText.trim($0).isEmpty }
    }
}
