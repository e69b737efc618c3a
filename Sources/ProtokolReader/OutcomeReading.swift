import Foundation
import ProtokolModel

/// Reads a decision's outcome from its words.
enum OutcomeReading {
    private static let ranked: [(Outcome, [String])] = [
        (.recommended, ["anbefales", "anbefalet", "anbefaler", "indstilles til godkendelse", "oversendes til"]),
        (.approved, [
            "godkendt", "godkendes", "godkender", "godkendte", "tiltrådt", "tiltrædes", "tiltræder", "vedtaget",
            "vedtages", "bevilget", "imødekommet", "som indstillet", "indstillingen følges", "besluttet", "besluttede",
            "enig i indstillingen", "følger indstillingen", "bevilges", "tiltrådte", "der gennemføres", "igangsættes",
            "iværksættes", "vedtog", "godkendte",
        ]),
        (.noted, [
            "til efterretning", "til orientering", "efterretning", "orienteringen", "orienterede", "orienteret",
            "til kendskab", "taget til orientering",
        ]),
        (.discussed, ["drøftet", "drøftede", "drøftes", "drøftelse"]),
    ]

    static func outcome(of text: String) -> Outcome {
        let t = text.lowercased()
        if t.isEmpty { return .other }
        if t.contains("ikke frigivet") { return .pending }
        if t.hasPrefix("intet") || t.hasPrefix("ingen bemærkninger") || t.hasPrefix("ingen sager") || t == "ingen" { return .none }
        let amended = (t.contains("ændringsforslag") && (has(t, "tiltrådt") || has(t, "vedtaget") || has(t, "godkendt")))
            || has(t, "med følgende ændring") || has(t, "med den ændring") || has(t, "med de ændringer")
            || has(t, "med ændringer") || has(t, "med følgende tilføjelse") || has(t, "med den tilføjelse")
            || has(t, "med følgende justering") || has(t, "med ændring")
        if amended { return .amended }
        if has(t, "ikke godkendt") || has(t, "afvist") || has(t, "afvises") || has(t, "forkastet") || has(t, "ikke tiltrådt")
            || has(t, "ikke anbefalet") || has(t, "kan ikke anbefales") || has(t, "anbefales ikke") || has(t, "godkendes ikke")
            || has(t, "ikke vedtaget") || has(t, "blev ikke")
        {
            return .rejected
        }
        if has(t, "udsat") || has(t, "udsættes") || has(t, "udskudt") || has(t, "blev udsat") { return .postponed }
        var best: (Outcome, String.Index)?
        for (outcome, words) in ranked {
            for word in words {
                guard let position = firstWordStart(word, in: t) else { continue }
                if best == nil || position < best!.1 { best = (outcome, position) }
            }
        }
        if let best { return best.0 }
        if t.hasPrefix("ingen") { return .none }
        return .other
    }

    /// True when `word` occurs at the start of a word in `t`.
    static func has(_ t: String, _ word: String) -> Bool { firstWordStart(word, in: t) != nil }

    static func firstWordStart(_ word: String, in t: String) -> String.Index? {
        var search = t.startIndex..<t.endIndex
        while let range = t.range(of: word, range: search) {
            if range.lowerBound == t.startIndex || !t[t.index(before: range.lowerBound)].isLetter { return range.lowerBound }
            search = range.upperBound..<t.endIndex
        }
        return nil
    }
}
