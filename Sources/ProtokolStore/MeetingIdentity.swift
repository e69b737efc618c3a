import ProtokolModel

/// What makes two documents "the same meeting": the body, the committee, the date and the kind.
///
/// Minutes and the agenda of one meeting are two meetings here (their kinds differ). A document
/// without a date or body still gets an identity, with those parts empty.
public struct MeetingIdentity: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The municipality, or "" when the document does not name it.
    public var body: String
    public var committee: String
    public var date: CalendarDate?
    public var kind: DocumentKind

    public init(body: String, committee: String, date: CalendarDate?, kind: DocumentKind) {
        self.body = body
        self.committee = committee
        self.date = date
        self.kind = kind
    }

    /// The identity of the meeting a document records.
    public init(_ meeting: Meeting) {
        self.init(body: meeting.body ?? "", committee: meeting.committee, date: meeting.date, kind: meeting.kind)
    }

    /// The date as "YYYY-MM-DD", or "" when unknown.
    public var dateText: String { date?.description ?? "" }

    public var description: String {
        let kindText = kind == .minutes ? "referat" : "dagsorden"
        let bodyText = body.isEmpty ? "" : ", \(body)"
        return "\(committee)\(bodyText), \(date?.description ?? "dato ukendt") (\(kindText))"
    }

    public static func < (lhs: MeetingIdentity, rhs: MeetingIdentity) -> Bool {
        (lhs.dateText, lhs.body, lhs.committee, lhs.kind.rawValue) < (rhs.dateText, rhs.body, rhs.committee, rhs.kind.rawValue)
    }
}

extension MeetingIdentity: Codable {
    enum CodingKeys: String, CodingKey { case body, committee, date, kind }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(body, forKey: .body)
        try c.encode(committee, forKey: .committee)
        try c.encode(date?.description, forKey: .date)
        try c.encode(kind, forKey: .kind)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            body: try c.decode(String.self, forKey: .body),
            committee: try c.decode(String.self, forKey: .committee),
            date: try c.decodeIfPresent(String.self, forKey: .date).flatMap(CalendarDate.init(iso:)),
            kind: try c.decode(DocumentKind.self, forKey: .kind)
        )
    }
}
