import Foundation
import ProtokolApp
import ProtokolModel
import ProtokolReader
import ProtokolStore

/// The five seed minutes in ../shared/corpus/seeds (or PROTOKOL_SEEDS), and submissions made from them.
enum Corpus {
    static let names = [
        "000_190a588e3052e256", "001_6da26ea54d3e0c77", "002_2e8588dc50a27a80", "003_4c82bc0f16a43aea",
        "004_a5f2ec9812497cce",
    ]

    static var directory: URL {
        if let override = ProcessInfo.processInfo.environment["PROTOKOL_SEEDS"] { return URL(fileURLWithPath: override) }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/corpus/seeds")
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        let path = directory.appendingPathComponent(name + ".txt").path
        guard let data = FileManager.default.contents(atPath: path) else { throw CorpusError.missing(path) }
        return [UInt8](data)
    }

    static func text(_ name: String) throws -> String { String(decoding: try bytes(name), as: UTF8.self) }

    /// A submission of these bytes as `protokol import` makes it: read with the current reader.
    static func submission(_ bytes: [UInt8], name: String = "test.txt") -> Submission {
        let reading: Reading
        do {
            reading = .parsed(try MinutesReader().read(bytes))
        } catch {
            reading = .failed(error: error.description)
        }
        return Submission(
            bytes: bytes, sha256: OriginalAddress.sha256(bytes), sourceName: name, parserVersion: MinutesReader.version, reading: reading)
    }

    static func submission(seed name: String) throws -> Submission { submission(try bytes(name), name: name + ".txt") }

    /// Stores the five seeds and returns what each did.
    @discardableResult
    static func storeSeeds(in store: any MeetingStore) async throws -> [ImportOutcome] {
        var outcomes = [ImportOutcome]()
        for name in names { outcomes.append(try await store.store(try submission(seed: name))) }
        return outcomes
    }

    /// Herlev's minutes with a secret written into the closed item 6 ("Lukket: Meddelelser - Lukket møde").
    static func herlevWithSecret(_ secret: String) throws -> [UInt8] {
        let text = try self.text("004_a5f2ec9812497cce")
        let marker = "Punkt 6: Lukket: Meddelelser - Lukket møde\n\n00.22.00P35-1-21\n\nIntet."
        guard text.contains(marker) else { throw CorpusError.missing("the closed item in 004") }
        return Array(text.replacingOccurrences(of: marker, with: marker + " Fortroligt: \(secret) vedrørende en navngiven borger.").utf8)
    }

    static let herlev = CommitteeRef(body: "Herlev Kommune", committee: "Arbejdsmarkedsudvalget")
    static let lejre = CommitteeRef(body: "Lejre Kommune", committee: "Udvalget for Job, Arbejdsmarked og Integration")

    enum CorpusError: Error, CustomStringConvertible {
        case missing(String)
        var description: String {
            switch self {
            case .missing(let what): "missing test input: \(what) (the seeds live in ../shared/corpus/seeds)"
            }
        }
    }
}
