import ProtokolModel

/// A full-text search: the user's query text, filters, and how many hits to return.
public struct SearchQuery: Sendable, Hashable {
    /// Words (all must match), "quoted phrases", prefixes (beskæft*), and OR between alternatives;
    /// empty for a listing by the filters alone (``isListing``).
    public var text: String
    public var filters: SearchFilters
    /// Items (title and all their text) or single sections. A section-kind filter implies sections.
    public var level: SearchLevel
    /// At most this many hits; facets and the total count every hit.
    public var limit: Int
    public var offset: Int
    /// Marks put around matched words in snippets.
    public var highlight: Highlight
    /// Whether a hit needs all terms (the default) or any one of them.
    public var match: SearchMatch

    public init(
        _ text: String, filters: SearchFilters = SearchFilters(), level: SearchLevel = .item, match: SearchMatch = .all, limit: Int = 20,
        offset: Int = 0, highlight: Highlight = Highlight()
    ) {
        self.text = text
        self.filters = filters
        self.level = level
        self.match = match
        self.limit = limit
        self.offset = offset
        self.highlight = highlight
    }

    /// The level actually searched: sections when a section kind is asked for.
    public var effectiveLevel: SearchLevel { filters.sectionKind == nil ? level : .section }

    /// No words but some filter: a listing of every item (or section) the filters let through, in
    /// date order, instead of a full-text search. Without words and filters the query is malformed.
    public var isListing: Bool { text.allSatisfy(\.isWhitespace) && !filters.isEmpty }

    /// The query text read into terms, as the store searches them (``match`` applied).
    public func expression() throws(StoreError) -> SearchExpression {
        let expression = try SearchExpression(parsing: text)
        return match == .all ? expression : expression.anyTerm
    }
}

/// Whether a hit must contain every term of an alternative, or any term.
public enum SearchMatch: String, Sendable, Hashable, Codable, CaseIterable {
    case all, any
}

/// Narrows a search to some meetings, items or sections.
public struct SearchFilters: Sendable, Hashable {
    /// The municipality, e.g. "Lejre Kommune" (exact).
    public var body: String?
    /// The committee as stored, e.g. "Udvalget for Job, Arbejdsmarked og Integration" (exact).
    public var committee: String?
    /// Meetings on or after this day.
    public var from: CalendarDate?
    /// Meetings on or before this day.
    public var to: CalendarDate?
    public var outcome: Outcome?
    /// Only sections of this kind (implies section-level hits).
    public var sectionKind: SectionKind?

    /// True when no filter is set.
    public var isEmpty: Bool { self == SearchFilters() }

    public init(
        body: String? = nil, committee: String? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil, outcome: Outcome? = nil,
        sectionKind: SectionKind? = nil
    ) {
        self.body = body
        self.committee = committee
        self.from = from
        self.to = to
        self.outcome = outcome
        self.sectionKind = sectionKind
    }
}

/// Whether a hit is an item or one section of an item.
public enum SearchLevel: String, Sendable, Hashable, Codable, CaseIterable {
    case item, section
}

/// The marks around matched words in a snippet.
public struct Highlight: Sendable, Hashable {
    public var open: String
    public var close: String

    public init(open: String = "«", close: String = "»") {
        self.open = open
        self.close = close
    }
}

/// Who is searching: the public, or a member of some committees, who also finds those committees'
/// closed items.
public enum SearchAccess: Sendable, Hashable {
    case `public`
    case member(of: Set<CommitteeRef>)

    /// The committees whose closed items are visible.
    public var committees: Set<CommitteeRef> {
        switch self {
        case .public: []
        case .member(let committees): committees
        }
    }

    /// Whether the content of a closed item of this meeting is visible; open items always are.
    public func seesClosedItems(of meeting: MeetingIdentity) -> Bool {
        committees.contains(CommitteeRef(body: meeting.body, committee: meeting.committee))
    }
}

/// One committee of one body, as stored in ``MeetingIdentity``.
public struct CommitteeRef: Sendable, Hashable, Codable {
    public var body: String
    public var committee: String

    public init(body: String, committee: String) {
        self.body = body
        self.committee = committee
    }
}
