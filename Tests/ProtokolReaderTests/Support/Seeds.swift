import Foundation
import ProtokolModel
@testable import ProtokolReader

/// The five real minutes in ../shared/corpus/seeds and their hand-checked expected models.
enum Seeds {
    static let names = [
        "000_190a588e3052e256", "001_6da26ea54d3e0c77", "002_2e8588dc50a27a80", "003_4c82bc0f16a43aea",
        "004_a5f2ec9812497cce",
    ]

    /// ../shared/corpus/seeds beside the repository, or PROTOKOL_SEEDS.
    static var directory: URL {
        if let override = ProcessInfo.processInfo.environment["PROTOKOL_SEEDS"] { return URL(fileURLWithPath: override) }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/corpus/seeds")
    }

    static func path(_ name: String) -> String { directory.appendingPathComponent(name + ".txt").path }

    static func bytes(_ name: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path(name)) else {
            throw SeedError.missing(path(name))
        }
        return [UInt8](data)
    }

    static func text(_ name: String) throws -> String { String(decoding: try bytes(name), as: UTF8.self) }

    static func expected(_ name: String) throws -> ParsedDocument {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Expected"),
            let data = FileManager.default.contents(atPath: url.path)
        else { throw SeedError.missing("Expected/\(name).json") }
        return try JSONDecoder().decode(ParsedDocument.self, from: data)
    }

    enum SeedError: Error, CustomStringConvertible {
        case missing(String)
        var description: String {
            switch self {
            case .missing(let path): "missing test input \(path) (the seeds live in ../shared/corpus/seeds)"
            }
        }
    }
}

/// Field-by-field comparison of meetings, so a failure names the item and field that differ.
enum MeetingComparison {
    /// Every difference as "field: expected … got …".
    static func differences(expected e: Meeting, actual a: Meeting, normaliseWhitespace: Bool = false) -> [String] {
        var out = [String]()
        func check<T: Equatable>(_ field: String, _ x: T, _ y: T) {
            if x != y { out.append("\(field): expected \(x) got \(y)") }
        }
        func text(_ s: String) -> String {
            normaliseWhitespace ? s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ") : s
        }
        check("kind", e.kind, a.kind)
        check("body", e.body, a.body)
        check("committee", e.committee, a.committee)
        check("term", e.term, a.term)
        check("date", e.date, a.date)
        check("startTime", e.startTime, a.startTime)
        check("location", e.location, a.location)
        check("participants", e.participants, a.participants)
        check("item count", e.items.count, a.items.count)
        for (x, y) in zip(e.items, a.items) {
            let p = "item \(x.number)"
            check("\(p) number", x.number, y.number)
            check("\(p) title", x.title, y.title)
            check("\(p) public", x.isPublic, y.isPublic)
            check("\(p) caseNumber", x.caseNumber, y.caseNumber)
            check("\(p) section headings", x.sections.map(\.heading), y.sections.map(\.heading))
            check("\(p) section kinds", x.sections.map(\.kind), y.sections.map(\.kind))
            for (s, t) in zip(x.sections, y.sections) { check("\(p) section \(s.heading) text", text(s.text), text(t.text)) }
            check("\(p) proposal by", x.proposal?.by, y.proposal?.by)
            check("\(p) proposal points", x.proposal?.points.map(text), y.proposal?.points.map(text))
            check("\(p) decision text", x.decision.map { text($0.text) }, y.decision.map { text($0.text) })
            check("\(p) decision outcome", x.decision?.outcome, y.decision?.outcome)
            check("\(p) absent", x.absent, y.absent)
            check("\(p) disqualified", x.disqualified, y.disqualified)
            check("\(p) votes", x.votes, y.votes)
            check("\(p) attachments", x.attachments, y.attachments)
            check("\(p) history dates", x.history.map(\.date), y.history.map(\.date))
            check("\(p) history bodies", x.history.map(\.body), y.history.map(\.body))
            check("\(p) history texts", x.history.map { text($0.text) }, y.history.map { text($0.text) })
        }
        return out
    }
}
