import Foundation
import Hummingbird
import HummingbirdTesting
import ProtokolApp
import ProtokolStore
import Testing
@testable import ProtokolServer


private let secret = "SKATTEKISTE-7F3A9"
/// Part of the secret that a search snippet shows whole (it marks the word it matched, splitting the secret).
private let secretTail = "7F3A9"
private let finance = CommitteeRef(body: "Faxe Kommune", committee: "Økonomiudvalget")
private let technical = CommitteeRef(body: "Faxe Kommune", committee: "Teknisk Udvalg")

/// The SHA-256 of the file attached to the closed item.
private let attachedNoteSHA = OriginalAddress.sha256(Array("Notat om grunden: \(secret)\n".utf8))

/// A store with the minutes, a member of the finance committee (anna) and one of another committee (bo).
private func memberStore() async throws -> (any MeetingStore, URL) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("protokol-members-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let file = directory.appendingPathComponent("faxe.txt")
    try FileManager.default.copyItem(at: Fixtures.closedItemMinutes, to: file)
    let store = try await StoreOpening.forWriting(db: directory.appendingPathComponent("test.sqlite").path)
    #expect(try await ImportRun.run(paths: [file.path], store: store).new == 1)
    // Cost 4 keeps the test fast; the login verifies whatever cost a hash was made with.
    // A file attached to the closed item, holding the secret too.
    let note = directory.appendingPathComponent("notat.txt")
    try Data("Notat om grunden: \(secret)\n".utf8).write(to: note)
    let meeting = try #require(try await store.meetings().first)
    _ = try await AttachRun.attach([note.path], to: meeting.identity.stableID, item: 2, store: store)
    _ = try await AccountRun.add(name: "anna", role: .member, password: "anna-hemmelig", committees: [finance], store: store, cost: 4)
    _ = try await AccountRun.add(name: "bo", role: .member, password: "bo-hemmelig1", committees: [technical], store: store, cost: 4)
    return (store, directory)
}

/// The cookies a response sets, by name: the value and the attributes as written.
private func setCookies(_ response: TestResponse) -> [String: (value: String, attributes: String)] {
    var cookies = [String: (value: String, attributes: String)]()
    for header in response.headers[values: .setCookie] {
        let parts = header.split(separator: ";", maxSplits: 1)
        guard let pair = parts.first, let equals = pair.firstIndex(of: "=") else { continue }
        cookies[String(pair[..<equals])] = (String(pair[pair.index(after: equals)...]), parts.count > 1 ? String(parts[1]) : "")
    }
    return cookies
}

/// A browser's cookie jar, just enough for these tests.
private struct Browser {
    var cookies = [String: String]()

