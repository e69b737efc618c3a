import Foundation
import ProtokolModel
import ProtokolReader
import ProtokolServer
import ProtokolStore
import ProtokolSynth

/// `protokol bench serve`: a temporary SQLite store with a corpus, the server on 127.0.0.1, and `wrk` against a few
/// URLs; each URL's rate is also given as a share of /health's.
public enum ServeBenchmark {
    /// Where the meetings come from.
    public enum Corpus: Sendable, Hashable {
        /// Files or directories, read and imported as `protokol import` does.
        case files([String])
        /// The synthetic corpus with this many items (stored as made, not read).
        case synthetic(items: Int, seed: UInt64, seeds: String)
    }

    public struct Options: Sendable {
        public var corpus: Corpus
        /// Seconds wrk runs per URL.
        public var duration: Int
        public var threads: Int
        public var connections: Int
        /// The words searched for.
        public var query: String
        /// The wrk executable (found on PATH by default).
        public var wrk: String

        public init(
            corpus: Corpus = .files([SynthRun.defaultSeedDirectory]), duration: Int = 5, threads: Int = 2, connections: Int = 16,
            query: String = "skærpet tilsyn", wrk: String = "wrk"
        ) {
            self.corpus = corpus
            self.duration = duration
            self.threads = threads
            self.connections = connections
            self.query = query
            self.wrk = wrk
        }
    }

    /// One URL measured.
    public struct Measurement: Sendable, Hashable {
        public var name: String
        public var path: String
        public var report: WrkReport
        /// The share of /health's requests per second this URL managed; the issue's target, when it sets one.
        public var ratio: Double
        public var target: Double?

        public var meetsTarget: Bool { target.map { ratio >= $0 } ?? true }
    }

    public struct Result: Sendable, CustomStringConvertible {
        public var documents: Int
        public var items: Int
        public var options: Options
        public var measurements: [Measurement]

        public var description: String {
            var lines = [
                "protokol bench serve: \(documents) documents, \(items) items (SQLite); wrk \(options.duration)s per URL, "
                    + "\(options.threads) threads, \(options.connections) connections",
                Self.row("", "req/s", "p99", "of /health", "path"),
            ]
            for m in measurements {
                let target = m.target.map { "  (target ≥ \(Int($0 * 100)) %: \(m.meetsTarget ? "met" : "NOT met"))" } ?? ""
                let errors = m.report.non2xx > 0 ? "  \(m.report.non2xx) non-2xx responses" : ""
                lines.append(
                    Self.row(
                        m.name, String(format: "%.0f", m.report.requestsPerSecond), Self.milliseconds(m.report.p99),
                        String(format: "%.0f %%", m.ratio * 100), m.path) + target + errors)
            }
            return lines.joined(separator: "\n")
        }

        static func row(_ name: String, _ rate: String, _ p99: String, _ ratio: String, _ path: String) -> String {
            func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
                let fill = String(repeating: " ", count: max(0, width - text.count))
                return left ? text + fill : fill + text
            }
            return pad(name, 16, left: true) + pad(rate, 9) + pad(p99, 11) + pad(ratio, 12) + "  " + path
        }

