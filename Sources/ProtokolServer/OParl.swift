import Hummingbird

/// OParl 1.1 objects as Protokol serves them. Optional fields are left out when empty; Danish facts that OParl
/// lacks travel in fields named `protokol:…`.
enum OParl {
    static let version = "https://schema.oparl.org/1.1/"

    struct System: Codable, Sendable, ResponseEncodable {
        var id: String
        var type = OParl.version + "System"
        var oparlVersion = OParl.version
        var name: String
        var body: String
        var license: String?
        var product: String?
        var web: String?
    }

    struct Body: Codable, Sendable, ResponseEncodable {
        var id: String
        var type = OParl.version + "Body"
        var system: String
        var name: String
        var shortName: String?
        var organization: String
        var person: String
        var meeting: String
        var paper: String
        var legislativeTerm: [LegislativeTerm]
        var web: String?
    }

    struct LegislativeTerm: Codable, Sendable {
        var id: String
        var type = OParl.version + "LegislativeTerm"
        var name: String
        var startDate: String?
        var endDate: String?
    }

    struct Organization: Codable, Sendable, ResponseEncodable {
        var id: String
        var type = OParl.version + "Organization"
        var body: String
        var name: String
        var meeting: String
        var organizationType = "Gremium"
        var classification = "Udvalg"
        var web: String?
    }

    struct Meeting: Codable, Sendable, ResponseEncodable {
        var id: String
        var type = OParl.version + "Meeting"
        var name: String
        var meetingState: String
        var start: String?
        var location: Location?
        var organization: [String]
        var invitation: File?
        var resultsProtocol: File?
        var agendaItem: [AgendaItem]
        var web: String?
        var kind: String

        enum CodingKeys: String, CodingKey {
            case id, type, name, meetingState, start, location, organization, invitation, resultsProtocol, agendaItem, web
            case kind = "protokol:kind"
        }
    }

    struct Location: Codable, Sendable {
        var id: String
        var type = OParl.version + "Location"
        var description: String
    }

    struct AgendaItem: Codable, Sendable, ResponseEncodable {
        var id: String
        var type = OParl.version + "AgendaItem"
        var meeting: String
        var number: String
        var order: Int
        var name: String
        var `public`: Bool
        var consultation: String?
        var result: String?
        var resolutionText: String?
        var web: String?
        var caseNumber: String?
        var outcome: String?
        var sections: [Section]?
        var absent: [String]?
        var disqualified: [String]?

        enum CodingKeys: String, CodingKey {
            case id, type, meeting, number, order, name, `public`, consultation, result, resolutionText, web
            case caseNumber = "protokol:caseNumber"
            case outcome = "protokol:outcome"
            case sections = "protokol:sections"
            case absent = "protokol:absent"
            case disqualified = "protokol:disqualified"
        }
    }

    struct Paper: Codable, Sendable, ResponseEncodable {
        var id: String
        var type = OParl.version + "Paper"
        var body: String
        var name: String
        var reference: String
        var date: String?
        var consultation: [Consultation]
    }

    struct Consultation: Codable, Sendable, ResponseEncodable {
        var id: String
        var type = OParl.version + "Consultation"
        var paper: String
        var agendaItem: String
        var meeting: String
        var organization: [String]
        var role: String?
        var outcome: String?

        enum CodingKeys: String, CodingKey {
            case id, type, paper, agendaItem, meeting, organization, role
            case outcome = "protokol:outcome"
        }
    }

    struct File: Codable, Sendable, ResponseEncodable {
        var id: String
        var type = OParl.version + "File"
        var name: String
        var mimeType: String?
        var date: String?
        var size: Int?
        var sha512Checksum: String?
        var accessUrl: String
        var downloadUrl: String?
        var meeting: [String]?
    }

    struct Person: Codable, Sendable, ResponseEncodable {
        var id: String
        var type = OParl.version + "Person"
        var body: String
        var name: String
        var familyName: String?
        var givenName: String?
        var membership: [Membership]
        var party: String?

        enum CodingKeys: String, CodingKey {
            case id, type, body, name, familyName, givenName, membership
            case party = "protokol:party"
        }
    }

    struct Membership: Codable, Sendable, ResponseEncodable {
        var id: String
        var type = OParl.version + "Membership"
        var person: String
        var organization: String
        var role = "Medlem"
        var votingRight = true
    }

    /// A typed section of an item, an extension of OParl.
    struct Section: Codable, Sendable {
        var heading: String
        var kind: String
        var text: String
    }

    /// An external list: one page of objects with paging links.
    struct List<Element: Codable & Sendable>: Codable, Sendable, ResponseEncodable {
        var data: [Element]
        var pagination: Pagination
        var links: Links
    }

    struct Pagination: Codable, Sendable {
        var totalElements: Int
        var elementsPerPage: Int
        var currentPage: Int
        var totalPages: Int
    }

    struct Links: Codable, Sendable {
        var first: String?
        var prev: String?
        var next: String?
        var last: String?
    }
}
