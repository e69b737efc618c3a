import ProtokolModel

/// The hits of one search, best first, and counts over all hits.
public struct SearchResults: Sendable, Hashable, Codable {
    public var query: String
    public var level: SearchLevel
    public var match: SearchMatch
    /// How many hits there are in all (the page in `hits` may be shorter).
    public var total: Int
    public var hits: [SearchHit]
    public var facets: SearchFacets

    public init(query: String, level: SearchLevel, match: SearchMatch = .all, total: Int, hits: [SearchHit], facets: SearchFacets) {
        self.query = query
        self.level = level
        self.match = match
        self.total = total
        self.hits = hits
        self.facets = facets
    }
}

/// One item or section that matches.
public struct SearchHit: Sendable, Hashable, Codable {
    public var meeting: MeetingIdentity
    /// The version the hit is in.
    public var sha256: String
    public var itemNumber: Int
    public var itemTitle: String
    public var caseNumber: String?
    public var outcome: Outcome?
    public var isPublic: Bool
    /// The section, for section-level hits.
    public var sectionKind: SectionKind?
    public var sectionHeading: String?
    /// A short piece of the matching text with the matched words marked.
    public var snippet: String
    /// Relevance: higher is better.
    public var score: Double

    public init(
        meeting: MeetingIdentity, sha256: String, itemNumber: Int, itemTitle: String, caseNumber: String?, outcome: Outcome?,
        isPublic: Bool, sectionKind: SectionKind?, sectionHeading: String?, snippet: String, score: Double
    ) {
        self.meeting = meeting
        self.sha256 = sha256
        self.itemNumber = itemNumber
        self.itemTitle = itemTitle
        self.caseNumber = caseNumber
        self.outcome = outcome
        self.isPublic = isPublic
        self.sectionKind = sectionKind
        self.sectionHeading = sectionHeading
        self.snippet = snippet
        self.score = score
    }
}

/// Hit counts by body, committee, year and outcome, most frequent first.
public struct SearchFacets: Sendable, Hashable, Codable {
    public var body: [FacetCount]
    public var committee: [FacetCount]
    public var year: [FacetCount]
    public var outcome: [FacetCount]

    public init(body: [FacetCount] = [], committee: [FacetCount] = [], year: [FacetCount] = [], outcome: [FacetCount] = []) {
        self.body = body
        self.committee = committee
        self.year = year
        self.outcome = outcome
    }

    /// Adds up groups of hits into facets; empty values are left out.
    public init(counting groups: [FacetGroup]) {
        func facet(_ key: (FacetGroup) -> String?) -> [FacetCount] {
            var counts: [String: Int] = [:]
            for group in groups {
                guard let value = key(group), !value.isEmpty else { continue }
                counts[value, default: 0] += group.count
            }
            return counts.map { FacetCount(value: $0.key, count: $0.value) }
                .sorted { ($1.count, $0.value) < ($0.count, $1.value) }
        }
        self.init(body: facet(\.body), committee: facet(\.committee), year: facet(\.year), outcome: facet(\.outcome))
    }
}

/// How many hits share one combination of body, committee, year and outcome.
public struct FacetGroup: Sendable, Hashable {
    public var body: String
    public var committee: String
    public var year: String
    public var outcome: String?
    public var count: Int

    public init(body: String, committee: String, year: String, outcome: String?, count: Int) {
        self.body = body
        self.committee = committee
        self.year = year
        self.outcome = outcome
        self.count = count
    }
}

/// How many hits share one value.
public struct FacetCount: Sendable, Hashable, Codable {
    public var value: String
    public var count: Int

    public init(value: String, count: Int) {
        self.value = value
        self.count = count
    }
}
