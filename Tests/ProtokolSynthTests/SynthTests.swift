import Foundation
import ProtokolApp
import ProtokolModel
import ProtokolReader
import ProtokolSQLite
import ProtokolStore
import ProtokolSynth
import Testing

@Suite struct SynthTests {
    @Test func splitMixIsTheReferenceSequence() {
        // The first outputs of SplitMix64 seeded with 1234567 (from the reference C implementation).
        var rng = SplitMix64(seed: 1_234_567)
        #expect(rng.next() == 6_457_827_717_110_365_317)
        #expect(rng.next() == 3_203_168_211_198_807_973)
        var bounded = SplitMix64(seed: 9)
        for _ in 0..<1_000 { #expect((0..<7).contains(bounded.below(7))) }
    }

    @Test func theVocabularyComesFromTheSeeds() throws {
        let vocabulary = try Seeds.vocabulary()
        #expect(vocabulary.sentences.count > 100)
        #expect(vocabulary.words.contains("beskæftigelsesindsats") || vocabulary.words.contains("indsatsen"))
        #expect(!vocabulary.sentences.contains { $0.contains("Kommune") || $0.contains("Afbud") })
        #expect(!vocabulary.titles.isEmpty)
        #expect(throws: SynthVocabulary.Failure.self) { try SynthVocabulary(texts: ["Kort tekst."]) }
    }

    @Test func theSameSeedMakesTheSameBytes() throws {
        let vocabulary = try Seeds.vocabulary()
        let a = SyntheticCorpus(vocabulary: vocabulary, items: 400, seed: 42).map(\.text)
        let b = SyntheticCorpus(vocabulary: vocabulary, items: 400, seed: 42).map(\.text)
        let c = SyntheticCorpus(vocabulary: vocabulary, items: 400, seed: 43).map(\.text)
        #expect(a == b)
        #expect(a != c)
        #expect(a.first != c.first)
    }

    @Test func synthWritesTheSameFilesForTheSameSeed() throws {
        let vocabulary = try Seeds.vocabulary()
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("protokol-synth-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        func write(_ name: String, seed: UInt64, format: OutputFormat = .text) throws -> [String: Data] {
            let directory = root.appendingPathComponent(name).path
            let run = try SynthRun.run(items: 250, seed: seed, vocabulary: vocabulary, directory: directory, format: format)
            #expect(run.items == 250)
            var files = [String: Data]()
            for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
                files[name] = FileManager.default.contents(atPath: (directory as NSString).appendingPathComponent(name))
            }
            #expect(files.count == run.documents)
            return files
        }
        let first = try write("a", seed: 5)
        #expect(try write("b", seed: 5) == first)
        #expect(try write("c", seed: 6) != first)
        // JSON: the contract of each document, which reads back into the same meeting.
        let json = try write("j", seed: 5, format: .json)
        let reader = MinutesReader()
        for (name, data) in json.sorted(by: { $0.key < $1.key }).prefix(5) {
            let document = try ContractJSON.decode(String(decoding: data, as: UTF8.self))
            let textName = (name as NSString).deletingPathExtension + ".txt"
            let text = try #require(first[textName])
            #expect(try reader.read([UInt8](text)).meeting == document.meeting)
        }
    }

    @Test func theCorpusSpreadsOverMunicipalitiesCommitteesAndYears() throws {
        let corpus = SyntheticCorpus(vocabulary: try Seeds.vocabulary(), items: 5_000, seed: 1)
        var bodies = Set<String>(), committees = Set<String>(), years = Set<Int>(), identities = Set<String>()
        var items = 0, closed = 0, absent = 0, votes = 0, histories = 0, cases = 0
        var outcomes = Set<Outcome>()
        for document in corpus {
            let meeting = document.meeting
            bodies.insert(meeting.body ?? "")
            committees.insert(meeting.committee)
            years.insert(meeting.date?.year ?? 0)
            let identity = "\(meeting.body ?? "")|\(meeting.committee)|\(meeting.date?.description ?? "")"
            let inserted = identities.insert(identity).inserted
            #expect(inserted, "two documents for \(identity)")
            for item in meeting.items {
                items += 1
                if !item.isPublic { closed += 1 }
                if !item.absent.isEmpty { absent += 1 }
                if !item.votes.isEmpty { votes += 1 }
                if !item.history.isEmpty { histories += 1 }
                if item.caseNumber != nil { cases += 1 }
                if let outcome = item.decision?.outcome { outcomes.insert(outcome) }
            }
        }
        #expect(items == 5_000)
        #expect(bodies.count == 98)
        #expect(SyntheticCorpus.bodies.count == 98)
        #expect(committees.count == SyntheticCorpus.committees.count)
        #expect(years.count >= 5)
        #expect(closed > 50 && absent > 100 && votes > 50 && histories > 10 && cases > 4_000)
        #expect(outcomes.isSuperset(of: [.approved, .recommended, .noted, .discussed, .postponed, .rejected, .amended]))
    }

    @Test func caseNumbersHaveTheRealShapes() throws {
        let corpus = SyntheticCorpus(vocabulary: try Seeds.vocabulary(), items: 1_000, seed: 2)
        let numbers = corpus.flatMap { $0.meeting.items.compactMap(\.caseNumber) }
        let shapes = [#"^\d\d\.\d\d\.\d\d[A-Z]\d\d-\d+-\d\d$"#, #"^\d\d-\d{6}$"#, #"^\d\d/\d{5}$"#, #"^EMN-\d{4}-\d{6}$"#, #"^\d{4}-\d{5}$"#]
        for shape in shapes {
            #expect(numbers.contains { $0.range(of: shape, options: .regularExpression) != nil }, "no case number like \(shape)")
        }
        #expect(numbers.allSatisfy { number in shapes.contains { number.range(of: $0, options: .regularExpression) != nil } })
    }
}
