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
        var created: String?
        var modified: String?
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
        var agendaItem: String?
        var legislativeTerm: [LegislativeTerm]
        var web: String?
        var created: String?
        var modified: String?
    }

    struct LegislativeTerm: Codable, Sendable, ResponseEncodable {
        var id: String
        var type = OParl.version + "LegislativeTerm"
        var name: String
        var startDate: String?
        var endDate: String?
        var created: String?
        var modified: String?
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
        var created: String?
        var modified: String?
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
        var agendaItem: [Entry<AgendaItem>]
        var web: String?
        var kind: String
        var created: String?
        var modified: String?

        enum CodingKeys: String, CodingKey {
            case id, type, created, modified, name, meetingState, start, location, organization, invitation, resultsProtocol, agendaItem, web
            case kind = "protokol:kind"
        }
    }

    struct Location: Codable, Sendable {
        var id: String
        var type = OParl.version + "Location"
        var description: String
        var created: String?
        var modified: String?
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
        var auxiliaryFile: [File]?
        var created: String?
        var modified: String?

        enum CodingKeys: String, CodingKey {
            case id, type, created, modified, meeting, number, order, name, `public`, consultation, result, resolutionText, web, auxiliaryFile
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
        var created: String?
        var modified: String?
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
        var created: String?
        var modified: String?

        enum CodingKeys: String, CodingKey {
            case id, type, created, modified, paper, agendaItem, meeting, organization, role
            case outcome = "protokol:outcome"
        }
    }

    struct File: Codable, Sendable, ResponseEncodable {
        var id: String
        var type = OParl.version + "File"
        var name: String
        var fileName: String?
        var mimeType: String?
        var date: String?
        var size: Int?
        var sha512Checksum: String?
        var text: String?
        var accessUrl: String
        var downloadUrl: String?
        var meeting: [String]?
        var agendaItem: [String]?
        var created: String?
        var modified: String?
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
        var created: String?
        var modified: String?

        enum CodingKeys: String, CodingKey {
            case id, type, created, modified, body, name, familyName, givenName, membership
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
        var created: String?
        var modified: String?
    }

    /// A deleted object as OParl 1.1 keeps it in lists and at its URL: id, type, created, modified and
    /// `deleted: true`, and the few fields its type's schema requires of every object (a Body's name and lists,
    /// an AgendaItem's order, a File's accessUrl).
    struct Deleted: Codable, Sendable, ResponseEncodable {
        var id: String
        var type: String
        var created: String?
        var modified: String?
        var deleted = true
        var name: String?
        var organization: String?
        var person: String?
        var meeting: String?
        var paper: String?
        var legislativeTerm: [LegislativeTerm]?
        var order: Int?
        var accessUrl: String?
    }

    /// An object in a list or at its URL: as it is, or deleted.
    enum Entry<Object: Codable & Sendable>: Codable, Sendable, ResponseEncodable {
        case object(Object)
        case deleted(Deleted)

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .object(let object): try container.encode(object)
            case .deleted(let deleted): try container.encode(deleted)
            }
        }

        init(from decoder: any Decoder) throws {
            if let deleted = try? Deleted(from: decoder), deleted.deleted {
                self = .deleted(deleted)
            } else {
                self = .object(try Object(from: decoder))
            }
        }

        /// The object, when it is not deleted.
        var object: Object? {
            if case .object(let object) = self { return object }
            return nil
        }
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
