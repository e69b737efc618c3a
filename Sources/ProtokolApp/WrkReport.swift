import Foundation

/// What `wrk --latency` printed for one URL: the rate, the latency percentiles, and what went wrong.
public struct WrkReport: Sendable, Hashable {
    public var requestsPerSecond: Double
    /// Seconds, by percentile (50, 75, 90, 99), from the "Latency Distribution" block.
    public var percentiles: [Int: Double]
    public var requests: Int
    /// Responses that were not 2xx or 3xx.
    public var non2xx: Int
    /// The "Socket errors:" line, when wrk printed one.
    public var socketErrors: String?

    /// The 99th percentile in seconds.
    public var p99: Double? { percentiles[99] }

    public init(requestsPerSecond: Double, percentiles: [Int: Double], requests: Int, non2xx: Int = 0, socketErrors: String? = nil) {
        self.requestsPerSecond = requestsPerSecond
        self.percentiles = percentiles
        self.requests = requests
        self.non2xx = non2xx
        self.socketErrors = socketErrors
    }

    /// Reads wrk's standard output; fails when "Requests/sec" or the 99 % line is missing (wrk run without --latency,
    /// or it could not connect).
    public init(parsing output: String) throws(AppError) {
        var rate: Double?
        var percentiles = [Int: Double]()
        var requests = 0
        var non2xx = 0
        var socketErrors: String?
        var inDistribution = false
        for raw in output.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if line.hasPrefix("Latency Distribution") {
                inDistribution = true
                continue
            }
            if inDistribution, fields.count == 2, fields[0].hasSuffix("%"), let percent = Double(fields[0].dropLast()) {
                if let seconds = Self.seconds(fields[1]) { percentiles[Int(percent)] = seconds }
                continue
            }
            inDistribution = false
            if line.hasPrefix("Requests/sec:"), fields.count >= 2 {
                rate = Double(fields[1])
            } else if fields.count >= 3, fields[1] == "requests", fields[2] == "in", let count = Int(fields[0]) {
                requests = count
            } else if line.hasPrefix("Non-2xx or 3xx responses:"), let count = fields.last.flatMap({ Int($0) }) {
                non2xx = count
            } else if line.hasPrefix("Socket errors:") {
                socketErrors = String(line.dropFirst("Socket errors:".count)).trimmingCharacters(in: .whitespaces)
            }
        }
        guard let rate else { throw .usage("wrk printed no Requests/sec line:\n\(output)") }
        guard percentiles[99] != nil else { throw .usage("wrk printed no 99% latency (run it with --latency):\n\(output)") }
        self.init(requestsPerSecond: rate, percentiles: percentiles, requests: requests, non2xx: non2xx, socketErrors: socketErrors)
    }

    /// "722.00us", "4.96ms", "1.02s", "1.50m" -> seconds.
    static func seconds(_ text: Substring) -> Double? {
        for (unit, scale) in [("us", 1e-6), ("ms", 1e-3), ("s", 1.0), ("m", 60.0), ("h", 3600.0)] where text.hasSuffix(unit) {
            return Double(text.dropLast(unit.count)).map { $0 * scale }
        }
        return nil
    }
}
