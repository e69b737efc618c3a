import Foundation
import ProtokolSynth

/// The seed minutes in ../shared/corpus/seeds (or PROTOKOL_SEEDS), and the vocabulary made from them.
enum Seeds {
    static var directory: String {
        if let override = ProcessInfo.processInfo.environment["PROTOKOL_SEEDS"] { return override }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/corpus/seeds").path
    }

    static func vocabulary() throws -> SynthVocabulary { try SynthVocabulary(seedDirectory: directory) }
}
