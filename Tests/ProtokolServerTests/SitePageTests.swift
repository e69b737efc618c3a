import Foundation
import Hummingbird
import HummingbirdTesting
import ProtokolApp
import ProtokolStore
import Testing
@testable import ProtokolServer

/// A SQLite store in a temporary directory with the given seed files (all five by default) imported.
func seedStore(_ names: [String]? = nil) async throws -> (any MeetingStore, URL) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("protokol-site-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let store = try await StoreOpening.forWriting(db: directory.appendingPathComponent("test.sqlite").path)
    let paths = try seedPaths(names)
    let run = try await ImportRun.run(paths: paths, store: store)
    #expect(run.new == paths.count)
    return (store, directory)
}

/// The seed files, all or those whose names start with one of `names`.
func seedPaths(_ names: [String]? = nil) throws -> [String] {
    let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/seeds")
    let all = InputFiles.expand([seeds.path]).sorted()
    guard let names else { return all }
    return all.filter { path in names.contains { URL(fileURLWithPath: path).lastPathComponent.hasPrefix($0) } }
}

/// The page's text after `marker`, up to the next quote: the first link after it.
func link(in page: String, after marker: String) -> String? {
    guard let start = page.range(of: marker) else { return nil }
    return String(page[start.lowerBound...].prefix { $0 != "\"" })
}

/// Plot escapes text: what a reader sees, as it appears in the HTML.
func html(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
}

