import Foundation
import ProtokolModel
import ProtokolPostgres
import ProtokolReader
import ProtokolSQLite
import ProtokolStore
import ProtokolSynth

/// A store the search benchmark measures: its name, and how to make it empty and migrated.
public struct BenchStore: Sendable {
    public var name: String
    public var make: @Sendable () async throws(AppError) -> any MeetingStore

    public init(name: String, make: @escaping @Sendable () async throws(AppError) -> any MeetingStore) {
        self.name = name
        self.make = make
    }

    /// A new SQLite file (the path must not exist yet).
    public static func sqlite(path: String) -> BenchStore {
        BenchStore(name: "SQLite") { () async throws(AppError) -> any MeetingStore in
            guard !FileManager.default.fileExists(atPath: path) else {
                throw .usage("\(path) exists; the benchmark builds a new database (give another --db)")
            }
            return try await StoreOpening.forWriting(db: path)
        }
    }

    /// The stores `protokol bench search` compares: SQLite always; PostgreSQL when a URL is given and
    /// the PostgreSQL store is built in. The notes say what is not measured and why.
    public static func all(sqlitePath: String, databaseURL: String?) -> (stores: [BenchStore], notes: [String]) {
        guard let databaseURL else { return ([.sqlite(path: sqlitePath)], ["PostgreSQL: not measured (no --database-url)"]) }
        guard let postgres = postgres(url: databaseURL) else {
            return ([.sqlite(path: sqlitePath)], ["PostgreSQL: not measured (the PostgreSQL MeetingStore is not in this build yet)"])
        }
        return ([.sqlite(path: sqlitePath), postgres], [])
    }

    /// The PostgreSQL store at `url`, migrated; the database must hold no meetings yet.
    static func postgres(url: String) -> BenchStore? {
        BenchStore(name: "PostgreSQL") { () async throws(AppError) -> any MeetingStore in
            do throws(StoreError) {
                let store = try await PostgresStore.connect(url: url)
                try await store.migrate()
                guard try await store.meetings().isEmpty else {
                    throw StoreError.cannotOpen(location: url, reason: "it already holds meetings; the benchmark needs an empty database (createdb a new one)")
                }
                return store
            } catch {
                throw .store(error)
            }
        }
    }
}

/// `protokol bench search`: builds each store from the same synthetic corpus, measures the import, then
/// runs the same queries on each and reports latency percentiles.
public enum SearchBenchmark {
    public struct Options: Sendable {
        public var items: Int
        public var seed: UInt64
        public var queries: Int
        /// Read every document with `MinutesReader` before storing it (as `protokol import` does), instead of
        /// handing the store the model the generator made. Reading time is not counted in the import rate.
        public var read: Bool

        public init(items: Int = 20_000, seed: UInt64 = 1, queries: Int = 200, read: Bool = false) {
            self.items = items
            self.seed = seed
            self.queries = queries
            self.read = read
        }
    }

    /// One query of the set, with the kind it stands for.
    public struct BenchQuery: Sendable, Hashable {
        public var kind: String
        public var query: SearchQuery
    }

    /// What one store did.
    public struct StoreResult: Sendable {
        public var name: String
        public var documents = 0
        public var items = 0
        public var bytes = 0
        /// Time spent in `store(batch:)`, summed.
        public var importSeconds = 0.0
        /// The process's CPU time (all threads) during `store(batch:)`, summed: on a machine shared with other
        /// work the wall-clock rate says more about the load than about the store.
        public var importCPUSeconds = 0.0
        /// Milliseconds per query, in query order.
        public var latencies: [Double] = []
        public var kinds: [String] = []
        public var hits = 0
        public var failures: [String] = []

        public var megabytesPerSecond: Double { importSeconds > 0 ? Double(bytes) / 1_000_000 / importSeconds : 0 }
        /// MB per second of CPU time.
        public var megabytesPerCPUSecond: Double { importCPUSeconds > 0 ? Double(bytes) / 1_000_000 / importCPUSeconds : 0 }
        public var p50: Double { Self.percentile(latencies, 50) }
        public var p99: Double { Self.percentile(latencies, 99) }

        /// The nearest-rank percentile of the values (0 for none).
        public static func percentile(_ values: [Double], _ p: Double) -> Double {
            guard !values.isEmpty else { return 0 }
            let sorted = values.sorted()
            let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
            return sorted[Swift.min(sorted.count - 1, Swift.max(0, rank - 1))]
        }

