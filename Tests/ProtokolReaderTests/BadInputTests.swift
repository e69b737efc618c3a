import Foundation
import ProtokolModel
import Testing
@testable import ProtokolReader

@Suite("Bad input gets a clear error, never a crash")
struct BadInputTests {
    private func readError(_ bytes: [UInt8], reader: MinutesReader = MinutesReader()) -> ReadError? {
        do {
            _ = try reader.read(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test("an empty file")
    func empty() {
        #expect(readError([]) == .empty)
    }

    @Test("binary data")
    func binary() {
        let bytes: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00] + Array(repeating: 0x00, count: 64)
        guard case .binary? = readError(bytes) else {
            Issue.record("expected a binary-data error, got \(String(describing: readError(bytes)))")
            return
        }
    }

    @Test("text that is not minutes")
    func notMinutes() {
        let recipe = "Æblekage\n\nIngredienser: æbler, sukker, smør og rasp.\n\nBag i 30 minutter ved 200 grader.\n"
        guard case .notMinutes? = readError(Array(recipe.utf8)) else {
            Issue.record("expected not-minutes, got \(String(describing: readError(Array(recipe.utf8))))")
            return
        }
        guard case .notMinutes? = readError(Array("   \n\n  \t \n".utf8)) else {
            Issue.record("whitespace only should not read as minutes")
            return
        }
    }

    @Test("a path that does not exist, and a directory")
    func unreadable() {
        #expect(throws: ReadError.unreadable(path: "/nonexistent/referat.txt", reason: "no such file")) {
            try MinutesReader().read(contentsOf: "/nonexistent/referat.txt")
        }
        #expect(throws: ReadError.unreadable(path: "/tmp", reason: "is a directory")) {
            try MinutesReader().read(contentsOf: "/tmp")
        }
    }

    @Test("a PDF without a text layer")
    func pdfWithoutText() {
        #expect(readError(TextPDF().render("\n\n")) == .pdfWithoutText)
    }

    @Test("a broken PDF")
    func brokenPDF() {
        let bytes = Array("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n".utf8)
        guard case .pdfFailed? = readError(bytes) else {
            Issue.record("expected pdftotext to fail, got \(String(describing: readError(bytes)))")
            return
        }
    }

    @Test("a PDF when pdftotext is missing")
    func pdfToolMissing() throws {
        let reader = MinutesReader(pdftotextSearchPath: "/nonexistent")
        #expect(readError(TextPDF().render(try Seeds.text("004_a5f2ec9812497cce")), reader: reader) == .pdfToolMissing)
    }

    @Test("every error names its cause in one line")
    func messages() {
        let errors: [ReadError] = [
            .empty, .binary(offset: 3), .pdfToolMissing, .pdfWithoutText, .pdfFailed(reason: "x"),
            .notMinutes(reason: "no items"), .unreadable(path: "/a", reason: "no such file"),
        ]
        for error in errors {
            #expect(!error.description.isEmpty && !error.description.contains("\n"))
        }
        #expect(ReadError.pdfToolMissing.description.contains("poppler-utils"))
    }
}

@Suite("Fuzz: random bytes and mutated seeds give a model or an error")
struct FuzzTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test("thousands of random byte strings")
    func randomBytes() {
        var rng = SplitMix(state: 20_261_123)
        var read = 0
        var failed = 0
        let alphabet = Array("Punkt 1: Beslutning Bilag Sagens forløb REFERAT d. 27-04-2022 Lukket: æøå\n\n\t|#*<p>&amp;".utf8)
        for round in 0..<3000 {
            let length = Int.random(in: 0...400, using: &rng)
            var bytes = [UInt8]()
            bytes.reserveCapacity(length)
            for _ in 0..<length {
                // Half the rounds draw from minutes-like bytes, so the parser gets past the first checks.
                bytes.append(round % 2 == 0 ? UInt8.random(in: 0...255, using: &rng) : alphabet.randomElement(using: &rng) ?? 0x20)
            }
            do {
                _ = try MinutesReader().read(bytes)
                read += 1
            } catch {
                failed += 1
            }
        }
        #expect(read + failed == 3000)
        #expect(failed > 0)
    }

    @Test("mutations of the seeds: cut, shuffled, duplicated, headings deleted, bytes flipped", arguments: Seeds.names)
    func mutatedSeeds(name: String) throws {
        let original = try Seeds.bytes(name)
        let lines = try Seeds.text(name).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var rng = SplitMix(state: UInt64(name.utf8.reduce(0) { $0 &* 31 &+ Int($1) }.magnitude))
        var outcomes = 0
        for round in 0..<60 {
            var mutated: [UInt8]
            switch round % 6 {
            case 0:
                mutated = Array(original.prefix(Int.random(in: 0...original.count, using: &rng)))
            case 1:
                mutated = Array(lines.shuffled(using: &rng).joined(separator: "\n").utf8)
            case 2:
                let start = Int.random(in: 0..<lines.count, using: &rng)
                let end = min(lines.count, start + Int.random(in: 1...80, using: &rng))
                mutated = Array((lines[..<end] + lines[start...]).joined(separator: "\n").utf8)
            case 3:
                let headings: Set<String> = ["Beslutning", "Bilag", "Resume", "Resumé", "Sagsfremstilling", "Indholdsfortegnelse", "Sagens forløb"]
                mutated = Array(lines.filter { !headings.contains($0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "#", with: "").trimmingCharacters(in: .whitespaces)) || Bool.random(using: &rng) }.joined(separator: "\n").utf8)
            case 4:
                mutated = original
                for _ in 0..<Int.random(in: 1...50, using: &rng) where !mutated.isEmpty {
                    mutated[Int.random(in: 0..<mutated.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
                }
            default:
                mutated = Array(lines.filter { _ in Int.random(in: 0..<4, using: &rng) != 0 }.joined(separator: "\n").utf8)
            }
            do {
                let document = try MinutesReader().read(mutated)
                #expect(document.source.bytes == mutated.count)
            } catch {
                #expect(!error.description.isEmpty)
            }
            outcomes += 1
        }
        #expect(outcomes == 60)
    }
}
