import Foundation
import Hummingbird
import HummingbirdTesting
import ProtokolApp
import ProtokolModel
import ProtokolStore
import Testing
@testable import ProtokolServer

@Suite("OParl Files: the minutes' text and the files attached to items")
struct FileTests {
    let base = "http://127.0.0.1:8080"
    let secret = "BILAGSHEMMELIGHED-0D4E"

    func object(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data(response.body)) as? [String: Any])
    }

    /// The current meeting of the seed whose committee is `committee`.
    func meeting(_ committee: String, in store: any MeetingStore) async throws -> StoredMeeting {
        try #require(try await store.meetings().first { $0.identity.committee.contains(committee) })
    }

    @Test("a meeting's File carries the extracted text for those who may read the whole document")
    func minutesText() async throws {
        let (store, directory) = try await seededStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lemvig = try await meeting("Arbejdsmarkeds- og Integrationsudvalget", in: store)
        let vejen = try await store.meetings().first { $0.identity.body == "Vejen Kommune" }
        let app = Application(router: buildRouter(store: store, baseURL: base, cache: .none))
        try await app.test(.router) { client in
            let file = try await client.execute(uri: "/oparl/v1.1/file/\(lemvig.currentSHA256)", method: .get) { $0 }
            #expect(try validate(data(file.body), schema: "File") == "valid")
            let text = try #require(try object(file)["text"] as? String)
            #expect(text.contains("Invitation til dialogmøde med RAR Vestjylland formandskab"))
            #expect(text.contains("Punkt 9: Meddelelser") || text.contains("Meddelelser"))

            // Vejen's minutes hold a closed item: the public gets the File without its text.
            let closed = try await client.execute(uri: "/oparl/v1.1/file/\(try #require(vejen).currentSHA256)", method: .get) { $0 }
            #expect(closed.status == .ok)
            #expect(try validate(data(closed.body), schema: "File") == "valid")
            #expect(try object(closed)["text"] == nil)
            #expect(try object(closed)["size"] as? Int != nil)
        }
    }

    @Test("files attached to items are Files listed on their agenda items, with text, checksum and bytes; a closed item's are hidden")
    func attachedFiles() async throws {
        let (store, directory) = try await seededStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lejre = try await meeting("Udvalget for Job, Arbejdsmarked og Integration", in: store)
        let vejen = try #require(try await store.meetings().first { $0.identity.body == "Vejen Kommune" })
        let closedNumber = try #require(try await store.parsedDocument(sha256: vejen.currentSHA256)?.meeting.items.first { !$0.isPublic }?.number)

        let letter = directory.appendingPathComponent("Brev til Lejre kommune om status for skærpet tilsyn.html")
        let letterBytes = Array("<html><body><h1>Brev</h1><p>Status for det skærpede tilsyn med beskæftigelsesindsatsen.</p></body></html>".utf8)
        try Data(letterBytes).write(to: letter)
        let hidden = directory.appendingPathComponent("notat.txt")
        try Data("Fortroligt notat: \(secret)\n".utf8).write(to: hidden)
        let intro = directory.appendingPathComponent("mundtligt intro CJS - UJAI.txt")
        try Data("Mundtlig introduktion.\n".utf8).write(to: intro)
        _ = try await AttachRun.attach([intro.path, letter.path], to: lejre.identity.stableID, item: 2, store: store)
        let introSHA = OriginalAddress.sha256(try [UInt8](Data(contentsOf: intro)))
        _ = try await AttachRun.attach([hidden.path], to: vejen.identity.stableID, item: closedNumber, store: store)
        let letterSHA = OriginalAddress.sha256(letterBytes)
        let hiddenSHA = OriginalAddress.sha256(try [UInt8](Data(contentsOf: hidden)))

        let app = Application(router: buildRouter(store: store, baseURL: base, cache: .none))
        try await app.test(.router) { client in
            let item = try await client.execute(uri: "/oparl/v1.1/agendaitem/\(lejre.identity.stableID)-2", method: .get) { $0 }
            #expect(try validate(data(item.body), schema: "AgendaItem") == "valid")
            let files = try #require(try object(item)["auxiliaryFile"] as? [[String: Any]])
            #expect(files.count == 2)
            #expect(files.first?["name"] as? String == "mundtligt intro CJS - UJAI.pdf")
            #expect(files.last?["name"] as? String == "Brev til Lejre kommune om status for skærpet tilsyn")
            #expect(files.last?["accessUrl"] as? String == base + "/oparl/v1.1/file/\(letterSHA)/original")

            let file = try await client.execute(uri: "/oparl/v1.1/file/\(letterSHA)", method: .get) { $0 }
            #expect(try validate(data(file.body), schema: "File") == "valid")
            let fileObject = try object(file)
            let text = try #require(fileObject["text"] as? String)
            #expect(text.hasPrefix("Brev\n") && text.contains("\nStatus for det skærpede tilsyn med beskæftigelsesindsatsen."))
            #expect(!text.contains("<"))
            #expect(fileObject["size"] as? Int == letterBytes.count)
            #expect(fileObject["mimeType"] as? String == "text/html; charset=utf-8")
            #expect(fileObject["fileName"] as? String == "Brev til Lejre kommune om status for skærpet tilsyn.html")
            #expect((fileObject["sha512Checksum"] as? String)?.count == 128)
            #expect(fileObject["agendaItem"] as? [String] == [base + "/oparl/v1.1/agendaitem/\(lejre.identity.stableID)-2"])
            #expect(fileObject["meeting"] as? [String] == [base + "/oparl/v1.1/meeting/\(lejre.identity.stableID)"])

            let original = try await client.execute(uri: "/oparl/v1.1/file/\(letterSHA)/original", method: .get) { $0 }
            #expect(original.status == .ok)
            #expect(Array(original.body.readableBytesView) == letterBytes)
            #expect(original.headers[.contentType] == "text/html; charset=utf-8")
            // An attached page may hold scripts: it is shown in a sandbox, away from the site's cookies.
            #expect(original.headers[.contentSecurityPolicy] == "sandbox")
            #expect(original.headers[.contentDisposition]?.hasPrefix("inline; filename=\"Brev til Lejre kommune om status for sk_rpet tilsyn.html\"") == true)

            // The item page lists the file after the Bilag the minutes name, linked to its bytes.
            let page = String(buffer: try await client.execute(uri: "/moede/\(lejre.identity.stableID)/punkt/2", method: .get) { $0 }.body)
            #expect(page.contains("href=\"\(base)/oparl/v1.1/file/\(letterSHA)/original\">Brev til Lejre kommune om status for skærpet tilsyn</a> (HTML, \(letterBytes.count) byte)</li></ul>"))
            #expect(page.contains("<h2>Bilag</h2><ul><li><a href=\"\(base)/oparl/v1.1/file/\(introSHA)/original\">mundtligt intro CJS - UJAI.pdf</a> (tekst, 23 byte)</li>"))

            // The closed item's file: not found for the public, nowhere in its meeting.
            #expect(try await client.execute(uri: "/oparl/v1.1/file/\(hiddenSHA)", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/oparl/v1.1/file/\(hiddenSHA)/original", method: .get).status == .notFound)
            for uri in ["/oparl/v1.1/meeting/\(vejen.identity.stableID)", "/moede/\(vejen.identity.stableID)",
                "/moede/\(vejen.identity.stableID)/punkt/\(closedNumber)", "/oparl/v1.1/agendaitem/\(vejen.identity.stableID)-\(closedNumber)"] {
                let body = String(buffer: try await client.execute(uri: uri, method: .get) { $0 }.body)
                #expect(!body.contains(hiddenSHA) && !body.contains(secret), "\(uri)")
            }

            // Detached, the file is gone from the item and the API.
            _ = try await AttachRun.detach(letterSHA, from: lejre.identity.stableID, item: 2, store: store)
            #expect(try await client.execute(uri: "/oparl/v1.1/file/\(letterSHA)", method: .get).status == .notFound)
            let after = try await client.execute(uri: "/oparl/v1.1/agendaitem/\(lejre.identity.stableID)-2", method: .get) { $0 }
            #expect((try object(after)["auxiliaryFile"] as? [[String: Any]])?.count == 1)
        }
    }
}
