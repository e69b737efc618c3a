import Foundation
import ProtokolStore

/// Finds a stored meeting from what a person types on the command line.
enum MeetingLookup {
    /// The meeting with this id (16 hex digits, as in the pages' and the OParl API's URLs), or the meeting of the stored
    /// original with this SHA-256 (or a prefix of at least 6 hex digits); a meeting id wins over a prefix. Withdrawn
    /// meetings are found too.
    static func identity(_ target: String, store: any MeetingStore) async throws(StoreError) -> MeetingIdentity {
        let key = target.trimmingCharacters(in: .whitespaces).lowercased()
        if key.count == 16, let found = try await store.meetings(includingWithdrawn: true).first(where: { $0.identity.stableID == key }) {
            return found.identity
        }
        let sha256: String
        do throws(StoreError) {
            sha256 = try await store.original(sha256: key).sha256
        } catch .notFound(_) {
            throw .meetingNotFound(meeting: target)
        }
        guard let document = try await store.document(sha256: sha256) else { throw .notFound(sha256: sha256) }
        guard let identity = document.meeting else {
            throw .invalidSubmission(reason: "\(sha256) could not be read, so it is no version of a meeting")
        }
        return identity
    }
}
