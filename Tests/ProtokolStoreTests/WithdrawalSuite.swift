import Foundation
import ProtokolModel
import ProtokolStore
import Testing

/// When meetings were stored and changed, and meetings withdrawn: each test runs once per store factory.
@Suite("MeetingStore: times, removed items and withdrawal")
struct WithdrawalSuite {
    static let lejre = "002_2e8588dc50a27a80"
    /// Whole seconds, so every store keeps them exactly.
    static let t0 = Date(timeIntervalSince1970: 1_700_000_000)
    static let t1 = t0.addingTimeInterval(3_600)
    static let t2 = t0.addingTimeInterval(7_200)
    static let t3 = t0.addingTimeInterval(10_800)

    /// The five seeds, each received at `t0`.
    static func storeSeeds(in store: any MeetingStore) async throws {
        for name in Corpus.names {
            var submission = try Corpus.submission(seed: name)
            submission.receivedAt = t0
            try await store.store(submission)
        }
    }

    /// A new version of a seed: other bytes (`note` added), its reading without the items numbered `dropping`, and
    /// a word replaced so search sees the new text.
    static func revised(
        _ name: String, dropping: Set<Int> = [], replacing: (String, String)? = nil, note: String = "Rettet.", at time: Date
    ) throws -> Submission {
        var text = try Corpus.text(name)
        if let (old, new) = replacing { text = text.replacingOccurrences(of: old, with: new) }
        text += "\n\(note)\n"
        var submission = Corpus.submission(Array(text.utf8), name: name + "-rettet.txt")
        guard case .parsed(var document) = submission.reading else { throw Corpus.CorpusError.missing("a reading of \(name)") }
        document.meeting.items.removeAll { dropping.contains($0.number) }
        submission.reading = .parsed(document)
        submission.receivedAt = time
        return submission
    }

    static func lejreIdentity() throws -> MeetingIdentity {
        guard case .parsed(let document) = try Corpus.submission(seed: lejre).reading else { throw Corpus.CorpusError.missing("Lejre") }
        return MeetingIdentity(document.meeting)
    }

    @Test("a meeting is created when its first version is stored and modified when its current one is", arguments: StoreFactory.all)
    func times(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            try await Self.storeSeeds(in: store)
            for meeting in try await store.meetings() {
                #expect(meeting.created == Self.t0 && meeting.modified == Self.t0)
                #expect(meeting.withdrawnAt == nil && !meeting.isWithdrawn && meeting.removedItems.isEmpty && meeting.removedCases.isEmpty)
            }
            try await store.store(try Self.revised(Self.lejre, dropping: [7, 8], at: Self.t1))
            let identity = try Self.lejreIdentity()
            let lejre = try #require(try await store.meetings().first { $0.identity == identity })
            #expect(lejre.versions == 2 && lejre.items == 7)
            #expect(lejre.created == Self.t0)
            #expect(lejre.modified == Self.t1)
            #expect(lejre.removedItems == [7, 8])
            // Item 8 (Eventuelt) has no case number.
            #expect(lejre.removedCases == ["22-001784"])

            // A third version with item 8 back: only 7 is missing from the current version.
            try await store.store(try Self.revised(Self.lejre, dropping: [7], note: "Rettet igen.", at: Self.t2))
            let third = try #require(try await store.meetings().first { $0.identity == identity })
            #expect(third.versions == 3 && third.created == Self.t0 && third.modified == Self.t2)
            #expect(third.removedItems == [7])
            #expect(third.removedCases == ["22-001784"])
        }
    }

    @Test("a withdrawn meeting is kept but leaves search, cases and the list of meetings", arguments: StoreFactory.all)
    func withdraw(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            try await Self.storeSeeds(in: store)
            let identity = try Self.lejreIdentity()
            #expect(try await store.search(SearchQuery("klapjob"), access: .public).total >= 1)
            #expect(try await store.caseItems("22-001317", access: .public).count == 2)

            let withdrawn = try await store.withdraw(identity, at: Self.t1)
            #expect(withdrawn.identity == identity && withdrawn.isWithdrawn)
            #expect(withdrawn.withdrawnAt == Self.t1)
            #expect(withdrawn.created == Self.t0 && withdrawn.modified == Self.t1)
            #expect(withdrawn.items == 9 && withdrawn.versions == 1)

            #expect(try await store.meetings().count == 4)
            #expect(try await store.meetings().allSatisfy { $0.identity != identity })
            let all = try await store.meetings(includingWithdrawn: true)
            #expect(all.count == 5)
            #expect(all.first { $0.identity == identity } == withdrawn)
            #expect(all.filter(\.isWithdrawn).count == 1)

            #expect(try await store.search(SearchQuery("klapjob"), access: .public).total == 0)
            #expect(try await store.search(SearchQuery("klapjob"), access: .member(of: [Corpus.lejre])).total == 0)
            #expect(try await store.caseItems("22-001317", access: .public).isEmpty)
            // A listing by filters alone finds nothing of it either.
            let day = SearchFilters(body: identity.body, committee: identity.committee, from: identity.date, to: identity.date)
            let listing = try await store.search(SearchQuery("", filters: day), access: .public)
            #expect(listing.total == 0 && listing.hits.isEmpty && listing.facets.body.isEmpty)
            let everything = try await store.search(SearchQuery("", filters: SearchFilters(from: CalendarDate(iso: "2000-01-01")), limit: 100), access: .public)
            #expect(everything.total > 0)
            #expect(everything.hits.allSatisfy { $0.meeting != identity })

            // The owner still has every byte and the reading.
            let submission = try Corpus.submission(seed: Self.lejre)
            #expect(try await store.original(sha256: submission.sha256).bytes == submission.bytes)
            #expect(try await store.parsedDocument(sha256: submission.sha256) != nil)
            #expect(try await store.document(sha256: submission.sha256)?.isCurrent == true)

            // Withdrawing again keeps the first time.
            let again = try await store.withdraw(identity, at: Self.t2)
            #expect(again.withdrawnAt == Self.t1 && again.modified == Self.t1)

            var unknown = identity
            unknown.committee = "Intet udvalg"
            await #expect(throws: StoreError.meetingNotFound(meeting: unknown.description)) {
                try await store.withdraw(unknown, at: Self.t2)
            }
        }
    }

    @Test("the same bytes again leave a meeting withdrawn; a new version publishes it again", arguments: StoreFactory.all)
    func republish(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            try await Self.storeSeeds(in: store)
            let identity = try Self.lejreIdentity()
            try await store.withdraw(identity, at: Self.t1)

            var same = try Corpus.submission(seed: Self.lejre)
            same.receivedAt = Self.t2
            guard case .unchanged = try await store.store(same) else {
                Issue.record("the same bytes were stored again")
                return
            }
            #expect(try await store.meetings().count == 4)

            let corrected = try Self.revised(Self.lejre, replacing: ("klapjob", "skånejob"), at: Self.t3)
            guard case .new(let version) = try await store.store(corrected) else {
                Issue.record("the corrected version was not stored")
                return
            }
            #expect(version.version == 2)
            let lejre = try #require(try await store.meetings().first { $0.identity == identity })
            #expect(!lejre.isWithdrawn && lejre.withdrawnAt == nil)
            #expect(lejre.created == Self.t0 && lejre.modified == Self.t3)
            #expect(try await store.search(SearchQuery("skånejob"), access: .public).total >= 1)
            #expect(try await store.caseItems("22-001317", access: .public).count == 2)
        }
    }
}