        /// p50 and p99 of the queries of one kind.
        public func percentiles(kind: String) -> (p50: Double, p99: Double, count: Int) {
            let values = zip(kinds, latencies).filter { $0.0 == kind }.map(\.1)
            return (Self.percentile(values, 50), Self.percentile(values, 99), values.count)
        }
    }

    public struct Result: Sendable, CustomStringConvertible {
        public var options: Options
        public var stores: [StoreResult]
        public var queries: [BenchQuery]
        public var notes: [String]

        public var description: String {
            var out = [String]()
            let first = stores.first
            out.append(
                "corpus: \(options.items) items in \(first?.documents ?? 0) documents, "
                    + "\(String(format: "%.1f", Double(first?.bytes ?? 0) / 1_000_000)) MB (seed \(options.seed))"
                    + (options.read ? ", each read by MinutesReader before storing" : ""))
            for store in stores {
                out.append(
                    "\(store.name): import \(String(format: "%.1f", store.megabytesPerSecond)) MB/s "
                        + "(\(String(format: "%.1f", store.importSeconds)) s in store(batch:), batches of up to \(ImportRun.batchDocuments) documents; "
                        + "\(String(format: "%.1f", store.megabytesPerCPUSecond)) MB per CPU second of this process)")
                out.append(
                    "\(store.name): search p50 \(ms(store.p50)), p99 \(ms(store.p99)), max \(ms(store.latencies.max() ?? 0)) "
                        + "over \(store.latencies.count) queries, \(store.latencies.isEmpty ? 0 : store.hits / store.latencies.count) hits each on average"
                        + (store.failures.isEmpty ? "" : ", \(store.failures.count) failed"))
                var kindOrder = [String]()
                for kind in store.kinds where !kindOrder.contains(kind) { kindOrder.append(kind) }
                for kind in kindOrder {
                    let k = store.percentiles(kind: kind)
                    out.append("  \(kind): p50 \(ms(k.p50)), p99 \(ms(k.p99)) (\(k.count))")
                }
                for failure in store.failures.prefix(5) { out.append("  failed: \(failure)") }
            }
            out.append(contentsOf: notes)
            if let sqlite = stores.first(where: { $0.name == "SQLite" }) {
                out.append("targets (issue, at 1,000,000 items):")
                out.append("  SQLite import ≥ 20 MB/s: \(String(format: "%.1f", sqlite.megabytesPerSecond)) MB/s \(sqlite.megabytesPerSecond >= 20 ? "met" : "NOT met")")
                out.append("  search p99 ≤ 20 ms: \(ms(sqlite.p99)) \(sqlite.p99 <= 20 ? "met" : "NOT met")")
                if let postgres = stores.first(where: { $0.name != "SQLite" }), postgres.p50 > 0 {
                    let ratio = sqlite.p50 / postgres.p50
                    out.append(
                        "  p50 ≤ 1/5 of \(postgres.name)'s: \(ms(sqlite.p50)) vs \(ms(postgres.p50)), ratio \(String(format: "%.2f", ratio)) "
                            + (ratio <= 0.2 ? "met" : "NOT met"))
                } else {
                    out.append("  p50 ≤ 1/5 of PostgreSQL's: not measured")
                }
            }
            return out.joined(separator: "\n")
        }

        func ms(_ value: Double) -> String { String(format: "%.2f ms", value) }
    }

