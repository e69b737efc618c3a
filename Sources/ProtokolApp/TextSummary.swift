import ProtokolModel

/// A readable summary of a parsed document, for `protokol parse --format text`.
public enum TextSummary {
    public static func render(_ document: ParsedDocument, path: String) -> String {
        let m = document.meeting
        var out = [String]()
        out.append("\(path)")
        let kind = m.kind == .minutes ? "Referat" : "Dagsorden"
        let committee = m.committee.isEmpty ? "(udvalg ukendt)" : m.committee
        out.append("\(kind): \(committee)\(m.term.map { " (\($0))" } ?? "")\(m.body.map { ", \($0)" } ?? "")")
        var when = [m.date?.description ?? "(dato ukendt)"]
        if let time = m.startTime { when.append("kl. \(time)") }
        if let location = m.location { when.append(location) }
        out.append(when.joined(separator: ", "))
        if !m.participants.isEmpty {
            let names = m.participants.map { p in
                p.name + (p.party.map { " (\($0))" } ?? "") + (p.absent ? " [fraværende]" : "")
            }
            out.append("Deltagere: " + names.joined(separator: ", "))
        }
        for item in m.items {
            var line = "  \(item.number). \(item.isPublic ? "" : "[Lukket] ")\(item.title)"
            if let caseNumber = item.caseNumber { line += " [\(caseNumber)]" }
            out.append(line)
            if let decision = item.decision {
                let first = decision.text.split(separator: "\n").first.map(String.init) ?? ""
                out.append("      Beslutning (\(decision.outcome.rawValue)): \(first.prefix(100))")
            }
            if !item.absent.isEmpty { out.append("      Afbud: " + item.absent.joined(separator: ", ")) }
            if !item.disqualified.isEmpty { out.append("      Inhabil: " + item.disqualified.joined(separator: ", ")) }
            if !item.attachments.isEmpty { out.append("      Bilag: \(item.attachments.count)") }
        }
        for warning in document.warnings { out.append("  advarsel: \(warning)") }
        return out.joined(separator: "\n")
    }
}
