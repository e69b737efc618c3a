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

    public init(identity: MeetingIdentity, currentSHA256: String, versions: Int, items: Int) {
        self.identity = identity
        self.currentSHA256 = currentSHA256
        self.versions = versions
        self.items = items
    }
}
