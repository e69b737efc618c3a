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
            #expect(page.contains("<h1>Udvalget for Job, Arbejdsmarked og Integration - 2022-2025</h1>"))
            #expect(page.contains("<h2>2022</h2>"))
            let march = try #require(page.range(of: "Referat 9. marts 2022"))
            let february = try #require(page.range(of: "Referat 9. februar 2022"))
            #expect(march.lowerBound < february.lowerBound, "newest first")
            #expect(page.contains("<link rel=\"alternate\" type=\"application/atom+xml\""))
            #expect(page.contains("href=\"/feeds/udvalg/lejre-kommune-udvalget-for-job-arbejdsmarked-og-integration-2022-2025\""))
            #expect(page.contains("/oparl/v1.1/organization/lejre-kommune-"))
            #expect(page.components(separatedBy: "<h1>").count == 2, "one h1")
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
            #expect(page.contains("<h2>Bilag</h2>"))
            #expect(page.contains("href=\"/sag/vejen-kommune/23%2F19054\""))
            #expect(page.contains("/oparl/v1.1/agendaitem/"))
            #expect(page.contains("Originaldokumentet"))
            #expect(page.contains("Forrige: punkt 2") && page.contains("Næste: punkt 4"))
            #expect(page.components(separatedBy: "<h1>").count == 2, "one h1")

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
        let app = Application(router: buildRouter(store: store, baseURL: base))
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/sag/lejre-kommune/22-001317", method: .get) { $0 }
            #expect(response.status == .ok)
            let page = String(buffer: response.body)
            #expect(page.contains("<h1>Sag 22-001317: "))
            #expect(page.contains("behandlet 2 gange"))
            let february = try #require(page.range(of: "9. februar 2022</a>"))
            let march = try #require(page.range(of: "9. marts 2022</a>"))
            #expect(february.lowerBound < march.lowerBound, "date order")
            #expect(page.contains("/punkt/"))
            #expect(page.contains("<h2>Sagens forløb</h2>"))
            #expect(page.contains("/oparl/v1.1/paper/lejre-kommune--22-001317"))
            let unknown = try await client.execute(uri: "/sag/lejre-kommune/99-999999", method: .get) { $0 }
            #expect(unknown.status == .notFound)
            #expect(String(buffer: unknown.body).contains("ingen sag med nummer »99-999999«"))
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
            let facet = try #require(link(in: page, after: "/soeg?q=sk%C3%A6rpet%20tilsyn&amp;kommune="))
            // The facet's count is what the narrowed search finds.
            let facetText = try #require(page.range(of: facet + "\">").map { String(page[$0.upperBound...].prefix { $0 != "<" }) })
            let count = try #require(facetText.split(separator: "(").last.flatMap { Int($0.dropLast()) })
            let narrowed = String(buffer: try await client.execute(uri: facet.replacingOccurrences(of: "&amp;", with: "&"), method: .get) { $0 }.body)
            #expect(narrowed.contains("\(count) \(count == 1 ? "resultat" : "resultater") for »skærpet tilsyn«"))
            #expect(narrowed.contains("Afgrænset til: Kommune: "))
            #expect(narrowed.contains("(fjern)"))

            // Paging: a common word has more than one page.
            let first = String(buffer: try await client.execute(uri: "/soeg?q=udvalget", method: .get) { $0 }.body)
            #expect(first.contains("Side 1 af "))
            #expect(first.contains("href=\"/soeg?q=udvalget&amp;side=2\""))
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
            for uri in ["/soeg?side=0", "/soeg?q=x&side=abc", "/soeg?aar=20x", "/soeg?udfald=maybe", "/feeds/soeg?q=x&side=0"] {
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
            let item = String(buffer: try await pages.item(id, number: "2", access: access).body)
            let meeting = String(buffer: try await pages.meeting(id, access: access).body)
            let agendaItem = String(buffer: try await routes.agendaItem("\(id)-2", access: access).body)
            for text in [item, meeting, agendaItem] {
                #expect(text.contains("SKATTEKISTE-7F3A9") == sees, "\(access)")
            }
            #expect(item.contains("Lukket punkt") != sees, "\(access)")
            #expect(item.contains("Køb af grund ved havnen"))
            #expect(item.contains("24/1002") == sees, "the case number is content")
            let casePage = try await pages.page { try await pages.caseFile(body: "faxe-kommune", case: "24%2F1002", access: access) }
            #expect(casePage.status == (sees ? .ok : .notFound), "\(access)")
            let search = try await pages.page {
                try await pages.search(Request(head: .init(method: .get, scheme: "http", authority: "x", path: "/soeg?q=skattekiste"), body: .init(buffer: ByteBuffer())), access: access)
            }
            #expect(String(buffer: search.body).contains("<mark>") == sees, "\(access)")
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
}
