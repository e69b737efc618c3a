import Foundation
import Hummingbird
import HummingbirdTesting
import ProtokolApp
import ProtokolModel
import ProtokolReader
import ProtokolStore
import Testing
@testable import ProtokolServer

/// The seeds beside the repository.
private let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/corpus/seeds")

/// 2024-01-01T12:00:00Z: seed k is imported k days later.
private let day0 = Date(timeIntervalSince1970: 1_704_110_400)
private func day(_ k: Int) -> Date { day0.addingTimeInterval(Double(k) * 86_400) }

/// A SQLite store with the five seeds, seed k received on `day(k)`.
private func timedStore() async throws -> (any MeetingStore, URL) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("protokol-sync-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let store = try await StoreOpening.forWriting(db: directory.appendingPathComponent("test.sqlite").path)
    let files = InputFiles.expand([seeds.path]).sorted()
    #expect(files.count == 5)
    for (k, file) in files.enumerated() {
        let time = day(k)
        #expect(try await ImportRun.run(paths: [file], store: store, now: { time }).new == 1)
    }
    return (store, directory)
}

/// The identity of the meeting a seed file records.
private func identity(_ seed: String) throws -> MeetingIdentity {
    MeetingIdentity(try MinutesReader().read(try MinutesReader.load(seeds.appendingPathComponent(seed + ".txt").path)).meeting)
}

private func parse(_ text: Any?) -> Date? {
    guard let text = text as? String else { return nil }
    return ISO8601DateFormatter().date(from: text)
}

