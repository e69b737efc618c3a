import Foundation
import Testing
@testable import ProtokolApp

/// What `wrk --latency -t1 -c2 -d1s` printed against a small HTTP server (wrk 4.1.0, Debian).
private let capturedOutput = """
    Running 1s test @ http://127.0.0.1:18999/health
      1 threads and 2 connections
      Thread Stats   Avg      Stdev     Max   +/- Stdev
        Latency     7.42ms   17.11ms 107.99ms   91.45%
        Req/Sec     1.10k   647.30     2.37k    80.00%
      Latency Distribution
         50%  722.00us
         75%    4.96ms
         90%   20.17ms
         99%   94.97ms
      1105 requests in 1.02s, 217.98KB read
    Requests/sec:   1083.58
    Transfer/sec:    213.75KB

    """

/// The same against a path that answered 404.
private let capturedNotFound = """
    Running 1s test @ http://127.0.0.1:18999/nothere
      1 threads and 2 connections
      Thread Stats   Avg      Stdev     Max   +/- Stdev
        Latency     1.51ms    2.14ms  16.08ms   88.36%
        Req/Sec     1.91k   319.57     2.56k    63.64%
      Latency Distribution
         50%  594.00us
         75%    1.55ms
         90%    4.05ms
         99%   10.62ms
      2091 requests in 1.10s, 1.04MB read
      Non-2xx or 3xx responses: 2091
    Requests/sec:   1900.13
    Transfer/sec:      0.94MB

    """

private let seeds = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/corpus/seeds")

@Suite("bench serve: wrk's output, and a short real run")
struct ServeBenchmarkTests {
    @Test("wrk's report is read: requests/s, the latency percentiles in seconds, the request count")
    func parse() throws {
        let report = try WrkReport(parsing: capturedOutput)
        #expect(report.requestsPerSecond == 1083.58)
        #expect(report.requests == 1105)
        #expect(report.non2xx == 0)
        #expect(abs((report.percentiles[50] ?? 0) - 0.000722) < 1e-9)
        #expect(abs((report.p99 ?? 0) - 0.09497) < 1e-9)
        #expect(report.percentiles.keys.sorted() == [50, 75, 90, 99])
        let notFound = try WrkReport(parsing: capturedNotFound)
        #expect(notFound.non2xx == 2091)
        #expect(notFound.requests == 2091)
    }

    @Test("output without --latency or without a rate is an error, not a zero")
    func incomplete() throws {
        #expect(throws: AppError.self) { try WrkReport(parsing: "unable to connect to 127.0.0.1:1 Connection refused\n") }
        let withoutLatency = capturedOutput.components(separatedBy: "\n").filter { !$0.contains("%  ") }.joined(separator: "\n")
        #expect(throws: AppError.self) { try WrkReport(parsing: withoutLatency) }
        #expect(WrkReport.seconds("1.50m") == 90)
        #expect(WrkReport.seconds("2.00s") == 2)
        #expect(WrkReport.seconds("12") == nil)
        #expect(try ServeBenchmark.seconds("5s") == 5)
        #expect(try ServeBenchmark.seconds("1m") == 60)
        #expect(try ServeBenchmark.seconds("7") == 7)
        #expect(throws: AppError.self) { try ServeBenchmark.seconds("0s") }
        #expect(throws: AppError.self) { try ServeBenchmark.seconds("fast") }
    }

    /// As the executable: the server then has its own process, so other tests that hold this process's threads cannot
    /// starve it (the in-process server shares the cooperative pool).
    @Test("a one-second run of `protokol bench serve` on the seeds measures every URL with 2xx answers")
    func realRun() throws {
        try #require(Executable.isBuilt, "swift build --build-tests builds the executable")
        let run = try Executable.run(["bench", "serve", "--duration", "1s", "--threads", "1", "--connections", "2", seeds.path])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("protokol bench serve: 5 documents") == true, "\(lines)")
        for (name, path) in [("/health", "/health"), ("AgendaItem JSON", "/oparl/v1.1/agendaitem/"), ("meeting page", "/moede/"),
            ("item page", "/punkt/"), ("search page", "/soeg?q=sk%C3%A6rpet+tilsyn")]
        {
            let line = try #require(lines.first { $0.hasPrefix(name) }, "\(name) in \(lines)")
            #expect(line.contains(path))
            let fields = line.dropFirst(16).split(separator: " ")
            #expect((Double(fields.first ?? "") ?? 0) > 0, "\(line)")
            #expect(line.contains(" ms "))
            #expect(!line.contains("non-2xx"), "\(line)")
        }
        #expect(lines.contains { $0.hasPrefix("/health") && $0.contains("100 %") })
        #expect(lines.contains { $0.contains("(target ≥ 50 %:") })
    }
}