    /// Stores the corpus in every store (each batch timed per store), then runs the query set on each.
    public static func run(
        _ options: Options, vocabulary: SynthVocabulary, stores: [BenchStore], notes: [String] = [],
        progress: (String) -> Void = { _ in }
    ) async throws(AppError) -> Result {
        guard options.items > 0 else { throw .usage("--items must be at least 1") }
        guard options.queries > 0 else { throw .usage("--queries must be at least 1") }
        var made = [(BenchStore, any MeetingStore)]()
        for store in stores { made.append((store, try await store.make())) }
        var results = stores.map { StoreResult(name: $0.name) }
        let clock = ContinuousClock()
        let reader = MinutesReader()
        let corpus = SyntheticCorpus(vocabulary: vocabulary, items: options.items, seed: options.seed)
        var stored = 0
        var batch = [Submission](), batchItems = 0, batchBytes = 0
        // Documents go to the stores in batches, as `protokol import` hands them over (one transaction each).
        func flush() async throws(AppError) {
            guard !batch.isEmpty else { return }
            for (index, (_, store)) in made.enumerated() {
                let started = clock.now
                let startedCPU = processCPUSeconds()
                do {
                    _ = try await store.store(batch: batch)
                } catch {
                    throw .store(error)
                }
                results[index].importSeconds += (clock.now - started).seconds
                results[index].importCPUSeconds += processCPUSeconds() - startedCPU
                results[index].documents += batch.count
                results[index].items += batchItems
                results[index].bytes += batchBytes
            }
            batch.removeAll(keepingCapacity: true)
            batchItems = 0
            batchBytes = 0
        }
        for document in corpus {
            let submission = document.submission(read: options.read, reader: reader)
            batch.append(submission)
            batchItems += document.meeting.items.count
            batchBytes += submission.bytes.count
            if batch.count >= ImportRun.batchDocuments || batchBytes >= ImportRun.batchBytes { try await flush() }
            stored += document.meeting.items.count
            if document.index % 500 == 499 { progress("imported \(stored) of \(options.items) items") }
        }
        try await flush()
        let queries = querySet(count: options.queries, seed: options.seed, vocabulary: vocabulary, corpus: corpus)
        for (index, (_, store)) in made.enumerated() {
            progress("searching \(results[index].name)")
            // A few queries first, so the first timed ones do not pay for opening and warming the caches.
            for query in queries.prefix(10) { _ = try? await store.search(query.query, access: .public) }
            for query in queries {
                let started = clock.now
                do {
                    let found = try await store.search(query.query, access: .public)
                    results[index].hits += found.total
                } catch {
                    results[index].failures.append("\(query.kind) \(query.query.text): \(error)")
                }
                results[index].latencies.append((clock.now - started).milliseconds)
                results[index].kinds.append(query.kind)
            }
        }
        return Result(options: options, stores: results, queries: queries, notes: notes)
    }

    /// The query kinds, in the order the set cycles through them.
    public static let kinds = ["word", "two words", "phrase", "prefix", "word + body", "word + committee + years", "word + outcome", "section"]

    /// The same queries for every store, made from the corpus vocabulary: single words, two words, a
    /// phrase from a sentence, a prefix, and words with filters (body, committee and years, outcome,
    /// section kind).
    public static func querySet(count: Int, seed: UInt64, vocabulary: SynthVocabulary, corpus: SyntheticCorpus) -> [BenchQuery] {
        var rng = SplitMix64(seed: seed, stream: 0xBE7C4)
        // Words that are neither the commonest (stop words) nor one-offs.
        let pool = Array(vocabulary.words.dropFirst(Swift.min(30, vocabulary.words.count / 10)).prefix(1_500))
        func word() -> String { pool[rng.below(pool.count)] }
        func phrase() -> String {
            let sentence = vocabulary.sentences[rng.below(vocabulary.sentences.count)]
            let words = sentence.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }.filter { $0.count >= 3 }
            guard words.count >= 2 else { return "\"\(word()) \(word())\"" }
            let at = rng.below(words.count - 1)
            return "\"\(words[at]) \(words[at + 1])\""
        }
        var result = [BenchQuery]()
        for n in 0..<count {
            let kind = kinds[n % kinds.count]
            var query: SearchQuery
            switch kind {
            case "word": query = SearchQuery(word())
            case "two words": query = SearchQuery("\(word()) \(word())")
            case "phrase": query = SearchQuery(phrase())
            case "prefix":
                let long = vocabulary.longWords[rng.below(Swift.min(vocabulary.longWords.count, 800))]
                query = SearchQuery(String(long.prefix(5)) + "*")
            case "word + body":
                query = SearchQuery(word(), filters: SearchFilters(body: SyntheticCorpus.bodies[rng.below(SyntheticCorpus.bodies.count)]))
            case "word + committee + years":
                let year = corpus.firstYear + rng.below(corpus.years)
                query = SearchQuery(
                    word(),
                    filters: SearchFilters(
                        committee: SyntheticCorpus.committees[rng.below(SyntheticCorpus.committees.count)],
                        from: CalendarDate(year: year, month: 1, day: 1), to: CalendarDate(year: year + 1, month: 12, day: 31)))
            case "word + outcome":
                let outcomes: [Outcome] = [.approved, .recommended, .noted, .discussed, .rejected]
                query = SearchQuery(word(), filters: SearchFilters(outcome: outcomes[rng.below(outcomes.count)]))
            default:
                query = SearchQuery(word(), filters: SearchFilters(sectionKind: .presentation))
            }
            result.append(BenchQuery(kind: kind, query: query))
        }
        return result
    }
}

/// CPU time of every thread of this process so far.
func processCPUSeconds() -> Double {
    var time = timespec()
    guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time) == 0 else { return 0 }
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

extension Duration {
    var milliseconds: Double { seconds * 1_000 }
}
