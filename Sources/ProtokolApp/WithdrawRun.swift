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
        let key = target.trimmingCharacters(in: .whitespaces).lowercased()
        do throws(StoreError) {
            let identity = try await meeting(key, store: store)
            let before = try await store.meetings(includingWithdrawn: true).first { $0.identity == identity }
            let after = try await store.withdraw(identity, at: time)
            let when = ISO8601DateFormatter().string(from: after.withdrawnAt ?? time)
            if before?.isWithdrawn == true { return "already withdrawn at \(when): \(identity) [\(identity.stableID)]" }
            return "withdrawn at \(when): \(identity) [\(identity.stableID)], \(after.versions) version(s), \(after.items) items"
        } catch {
            throw .store(error)
        }
    }

    /// The meeting with this id, or the meeting of the stored original with this SHA-256 (prefix).
    private static func meeting(_ key: String, store: any MeetingStore) async throws(StoreError) -> MeetingIdentity {
        if key.count == 16, let found = try await store.meetings(includingWithdrawn: true).first(where: { $0.identity.stableID == key }) {
            return found.identity
        }
        let sha256: String
        do throws(StoreError) {
            sha256 = try await store.original(sha256: key).sha256
        } catch .notFound(_) {
            throw .meetingNotFound(meeting: key)
        }
        guard let document = try await store.document(sha256: sha256) else { throw .notFound(sha256: sha256) }
        guard let identity = document.meeting else {
            throw .invalidSubmission(reason: "\(sha256) could not be read, so it is no version of a meeting")
        }
        return identity
    }
}
