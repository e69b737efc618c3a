import Foundation
import ProtokolStore

/// `protokol withdraw MEETING-OR-SHA`: withdraws a meeting published by mistake. It stays stored (every version,
/// byte for byte) but leaves search, case lists and the pages; the OParl API reports it as deleted.
public enum WithdrawRun {
    /// Withdraws the meeting `target` names, and says what was done in one line.
    ///
    /// `target` is the meeting's id (16 hex digits, as in the pages' and the OParl API's URLs) or the SHA-256 of
    /// any stored version of it, or a prefix of at least 6 hex digits; a meeting id wins over a prefix.
    public static func run(_ target: String, store: any MeetingStore, at time: Date = Date()) async throws(AppError) -> String {
        do throws(StoreError) {
            let identity = try await MeetingLookup.identity(target, store: store)
            let before = try await store.meetings(includingWithdrawn: true).first { $0.identity == identity }
            let after = try await store.withdraw(identity, at: time)
            let when = ISO8601DateFormatter().string(from: after.withdrawnAt ?? time)
            if before?.isWithdrawn == true { return "already withdrawn at \(when): \(identity) [\(identity.stableID)]" }
            return "withdrawn at \(when): \(identity) [\(identity.stableID)], \(after.versions) version(s), \(after.items) items"
        } catch {
            throw .store(error)
        }
    }
}
