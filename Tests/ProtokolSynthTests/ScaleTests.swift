import Foundation
import ProtokolApp
import ProtokolModel
import ProtokolReader
import ProtokolSQLite
import ProtokolStore
import ProtokolSynth
import Testing

@Suite struct ScaleTests {
    static func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("protokol-synth-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// 2,000 items stored in a SQLite file and searched: the store holds them all, whole, and finds them.
    @Test func twoThousandItemsInSQLite() async throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteStore(path: directory.appendingPathComponent("scale.sqlite").path)
        try await store.migrate()
        let corpus = SyntheticCorpus(vocabulary: try Seeds.vocabulary(), items: 2_000, seed: 11)
        var documents = 0
        var publicItems = 0
        var sample: (Meeting, AgendaItem)?
        for document in corpus {
            // Every tenth document is read by the reader, as `protokol import` does; the rest as made.
            let outcome = try await store.store(document.submission(read: documents % 10 == 0))
            guard case .new = outcome else {
                Issue.record("\(document.fileName): \(outcome)")
                continue
            }
            documents += 1
            publicItems += document.meeting.items.filter(\.isPublic).count
            if sample == nil, let item = document.meeting.items.first(where: { $0.isPublic && $0.caseNumber != nil }) {
                sample = (document.meeting, item)
            }
        }
        #expect(try await store.meetings().count == documents)
        #expect(try await store.verify().isEmpty)

        // A listing by body over every year finds that body's public items.
        let (meeting, item) = try #require(sample)
        let body = try #require(meeting.body)
        let listing = try await store.search(SearchQuery("", filters: SearchFilters(body: body), limit: 1_000), access: .public)
        #expect(listing.total > 0)
        #expect(listing.hits.allSatisfy { $0.meeting.body == body && $0.isPublic })

        // The sample item's title words find it; its case number finds it.
        let results = try await store.search(SearchQuery("\"\(item.title)\"", filters: SearchFilters(body: body), limit: 50), access: .public)
        #expect(results.hits.contains { $0.itemTitle == item.title && $0.meeting.dateText == meeting.date?.description })
        let caseNumber = try #require(item.caseNumber)
        #expect(try await store.caseItems(caseNumber, body: body, access: .public).contains { $0.title == item.title })

        // The benchmark's queries all run, and facets add up to the total.
        let queries = SearchBenchmark.querySet(count: 40, seed: 11, vocabulary: corpus.vocabulary, corpus: corpus)
        var anyHits = 0
        for query in queries {
            let found = try await store.search(query.query, access: .public)
            #expect(found.facets.body.reduce(0) { $0 + $1.count } == found.total, "\(query.query.text)")
            anyHits += found.total > 0 ? 1 : 0
        }
        #expect(anyHits > 20)
    }

    /// The benchmark as a function on a tiny corpus: sane numbers, no timing asserted.
    @Test func theSearchBenchmarkOnATinyCorpus() async throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bench.sqlite").path
        let (stores, notes) = BenchStore.all(sqlitePath: path, databaseURL: nil)
        let result = try await SearchBenchmark.run(
            SearchBenchmark.Options(items: 300, seed: 3, queries: 32), vocabulary: try Seeds.vocabulary(), stores: stores, notes: notes)
        let sqlite = try #require(result.stores.first)
        #expect(result.stores.count == 1)
        #expect(sqlite.name == "SQLite")
        #expect(sqlite.items == 300)
        #expect(sqlite.documents > 10)
        #expect(sqlite.bytes > 100_000)
        #expect(sqlite.importSeconds > 0 && sqlite.megabytesPerSecond > 0)
        #expect(sqlite.latencies.count == 32)
        #expect(sqlite.failures.isEmpty, "\(sqlite.failures)")
        #expect(sqlite.p50 > 0 && sqlite.p50 <= sqlite.p99)
        #expect(sqlite.hits > 0)
        #expect(Set(sqlite.kinds) == Set(SearchBenchmark.kinds))
        #expect(result.description.contains("p50"))
        #expect(result.description.contains("PostgreSQL: not measured"))
        // With a URL, PostgreSQL is measured beside SQLite.
        #expect(BenchStore.all(sqlitePath: path, databaseURL: "postgres://localhost/x").stores.map(\.name) == ["SQLite", "PostgreSQL"])
        // The database exists now: a second run refuses to build over it.
        await #expect(throws: AppError.self) {
            _ = try await SearchBenchmark.run(SearchBenchmark.Options(items: 10, queries: 1), vocabulary: try Seeds.vocabulary(), stores: stores)
        }
    }

    @Test func percentilesAreNearestRank() {
        let values = (1...100).map(Double.init)
        #expect(SearchBenchmark.StoreResult.percentile(values, 50) == 50)
        #expect(SearchBenchmark.StoreResult.percentile(values, 99) == 99)
        #expect(SearchBenchmark.StoreResult.percentile([3], 99) == 3)
        #expect(SearchBenchmark.StoreResult.percentile([], 50) == 0)
    }
}
