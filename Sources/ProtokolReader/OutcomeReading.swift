import ProtokolModel

/// Reads a decision's outcome from its words.
enum OutcomeReading {
    private static func words(_ list: [String]) -> [[UInt8]] { list.map { Array($0.utf8) } }

    private static let ranked: [(Outcome, [[UInt8]])] = [
        (.recommended, words(["anbefales", "anbefalet", "anbefaler", "indstilles til godkendelse", "oversendes til"])),
        (.approved, words([
            "godkendt", "godkendes", "godkender", "godkendte", "tiltrådt", "tiltrædes", "tiltræder", "vedtaget",
            "vedtages", "bevilget", "imødekommet", "som indstillet", "indstillingen følges", "besluttet", "besluttede",
            "enig i indstillingen", "følger indstillingen", "bevilges", "tiltrådte", "der gennemføres", "igangsættes",
            "iværksættes", "vedtog",
        ])),
        (.noted, words([
            "til efterretning", "til orientering", "efterretning", "orienteringen", "orienterede", "orienteret",
            "til kendskab",
        ])),
        (.discussed, words(["drøftet", "drøftede", "drøftes", "drøftelse"])),
    ]
    private static let pending = words(["ikke frigivet"])
    private static let noneStarts = words(["intet", "ingen bemærkninger", "ingen sager"])
    private static let amendedAlone = words([
        "med følgende ændring", "med den ændring", "med de ændringer", "med ændringer", "med følgende tilføjelse",
        "med den tilføjelse", "med følgende justering", "med ændring", "foretagne ændringer", "med de nævnte ændringer",
        "med ændringerne", "med de foreslåede ændringer", "med de anførte ændringer", "dog således", "dog med den ændring",
    ])
    private static let amendment = Array("ændringsforslag".utf8)
    private static let carried = words(["tiltrådt", "vedtaget", "godkendt"])
    private static let rejected = words([
        "ikke godkendt", "afvist", "afvises", "forkastet", "ikke tiltrådt", "ikke anbefalet", "kan ikke anbefales",
        "anbefales ikke", "godkendes ikke", "ikke vedtaget", "blev ikke", "bortfaldt", "faldt", "forkastes",
    ])
    private static let postponed = words(["udsat", "udsættes", "udskudt"])

    /// Every phrase the rules look for, each found once in one pass (see `Bytes.WordFinder`).
    private static let finder = Bytes.WordFinder(
        pending + carried + amendedAlone + rejected + postponed + ranked.flatMap(\.1)
    )

    static func outcome(of text: String) -> Outcome {
        let t = Bytes.folded(text)
        if t.isEmpty { return .other }
        // "Ændringsforslaget fra Ø blev forkastet … Budgetforslaget blev herefter godkendt": the amendment that fell
        // says nothing of the outcome.
        if Bytes.find(amendment, in: t) != nil, let rest = withoutFallenAmendments(text), rest != text {
            return outcome(of: rest)
        }
        let found = finder.firstWordPositions(in: t)
        var next = 0
        func take(_ count: Int) -> ArraySlice<Int?> {
            defer { next += count }
            return found[next..<(next + count)]
        }
        let pendingAt = take(pending.count), carriedAt = take(carried.count), amendedAt = take(amendedAlone.count)
        let rejectedAt = take(rejected.count), postponedAt = take(postponed.count)
        func has(_ positions: ArraySlice<Int?>) -> Bool { positions.contains { $0 != nil } }
        if has(pendingAt) { return .pending }
        if noneStarts.contains(where: { t.starts(with: $0) }) || t == Array("ingen".utf8) { return .none }
        if (Bytes.find(amendment, in: t) != nil && has(carriedAt)) || has(amendedAt) {
            return .amended
        }
        if has(rejectedAt) { return .rejected }
        if has(postponedAt) { return .postponed }
        var best: (Outcome, Int)?
        for (outcome, list) in ranked {
            for position in take(list.count) {
                guard let position else { continue }
                if best.map({ position < $0.1 }) ?? true { best = (outcome, position) }
            }
        }
        if let best { return best.0 }
        if t.starts(with: Array("ingen".utf8)) { return .none }
        return .other
    }

    /// The text without its sentences that report an amendment voted down; nil when nothing else is left.
    private static func withoutFallenAmendments(_ text: String) -> String? {
        let sentences = text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "." || $0 == "\n" })
        let kept = sentences.filter { sentence in
            let folded = Bytes.folded(String(sentence))
            guard Bytes.find(amendment, in: folded) != nil else { return true }
            return !rejected.contains { Bytes.find($0, in: folded) != nil }
        }
        guard !kept.isEmpty else { return nil }
        return kept.count == sentences.count ? text : kept.joined(separator: ". ")
    }
}
