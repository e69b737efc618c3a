// The public JSON contract (shared/contract/parse-json.md). Keys are written explicitly, nulls included,
// so that the output keeps every contract field even when it is empty.

extension ParsedDocument: Codable {
    enum CodingKeys: String, CodingKey {
        case schema, source, kind, body, committee, term, date, startTime, location, participants, items, warnings
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.schema, forKey: .schema)
        try c.encode(source, forKey: .source)
        try c.encode(meeting.kind, forKey: .kind)
        try c.encode(meeting.body, forKey: .body)
        try c.encode(meeting.committee, forKey: .committee)
        try c.encode(meeting.term, forKey: .term)
        try c.encode(meeting.date?.description, forKey: .date)
        try c.encode(meeting.startTime?.description, forKey: .startTime)
        try c.encode(meeting.location, forKey: .location)
        try c.encode(meeting.participants, forKey: .participants)
        try c.encode(meeting.items, forKey: .items)
        try c.encode(warnings.map(\.description), forKey: .warnings)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let schema = try c.decode(String.self, forKey: .schema)
        guard schema == Self.schema else {
            throw DecodingError.dataCorruptedError(forKey: .schema, in: c, debugDescription: "unknown schema \(schema)")
        }
        source = try c.decode(SourceInfo.self, forKey: .source)
        meeting = Meeting(
            kind: try c.decode(DocumentKind.self, forKey: .kind),
            body: try c.decodeIfPresent(String.self, forKey: .body),
            committee: try c.decode(String.self, forKey: .committee),
            term: try c.decodeIfPresent(String.self, forKey: .term),
            date: try c.decodeIfPresent(String.self, forKey: .date).flatMap(CalendarDate.init(iso:)),
            startTime: try c.decodeIfPresent(String.self, forKey: .startTime).flatMap(ClockTime.init(text:)),
            location: try c.decodeIfPresent(String.self, forKey: .location),
            participants: try c.decode([Participant].self, forKey: .participants),
            items: try c.decode([AgendaItem].self, forKey: .items)
        )
        warnings = try c.decode([String].self, forKey: .warnings).map { ReadWarning(line: nil, $0) }
    }
}

extension SourceInfo: Codable {
    enum CodingKeys: String, CodingKey { case sha256, bytes, format, encoding }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(bytes, forKey: .bytes)
        try c.encode(format, forKey: .format)
        try c.encode(encoding, forKey: .encoding)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sha256 = try c.decode(String.self, forKey: .sha256)
        bytes = try c.decode(Int.self, forKey: .bytes)
        format = try c.decode(SourceFormat.self, forKey: .format)
        encoding = try c.decodeIfPresent(TextEncoding.self, forKey: .encoding) ?? .utf8
    }
}

extension Participant: Codable {
    enum CodingKeys: String, CodingKey { case name, party, absent }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(party, forKey: .party)
        try c.encode(absent, forKey: .absent)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try c.decode(String.self, forKey: .name),
            party: try c.decodeIfPresent(String.self, forKey: .party),
            absent: try c.decode(Bool.self, forKey: .absent)
        )
    }
}

extension AgendaItem: Codable {
    enum CodingKeys: String, CodingKey {
        case number, title, `public`, caseNumber, sections, proposal, decision, absent, disqualified, votes
        case attachments, history
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(title, forKey: .title)
        try c.encode(isPublic, forKey: .public)
        try c.encode(caseNumber, forKey: .caseNumber)
        try c.encode(sections, forKey: .sections)
        try c.encode(proposal, forKey: .proposal)
        try c.encode(decision, forKey: .decision)
        try c.encode(absent, forKey: .absent)
        try c.encode(disqualified, forKey: .disqualified)
        try c.encode(votes, forKey: .votes)
        try c.encode(attachments, forKey: .attachments)
        try c.encode(history, forKey: .history)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            number: try c.decode(Int.self, forKey: .number),
            title: try c.decode(String.self, forKey: .title),
            isPublic: try c.decode(Bool.self, forKey: .public),
            caseNumber: try c.decodeIfPresent(String.self, forKey: .caseNumber),
            sections: try c.decode([Section].self, forKey: .sections),
            proposal: try c.decodeIfPresent(Proposal.self, forKey: .proposal),
            decision: try c.decodeIfPresent(Decision.self, forKey: .decision),
            absent: try c.decode([String].self, forKey: .absent),
            disqualified: try c.decode([String].self, forKey: .disqualified),
            votes: try c.decodeIfPresent([Vote].self, forKey: .votes) ?? [],
            attachments: try c.decode([String].self, forKey: .attachments),
            history: try c.decode([HistoryEntry].self, forKey: .history)
        )
    }
}


extension Proposal: Codable {
    enum CodingKeys: String, CodingKey { case by, points }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(by, forKey: .by)
        try c.encode(points, forKey: .points)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(by: try c.decodeIfPresent(String.self, forKey: .by), points: try c.decode([String].self, forKey: .points))
    }
}


extension Vote: Codable {
    enum CodingKeys: String, CodingKey {
        case text, inFavour, against, abstaining, partiesInFavour, partiesAgainst, partiesAbstaining
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(inFavour, forKey: .inFavour)
        try c.encode(against, forKey: .against)
        try c.encode(abstaining, forKey: .abstaining)
        try c.encode(partiesInFavour, forKey: .partiesInFavour)
        try c.encode(partiesAgainst, forKey: .partiesAgainst)
        try c.encode(partiesAbstaining, forKey: .partiesAbstaining)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            text: try c.decode(String.self, forKey: .text),
            inFavour: try c.decodeIfPresent(Int.self, forKey: .inFavour),
            against: try c.decodeIfPresent(Int.self, forKey: .against),
            abstaining: try c.decodeIfPresent(Int.self, forKey: .abstaining),
            partiesInFavour: try c.decode([String].self, forKey: .partiesInFavour),
            partiesAgainst: try c.decode([String].self, forKey: .partiesAgainst),
            partiesAbstaining: try c.decode([String].self, forKey: .partiesAbstaining)
        )
    }
}

extension HistoryEntry: Codable {
    enum CodingKeys: String, CodingKey { case date, body, text }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date.description, forKey: .date)
        try c.encode(body, forKey: .body)
        try c.encode(text, forKey: .text)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let iso = try c.decode(String.self, forKey: .date)
        guard let date = CalendarDate(iso: iso) else {
            throw DecodingError.dataCorruptedError(forKey: .date, in: c, debugDescription: "not YYYY-MM-DD: \(iso)")
        }
        self.init(date: date, body: try c.decode(String.self, forKey: .body), text: try c.decode(String.self, forKey: .text))
    }
}
