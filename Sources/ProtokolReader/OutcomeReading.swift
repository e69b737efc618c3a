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
        "med den tilføjelse", "med følgende justering", "med ændring",
    ])
    private static let amendment = Array("ændringsforslag".utf8)
    private static let carried = words(["tiltrådt", "vedtaget", "godkendt"])
    private static let rejected = words([
        "ikke godkendt", "afvist", "afvises", "forkastet", "ikke tiltrådt", "ikke anbefalet", "kan ikke anbefales",
        "anbefales ikke", "godkendes ikke", "ikke vedtaget", "blev ikke", "bortfaldt", "faldt", "forkastes",
    ])
    private static let postponed = words(["udsat", "udsættes", "udskudt"])

    static func outcome(of text: String) -> Outcome {
        let t = Bytes.folded(text)
        if t.isEmpty { return .other }
        func has(_ w: [UInt8]) -> Bool { Bytes.findWord(w, in: t) != nil }
        if pending.contains(where: has) { return .pending }
        if noneStarts.contains(where: { t.starts(with: $0) }) || t == Array("ingen".utf8) { return .none }
        if (Bytes.find(amendment, in: t) != nil && carried.contains(where: has)) || amendedAlone.contains(where: has) {
            return .amended
        }
        if rejected.contains(where: has) { return .rejected }
        if postponed.contains(where: has) { return .postponed }
        var best: (Outcome, Int)?
        for (outcome, list) in ranked {
            for word in list {
                guard let position = Bytes.findWord(word, in: t) else { continue }
                if best == nil || position < best!.1 { best = (outcome, position) }
            }
        }
        if let best { return best.0 }
        if t.starts(with: Array("ingen".utf8)) { return .none }
        return .other
    }
}
