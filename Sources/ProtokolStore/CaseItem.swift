import ProtokolModel

/// One item of a case, as it stood at one meeting, with the case's path (Sagens forløb).
public struct CaseItem: Sendable, Hashable, Codable {
    public var meeting: MeetingIdentity
    public var sha256: String
    public var itemNumber: Int
    public var title: String
    public var caseNumber: String
    public var isPublic: Bool
    public var outcome: Outcome?
    public var decision: String?
    public var history: [HistoryEntry]

    public init(
        meeting: MeetingIdentity, sha256: String, itemNumber: Int, title: String, caseNumber: String, isPublic: Bool, outcome: Outcome?,
        decision: String?, history: [HistoryEntry]
    ) {
        self.meeting = meeting
        self.sha256 = sha256
        self.itemNumber = itemNumber
        self.title = title
        self.caseNumber = caseNumber
        self.isPublic = isPublic
        self.outcome = outcome
        self.decision = decision
        self.history = history
    }
}
