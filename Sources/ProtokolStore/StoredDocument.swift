import Foundation
import ProtokolModel

/// A stored original and its current reading, without the bytes.
public struct StoredDocument: Sendable, Hashable, Codable {
    public var sha256: String
    /// Size of the original in bytes.
    public var size: Int
    /// The format the reader detected; nil when reading failed.
    public var format: SourceFormat?
    public var sourceName: String?
    public var receivedAt: Date
    public var parserVersion: String
    public var status: ParseStatus
    public var warnings: [String]
    /// The meeting this document is a version of; nil when reading failed.
    public var meeting: MeetingIdentity?
    /// 1 for the first stored version of the meeting, 2 for the next, …; nil when reading failed.
    public var version: Int?
    /// True when this is the newest version of its meeting (the one searched).
    public var isCurrent: Bool

    public init(
        sha256: String, size: Int, format: SourceFormat?, sourceName: String?, receivedAt: Date, parserVersion: String,
        status: ParseStatus, warnings: [String], meeting: MeetingIdentity?, version: Int?, isCurrent: Bool
    ) {
        self.sha256 = sha256
        self.size = size
        self.format = format
        self.sourceName = sourceName
        self.receivedAt = receivedAt
        self.parserVersion = parserVersion
        self.status = status
        self.warnings = warnings
        self.meeting = meeting
        self.version = version
        self.isCurrent = isCurrent
    }
}

/// The original bytes of a stored document.
public struct StoredOriginal: Sendable, Hashable {
    public var sha256: String
    public var bytes: [UInt8]

    public init(sha256: String, bytes: [UInt8]) {
        self.sha256 = sha256
        self.bytes = bytes
    }
}

/// A meeting with its versions.
public struct StoredMeeting: Sendable, Hashable, Codable {
    public var identity: MeetingIdentity
    /// SHA-256 of the current (newest) version.
    public var currentSHA256: String
    /// How many versions are stored.
    public var versions: Int
    /// Items in the current version.
    public var items: Int
    /// When the meeting's first version was stored (its original's `receivedAt`).
    public var created: Date
    /// When the current version was stored, or, for a withdrawn meeting, when it was withdrawn.
    public var modified: Date
    /// When the meeting was withdrawn (``MeetingStore/withdraw(_:at:)``); nil while it is published.
    public var withdrawnAt: Date?
    /// The numbers of items an earlier version had and the current version lacks, in ascending order.
    public var removedItems: [Int]
    /// The case numbers of the public items among ``removedItems``, in ascending order.
    public var removedCases: [String]

    /// True when the meeting was withdrawn: kept, but out of search and case lists.
    public var isWithdrawn: Bool { withdrawnAt != nil }

    public init(
        identity: MeetingIdentity, currentSHA256: String, versions: Int, items: Int, created: Date, modified: Date,
        withdrawnAt: Date? = nil, removedItems: [Int] = [], removedCases: [String] = []
    ) {
        self.identity = identity
        self.currentSHA256 = currentSHA256
        self.versions = versions
        self.items = items
        self.created = created
        self.modified = modified
        self.withdrawnAt = withdrawnAt
        self.removedItems = removedItems
        self.removedCases = removedCases
    }
}