/// The ids in a list's data.
private func ids(_ list: [String: Any]) -> [String] { ((list["data"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String } }

@Suite("OParl 1.1: created/modified, list filters and deleted objects")
struct OParlSyncTests {
    let base = "http://127.0.0.1:8080"

    /// GETs a path and decodes the JSON object it answers.
    private func get(_ client: some TestClientProtocol, _ uri: String) async throws -> (status: HTTPResponse.Status, object: [String: Any]) {
        let response = try await client.execute(uri: uri, method: .get) { $0 }
        let object = (try? JSONSerialization.jsonObject(with: data(response.body))) as? [String: Any]
        return (response.status, object ?? [:])
    }

    private func valid(_ object: [String: Any], _ schema: String) throws -> Bool {
        try validate(JSONSerialization.data(withJSONObject: object), schema: schema) == "valid"
    }

    @Test("every object carries created and modified: a meeting's from its versions, a body's spanning its meetings")
    func times() async throws {
        let (store, directory) = try await timedStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base, cache: .none))
        try await app.test(.router) { client in
            let lejre = try identity("002_2e8588dc50a27a80")
            let meeting = try await get(client, "/oparl/v1.1/meeting/\(lejre.stableID)").object
            #expect(meeting["created"] as? String == "2024-01-03T13:00:00+01:00")
            #expect(meeting["modified"] as? String == "2024-01-03T13:00:00+01:00")
            #expect(try valid(meeting, "Meeting"))
            let items = try #require(meeting["agendaItem"] as? [[String: Any]])
            #expect(items.allSatisfy { $0["created"] as? String == "2024-01-03T13:00:00+01:00" && $0["modified"] != nil })
            #expect((meeting["resultsProtocol"] as? [String: Any])?["modified"] as? String == "2024-01-03T13:00:00+01:00")

            // Lejre's body spans its two meetings.
            let body = try await get(client, "/oparl/v1.1/body/lejre-kommune").object
            let lejreMeetings = try await get(client, "/oparl/v1.1/body/lejre-kommune/meetings").object
            let dates = ((lejreMeetings["data"] as? [[String: Any]]) ?? []).compactMap { parse($0["created"]) }
            #expect(dates.count == 2)
            #expect(parse(body["created"]) == dates.min() && parse(body["modified"]) == dates.max())
            #expect(try valid(body, "Body"))

            let system = try await get(client, "/oparl/v1.1/").object
            #expect(parse(system["created"]) == day(0) && parse(system["modified"]) == day(4))
            #expect(try valid(system, "System"))

            for list in ["papers", "people", "organizations", "agendaitems"] {
                let objects = (try await get(client, "/oparl/v1.1/body/lejre-kommune/\(list)").object["data"] as? [[String: Any]]) ?? []
                #expect(!objects.isEmpty)
                #expect(objects.allSatisfy { parse($0["created"]) != nil && parse($0["modified"]) != nil }, "\(list)")
            }
        }
    }

    @Test("each list keeps exactly the objects its created/modified filters admit, and the links carry the filters")
    func filters() async throws {
        let (store, directory) = try await timedStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base, cache: .none))
        try await app.test(.router) { client in
            var lists = ["/oparl/v1.1/bodies"]
            for body in ["herlev-kommune", "lejre-kommune", "lemvig-kommune", "vejen-kommune"] {
                lists += ["organizations", "meetings", "papers", "people", "agendaitems"].map { "/oparl/v1.1/body/\(body)/\($0)" }
            }
            // The same moment in two spellings: UTC, and Danish time with its offset (sent unencoded and encoded).
            let pivot = day(2)
            let spellings = ["2024-01-03T12:00:00Z", "2024-01-03T13:00:00+01:00", "2024-01-03T13:00:00%2B01:00", "2024-01-03t12:00:00.000z"]
            var filtered = 0
            for list in lists {
                let all = try await get(client, list).object
                let objects = try #require(all["data"] as? [[String: Any]])
                for name in ["created_since", "created_until", "modified_since", "modified_until"] {
                    let field = name.hasPrefix("created") ? "created" : "modified"
                    let expected = objects.filter { object in
                        guard let time = parse(object[field]) else { return false }
                        return name.hasSuffix("since") ? time >= pivot : time <= pivot
                    }.compactMap { $0["id"] as? String }
                    if expected.count != objects.count { filtered += 1 }
                    for spelling in spellings {
                        let (status, page) = try await get(client, "\(list)?\(name)=\(spelling)")
                        #expect(status == .ok, "\(list)?\(name)=\(spelling)")
                        #expect(ids(page) == expected, "\(list)?\(name)=\(spelling)")
                        #expect((page["pagination"] as? [String: Any])?["totalElements"] as? Int == expected.count)
                    }
                }
            }
            #expect(filtered > 4, "the pivot splits many lists")

            // Filters combine; the links carry them (the offset's + encoded) and lead to the same objects.
            let uri = "/oparl/v1.1/body/lejre-kommune/meetings?created_since=2024-01-01T00:00:00%2B01:00&modified_until=2024-01-03T12:00:00Z"
            let (status, page) = try await get(client, uri)
            #expect(status == .ok)
            #expect(ids(page).count == 1)
            let links = try #require(page["links"] as? [String: Any])
            let query = "created_since=2024-01-01T00:00:00%2B01:00&modified_until=2024-01-03T12:00:00Z"
            #expect(links["first"] as? String == base + "/oparl/v1.1/body/lejre-kommune/meetings?\(query)&page=1")
            #expect(links["last"] as? String == base + "/oparl/v1.1/body/lejre-kommune/meetings?\(query)&page=1")
            let first = try #require(links["first"] as? String)
            #expect(ids(try await get(client, String(first.dropFirst(base.count))).object) == ids(page))
            let past = try await get(client, "/oparl/v1.1/bodies?modified_since=2024-01-01T00:00:00Z&page=3").object
            #expect(ids(past).isEmpty)
            #expect((past["links"] as? [String: Any])?["prev"] as? String == base + "/oparl/v1.1/bodies?modified_since=2024-01-01T00:00:00Z&page=1")
            #expect((past["links"] as? [String: Any])?["next"] == nil)

            // A bound includes its own moment; an empty window is an empty list, not an error.
            let exact = try await get(client, "/oparl/v1.1/bodies?modified_since=2024-01-05T12:00:00Z&modified_until=2024-01-05T12:00:00Z").object
            #expect(ids(exact).count == 1)
            let empty = try await get(client, "/oparl/v1.1/bodies?created_since=2030-01-01T00:00:00Z")
            #expect(empty.status == .ok && ids(empty.object).isEmpty)
        }
    }

    @Test("a filter that is no date-time with an offset is 400 and says why")
    func badFilters() async throws {
        let (store, directory) = try await seededStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base, cache: .none))
        try await app.test(.router) { client in
            let bad = [
                "2024-01-01", "2024-01-01T12:00:00", "yesterday", "", "2024-13-01T00:00:00Z", "2023-02-29T00:00:00Z", "2024-01-01T24:00:00Z",
                "2024-01-01T12:00Z", "2024-01-01T12:00:00+1:00", "2024-01-01T12:00:00.Z", "2024-01-01%2012:00:00Z", "%FF", "2024-01-01T12:00:00+24:00",
            ]
            for value in bad {
                for name in ["created_since", "modified_until"] {
                    for list in ["/oparl/v1.1/bodies", "/oparl/v1.1/body/lejre-kommune/papers"] {
                        let (status, object) = try await get(client, "\(list)?\(name)=\(value)")
                        #expect(status == .badRequest, "\(list)?\(name)=\(value)")
                        let message = (object["error"] as? [String: Any])?["message"] as? String
                        #expect(message?.hasPrefix("\(name) must be a date-time with an offset") == true, "\(String(describing: message))")
                    }
                }
            }
            for value in ["2024-02-29T23:59:60+01:00", "0001-01-01T00:00:00Z", "2024-01-01T12:00:00.123456789-05:30"] {
                #expect(try await get(client, "/oparl/v1.1/bodies?created_until=\(value)").status == .ok, "\(value)")
            }
        }
    }

    @Test("a withdrawn meeting is a deleted object in lists and at its URL; so is what only it held")
    func withdrawn() async throws {
        let (store, directory) = try await timedStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base, cache: .none))
        let lejre = try identity("002_2e8588dc50a27a80")
        let withdrawnAt = day(10)
        try await store.withdraw(lejre, at: withdrawnAt)
        let minimal: Set<String> = ["id", "type", "created", "modified", "deleted"]
        try await app.test(.router) { client in
            let list = try await get(client, "/oparl/v1.1/body/lejre-kommune/meetings").object
            let meetings = try #require(list["data"] as? [[String: Any]])
            #expect(meetings.count == 2)
            let deleted = try #require(meetings.first { $0["deleted"] as? Bool == true })
            #expect(Set(deleted.keys) == minimal)
            #expect(deleted["id"] as? String == base + "/oparl/v1.1/meeting/\(lejre.stableID)")
            #expect(deleted["type"] as? String == "https://schema.oparl.org/1.1/Meeting")
            #expect(parse(deleted["modified"]) == withdrawnAt && parse(deleted["created"]) == day(2))
            #expect(try valid(deleted, "Meeting"))
            #expect(meetings.first { $0["deleted"] == nil }?["agendaItem"] != nil)

            // At its own URL: the deleted object, not 404; likewise its items, consultations and file.
            let single = try await get(client, "/oparl/v1.1/meeting/\(lejre.stableID)")
            #expect(single.status == .ok && Set(single.object.keys) == minimal)
            let item = try await get(client, "/oparl/v1.1/agendaitem/\(lejre.stableID)-3")
            #expect(item.status == .ok && item.object["deleted"] as? Bool == true && item.object["order"] as? Int == 3)
            #expect(try valid(item.object, "AgendaItem"))
            let consultation = try await get(client, "/oparl/v1.1/consultation/\(lejre.stableID)-3")
            #expect(consultation.status == .ok && Set(consultation.object.keys) == minimal)
            #expect(try valid(consultation.object, "Consultation"))
            let sha = OriginalAddress.sha256(try MinutesReader.load(seeds.appendingPathComponent("002_2e8588dc50a27a80.txt").path))
            let file = try await get(client, "/oparl/v1.1/file/\(sha)")
            #expect(file.status == .ok && file.object["deleted"] as? Bool == true)
            #expect(try valid(file.object, "File"))
            #expect(try await get(client, "/oparl/v1.1/file/\(sha)/original").status == .notFound)
            #expect(try await get(client, "/oparl/v1.1/agendaitem/\(lejre.stableID)-99").status == .notFound)

            // Its case was treated in no other meeting: the paper is deleted too.
            let papers = try #require(try await get(client, "/oparl/v1.1/body/lejre-kommune/papers").object["data"] as? [[String: Any]])
            let paper = try #require(papers.first { ($0["id"] as? String)?.hasSuffix("--22-001317") == true })
            #expect(Set(paper.keys) == minimal && parse(paper["modified"]) == withdrawnAt)
            #expect(try valid(paper, "Paper"))
            #expect(try await get(client, "/oparl/v1.1/paper/lejre-kommune--22-001317").object["deleted"] as? Bool == true)

            let items = try #require(try await get(client, "/oparl/v1.1/body/lejre-kommune/agendaitems?modified_since=2024-01-11T12:00:00Z").object["data"] as? [[String: Any]])
            #expect(items.count == 9 && items.allSatisfy { Set($0.keys) == minimal.union(["order"]) })

            // A syncing client asking what changed since before the withdrawal learns of it.
            let changed = try await get(client, "/oparl/v1.1/body/lejre-kommune/meetings?modified_since=2024-01-10T00:00:00Z").object
            #expect(ids(changed) == [base + "/oparl/v1.1/meeting/\(lejre.stableID)"])
            let bodies = try await get(client, "/oparl/v1.1/bodies?modified_since=2024-01-10T00:00:00Z").object
            #expect(ids(bodies) == [base + "/oparl/v1.1/body/lejre-kommune"])

            // The pages and the search leave it out.
            #expect(try await client.execute(uri: "/moede/\(lejre.stableID)", method: .get) { $0.status } == .notFound)
            let search = try await client.execute(uri: "/soeg?q=klapjob", method: .get) { String(buffer: $0.body) }
            #expect(!search.contains(lejre.stableID))
        }

        // Lejre's other meeting withdrawn as well: the body, its committee and its people are deleted.
        let other = try #require(try await store.meetings().first { $0.identity.body == "Lejre Kommune" })
        try await store.withdraw(other.identity, at: day(11))
        try await app.test(.router) { client in
            let bodies = try #require(try await get(client, "/oparl/v1.1/bodies").object["data"] as? [[String: Any]])
            #expect(bodies.count == 4)
            let body = try #require(bodies.first { $0["deleted"] as? Bool == true })
            #expect(body["id"] as? String == base + "/oparl/v1.1/body/lejre-kommune")
            #expect(parse(body["modified"]) == day(11))
            #expect(try valid(body, "Body"))
            let organizations = try #require(try await get(client, "/oparl/v1.1/body/lejre-kommune/organizations").object["data"] as? [[String: Any]])
            #expect(!organizations.isEmpty && organizations.allSatisfy { Set($0.keys) == minimal })
            #expect(try valid(organizations[0], "Organization"))
            let people = try #require(try await get(client, "/oparl/v1.1/body/lejre-kommune/people").object["data"] as? [[String: Any]])
            #expect(!people.isEmpty && people.allSatisfy { Set($0.keys) == minimal && $0["deleted"] as? Bool == true })
            #expect(try valid(people[0], "Person"))
            let person = try #require(people[0]["id"] as? String)
            #expect(try await get(client, String(person.dropFirst(base.count))).object["deleted"] as? Bool == true)
            // Other bodies are untouched.
            let vejen = try await get(client, "/oparl/v1.1/body/vejen-kommune/people").object
            #expect(((vejen["data"] as? [[String: Any]]) ?? []).allSatisfy { $0["deleted"] == nil })
        }
    }

    @Test("an item an earlier version had and the newest lacks is a deleted item of its meeting")
    func removedItem() async throws {
        let (store, directory) = try await timedStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let name = "002_2e8588dc50a27a80"
        let lejre = try identity(name)
        let bytes = try MinutesReader.load(seeds.appendingPathComponent(name + ".txt").path) + Array("\nRettet.\n".utf8)
        var document = try MinutesReader().read(bytes)
        document.meeting.items.removeAll { $0.number == 7 }
        _ = try await store.store(
            Submission(bytes: bytes, sha256: OriginalAddress.sha256(bytes), receivedAt: day(12), parserVersion: MinutesReader.version, reading: .parsed(document)))
        let app = Application(router: buildRouter(store: store, baseURL: base, cache: .none))
        try await app.test(.router) { client in
            let meeting = try await get(client, "/oparl/v1.1/meeting/\(lejre.stableID)").object
            #expect(parse(meeting["created"]) == day(2) && parse(meeting["modified"]) == day(12))
            #expect(try valid(meeting, "Meeting"))
            let items = try #require(meeting["agendaItem"] as? [[String: Any]])
            #expect(items.count == 9)
            let removed = try #require(items.last)
            #expect(removed["deleted"] as? Bool == true && removed["order"] as? Int == 7)
            #expect(removed["id"] as? String == base + "/oparl/v1.1/agendaitem/\(lejre.stableID)-7")
            #expect(try valid(removed, "AgendaItem"))
            #expect(items.dropLast().allSatisfy { $0["deleted"] == nil })
            let single = try await get(client, "/oparl/v1.1/agendaitem/\(lejre.stableID)-7")
            #expect(single.status == .ok && single.object["deleted"] as? Bool == true && parse(single.object["modified"]) == day(12))
            #expect(try await get(client, "/oparl/v1.1/agendaitem/\(lejre.stableID)-8").object["deleted"] == nil)

            // The body's list of agenda items has it too, and a client syncing since the new version learns of it.
            let changed = try await get(client, "/oparl/v1.1/body/lejre-kommune/agendaitems?modified_since=2024-01-13T12:00:00Z").object
            let changedItems = try #require(changed["data"] as? [[String: Any]])
            #expect(changedItems.count == 9)
            #expect(changedItems.filter { $0["deleted"] as? Bool == true }.compactMap { $0["id"] as? String } == [
                base + "/oparl/v1.1/agendaitem/\(lejre.stableID)-7"
            ])
            for item in changedItems { #expect(try valid(item, "AgendaItem")) }
            // Its case was treated nowhere else: the paper is deleted as of the new version.
            let papers = try #require(try await get(client, "/oparl/v1.1/body/lejre-kommune/papers").object["data"] as? [[String: Any]])
            let paper = try #require(papers.first { ($0["id"] as? String)?.hasSuffix("--22-001784") == true })
            #expect(paper["deleted"] as? Bool == true && parse(paper["modified"]) == day(12))
            #expect(papers.filter { $0["deleted"] as? Bool == true }.count == 1)
            let all = try await get(client, "/oparl/v1.1/body/lejre-kommune/agendaitems").object
            #expect((all["pagination"] as? [String: Any])?["totalElements"] as? Int ?? 0 > 9)
        }
    }
}