        static func milliseconds(_ seconds: Double?) -> String { seconds.map { String(format: "%.2f ms", $0 * 1000) } ?? "–" }
    }

    /// Imports the corpus into a new SQLite file in `directory`, serves it, and runs wrk against each URL in turn.
    public static func run(_ options: Options, directory: URL, progress: @escaping @Sendable (String) -> Void = { _ in }) async throws(AppError)
        -> Result
    {
        guard options.duration > 0, options.threads > 0, options.connections >= options.threads else {
            throw .usage("--duration must be at least 1 second and --connections at least --threads")
        }
        let wrk = try locate(options.wrk)
        let store = try await StoreOpening.forWriting(db: directory.appendingPathComponent("bench-serve.sqlite").path)
        progress("importing")
        try await importCorpus(options.corpus, into: store)
        let meetings: [StoredMeeting]
        do { meetings = try await store.meetings() } catch { throw .store(error) }
        let items = meetings.reduce(0) { $0 + $1.items }
        guard let (meeting, number) = try await sample(meetings, store: store) else {
            throw .usage("the corpus holds no meeting with a public item to measure")
        }
        let encodedQuery = options.query.split(separator: " ").map {
            $0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? String($0)
        }.joined(separator: "+")
        let targets: [(name: String, path: String, target: Double?)] = [
            ("/health", "/health", nil),
            ("AgendaItem JSON", ServerPaths.agendaItem(meeting, number: number), 0.5),
            ("meeting page", ServerPaths.meetingPage(meeting), 0.25),
            ("item page", ServerPaths.itemPage(meeting, number: number), nil),
            ("search page", "/soeg?q=" + encodedQuery, nil),
        ]

        // The server on a port the system picks; request logging off, as it would dominate.
        let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
        let configuration = ServerConfiguration(host: "127.0.0.1", port: 0, publicURL: "http://127.0.0.1", logRequests: false)
        let server = Task { try await runServer(store: store, configuration: configuration) { port in portSink.yield(port) } }
        defer { server.cancel() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw .server("the server did not start") }

        var measurements = [Measurement]()
        var health: Double?
        for target in targets {
            let url = "http://127.0.0.1:\(port)\(target.path)"
            progress("\(target.name): \(url)")
            // A short warm-up fills the caches, so the timed run measures the steady state.
            _ = try await runWrk(wrk, ["-t1", "-c1", "-d1s", url])
            let output = try await runWrk(
                wrk, ["--latency", "-t\(options.threads)", "-c\(options.connections)", "-d\(options.duration)s", url])
            let report = try WrkReport(parsing: output)
            if report.non2xx > 0, report.non2xx == report.requests { throw .server("\(target.path) answered no request with 2xx") }
            let baseline = health ?? report.requestsPerSecond
            health = baseline
            measurements.append(Measurement(
                name: target.name, path: target.path, report: report, ratio: baseline > 0 ? report.requestsPerSecond / baseline : 0,
                target: target.target))
        }
        server.cancel()
        _ = await server.result
        return Result(documents: meetings.count, items: items, options: options, measurements: measurements)
    }

    static func importCorpus(_ corpus: Corpus, into store: any MeetingStore) async throws(AppError) {
        switch corpus {
        case .files(let paths):
            let run = try await ImportRun.run(paths: InputFiles.expand(paths), store: store)
            guard run.new > 0 else { throw .usage("no minutes were imported from \(paths.joined(separator: ", "))") }
        case .synthetic(let items, let seed, let seeds):
            guard items > 0 else { throw .usage("--items must be at least 1") }
            let vocabulary = try SynthRun.vocabulary(seeds: seeds)
            for document in SyntheticCorpus(vocabulary: vocabulary, items: items, seed: seed) {
                do { _ = try await store.store(document.submission(read: false)) } catch { throw .store(error) }
            }
        }
    }

    /// The meeting measured: the one with the most items (the heaviest page), and its first public item.
    static func sample(_ meetings: [StoredMeeting], store: any MeetingStore) async throws(AppError) -> (MeetingIdentity, Int)? {
        for stored in meetings.sorted(by: { $0.items > $1.items }) {
            let reading: Meeting?
            do { reading = try await store.parsedDocument(sha256: stored.currentSHA256)?.meeting } catch { throw .store(error) }
            if let item = reading?.items.first(where: \.isPublic) { return (stored.identity, item.number) }
        }
        return nil
    }

    /// "5s", "1m" or "5" -> seconds, as `--duration` takes them.
    public static func seconds(_ text: String) throws(AppError) -> Int {
        let scale = text.hasSuffix("m") ? 60 : 1
        let number = text.hasSuffix("s") || text.hasSuffix("m") ? String(text.dropLast()) : text
        guard let value = Int(number), value > 0, value <= 3600 / scale else { throw .usage("--duration must be like 5s, 1m or 5 (at most an hour)") }
        return value * scale
    }

    /// The wrk executable: a path as given, or the first match on PATH.
    static func locate(_ name: String) throws(AppError) -> String {
        if name.contains("/") {
            guard FileManager.default.isExecutableFile(atPath: name) else { throw .usage("\(name) is not an executable") }
            return name
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
            return "\(directory)/\(name)"
        }
        throw .usage("\(name) is not installed (Debian: apt-get install wrk)")
    }

    /// Runs wrk and returns what it printed; waits without holding a thread, as the server shares the process.
    static func runWrk(_ executable: String, _ arguments: [String]) async throws(AppError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let status: Int32
        do {
            status = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Int32, any Error>) in
                process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
                do { try process.run() } catch { continuation.resume(throwing: error) }
            }
        } catch {
            throw .usage("cannot run \(executable): \(error)")
        }
        // wrk prints well under a pipe's buffer, so reading after it ended cannot stall.
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard status == 0 else {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw .server("wrk \(arguments.joined(separator: " ")) failed (\(status)): \(message)\(text)")
        }
        return text
    }
}
