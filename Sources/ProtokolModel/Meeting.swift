/// One committee meeting as read from its minutes or agenda: the header and its numbered items.
public struct Meeting: Sendable, Hashable {
    /// Minutes (referat, beslutningsprotokol) or agenda (dagsorden).
    public var kind: DocumentKind
    /// The municipality, e.g. "Lemvig Kommune", when the document names it.
    public var body: String?
    /// The committee, without the date or term suffix, e.g. "Arbejdsmarkedsudvalget".
    public var committee: String
    /// The election term carried in the committee name, e.g. "2022-2025".
    public var term: String?
    public var date: CalendarDate?
    public var startTime: ClockTime?
    public var location: String?
    public var participants: [Participant]
    public var items: [AgendaItem]

    public init(
        kind: DocumentKind = .minutes, body: String? = nil, committee: String = "", term: String? = nil,
        date: CalendarDate? = nil, startTime: ClockTime? = nil, location: String? = nil,
        participants: [Participant] = [], items: [AgendaItem] = []
    ) {
        self.kind = kind
        self.body = body
        self.committee = committee
        self.term = term
        self.date = date
        self.startTime = startTime
        self.location = location
        self.participants = participants
        self.items = items
    }
}

/// Whether a document records decisions (minutes) or only announces items (agenda).
public enum DocumentKind: String, Sendable, Hashable, Codable, CaseIterable {
    case minutes
    case agenda
}

/// A committee member named in the meeting header.
public struct Participant: Sendable, Hashable {
    public var name: String
    /// Party letter as printed, e.g. "A" or "Ø".
    public var party: String?
    public var absent: Bool

    public init(name: String, party: String? = nil, absent: Bool = false) {
        self.name = name
        self.party = party
        self.absent = absent
    }
}

/// A numbered item of the meeting with its sections and the facts read from them.
public struct AgendaItem: Sendable, Hashable {
    /// The number as printed ("Punkt 3" -> 3).
    public var number: Int
    public var title: String
    /// False for closed items ("Lukket: ...").
    public var isPublic: Bool
    /// Journal or case number printed with the item, e.g. "15.20.00A00-1-18" or "22-001317".
    public var caseNumber: String?
    public var sections: [Section]
    public var proposal: Proposal?
    public var decision: Decision?
    /// Members named as absent (Afbud, Fravær) for this item.
    public var absent: [String]
    /// Members declared disqualified (inhabil) for this item.
    public var disqualified: [String]
    /// Vote counts printed with the decision.
    public var votes: [Vote]
    /// Titles of the attachments (Bilag).
    public var attachments: [String]
    /// The case's path through committees (Sagens forløb).
    public var history: [HistoryEntry]

    public init(
        number: Int, title: String, isPublic: Bool = true, caseNumber: String? = nil,
        sections: [Section] = [], proposal: Proposal? = nil, decision: Decision? = nil,
        absent: [String] = [], disqualified: [String] = [], votes: [Vote] = [],
        attachments: [String] = [], history: [HistoryEntry] = []
    ) {
        self.number = number
        self.title = title
        self.isPublic = isPublic
        self.caseNumber = caseNumber
        self.sections = sections
        self.proposal = proposal
        self.decision = decision
        self.absent = absent
        self.disqualified = disqualified
        self.votes = votes
        self.attachments = attachments
        self.history = history
    }
}

/// A headed part of an item, e.g. "Sagsfremstilling" with its text.
public struct Section: Sendable, Hashable, Codable {
    /// The heading as printed.
    public var heading: String
    public var kind: SectionKind
    /// Paragraphs separated by a blank line; list items keep a leading "- ".
    public var text: String

    public init(heading: String, kind: SectionKind, text: String) {
        self.heading = heading
        self.kind = kind
        self.text = text
    }
}

/// The recommendation (Indstilling): who proposes, and each point.
public struct Proposal: Sendable, Hashable {
    public var by: String?
    public var points: [String]

    public init(by: String? = nil, points: [String] = []) {
        self.by = by
        self.points = points
    }
}

/// What the committee decided (Beslutning) and how that reads as an outcome.
public struct Decision: Sendable, Hashable, Codable {
    public var text: String
    public var outcome: Outcome

    public init(text: String, outcome: Outcome) {
        self.text = text
        self.outcome = outcome
    }
}

/// A vote printed with a decision, e.g. "Tiltrådt med 7 stemmer for (A, F, C, Ø)".
public struct Vote: Sendable, Hashable {
    /// The sentence that reports the vote.
    public var text: String
    public var inFavour: Int?
    public var against: Int?
    public var abstaining: Int?
    public var partiesInFavour: [String]
    public var partiesAgainst: [String]
    public var partiesAbstaining: [String]

    public init(
        text: String, inFavour: Int? = nil, against: Int? = nil, abstaining: Int? = nil,
        partiesInFavour: [String] = [], partiesAgainst: [String] = [], partiesAbstaining: [String] = []
    ) {
        self.text = text
        self.inFavour = inFavour
        self.against = against
        self.abstaining = abstaining
        self.partiesInFavour = partiesInFavour
        self.partiesAgainst = partiesAgainst
        self.partiesAbstaining = partiesAbstaining
    }
}

/// One step of the case's path (Sagens forløb): when, which body, and what it did.
public struct HistoryEntry: Sendable, Hashable {
    public var date: CalendarDate
    public var body: String
    public var text: String

    public init(date: CalendarDate, body: String, text: String) {
        self.date = date
        self.body = body
        self.text = text
    }
}
