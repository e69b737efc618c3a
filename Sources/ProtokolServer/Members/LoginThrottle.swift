import Foundation

/// Slows password guessing: after ``limit`` failed logins for one name from one address within
/// ``window``, that pair is refused (429) until the window has passed. Kept in memory, per server
/// instance; keying on the address as well means a stranger cannot lock a member out everywhere.
actor LoginThrottle {
    static let limit = 5
    static let window: TimeInterval = 15 * 60

    private var failures: [String: [Date]] = [:]

    static func key(name: String, address: String?) -> String { name.lowercased() + "|" + (address ?? "-") }

    /// When refused: the seconds until the next attempt is allowed.
    func retryAfter(_ key: String, now: Date = Date()) -> Int? {
        let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < Self.window }
        failures[key] = recent.isEmpty ? nil : recent
        guard recent.count >= Self.limit, let oldest = recent.first else { return nil }
        return max(1, Int((Self.window - now.timeIntervalSince(oldest)).rounded(.up)))
    }

    func failed(_ key: String, now: Date = Date()) {
        failures[key, default: []].append(now)
        // Bound the memory a flood of made-up names can take.
        if failures.count > 100_000 { failures = failures.filter { now.timeIntervalSince($0.value.last ?? now) < Self.window } }
    }

    func succeeded(_ key: String) {
        failures[key] = nil
    }
}
