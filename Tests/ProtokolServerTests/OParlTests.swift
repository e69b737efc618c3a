import Foundation
import Hummingbird
import HummingbirdTesting
import ProtokolApp
import ProtokolStore
import Testing
@testable import ProtokolServer

/// A SQLite store in a temporary file with the five seed minutes imported.
func seededStore() async throws -> (any MeetingStore, URL) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("protokol-server-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let store = try await StoreOpening.forWriting(db: directory.appendingPathComponent("test.sqlite").path)
    let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/seeds")
    let run = try await ImportRun.run(paths: InputFiles.expand([seeds.path]), store: store)
    #expect(run.new == 5)
    return (store, directory)
}

/// The bytes of a response body.
func data(_ buffer: ByteBuffer) -> Data { Data(String(buffer: buffer).utf8) }

/// Validates JSON against one of the OParl 1.1 schemas in ../shared/oparl-1.1/schema with Python's jsonschema.
func validate(_ json: Data, schema: String) throws -> String {
    let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/oparl-1.1/schema")
    let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        try:
            jsonschema.validate(json.load(sys.stdin), schema)
            print("valid")
        except jsonschema.ValidationError as e:
            print("invalid: " + e.message)
        """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, schemas.appendingPathComponent(schema + ".json").path]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(json)
    try input.fileHandleForWriting.close()
    let result = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: result, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}

@Suite("OParl 1.1 API, driven through the router without a socket")
struct OParlTests {
    let base = "http://127.0.0.1:8080"

    @Test("/health answers ok")
    func health() async throws {
        let (store, directory) = try await seededStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base))
        try await app.test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == "ok")
            }
        }
    }

    @Test("system, bodies, organizations, meetings and items are valid OParl and link to each other")
    func objects() async throws {
        let (store, directory) = try await seededStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base))
        try await app.test(.router) { client in
            let system = try await client.execute(uri: "/oparl/v1.1/", method: .get) { $0 }
            #expect(system.status == .ok)
            #expect(try validate(data(system.body), schema: "System") == "valid")

            let bodies = try await client.execute(uri: "/oparl/v1.1/bodies", method: .get) { $0 }
            let bodyList = try JSONSerialization.jsonObject(with: data(bodies.body)) as? [String: Any]
            let bodyData = try #require(bodyList?["data"] as? [[String: Any]])
            #expect(bodyData.compactMap { $0["name"] as? String }.sorted() == ["Herlev Kommune", "Lejre Kommune", "Lemvig Kommune", "Vejen Kommune"])
            #expect((bodyList?["pagination"] as? [String: Any])?["totalElements"] as? Int == 4)
            for body in bodyData {
                #expect(try validate(JSONSerialization.data(withJSONObject: body), schema: "Body") == "valid")
            }
            // Each body's municipal terms follow from its meetings' dates; each term's id answers with the same object.
            let herlev = try #require(bodyData.first { $0["name"] as? String == "Herlev Kommune" })
            let terms = try #require(herlev["legislativeTerm"] as? [[String: Any]])
            #expect(terms.map { $0["name"] as? String } == ["Valgperioden 2022–2025"])
            #expect(terms.first?["startDate"] as? String == "2022-01-01" && terms.first?["endDate"] as? String == "2025-12-31")
            #expect(try validate(JSONSerialization.data(withJSONObject: terms[0]), schema: "LegislativeTerm") == "valid")
            let termURL = try #require(terms.first?["id"] as? String)
            #expect(termURL == base + "/oparl/v1.1/legislativeterm/herlev-kommune--2022-2025")
            let term = try await client.execute(uri: String(termURL.dropFirst(base.count)), method: .get) { $0 }
            #expect((try JSONSerialization.jsonObject(with: data(term.body)) as? [String: Any])?["name"] as? String == "Valgperioden 2022–2025")
            #expect(try await client.execute(uri: "/oparl/v1.1/legislativeterm/herlev-kommune--2018-2021", method: .get) { $0.status } == .notFound)
            #expect(OParlMapping.termStart(2025) == 2022 && OParlMapping.termStart(2026) == 2026 && OParlMapping.termStart(2021) == 2018)

            let organizations = try await client.execute(uri: "/oparl/v1.1/body/herlev-kommune/organizations", method: .get) { $0 }
            let orgData = try #require((try JSONSerialization.jsonObject(with: data(organizations.body)) as? [String: Any])?["data"] as? [[String: Any]])
            #expect(orgData.first?["name"] as? String == "Arbejdsmarkedsudvalget")
            #expect(try validate(JSONSerialization.data(withJSONObject: orgData[0]), schema: "Organization") == "valid")
            // The organization's meeting list is a real list: the committee's meetings.
            let orgMeetingsURL = try #require(orgData[0]["meeting"] as? String)
            let orgMeetings = try await client.execute(uri: String(orgMeetingsURL.dropFirst(base.count)), method: .get) { $0 }
            #expect(orgMeetings.status == .ok)
            let orgMeetingData = try #require((try JSONSerialization.jsonObject(with: data(orgMeetings.body)) as? [String: Any])?["data"] as? [[String: Any]])
            #expect(orgMeetingData.count == 1)
            #expect(orgMeetingData.first?["name"] as? String == "Arbejdsmarkedsudvalget 2022-01-26")
            for meeting in orgMeetingData {
                #expect(try validate(JSONSerialization.data(withJSONObject: meeting), schema: "Meeting") == "valid")
            }
            #expect(try await client.execute(uri: "/oparl/v1.1/organization/ingen/meetings", method: .get) { $0.status } == .notFound)

            let meetings = try await client.execute(uri: "/oparl/v1.1/body/herlev-kommune/meetings", method: .get) { $0 }
            let meetingData = try #require((try JSONSerialization.jsonObject(with: data(meetings.body)) as? [String: Any])?["data"] as? [[String: Any]])
            let meeting = try #require(meetingData.first)
            #expect(try validate(JSONSerialization.data(withJSONObject: meeting), schema: "Meeting") == "valid")
            #expect(meeting["start"] as? String == "2022-01-26T16:00:00+01:00")
            let items = try #require(meeting["agendaItem"] as? [[String: Any]])
            #expect(items.count == 7)
            for item in items {
                #expect(try validate(JSONSerialization.data(withJSONObject: item), schema: "AgendaItem") == "valid")
            }
            #expect(items[1]["protokol:outcome"] as? String == "amended")

            // The item's own URL serves the same object.
            let itemURL = try #require(items[0]["id"] as? String)
            let single = try await client.execute(uri: String(itemURL.dropFirst(base.count)), method: .get) { $0 }
            #expect(single.status == .ok)
            let singleItem = try JSONSerialization.jsonObject(with: data(single.body)) as? [String: Any]
            #expect(singleItem?["name"] as? String == "Præsentation af Arbejdsmarkedsudvalgets ansvarsområder")
        }
    }

    @Test("a closed item shows only its number and title")
    func closedItems() async throws {
        let (store, directory) = try await seededStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base))
        try await app.test(.router) { client in
            let meetings = try await client.execute(uri: "/oparl/v1.1/body/vejen-kommune/meetings", method: .get) { $0 }
            let text = String(buffer: meetings.body)
            let object = try JSONSerialization.jsonObject(with: data(meetings.body)) as? [String: Any]
            let items = try #require(((object?["data"] as? [[String: Any]])?.first)?["agendaItem"] as? [[String: Any]])
            let closed = try #require(items.first { $0["public"] as? Bool == false })
            #expect(closed["name"] as? String == "Eventuelt (B)")
            #expect(Set(closed.keys) == ["id", "type", "meeting", "number", "order", "name", "public", "created", "modified"])
            #expect(text.contains("Eventuelt (B)"))
        }
    }

    @Test("papers are cases with their consultations; the original document is a File")
    func papersAndFiles() async throws {
        let (store, directory) = try await seededStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base))
        try await app.test(.router) { client in
            let papers = try await client.execute(uri: "/oparl/v1.1/body/lejre-kommune/papers", method: .get) { $0 }
            let paperData = try #require((try JSONSerialization.jsonObject(with: data(papers.body)) as? [String: Any])?["data"] as? [[String: Any]])
            let paper = try #require(paperData.first { $0["reference"] as? String == "22-001317" })
            #expect(try validate(JSONSerialization.data(withJSONObject: paper), schema: "Paper") == "valid")
            let consultations = try #require(paper["consultation"] as? [[String: Any]])
            #expect(consultations.count == 2)
            for consultation in consultations {
                #expect(try validate(JSONSerialization.data(withJSONObject: consultation), schema: "Consultation") == "valid")
            }
            let paperURL = try #require(paper["id"] as? String)
            let single = try await client.execute(uri: String(paperURL.dropFirst(base.count)), method: .get) { $0 }
            #expect(single.status == .ok)

            let meetings = try await client.execute(uri: "/oparl/v1.1/body/lemvig-kommune/meetings", method: .get) { $0 }
            let meeting = try #require(((try JSONSerialization.jsonObject(with: data(meetings.body)) as? [String: Any])?["data"] as? [[String: Any]])?.first)
            let file = try #require(meeting["resultsProtocol"] as? [String: Any])
            let fileURL = try #require(file["id"] as? String)
            let fileResponse = try await client.execute(uri: String(fileURL.dropFirst(base.count)), method: .get) { $0 }
            #expect(try validate(data(fileResponse.body), schema: "File") == "valid")
            let fileObject = try JSONSerialization.jsonObject(with: data(fileResponse.body)) as? [String: Any]
            #expect(fileObject?["size"] as? Int == 19108)
            #expect((fileObject?["sha512Checksum"] as? String)?.count == 128)
            let original = try await client.execute(uri: String(fileURL.dropFirst(base.count)) + "/original", method: .get) { $0 }
            #expect(original.status == .ok)
            #expect(original.body.readableBytes == 19108)

            // Vejen's minutes hold a closed item: the original is not for the public.
            let vejen = try await client.execute(uri: "/oparl/v1.1/body/vejen-kommune/meetings", method: .get) { $0 }
            let vejenMeeting = try #require(((try JSONSerialization.jsonObject(with: data(vejen.body)) as? [String: Any])?["data"] as? [[String: Any]])?.first)
            let vejenFile = try #require((vejenMeeting["resultsProtocol"] as? [String: Any])?["accessUrl"] as? String)
            let closed = try await client.execute(uri: String(vejenFile.dropFirst(base.count)), method: .get) { $0 }
            #expect(closed.status == .forbidden)
        }
    }

    @Test("people are the meetings' participants, with memberships of their committees")
    func people() async throws {
        let (store, directory) = try await seededStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base))
        try await app.test(.router) { client in
            let people = try await client.execute(uri: "/oparl/v1.1/body/vejen-kommune/people", method: .get) { $0 }
            let data = try #require((try JSONSerialization.jsonObject(with: data(people.body)) as? [String: Any])?["data"] as? [[String: Any]])
            #expect(data.count == 7)
            let svane = try #require(data.first { $0["name"] as? String == "Peter Svane" })
            #expect(svane["protokol:party"] as? String == "D")
            #expect(svane["familyName"] as? String == "Svane")
            #expect(try validate(JSONSerialization.data(withJSONObject: svane), schema: "Person") == "valid")
            let membership = try #require((svane["membership"] as? [[String: Any]])?.first)
            #expect(try validate(JSONSerialization.data(withJSONObject: membership), schema: "Membership") == "valid")
            let url = try #require(svane["id"] as? String)
            let single = try await client.execute(uri: String(url.dropFirst(base.count)), method: .get) { $0 }
            #expect(single.status == .ok)
        }
    }

    @Test("/openapi.json is a valid OpenAPI 3.1 document naming every route")
    func openAPI() async throws {
        let (store, directory) = try await seededStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base))
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/openapi.json", method: .get) { $0 }
            #expect(response.status == .ok)
            let document = try JSONSerialization.jsonObject(with: data(response.body)) as? [String: Any]
            #expect(document?["openapi"] as? String == "3.1.0")
            let paths = Set((document?["paths"] as? [String: Any])?.keys.map { $0 } ?? [])
            for path in ["/health", "/oparl/v1.1/", "/oparl/v1.1/bodies", "/oparl/v1.1/body/{body}/meetings", "/oparl/v1.1/meeting/{id}",
                "/oparl/v1.1/agendaitem/{id}", "/oparl/v1.1/paper/{id}", "/oparl/v1.1/file/{sha}/original", "/oparl/v1.1/person/{id}",
                "/", "/kommune/{body}", "/udvalg/{id}", "/moede/{id}", "/moede/{id}/punkt/{number}", "/sag/{body}/{case}", "/soeg",
                "/feeds/udvalg/{committee}", "/feeds/soeg"]
            {
                #expect(paths.contains(path), "\(path)")
            }
            let check = Process()
            check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            check.arguments = ["python3", "-c", "import json,sys; from openapi_spec_validator import validate; validate(json.load(sys.stdin)); print('valid')"]
            let input = Pipe()
            let output = Pipe()
            check.standardInput = input
            check.standardOutput = output
            try check.run()
            input.fileHandleForWriting.write(data(response.body))
            try input.fileHandleForWriting.close()
            let answer = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            check.waitUntilExit()
            #expect(answer.trimmingCharacters(in: .whitespacesAndNewlines) == "valid")
        }
    }

    @Test("paging: a bad page is 400, a page past the last is empty, other methods are 405")
    func paging() async throws {
        let (store, directory) = try await seededStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base))
        try await app.test(.router) { client in
            for page in ["0", "-3", "x", ""] {
                try await client.execute(uri: "/oparl/v1.1/bodies?page=\(page)", method: .get) { #expect($0.status == .badRequest, "page=\(page)") }
            }
            try await client.execute(uri: "/oparl/v1.1/bodies?page=399197289534921472", method: .get) { #expect($0.status == .badRequest) }
            let far = try await client.execute(uri: "/oparl/v1.1/bodies?page=999999", method: .get) { $0 }
            #expect(far.status == .ok)
            let farList = try JSONSerialization.jsonObject(with: data(far.body)) as? [String: Any]
            #expect((farList?["data"] as? [Any])?.isEmpty == true)
            try await client.execute(uri: "/health", method: .post) { #expect($0.status == .methodNotAllowed) }
        }
    }

    @Test("unknown objects are 404")
    func notFound() async throws {
        let (store, directory) = try await seededStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base))
        try await app.test(.router) { client in
            for uri in ["/oparl/v1.1/body/nowhere", "/oparl/v1.1/meeting/0000", "/oparl/v1.1/agendaitem/x-1", "/oparl/v1.1/organization/x"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                }
            }
        }
    }

    @Test("slugs are URL-safe and readable")
    func slugs() {
        #expect(Slug.make("Lemvig Kommune") == "lemvig-kommune")
        #expect(Slug.make("Udvalget for Job, Arbejdsmarked og Integration") == "udvalget-for-job-arbejdsmarked-og-integration")
        #expect(Slug.make("Økonomiudvalget") == "oekonomiudvalget")
    }
}