    var header: HTTPFields {
        var fields = HTTPFields()
        if !cookies.isEmpty { fields[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ") }
        return fields
    }

    mutating func take(_ response: TestResponse) {
        for (name, cookie) in setCookies(response) {
            if Self.expired(cookie.attributes) || cookie.value.isEmpty { cookies[name] = nil } else { cookies[name] = cookie.value }
        }
    }

    /// A cookie whose Expires is not in the future is deleted.
    static func expired(_ attributes: String) -> Bool {
        guard let range = attributes.range(of: "Expires=") else { return false }
        let text = attributes[range.upperBound...].prefix { $0 != ";" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: String(text)) else { return false }
        return date <= Date()
    }

    mutating func get(_ client: some TestClientProtocol, _ uri: String) async throws -> TestResponse {
        let response = try await client.execute(uri: uri, method: .get, headers: header, body: nil)
        take(response)
        return response
    }

    mutating func post(_ client: some TestClientProtocol, _ uri: String, form: [String: String]) async throws -> TestResponse {
        var headers = header
        headers[.contentType] = "application/x-www-form-urlencoded"
        let body = form.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
        let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
        take(response)
        return response
    }

    /// Opens the login page (for the CSRF cookie) and logs in.
    mutating func logIn(_ client: some TestClientProtocol, _ name: String, _ password: String, next: String = "/") async throws -> TestResponse {
        _ = try await get(client, "/login")
        return try await post(client, "/login", form: ["brugernavn": name, "adgangskode": password, "csrf": cookies["protokol_csrf"] ?? "", "next": next])
    }
}

/// Every page, API object, feed and search that could show the closed item.
private func crawl(_ client: some TestClientProtocol, as browser: inout Browser) async throws -> [String: String] {
    var uris = ["/", "/kommune/faxe-kommune", "/feeds/udvalg/faxe-kommune-oekonomiudvalget", "/feeds/soeg?q=grunden", "/soeg?q=grunden",
        "/soeg?q=skattekiste*", "/oparl/v1.1/body/faxe-kommune/meetings", "/oparl/v1.1/body/faxe-kommune/papers"]
    let meetings = try await browser.get(client, "/oparl/v1.1/body/faxe-kommune/meetings")
    let object = try JSONSerialization.jsonObject(with: Data(String(buffer: meetings.body).utf8)) as? [String: Any]
    let meeting = try #require((object?["data"] as? [[String: Any]])?.first)
    let meetingURL = try #require(meeting["id"] as? String)
    let path = { (url: String) in String(url.drop(while: { $0 != "/" }).dropFirst(2).drop(while: { $0 != "/" })) }
    uris.append(path(meetingURL))
    uris.append("/moede/" + (meetingURL.split(separator: "/").last.map(String.init) ?? ""))
    for item in meeting["agendaItem"] as? [[String: Any]] ?? [] {
        if let id = item["id"] as? String { uris.append(path(id)) }
    }
    if let file = (meeting["resultsProtocol"] as? [String: Any])?["id"] as? String { uris += [path(file), path(file) + "/original"] }
    // The file attached to the closed item, whether the asker is shown it or not.
    uris += ["/oparl/v1.1/file/\(attachedNoteSHA)", "/oparl/v1.1/file/\(attachedNoteSHA)/original"]
    var bodies = [String: String]()
    for uri in uris {
        let response = try await browser.get(client, uri)
        bodies[uri] = String(buffer: response.body)
    }
    return bodies
}

@Suite("Members: login, sessions and closed items")
struct MemberTests {
    let base = "http://127.0.0.1:8080"

    @Test("the login page is a labelled form and sets an HttpOnly, SameSite=Strict CSRF cookie")
    func loginPage() async throws {
        let (store, directory) = try await memberStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base))
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/login", method: .get)
            #expect(response.status == .ok)
            let html = String(buffer: response.body)
            #expect(html.contains("<label for=\"brugernavn\">Brugernavn</label>"))
            #expect(html.contains("<label for=\"adgangskode\">Adgangskode</label>"))
            let csrf = try #require(setCookies(response)["protokol_csrf"])
            #expect(csrf.attributes.contains("HttpOnly"))
            #expect(csrf.attributes.contains("SameSite=Strict"))
            #expect(html.contains("value=\"\(csrf.value)\""), "the form repeats the cookie's token")
            // Every page offers the way in.
            #expect(String(buffer: try await client.execute(uri: "/", method: .get).body).contains("href=\"/login\""))
        }
    }

    @Test("wrong passwords, unknown names and forms without the CSRF token do not log in")
    func refusedLogins() async throws {
        let (store, directory) = try await memberStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base))
        try await app.test(.router) { client in
            var browser = Browser()
            let wrong = try await browser.logIn(client, "anna", "forkert-kode")
            #expect(wrong.status == .unauthorized)
            #expect(String(buffer: wrong.body).contains("Forkert brugernavn eller adgangskode."))
            #expect(browser.cookies["protokol_session"] == nil)
            let unknown = try await browser.logIn(client, "nobody", "anna-hemmelig")
            #expect(unknown.status == .unauthorized)

            // A form posted from elsewhere has no token: refused even with the right password.
            var stranger = Browser()
            let forged = try await stranger.post(client, "/login", form: ["brugernavn": "anna", "adgangskode": "anna-hemmelig"])
            #expect(forged.status == .forbidden)
            #expect(stranger.cookies["protokol_session"] == nil)
            // A token that is not the cookie's is refused too.
            _ = try await stranger.get(client, "/login")
            let mismatched = try await stranger.post(
                client, "/login", form: ["brugernavn": "anna", "adgangskode": "anna-hemmelig", "csrf": String(repeating: "a", count: 64)])
            #expect(mismatched.status == .forbidden)
            // Other methods than GET and POST on the login, and POST elsewhere, are refused.
            #expect(try await client.execute(uri: "/login", method: .delete).status == .methodNotAllowed)
            #expect(try await client.execute(uri: "/soeg", method: .post).status == .methodNotAllowed)
        }
    }

    @Test("a member of the committee sees the closed item on every page, API object, feed and search; the public and another committee's member do not")
    func closedItemsByMembership() async throws {
        let (store, directory) = try await memberStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base))
        try await app.test(.router) { client in
            var anna = Browser()
            let login = try await anna.logIn(client, "anna", "anna-hemmelig", next: "/kommune/faxe-kommune")
            #expect(login.status == .seeOther)
            #expect(login.headers[.location] == "/kommune/faxe-kommune")
            let session = try #require(setCookies(login)["protokol_session"])
            #expect(session.attributes.contains("HttpOnly"))
            #expect(session.attributes.contains("SameSite=Lax"))

            let seen = try await crawl(client, as: &anna)
            let showing = seen.filter { $0.value.contains(secretTail) }.keys.sorted()
            #expect(showing.contains { $0.hasPrefix("/moede/") }, "the meeting page")
            #expect(showing.contains { $0.hasPrefix("/oparl/v1.1/agendaitem/") && $0.hasSuffix("-2") }, "the closed agenda item")
            #expect(showing.contains { $0.hasPrefix("/oparl/v1.1/meeting/") }, "the meeting object")
            #expect(showing.contains { $0.hasSuffix("/original") && !$0.contains(attachedNoteSHA) }, "the original document")
            #expect(showing.contains { $0.hasPrefix("/oparl/v1.1/file/") && !$0.hasSuffix("/original") && !$0.contains(attachedNoteSHA) }, "the File's text")
            #expect(showing.contains("/oparl/v1.1/file/\(attachedNoteSHA)"), "the attached file's object")
            #expect(showing.contains("/oparl/v1.1/file/\(attachedNoteSHA)/original"), "the attached file")
            #expect(showing.contains("/soeg?q=skattekiste*"), "the search page")
            #expect(showing.contains("/feeds/soeg?q=grunden"), "the search feed")
            #expect(seen["/soeg?q=grunden"]?.contains("1 resultat for »grunden«") == true, "the hit is counted")
            #expect(seen["/"]?.contains("Logget ind som") == true)

            // A member's pages are nobody else's: no shared cache keeps them.
            let page = try await anna.get(client, "/kommune/faxe-kommune")
            #expect(page.headers[.cacheControl] == "private, no-store")

            var bo = Browser()
            #expect(try await bo.logIn(client, "bo", "bo-hemmelig1").status == .seeOther)
            var everybody = Browser()
            for (who, browser) in [("bo", bo), ("the public", everybody)] {
                var browser = browser
                let bodies = try await crawl(client, as: &browser)
                for (uri, text) in bodies {
                    var text = text
                    if uri.hasPrefix("/soeg") { text = text.replacingOccurrences(of: "skattekiste*", with: "") }
                    #expect(!text.contains(secretTail), "\(who) sees the secret at \(uri)")
                    #expect(!text.contains("4.200.000"), "\(who) sees the secret at \(uri)")
                }
                #expect(bodies["/soeg?q=grunden"]?.contains("Ingen resultater") == true, "\(who) finds the closed item")
            }
            everybody = Browser()
            #expect(try await everybody.get(client, "/").headers[.cacheControl] == nil)
        }
    }

    @Test("logging out ends the session in the store; a revoked membership ends access at once")
    func logoutAndRevoke() async throws {
        let (store, directory) = try await memberStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base))
        try await app.test(.router) { client in
            var anna = Browser()
            _ = try await anna.logIn(client, "anna", "anna-hemmelig")
            let stolen = anna
            #expect(String(buffer: try await anna.get(client, "/soeg?q=skattekiste*").body).contains(secretTail))

            // Logging out needs the token too.
            var forged = anna
            #expect(try await forged.post(client, "/logout", form: [:]).status == .forbidden)
            let out = try await anna.post(client, "/logout", form: ["csrf": anna.cookies["protokol_csrf"] ?? ""])
            #expect(out.status == .seeOther)
            #expect(anna.cookies["protokol_session"] == nil)
            // The old cookie is worth nothing now: the session is gone from the store.
            var replay = stolen
            #expect(!String(buffer: try await replay.get(client, "/soeg?q=skattekiste*").body).contains(secretTail))

            var again = Browser()
            _ = try await again.logIn(client, "anna", "anna-hemmelig")
            #expect(String(buffer: try await again.get(client, "/soeg?q=skattekiste*").body).contains(secretTail))
            try await store.revoke(finance, from: "anna")
            #expect(!String(buffer: try await again.get(client, "/soeg?q=skattekiste*").body).contains(secretTail))
        }
    }

    @Test("pages are cached for the public only: each member's page names that member and carries that browser's token")
    func noSharedMemberPages() async throws {
        let (store, directory) = try await memberStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try await AccountRun.add(name: "carl", role: .member, password: "carl-hemmelig", committees: [finance], store: store, cost: 4)
        let app = Application(router: buildRouter(store: store, baseURL: base))
        try await app.test(.router) { client in
            var anna = Browser()
            var carl = Browser()
            _ = try await anna.logIn(client, "anna", "anna-hemmelig")
            _ = try await carl.logIn(client, "carl", "carl-hemmelig")
            for uri in ["/", "/kommune/faxe-kommune"] {
                let annas = String(buffer: try await anna.get(client, uri).body)
                let carls = String(buffer: try await carl.get(client, uri).body)
                #expect(annas.contains("<strong>anna</strong>") && !annas.contains("<strong>carl</strong>"), "\(uri)")
                #expect(carls.contains("<strong>carl</strong>") && !carls.contains("<strong>anna</strong>"), "\(uri)")
                #expect(carls.contains(try #require(carl.cookies["protokol_csrf"])))
                #expect(!carls.contains(try #require(anna.cookies["protokol_csrf"])))
                var everybody = Browser()
                let publicPage = String(buffer: try await everybody.get(client, uri).body)
                #expect(!publicPage.contains("Logget ind som"), "\(uri)")
            }
        }
    }

    @Test("after five wrong passwords a name is refused for a while, even with the right one; other names are not")
    func throttledGuessing() async throws {
        let (store, directory) = try await memberStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base))
        try await app.test(.router) { client in
            var guesser = Browser()
            for attempt in 1...LoginThrottle.limit {
                #expect(try await guesser.logIn(client, "anna", "gæt-nummer-\(attempt)").status == .unauthorized)
            }
            let refused = try await guesser.logIn(client, "anna", "anna-hemmelig")
            #expect(refused.status == .tooManyRequests)
            #expect(Int(refused.headers[.retryAfter] ?? "") ?? 0 > 0)
            #expect(String(buffer: refused.body).contains("For mange forkerte forsøg"))
            #expect(guesser.cookies["protokol_session"] == nil)
            var other = Browser()
            #expect(try await other.logIn(client, "bo", "bo-hemmelig1").status == .seeOther)
        }
    }

    @Test("the throttle forgets failures after its window and after a success")
    func throttleWindow() async {
        let throttle = LoginThrottle()
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        for second in 0..<LoginThrottle.limit { await throttle.failed("k", now: start.addingTimeInterval(Double(second))) }
        #expect(await throttle.retryAfter("k", now: start.addingTimeInterval(10)) != nil)
        #expect(await throttle.retryAfter("k", now: start.addingTimeInterval(LoginThrottle.window + 5)) == nil)
        for _ in 0..<LoginThrottle.limit { await throttle.failed("j", now: start) }
        await throttle.succeeded("j")
        #expect(await throttle.retryAfter("j", now: start) == nil)
    }

    @Test("form fields as browsers send them: + is a space, the first of a repeated name counts, unknown names are ignored")
    func formFields() {
        let fields = FormFields("brugernavn=anna+b&csrf=%2Bx&csrf=second&%FF=bad&x%C3%A6=%C3%A6&empty=&bare")
        #expect(fields["brugernavn"] == "anna b")
        #expect(fields["csrf"] == "+x")
        #expect(fields["xæ"] == "æ")
        #expect(fields["empty"] == "")
        #expect(fields["bare"] == "")
        #expect(fields["missing"] == nil)
    }

    @Test("after login only a path on this site is followed")
    func noOpenRedirect() async throws {
        let (store, directory) = try await memberStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base))
        try await app.test(.router) { client in
            for next in ["//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"] {
                var browser = Browser()
                let response = try await browser.logIn(client, "anna", "anna-hemmelig", next: next)
                #expect(response.headers[.location] == "/", "next=\(next)")
            }
        }
    }
}
