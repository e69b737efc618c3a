import Foundation

/// A file attached to an item of a meeting (a Bilag), with its bytes stored beside the minutes.
///
/// Attachments belong to the meeting, not to one version of its minutes: a new version keeps them. They are
/// tied to an item by its number, and share that item's openness: a closed item's attachments are for the
/// members of its committee only.
public struct AttachedFile: Sendable, Hashable {
    public var meeting: MeetingIdentity
    /// The number of the item the file belongs to.
    public var item: Int
    /// The title the minutes give it (as under "Bilag"), or the file's name.
    public var title: String
    /// Lower-case hex SHA-256 of the bytes: the same bytes are stored once, whatever they are attached to.
    public var sha256: String
    public var size: Int
    public var mimeType: String
    /// The name of the file it was read from, if any.
    public var fileName: String?
    public var addedAt: Date

    public init(
        meeting: MeetingIdentity, item: Int, title: String, sha256: String, size: Int, mimeType: String, fileName: String?,
        addedAt: Date
    ) {
        self.meeting = meeting
        self.item = item
        self.title = title
        self.sha256 = sha256
        self.size = size
        self.mimeType = mimeType
        self.fileName = fileName
        self.addedAt = addedAt
    }
}

extension AttachedFile {
    /// Rejects an attachment whose SHA-256 is no SHA-256, whose size is not its bytes', or whose title or item is
    /// empty. (Callers compute the SHA-256; the store has no hash of its own.)
    public func check(bytes: [UInt8]) throws(StoreError) {
        guard sha256.count == 64, sha256.allSatisfy({ $0.isHexDigit && !$0.isUppercase }), size == bytes.count else {
            throw .invalidSubmission(reason: "the attachment's SHA-256 or size does not fit its bytes")
        }
        guard item > 0, !title.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .invalidSubmission(reason: "an attachment needs an item number from 1 and a title")
        }
    }
}

/// The files attached to the items of stored meetings.
///
/// Every implementation passes the shared suite (Tests/ProtokolStoreTests/AttachmentSuite.swift).
public protocol AttachmentStore: Sendable {
    /// Attaches `bytes` to an item of a stored meeting, in one transaction; `attachment.sha256` and `size` must be
    /// the bytes'. The same bytes attached to the same item again change nothing and return what was stored
    /// (with its first title). ``StoreError/meetingNotFound(meeting:)`` when the meeting is not stored.
    @discardableResult
    func attach(_ attachment: AttachedFile, bytes: [UInt8]) async throws(StoreError) -> AttachedFile

    /// Detaches a file (SHA-256 or a prefix of 6+ hex digits) from an item; false when it was not attached there.
    /// Bytes no longer attached anywhere are deleted.
    @discardableResult
    func detach(sha256 prefix: String, from meeting: MeetingIdentity, item: Int) async throws(StoreError) -> Bool

    /// Every attachment, by meeting (date, body, committee, kind), item and order of attaching.
    func attachments() async throws(StoreError) -> [AttachedFile]

    /// The attachments of one meeting, by item and order of attaching.
    func attachments(of meeting: MeetingIdentity) async throws(StoreError) -> [AttachedFile]

    /// The bytes of an attached file, by its full SHA-256; ``StoreError/notFound(sha256:)`` when none is stored.
    func attachmentBytes(sha256: String) async throws(StoreError) -> [UInt8]
}
