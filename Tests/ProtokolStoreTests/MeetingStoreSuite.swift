import Foundation
import ProtokolApp
import ProtokolModel
import ProtokolStore
import Testing

/// The storage contract every ``MeetingStore`` keeps: each test runs once per store factory.
@Suite("MeetingStore: storing documents")
struct StoringSuite {
    @Test("the five seeds import as five new meetings with their items", arguments: StoreFactory.all)
    func importSeeds(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            let outcomes = try await Corpus.storeSeeds(in: store)
            for outcome in outcomes {
                guard case .new(let version) = outcome else {
                    Issue.record("expected a new meeting, got \(outcome)")
                    continue
                }
                #expect(version.version == 1)
            }
            let meetings = try await store.meetings()
            #expect(meetings.count == 5)
            #expect(meetings.map(\.items).reduce(0, +) == 44)
            #expect(Set(meetings.map(\.identity.body)) == ["Lemvig Kommune", "Vejen Kommune", "Lejre Kommune", "Herlev Kommune"])
            #expect(meetings.map(\.identity) == meetings.map(\.identity).sorted())

            let documents = try await store.documents()
            #expect(documents.count == 5)
            for (name, document) in zip(Corpus.names, documents) {
                let submission = try Corpus.submission(seed: name)
                #expect(document.sha256 == submission.sha256)
                #expect(document.size == submission.bytes.count)
                #expect(document.status == .ok)
                #expect(document.parserVersion == submission.parserVersion)
                #expect(document.isCurrent && document.version == 1)
                #expect(document.sourceName == name + ".txt")
                // The stored model is the reading.
                guard case .parsed(let reading) = submission.reading else { Issue.record("\(name) did not parse"); continue }
                let stored = try await store.parsedDocument(sha256: document.sha256)
                #expect(stored?.meeting == reading.meeting)
                #expect(stored?.source == reading.source)
                #expect(document.format == reading.source.format)
                #expect(document.meeting == MeetingIdentity(reading.meeting))
            }
        }
    }

    @Test("importing the same bytes again changes nothing", arguments: StoreFactory.all)
    func reimportIsUnchanged(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            try await Corpus.storeSeeds(in: store)
            let before = try await store.documents()
            for outcome in try await Corpus.storeSeeds(in: store) {
                guard case .unchanged(let document) = outcome else {
                    Issue.record("expected unchanged, got \(outcome)")
                    continue
                }
                #expect(document.status == .ok)
            }
            #expect(try await store.documents() == before)
            #expect(try await store.meetings().count == 5)
        }
    }

    @Test("a changed document for the same meeting is its new, current version", arguments: StoreFactory.all)
    func changedDocumentIsNewVersion(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            try await Corpus.storeSeeds(in: store)
            let original = try Corpus.submission(seed: "002_2e8588dc50a27a80")
            let text = try Corpus.text("002_2e8588dc50a27a80")
            #expect(text.contains("klapjob"))
            let changed = Corpus.submission(Array(text.replacingOccurrences(of: "klapjob", with: "skånejob").utf8), name: "002-rettet.txt")

            guard case .new(let version) = try await store.store(changed) else {
                Issue.record("the changed document was not stored as new")
                return
            }
            #expect(version.version == 2)
            #expect(version.meeting.body == "Lejre Kommune" && version.meeting.date == CalendarDate(iso: "2022-03-09"))

            let meetings = try await store.meetings()
            #expect(meetings.count == 5)
            let lejre = try #require(meetings.first { $0.identity == version.meeting })
            #expect(lejre.versions == 2)
            #expect(lejre.currentSHA256 == changed.sha256)

            let old = try #require(try await store.document(sha256: original.sha256))
            #expect(old.version == 1 && !old.isCurrent)
            let new = try #require(try await store.document(sha256: changed.sha256))
            #expect(new.version == 2 && new.isCurrent)

            // Only the current version is searched.
            #expect(try await store.search(SearchQuery("klapjob"), access: .public).total == 0)
            let hits = try await store.search(SearchQuery("skånejob"), access: .public)
            #expect(hits.total >= 1)
            #expect(hits.hits.allSatisfy { $0.sha256 == changed.sha256 })
            // The old version's original is still there, byte for byte.
            #expect(try await store.original(sha256: original.sha256).bytes == original.bytes)
        }
    }

    @Test("a document that cannot be read is stored with its error, and nothing else is touched", arguments: StoreFactory.all)
    func failedReadingIsStored(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            try await Corpus.storeSeeds(in: store)
            let meetingsBefore = try await store.meetings()
            let bytes: [UInt8] = Array("Indkøbsliste\n\nmælk, brød".utf8) + [0x00, 0x01, 0x02] + Array("\n".utf8)
            let submission = Corpus.submission(bytes, name: "junk.txt")
            guard case .failed(let error) = submission.reading else {
                Issue.record("expected the reader to fail on junk")
                return
            }
            guard case .failed(let sha256, let storedError) = try await store.store(submission) else {
                Issue.record("expected a stored failure")
                return
            }
            #expect(sha256 == submission.sha256)
            #expect(storedError == error)
            let document = try #require(try await store.document(sha256: sha256))
            #expect(document.status == .failed(error: error))
            #expect(document.meeting == nil && document.version == nil && !document.isCurrent)
            #expect(try await store.parsedDocument(sha256: sha256) == nil)
            #expect(try await store.original(sha256: sha256).bytes == bytes)
            #expect(try await store.meetings() == meetingsBefore)
            #expect(try await store.documents().count == 6)
            // Stored once: the same bytes again are unchanged.
            guard case .unchanged(let again) = try await store.store(submission) else {
                Issue.record("expected unchanged")
                return
            }
            #expect(again.status == .failed(error: error))
        }
    }

    @Test("originals export byte for byte, by full SHA-256 or a prefix", arguments: StoreFactory.all)
    func exportOriginals(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            try await Corpus.storeSeeds(in: store)
            for name in Corpus.names {
                let bytes = try Corpus.bytes(name)
                let submission = Corpus.submission(bytes)
                #expect(try await store.original(sha256: submission.sha256).bytes == bytes)
                #expect(try await store.original(sha256: String(submission.sha256.prefix(10))).bytes == bytes)
                #expect(try await store.original(sha256: submission.sha256.uppercased()).bytes == bytes)
            }
            let missing = await #expect(throws: StoreError.self) { try await store.original(sha256: String(repeating: "0", count: 64)) }
            #expect(missing == .notFound(sha256: String(repeating: "0", count: 64)))
            await #expect(throws: StoreError.self) { try await store.original(sha256: "abc") }
            await #expect(throws: StoreError.self) { try await store.original(sha256: "not hex at all") }
            // An empty original is an original too.
            let empty = Corpus.submission([], name: "empty.txt")
            _ = try await store.store(empty)
            #expect(try await store.original(sha256: empty.sha256).bytes == [])
        }
    }

    @Test("a submission whose reading is of other bytes is refused", arguments: StoreFactory.all)
    func inconsistentSubmission(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            var submission = try Corpus.submission(seed: "000_190a588e3052e256")
            submission.bytes = Array("other".utf8)
            submission.sha256 = String(repeating: "a", count: 64)
            await #expect(throws: StoreError.self) { try await store.store(submission) }
            #expect(try await store.documents().isEmpty)
        }
    }

    @Test("concurrent stores of the same documents lose nothing and duplicate nothing", arguments: StoreFactory.all)
    func concurrentStores(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            let submissions = try Corpus.names.map { try Corpus.submission(seed: $0) }
            let outcomes = try await withThrowingTaskGroup(of: [ImportOutcome].self) { group in
                for round in 0..<4 {
                    let order = round % 2 == 0 ? submissions : submissions.reversed()
                    group.addTask {
                        var outcomes = [ImportOutcome]()
                        for submission in order { outcomes.append(try await store.store(submission)) }
                        return outcomes
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            let new = outcomes.filter { if case .new = $0 { true } else { false } }
            #expect(new.count == 5)
            #expect(outcomes.count == 20)
            #expect(try await store.documents().count == 5)
            #expect(try await store.meetings().count == 5)
            #expect(try await store.meetings().map(\.items).reduce(0, +) == 44)
        }
    }

    @Test("a batch stores each submission as one store() would; the same bytes twice in it are stored once", arguments: StoreFactory.all)
    func batch(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            let seeds = try Corpus.names.map { try Corpus.submission(seed: $0) }
            let text = try Corpus.text("002_2e8588dc50a27a80")
            let changed = Corpus.submission(Array(text.replacingOccurrences(of: "klapjob", with: "skånejob").utf8), name: "002-rettet.txt")
            let failed = Submission(
                bytes: Array("not minutes".utf8), sha256: OriginalAddress.sha256(Array("not minutes".utf8)), parserVersion: "1",
                reading: .failed(error: "unreadable"))
            let outcomes = try await store.store(batch: seeds + [seeds[0], changed, failed])
            #expect(outcomes.count == 8)
            for outcome in outcomes.prefix(5) {
                guard case .new(let version) = outcome else {
                    Issue.record("expected a new meeting, got \(outcome)")
                    continue
                }
                #expect(version.version == 1)
            }
            guard case .unchanged(let again) = outcomes[5] else {
                Issue.record("the same bytes twice in a batch: expected unchanged, got \(outcomes[5])")
                return
            }
            #expect(again.sha256 == seeds[0].sha256)
            guard case .new(let second) = outcomes[6] else {
                Issue.record("expected a new version, got \(outcomes[6])")
                return
            }
            #expect(second.version == 2)
            #expect(outcomes[7] == .failed(sha256: failed.sha256, error: "unreadable"))
            #expect(try await store.documents().count == 7)
            #expect(try await store.meetings().count == 5)
            #expect(try await store.search(SearchQuery("klapjob"), access: .public).total == 0)
            #expect(try await store.search(SearchQuery("skånejob"), access: .public).total >= 1)
            #expect(try await store.store(batch: []) == [])
            #expect(try await store.verify() == [])
        }
    }

    @Test("reading an original again replaces its reading in place", arguments: StoreFactory.all)
    func replaceReading(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            try await Corpus.storeSeeds(in: store)
            let submission = try Corpus.submission(seed: "003_4c82bc0f16a43aea")
            guard case .parsed(var document) = submission.reading else {
                Issue.record("003 did not parse")
                return
            }
            #expect(try await store.replaceReading(sha256: submission.sha256, with: submission.reading, parserVersion: "1.0.1") == .unchanged)
            #expect(try await store.document(sha256: submission.sha256)?.parserVersion == "1.0.1")

            document.meeting.items[0].title = "JAI - Godkendelse af den reviderede dagsorden"
            #expect(try await store.replaceReading(sha256: submission.sha256, with: .parsed(document), parserVersion: "9.9.9") == .changed)
            let stored = try #require(try await store.document(sha256: submission.sha256))
            #expect(stored.parserVersion == "9.9.9")
            #expect(stored.isCurrent)
            #expect(try await store.search(SearchQuery("reviderede"), access: .public).total == 1)

            // A reader that cannot read it any more: the meeting has no version left and is gone.
            #expect(try await store.replaceReading(sha256: submission.sha256, with: .failed(error: "nej"), parserVersion: "9.9.9")
                == .failed(error: "nej"))
            #expect(try await store.meetings().count == 4)
            #expect(try await store.search(SearchQuery("reviderede"), access: .public).total == 0)
            #expect(try await store.documents().count == 5)

            // And back again.
            #expect(try await store.replaceReading(sha256: submission.sha256, with: submission.reading, parserVersion: "1.0.0") == .changed)
            #expect(try await store.meetings().count == 5)
            #expect(try await store.search(SearchQuery("\"skærpede tilsyn\""), access: .public).total >= 1)

            await #expect(throws: StoreError.self) {
                try await store.replaceReading(sha256: String(repeating: "b", count: 64), with: .failed(error: "x"), parserVersion: "1")
            }
        }
    }
}
