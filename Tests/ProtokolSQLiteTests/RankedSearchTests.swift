import Foundation
import ProtokolApp
import ProtokolModel
import ProtokolStore
import ProtokolSynth
import ProtokolTestSupport
import Testing
@testable import ProtokolSQLite

/// The one-pass search (bm25 and facets from the index, each hit's meeting from `HitIndex`) against the
/// plain SQL search, which joins every hit: the same hits in the same order, the same totals and facets.
@Suite("SQLite: the one-pass search gives what the SQL search gives")
struct RankedSearchTests {
    static func corpus() throws -> SyntheticCorpus {
        SyntheticCorpus(vocabulary: try SynthVocabulary(seedDirectory: GeneratedCorpus.seedDirectory.path), items: 600, seed: 5)
    }

    /// The benchmark's queries, and each again for a member of two committees, and as a later page.
    static func queries(_ corpus: SyntheticCorpus) -> [(SearchQuery, SearchAccess)] {
        let members = SearchAccess.member(of: [
            CommitteeRef(body: SyntheticCorpus.bodies[3], committee: SyntheticCorpus.committees[0]),
            CommitteeRef(body: SyntheticCorpus.bodies[5], committee: SyntheticCorpus.committees[1]),
        ])
        var result = [(SearchQuery, SearchAccess)]()
        for bench in SearchBenchmark.querySet(count: 48, seed: 7, vocabulary: corpus.vocabulary, corpus: corpus) {
            result.append((bench.query, .public))
            result.append((bench.query, members))
            var page = bench.query
            page.offset = 3
            page.limit = 4
            page.match = .any
            result.append((page, .public))
        }
        return result
    }

    static func compare(_ store: SQLiteStore, _ queries: [(SearchQuery, SearchAccess)]) async throws {
        var found = 0
        for (query, access) in queries {
            let ranked = try await store.rankedSearch(query, access: access)
            let sql = try await store.searchBySQL(query, access: access)
            #expect(ranked == sql, "\(query.text) \(query.filters) \(access)")
            found += ranked.total
        }
        #expect(found > 0, "the queries found nothing: the comparison proves little")
    }

    @Test("the benchmark's queries, public and for members, in batches of stored documents, and after changes")
    func sameResults() async throws {
        let directory = try TemporaryDirectory()
        let store = try SQLiteStore(path: directory.path("ranked.sqlite"))
        try await store.migrate()
        let corpus = try Self.corpus()
        let documents = Array(corpus)
        let submissions = documents.map { $0.submission(read: false) }
        let half = submissions.count / 2
        _ = try await store.store(batch: Array(submissions[..<half]))
        let queries = Self.queries(corpus)
        try await Self.compare(store, queries)

        // New rows after the first searches: the hit index loads only those.
        _ = try await store.store(batch: Array(submissions[half...]))
        try await Self.compare(store, queries)

        // A reading replaced (outcomes and openness changed, rows deleted): the hit index loads again.
        guard case .parsed(var document) = submissions[1].reading else {
            Issue.record("the synthetic submission has no reading")
            return
        }
        for index in document.meeting.items.indices {
            document.meeting.items[index].isPublic.toggle()
            document.meeting.items[index].decision = Decision(text: "Udsat.", outcome: .postponed)
        }
        #expect(try await store.replaceReading(sha256: submissions[1].sha256, with: .parsed(document), parserVersion: "test") == .changed)
        try await Self.compare(store, queries)
        #expect(try await store.verify() == [])
    }
}
