import Foundation
import ProtokolModel
import Testing

@Suite("Model values and the JSON contract")
struct ModelTests {
    @Test("calendar dates accept real days only")
    func calendarDates() {
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2022, month: 13, day: 1) == nil)
        #expect(CalendarDate(iso: "2022-04-27")?.description == "2022-04-27")
        #expect(CalendarDate(iso: "27-04-2022") == nil)
        #expect(ClockTime(hour: 24, minute: 0) == nil)
        #expect(ClockTime(text: "09:05")?.description == "09:05")
    }

    private func sample() -> ParsedDocument {
        let item = AgendaItem(
            number: 2, title: "Fokusrevision", isPublic: false, caseNumber: "00.01.00G01-166-21",
            sections: [Section(heading: "Beslutning", kind: .decision, text: "Tiltrådt med 7 stemmer for (A, F, C, Ø).")],
            proposal: Proposal(by: nil, points: ["at resultatet tages til efterretning."]),
            decision: Decision(text: "Tiltrådt med 7 stemmer for (A, F, C, Ø).", outcome: .amended),
            absent: ["Peter Svane"], disqualified: ["Martin Clausen"],
            votes: [Vote(text: "Tiltrådt med 7 stemmer for (A, F, C, Ø).", inFavour: 7, partiesInFavour: ["A", "F", "C", "Ø"])],
            attachments: ["Bilag 1"],
            history: [HistoryEntry(date: CalendarDate(year: 2022, month: 1, day: 26)!, body: "Arbejdsmarkedsudvalget", text: "Tiltrådt.")]
        )
        let meeting = Meeting(
            kind: .minutes, body: nil, committee: "Arbejdsmarkedsudvalget", term: "2022-2025",
            date: CalendarDate(year: 2022, month: 1, day: 26), startTime: nil, location: nil,
            participants: [Participant(name: "Peter Svane", party: "D", absent: true)], items: [item]
        )
        return ParsedDocument(
            source: SourceInfo(sha256: String(repeating: "ab", count: 32), bytes: 10, format: .text),
            meeting: meeting, warnings: [ReadWarning(line: 12, "item 2 follows item 0")]
        )
    }

    @Test("the contract keeps every field, nulls included, and reads back the same meeting")
    func contractRoundTrip() throws {
        let document = sample()
        let data = try JSONEncoder().encode(document)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["schema", "source", "kind", "body", "committee", "term", "date", "startTime", "location", "participants", "items", "warnings"] {
            #expect(object.keys.contains(key), "missing \(key)")
        }
        #expect(object["schema"] as? String == "protokol.meeting/1")
        #expect(object["body"] is NSNull)
        #expect(object["startTime"] is NSNull)
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items[0]["public"] as? Bool == false)
        #expect((items[0]["proposal"] as? [String: Any])?["by"] is NSNull)
        #expect((object["warnings"] as? [String]) == ["line 12: item 2 follows item 0"])
        let decoded = try JSONDecoder().decode(ParsedDocument.self, from: data)
        #expect(decoded.meeting == document.meeting)
        #expect(decoded.source == document.source)
    }

    @Test("an unknown schema is refused")
    func unknownSchema() throws {
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(sample())) as? [String: Any])
        object["schema"] = "protokol.meeting/9"
        let data = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ParsedDocument.self, from: data) }
    }
}
