import Foundation
import Hummingbird
import HummingbirdTesting
import ProtokolApp
import ProtokolStore
import Testing
@testable import ProtokolServer

/// Minutes with a closed item that holds a unique secret (Tests/Fixtures, shared with the browser test).
let plantedMinutes = (try? String(contentsOf: Fixtures.closedItemMinutes, encoding: .utf8)) ?? ""

func plantedStore() async throws -> (any MeetingStore, URL) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("protokol-pages-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let file = directory.appendingPathComponent("faxe.txt")
    try Data(plantedMinutes.utf8).write(to: file)
    let store = try await StoreOpening.forWriting(db: directory.appendingPathComponent("test.sqlite").path)
    let run = try await ImportRun.run(paths: [file.path], store: store)
    #expect(run.new == 1)
    return (store, directory)
}

@Suite("Web pages and the planted secret")
struct PageTests {
    let base = "http://127.0.0.1:8080"

    @Test("front, municipality and meeting pages are Danish HTML with the meeting laid out like minutes")
    func pages() async throws {
        let (store, directory) = try await plantedStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base))
        try await app.test(.router) { client in
            let front = try await client.execute(uri: "/", method: .get) { $0 }
            #expect(front.status == .ok)
            #expect(front.headers[.contentType] == "text/html; charset=utf-8")
            let frontText = String(buffer: front.body)
            #expect(frontText.contains("<html lang=\"da\">"))
            #expect(frontText.contains("Faxe Kommune"))

            let body = try await client.execute(uri: "/kommune/faxe-kommune", method: .get) { $0 }
            let bodyText = String(buffer: body.body)
            #expect(bodyText.contains("Økonomiudvalget"))
            let link = try #require(bodyText.range(of: "/moede/").map { String(bodyText[$0.lowerBound...].prefix(while: { $0 != "\"" })) })

            let meeting = try await client.execute(uri: link, method: .get) { $0 }
            let meetingText = String(buffer: meeting.body)
            #expect(meetingText.contains("Punkt 1: Godkendelse af dagsorden"))
            #expect(meetingText.contains("Punkt 2: Lukket: Køb af grund ved havnen"))
            #expect(meetingText.contains("Lukket punkt"))
            #expect(meetingText.contains("/oparl/v1.1/meeting/"))
        }
    }

    @Test("the search page highlights hits and says when there are none")
    func search() async throws {
        let (store, directory) = try await plantedStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base))
        try await app.test(.router) { client in
            let hits = try await client.execute(uri: "/soeg?q=dagsorden", method: .get) { $0 }
            #expect(String(buffer: hits.body).contains("<mark>"))
            let none = try await client.execute(uri: "/soeg?q=vindmøller", method: .get) { $0 }
            #expect(String(buffer: none.body).contains("Ingen resultater"))
            // A browser's form sends spaces as "+" and a plus as "%2B".
            let form = try await client.execute(uri: "/soeg?q=godkendelse+af+dagsorden", method: .get) { $0 }
            #expect(String(buffer: form.body).contains("for »godkendelse af dagsorden«"))
            #expect(String(buffer: form.body).contains("value=\"godkendelse af dagsorden\""))
            let plus = try await client.execute(uri: "/soeg?q=a%2Bb", method: .get) { $0 }
            #expect(String(buffer: plus.body).contains("value=\"a+b\""))
        }
    }

    @Test("Atom feeds for a committee's meetings and for a saved search parse as XML")
    func feeds() async throws {
        let (store, directory) = try await plantedStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base))
        try await app.test(.router) { client in
            let committee = try await client.execute(uri: "/feeds/udvalg/faxe-kommune-oekonomiudvalget", method: .get) { $0 }
            #expect(committee.status == .ok)
            #expect(committee.headers[.contentType] == "application/atom+xml; charset=utf-8")
            let xml = String(buffer: committee.body)
            #expect(xml.contains("<title>Referat: Økonomiudvalget 2024-03-12</title>"))
            #expect(xml.contains("2. Lukket: Køb af grund ved havnen"))
            // A saved search that cannot be read is still a feed, which says why it stays empty.
            let malformed = try await client.execute(uri: "/feeds/soeg?q=tilsyn+OR", method: .get) { $0 }
            #expect(malformed.status == .ok)
            #expect(String(buffer: malformed.body).contains("<subtitle>Søgningen kunne ikke forstås (OR needs a term on its right)"))
            #expect(!String(buffer: malformed.body).contains("<entry>"))
            let search = try await client.execute(uri: "/feeds/soeg?q=dagsorden", method: .get) { $0 }
            #expect(String(buffer: search.body).contains("<entry>"))
            for feed in [xml, String(buffer: search.body)] {
                let check = Process()
                check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                check.arguments = ["python3", "-c", "import sys, xml.etree.ElementTree as E; r=E.fromstring(sys.stdin.buffer.read()); print(len(r.findall('{http://www.w3.org/2005/Atom}entry')))"]
                let input = Pipe()
                let output = Pipe()
                check.standardInput = input
                check.standardOutput = output
                try check.run()
                input.fileHandleForWriting.write(Data(feed.utf8))
                try input.fileHandleForWriting.close()
                let count = Int(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
                check.waitUntilExit()
                #expect((count ?? 0) >= 1)
            }
        }
    }

    @Test("a closed item's text appears on no public page, API object or search result")
    func plantedSecret() async throws {
        let (store, directory) = try await plantedStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base))
        try await app.test(.router) { client in
            var uris = ["/", "/kommune/faxe-kommune", "/feeds/udvalg/faxe-kommune-oekonomiudvalget", "/feeds/soeg?q=grunden", "/soeg?q=SKATTEKISTE-7F3A9", "/soeg?q=grunden", "/soeg?q=skattekiste*",
                "/oparl/v1.1/", "/oparl/v1.1/bodies", "/oparl/v1.1/body/faxe-kommune", "/oparl/v1.1/body/faxe-kommune/meetings",
                "/oparl/v1.1/body/faxe-kommune/papers", "/oparl/v1.1/body/faxe-kommune/people", "/oparl/v1.1/body/faxe-kommune/organizations"]
            let meetings = try await client.execute(uri: "/oparl/v1.1/body/faxe-kommune/meetings", method: .get) { $0 }
            let object = try JSONSerialization.jsonObject(with: Data(String(buffer: meetings.body).utf8)) as? [String: Any]
            let meeting = try #require((object?["data"] as? [[String: Any]])?.first)
            let meetingID = try #require(meeting["id"] as? String)
            uris.append(String(meetingID.dropFirst(base.count)))
            let pageID = meetingID.split(separator: "/").last.map(String.init) ?? ""
            uris += ["/moede/" + pageID, "/moede/\(pageID)/punkt/1", "/moede/\(pageID)/punkt/2", "/udvalg/faxe-kommune-oekonomiudvalget",
                "/sag/faxe-kommune/24%2F1001", "/sag/faxe-kommune/24%2F1002", "/soeg?q=grunden&aar=2024",
                "/oparl/v1.1/consultation/\(pageID)-2"]
            for item in meeting["agendaItem"] as? [[String: Any]] ?? [] {
                if let id = item["id"] as? String { uris.append(String(id.dropFirst(base.count))) }
            }
            if let file = (meeting["resultsProtocol"] as? [String: Any])?["id"] as? String {
                uris.append(String(file.dropFirst(base.count)))
                uris.append(String(file.dropFirst(base.count)) + "/original")
            }
            for uri in uris {
                let response = try await client.execute(uri: uri, method: .get) { $0 }
                var text = String(buffer: response.body)
                // The search page repeats the words asked for; those are the reader's own, not the item's.
                if let query = uri.split(separator: "=").last, uri.hasPrefix("/soeg") || uri.hasPrefix("/feeds/soeg") {
                    if uri.hasPrefix("/feeds") {
                        #expect(!text.contains("<entry>"), "\(uri) found something")
                        continue
                    }
                    #expect(text.contains("Ingen resultater"), "\(uri) found something")
                    text = text.replacingOccurrences(of: String(query), with: "")
                }
                #expect(!text.contains("SKATTEKISTE"), "\(uri) shows the closed item's text")
                #expect(!text.contains("4.200.000"), "\(uri) shows the closed item's text")
                #expect(!text.contains("24/1002") && !text.contains("24%2F1002\""), "\(uri) shows the closed item's case number")
            }
        }
    }
}