/// A response's body as text, for routes called as functions.
func bodyText(_ response: Response) async throws -> String {
    final class Collector: ResponseBodyWriter, @unchecked Sendable {
        var buffer = ByteBuffer()
        func write(_ buffer: ByteBuffer) async throws { self.buffer.writeImmutableBuffer(buffer) }
        func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
    let collector = Collector()
    try await response.body.write(collector)
    return String(buffer: collector.buffer)
}

@Suite("The reader's path through the site: committee, item, case, search, and Danish errors")
struct SitePageTests {
    let base = "http://127.0.0.1:8080"

    @Test("the committee page lists its meetings by year, newest first, with the feed")
    func committee() async throws {
        let (store, directory) = try await seedStore(["002", "003"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base))
        try await app.test(.router) { client in
            let body = String(buffer: try await client.execute(uri: "/kommune/lejre-kommune", method: .get) { $0 }.body)
            let committeeLink = try #require(link(in: body, after: "/udvalg/"))
            #expect(body.contains("(2 møder)"))
            let response = try await client.execute(uri: committeeLink, method: .get) { $0 }
            #expect(response.status == .ok)
            let page = String(buffer: response.body)
            #expect(page.contains("<h1>Udvalget for Job, Arbejdsmarked og Integration</h1>"))
            #expect(page.contains("<h2>2022</h2>"))
            let march = try #require(page.range(of: "Referat 9. marts 2022"))
            let february = try #require(page.range(of: "Referat 9. februar 2022"))
            #expect(march.lowerBound < february.lowerBound, "newest first")
            #expect(page.contains("<link rel=\"alternate\" type=\"application/atom+xml\""))
            #expect(page.contains("href=\"/feeds/udvalg/lejre-kommune-udvalget-for-job-arbejdsmarked-og-integration\""))
            #expect(page.contains("/oparl/v1.1/organization/lejre-kommune-"))
            #expect(page.components(separatedBy: "<h1>").count == 2, "one h1")
            #expect(page.contains("<span aria-current=\"page\">Udvalget for Job, Arbejdsmarked og Integration</span>"))
            #expect(page.contains("<label for=\"q\">Søg i referater</label>"), "the search box is labelled")
        }
    }

    @Test("the item page shows sections, outcome, absences, inhabilitet, attachments and links the case")
    func item() async throws {
        let (store, directory) = try await seedStore(["001"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base))
        try await app.test(.router) { client in
            let committee = String(buffer: try await client.execute(uri: "/kommune/vejen-kommune", method: .get) { $0 }.body)
            let meetingPath = try #require(link(in: committee, after: "/moede/"))
            let meeting = String(buffer: try await client.execute(uri: meetingPath, method: .get) { $0 }.body)
            #expect(meeting.contains("href=\"\(meetingPath)/punkt/3\""))
            #expect(meeting.contains("href=\"/sag/vejen-kommune/23%2F19054\""))

            let response = try await client.execute(uri: meetingPath + "/punkt/3", method: .get) { $0 }
            #expect(response.status == .ok)
            let page = String(buffer: response.body)
            #expect(page.contains("<h1>Punkt 3: Fodbold for Fremtiden (B)</h1>"))
            #expect(page.contains("<dt>Inhabil</dt><dd>Martin Clausen"))
            #expect(page.contains("<dt>Fraværende</dt><dd>Peter Svane"))
            #expect(page.contains("<h2>Sagsfremstilling</h2>"))
            #expect(page.contains(html("Arbejdsmarkedsområdet har siden 2021 samarbejdet med Dansk Boldspil Union")))
            #expect(page.contains("href=\"/sag/vejen-kommune/23%2F19054\""))
            #expect(page.contains("/oparl/v1.1/agendaitem/"))
            #expect(page.contains("Originaldokumentet"))
            #expect(page.contains("Forrige: punkt 2") && page.contains("Næste: punkt 4"))
            #expect(page.components(separatedBy: "<h1>").count == 2, "one h1")
            let second = String(buffer: try await client.execute(uri: meetingPath + "/punkt/2", method: .get) { $0 }.body)
            #expect(second.contains("<h2>Bilag</h2><ul><li>Underskrevet hensigtserklæring.pdf"))

            // The closed item: number and title, and the notice, nothing else.
            let closed = String(buffer: try await client.execute(uri: meetingPath + "/punkt/9", method: .get) { $0 }.body)
            #expect(closed.contains("<h1>Punkt 9: Lukket: Eventuelt (B)</h1>"))
            #expect(closed.contains("Lukket punkt"))
            #expect(!closed.contains("<h2>"), "no sections of a closed item")
        }
    }

    @Test("the case page follows a case through its meetings in date order, with Sagens forløb")
    func casePage() async throws {
        let (store, directory) = try await seedStore(["002", "003"])
        defer { try? FileManager.default.removeItem(at: directory) }
        // The planted case 24/1001 again a month later, postponed.
        let later = directory.appendingPathComponent("faxe-april.txt")
        try Data(plantedMinutes.replacingOccurrences(of: "12-03-2024", with: "09-04-2024").replacingOccurrences(of: "12. marts", with: "9. april")
            .replacingOccurrences(of: "Godkendt.\n\nPunkt 2", with: "Udsat.\n\nPunkt 2").utf8).write(to: later)
        let march = directory.appendingPathComponent("faxe-march.txt")
        try Data(plantedMinutes.utf8).write(to: march)
        #expect(try await ImportRun.run(paths: [later.path, march.path], store: store).new == 2)
        let app = Application(router: buildRouter(store: store, baseURL: base))
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/sag/lejre-kommune/22-001317", method: .get) { $0 }
            #expect(response.status == .ok)
            let page = String(buffer: response.body)
            #expect(page.contains("<h1>Sag 22-001317: JAI - Introduktion til beskæftigelsesområdet</h1>"))
            #expect(page.contains("behandlet 2 gange"))
            #expect(page.contains("/punkt/3\">Punkt 3: JAI - Introduktion til beskæftigelsesområdet</a>"))
            #expect(page.contains("<td>Udsat</td>"))
            #expect(page.contains("<h2>Sagens forløb</h2>"))
            #expect(page.contains("Punktet blev udsat, da udvalget ønsker punktet kombineret med en introduktion til klapjob."))
            #expect(page.contains("/oparl/v1.1/paper/lejre-kommune--22-001317"))

            // Across meetings: March before April, though April was imported first; a slash in the number is one segment.
            let faxe = String(buffer: try await client.execute(uri: "/sag/faxe-kommune/24%2F1001", method: .get) { $0 }.body)
            let first = try #require(faxe.range(of: "12. marts 2024</a>"))
            let second = try #require(faxe.range(of: "9. april 2024</a>"))
            #expect(first.lowerBound < second.lowerBound, "date order")
            #expect(faxe.contains("<td>Godkendt</td>") && faxe.contains("<td>Udsat</td>"))

            let unknown = try await client.execute(uri: "/sag/lejre-kommune/99-999999", method: .get) { $0 }
            #expect(unknown.status == .notFound)
            #expect(String(buffer: unknown.body).contains("ingen sag med det nummer"))
        }
    }

    @Test("search: facets narrow by query parameters with their counts, pages of 20, hits link to item pages")
    func search() async throws {
        let (store, directory) = try await seedStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base))
        try await app.test(.router) { client in
            let page = String(buffer: try await client.execute(uri: "/soeg?q=sk%C3%A6rpet+tilsyn", method: .get) { $0 }.body)
            #expect(page.contains("value=\"skærpet tilsyn\""), "the form keeps the words (+ is a space)")
            #expect(page.contains("<mark>"))
            #expect(page.contains("/punkt/"))
            #expect(page.contains("<h2>Afgræns søgningen</h2>"))
            #expect(page.contains("<h3>Kommune</h3>"))
            let facet = try #require(link(in: page, after: "/soeg?q=sk%C3%A6rpet%20tilsyn&kommune="))
            // The facet's count is what the narrowed search finds.
            let facetText = try #require(page.range(of: facet + "\">").map { String(page[$0.upperBound...].prefix { $0 != "<" }) })
            let count = try #require(facetText.split(separator: "(").last.flatMap { Int($0.dropLast()) })
            let narrowed = String(buffer: try await client.execute(uri: facet, method: .get) { $0 }.body)
            #expect(narrowed.contains("\(count) \(count == 1 ? "resultat" : "resultater") for »skærpet tilsyn«"))
            #expect(narrowed.contains("Afgrænset til: Kommune: "))
            #expect(narrowed.contains("(fjern)"))

            // Paging: a common word has more than one page.
            let first = String(buffer: try await client.execute(uri: "/soeg?q=udvalget", method: .get) { $0 }.body)
            #expect(first.contains("Side 1 af "))
            #expect(first.contains("href=\"/soeg?q=udvalget&side=2\""))
            let second = String(buffer: try await client.execute(uri: "/soeg?q=udvalget&side=2", method: .get) { $0 }.body)
            #expect(second.contains("Side 2 af "))
            #expect(second.contains("start=\"21\""))
            #expect(second.contains("Forrige side"))

            // Year and outcome narrow too, and a listing needs no words.
            let year = String(buffer: try await client.execute(uri: "/soeg?aar=2023&udfald=approved", method: .get) { $0 }.body)
            #expect(year.contains("Afgrænset til: År: 2023"))
            #expect(year.contains("Udfald: Godkendt"))
            #expect(!year.contains("2022</p>"))
        }
    }

    @Test("unknown ids are Danish 404 pages; bad parameters are 400")
    func errors() async throws {
        let (store, directory) = try await seedStore(["001"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base))
        try await app.test(.router) { client in
            let meetings = String(buffer: try await client.execute(uri: "/kommune/vejen-kommune", method: .get) { $0 }.body)
            let meeting = try #require(link(in: meetings, after: "/moede/"))
            for uri in ["/kommune/ingen", "/udvalg/ingen", "/moede/0000", meeting + "/punkt/99", meeting + "/punkt/x", "/sag/ingen/1", "/sag/vejen-kommune/1"] {
                let response = try await client.execute(uri: uri, method: .get) { $0 }
                #expect(response.status == .notFound, "\(uri)")
                #expect(response.headers[.contentType] == "text/html; charset=utf-8", "\(uri)")
                #expect(String(buffer: response.body).contains("<h1>Siden findes ikke</h1>"), "\(uri)")
            }
            for uri in ["/soeg?side=0", "/soeg?q=x&side=abc", "/soeg?side=", "/soeg?aar=", "/soeg?aar=20x", "/soeg?udfald=maybe", "/soeg?udfald=", "/feeds/soeg?q=x&side=0", "/feeds/soeg?q=0&udfald="] {
                let response = try await client.execute(uri: uri, method: .get) { $0 }
                #expect(response.status == .badRequest, "\(uri)")
            }
            let malformed = String(buffer: try await client.execute(uri: "/soeg?q=%22", method: .get) { $0 }.body)
            #expect(malformed.contains("kunne ikke forstås") || malformed.contains("Ingen resultater"))
        }
    }

    @Test("a member sees the closed items of their committee; the public does not, on the same cached page")
    func memberAccess() async throws {
        let (store, directory) = try await plantedStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = StoreCache(store: store, policy: CachePolicy())
        let mapping = OParlMapping(base: base + "/oparl/v1.1")
        let pages = PageRoutes(cache: cache, mapping: mapping)
        let routes = OParlRoutes(cache: cache, mapping: mapping)
        let stored = try #require(try await store.meetings().first)
        let id = Catalog.meetingID(stored.identity)
        let member = SearchAccess.member(of: [CommitteeRef(body: stored.identity.body, committee: stored.identity.committee)])
        let other = SearchAccess.member(of: [CommitteeRef(body: stored.identity.body, committee: "Teknik- og Miljøudvalget")])
        for access in [SearchAccess.public, member, other, .public, member] {
            let sees = access == member
            let item = try await bodyText(try await pages.item(id, number: "2", access: access))
            let meeting = try await bodyText(try await pages.meeting(id, access: access))
            let agendaItem = try await bodyText(try await routes.agendaItem("\(id)-2", access: access))
            for text in [item, meeting, agendaItem] {
                #expect(text.contains("SKATTEKISTE-7F3A9") == sees, "\(access)")
            }
            #expect(item.contains("Lukket punkt") != sees, "\(access)")
            #expect(item.contains("Køb af grund ved havnen"))
            #expect(item.contains("24/1002") == sees, "the case number is content")
            let casePage = await pages.page { try await pages.caseFile(body: "faxe-kommune", case: "24%2F1002", access: access) }
            #expect(casePage.status == (sees ? .ok : .notFound), "\(access)")
            let search = await pages.page {
                try await pages.search(Request(head: .init(method: .get, scheme: "http", authority: "x", path: "/soeg?q=skattekiste"), body: .init(buffer: ByteBuffer())), access: access)
            }
            #expect(try await bodyText(search).contains("<mark>") == sees, "\(access)")
        }
    }

    @Test("the cache notices an import after its lifetime, and keeps a reading until then")
    func cacheInvalidation() async throws {
        let (store, directory) = try await seedStore(["001"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: buildRouter(store: store, baseURL: base, cache: CachePolicy(catalogLifetime: .milliseconds(200))))
        try await app.test(.router) { client in
            let before = String(buffer: try await client.execute(uri: "/", method: .get) { $0 }.body)
            #expect(before.contains("Vejen Kommune") && !before.contains("Lemvig Kommune"))
            let run = try await ImportRun.run(paths: try seedPaths(["000"]), store: store)
            #expect(run.new == 1)
            try await Task.sleep(for: .milliseconds(300))
            let after = String(buffer: try await client.execute(uri: "/", method: .get) { $0 }.body)
            #expect(after.contains("Lemvig Kommune"))
            let body = try await client.execute(uri: "/kommune/lemvig-kommune", method: .get) { $0 }
            #expect(body.status == .ok)
        }
    }

    @Test("rendered responses are kept within their byte budget, and one too large is not kept at all")
    func renderedBudget() async throws {
        let (store, directory) = try await seedStore(["001"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = StoreCache(store: store, policy: CachePolicy(renderedBytes: 30))
        var made = 0
        func render(_ route: String, _ size: Int) -> Int {
            cache.rendered(StoreCache.RenderKey(route: route, showsClosed: false), generation: cache.generation()) {
                made += 1
                return ByteBuffer(repeating: 0x61, count: size)
            }.readableBytes
        }
        #expect(render("a", 20) == 20 && render("a", 20) == 20)
        #expect(made == 1, "kept")
        #expect(render("big", 40) == 40 && render("big", 40) == 40)
        #expect(made == 3, "too large to keep")
        _ = render("b", 20)
        _ = render("b", 20)
        _ = render("a", 20)
        #expect(made == 5, "b pushed a out; b itself was kept")
        // Closed items are part of the key.
        let closed = cache.rendered(StoreCache.RenderKey(route: "b", showsClosed: true), generation: cache.generation()) {
            ByteBuffer(string: "member")
        }
        #expect(String(buffer: closed) == "member")
        // Made from what was read before the responses were dropped: returned, not kept.
        let before = cache.generation()
        _ = try await cache.catalog()
        #expect(cache.generation() == before + 1, "the first catalog drops what was rendered")
        _ = cache.rendered(StoreCache.RenderKey(route: "old", showsClosed: false), generation: before) { made += 1; return ByteBuffer(string: "x") }
        _ = cache.rendered(StoreCache.RenderKey(route: "old", showsClosed: false), generation: cache.generation()) { made += 1; return ByteBuffer(string: "x") }
        #expect(made == 7)
    }

    @Test("files' extracted texts are kept within their byte budget, and one too large is not kept")
    func textBudget() async throws {
        let (store, directory) = try await seedStore(["001"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = StoreCache(store: store, policy: CachePolicy(textBytes: 30))
        let twenty = Array("abcdefghij klmnopqrs".utf8), other = Array("tuvwxyzæøå abcdefghi".utf8.prefix(20))
        #expect(cache.text(sha256: "a", bytes: twenty) == "abcdefghij klmnopqrs")
        #expect(cache.keptTexts() == (1, 20))
        _ = cache.text(sha256: "b", bytes: other)
        #expect(cache.keptTexts().count == 1 && cache.keptTexts().bytes <= 30, "b pushed a out")
        let large = Array(String(repeating: "x", count: 40).utf8)
        #expect(cache.text(sha256: "c", bytes: large)?.count == 40, "returned")
        #expect(cache.keptTexts().bytes <= 30, "too large to keep")
    }
}
