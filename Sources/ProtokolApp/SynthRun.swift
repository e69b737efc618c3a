import Foundation
import ProtokolModel
import ProtokolSynth

/// `protokol synth --items N`: writes a synthetic corpus, one file per document, as it is made.
public struct SynthRun: Sendable {
    public var documents = 0
    public var items = 0
    public var bytes = 0
    public var seconds = 0.0
    public var directory: String

    /// The seed minutes the vocabulary is read from when none is named: ../shared/corpus/seeds, or PROTOKOL_SEEDS.
    public static var defaultSeedDirectory: String {
        ProcessInfo.processInfo.environment["PROTOKOL_SEEDS"] ?? "../shared/corpus/seeds"
    }

    /// Reads the vocabulary from the seeds, as a usage error when they are missing.
    public static func vocabulary(seeds: String) throws(AppError) -> SynthVocabulary {
        do {
            return try SynthVocabulary(seedDirectory: seeds)
        } catch {
            throw .usage("\(error) (give --seeds DIR)")
        }
    }

    /// Writes `items` items of minutes into `directory` (created when missing): `s0000000.txt`, … for
    /// text, or the contract JSON of each document (`s0000000.json`, …) for json. Memory stays bounded:
    /// each document is written as soon as it is made.
    public static func run(
        items: Int, seed: UInt64, vocabulary: SynthVocabulary, directory: String, format: OutputFormat,
        progress: (Int) -> Void = { _ in }
    ) throws(AppError) -> SynthRun {
        guard items > 0 else { throw .usage("--items must be at least 1") }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .output(path: directory, reason: error.localizedDescription)
        }
        var run = SynthRun(directory: directory)
        let clock = ContinuousClock()
        let started = clock.now
        for document in SyntheticCorpus(vocabulary: vocabulary, items: items, seed: seed) {
            let bytes = document.bytes
            let data: Data
            let name: String
            switch format {
            case .text:
                data = Data(bytes)
                name = document.fileName
            case .json:
                do {
                    data = Data(try ContractJSON.encode(document.parsedDocument(bytes: bytes), pretty: true).utf8)
                } catch {
                    throw .output(path: document.fileName, reason: "\(error)")
                }
                name = (document.fileName as NSString).deletingPathExtension + ".json"
            }
            let path = (directory as NSString).appendingPathComponent(name)
            guard FileManager.default.createFile(atPath: path, contents: data) else {
                throw .output(path: path, reason: "cannot create the file")
            }
            run.documents += 1
            run.items += document.meeting.items.count
            run.bytes += data.count
            if run.documents % 1_000 == 0 { progress(run.items) }
        }
        run.seconds = (clock.now - started).seconds
        return run
    }

    public var summary: String {
        let mb = Double(bytes) / 1_000_000
        return "wrote \(documents) documents, \(items) items, \(String(format: "%.1f", mb)) MB to \(directory) in \(String(format: "%.1f", seconds)) s"
    }
}

extension Duration {
    /// The duration in seconds, as a Double.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
