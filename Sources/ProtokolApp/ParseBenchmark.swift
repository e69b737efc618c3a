import Foundation
import ProtokolModel
import ProtokolReader

/// `protokol bench parse`: reads a corpus many times on one core and reports the throughput.
public struct ParseBenchmark: Sendable {
    public struct Result: Sendable, CustomStringConvertible {
        public var files: Int
        public var bytesPerPass: Int
        public var passes: Int
        public var seconds: Double
        public var items: Int

        public var megabytesPerSecond: Double { Double(bytesPerPass * passes) / 1_000_000 / seconds }

        public var description: String {
            let mbps = (megabytesPerSecond * 10).rounded() / 10
            return "parse: \(files) files, \(bytesPerPass) bytes, \(items) items per pass; \(passes) passes in "
                + "\(String(format: "%.3f", seconds)) s: \(mbps) MB/s on one core"
        }
    }

    public init() {}

    /// Reads every file once to check it, then `passes` times against the clock.
    public func run(paths: [String], passes: Int) throws(ReadError) -> Result {
        let reader = MinutesReader()
        var corpus = [[UInt8]]()
        for path in paths { corpus.append(try MinutesReader.load(path)) }
        var items = 0
        for bytes in corpus { items += try reader.read(bytes).meeting.items.count }
        let clock = ContinuousClock()
        var checksum = 0
        let started = clock.now
        for _ in 0..<passes {
            for bytes in corpus { checksum &+= try reader.read(bytes).meeting.items.count }
        }
        let elapsed = clock.now - started
        precondition(checksum == items * passes, "the reader gave different results on the same bytes")
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Result(files: corpus.count, bytesPerPass: corpus.reduce(0) { $0 + $1.count }, passes: passes, seconds: seconds, items: items)
    }
}
