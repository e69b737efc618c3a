/// What storing one submission did.
public enum ImportOutcome: Sendable, Hashable {
    /// A new original was stored as a version of its meeting (version 1: a new meeting).
    case new(StoredVersion)
    /// A new original whose reading failed was stored with its error.
    case failed(sha256: String, error: String)
    /// The same bytes were stored before; nothing was touched.
    case unchanged(StoredDocument)
}

/// An original stored as one version of a meeting.
public struct StoredVersion: Sendable, Hashable, Codable {
    public var sha256: String
    public var meeting: MeetingIdentity
    /// 1 for the meeting's first version.
    public var version: Int

    public init(sha256: String, meeting: MeetingIdentity, version: Int) {
        self.sha256 = sha256
        self.meeting = meeting
        self.version = version
    }
}

/// What reading a stored original again did.
public enum ReindexOutcome: Sendable, Hashable {
    /// The new reading is the same as the stored one.
    case unchanged
    /// The reading changed (the meeting, its items or the warnings).
    case changed
    /// The original could not be read with the current reader; its error is stored.
    case failed(error: String)
}
