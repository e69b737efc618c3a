import Foundation
import Hummingbird
import ProtokolModel
import ProtokolStore

/// Atom feeds: new meetings of a committee, and the hits of a saved search (the search's URL is the subscription).
/// Closed items appear by number and title only; a saved search finds them only with the asker's access.
struct FeedRoutes: Sendable {
    let cache: StoreCache
    let baseURL: String

    func add(to router: Router<ProtokolRequestContext>) {
        router.get("/feeds/udvalg/:committee") { _, context in try await self.committee(context.parameters.require("committee")) }
        router.get("/feeds/soeg") { request, context in try await self.search(request, access: context.access) }
    }

    struct Entry {
        var id: String
        var title: String
        var link: String
        var updated: String
        var summary: String
    }

    static func atom(id: String, title: String, selfLink: String, alternate: String, entries: [Entry]) -> String {
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        let updated = entries.map(\.updated).max() ?? "1970-01-01T00:00:00Z"
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">
            <id>\(escape(id))</id>
            <title>\(escape(title))</title>
            <updated>\(updated)</updated>
            <link rel="self" href="\(escape(selfLink))"/>
            <link rel="alternate" href="\(escape(alternate))"/>
            <author><name>Protokol</name></author>

            """
        for entry in entries {
            xml += """
                <entry>
                <id>\(escape(entry.id))</id>
                <title>\(escape(entry.title))</title>
                <link rel="alternate" href="\(escape(entry.link))"/>
                <updated>\(entry.updated)</updated>
                <summary>\(escape(entry.summary))</summary>
                </entry>

                """
        }
        return xml + "</feed>\n"
    }

    private func response(_ xml: String) -> Response {
        Response(status: .ok, headers: [.contentType: "application/atom+xml; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: xml)))
    }

    static func timestamp(_ date: CalendarDate?) -> String { (date?.description ?? "1970-01-01") + "T00:00:00Z" }

    func committee(_ id: String) async throws -> Response {
        let catalog: Catalog
        do { catalog = try await cache.catalog() } catch { throw HTTPError(.internalServerError, message: "the store could not be read") }
        guard let (body, committee) = catalog.committee(id) else { throw HTTPError(.notFound, message: "Udvalget findes ikke") }
        var entries = [Entry]()
        for stored in committee.meetings.sorted(by: { $0.identity.dateText > $1.identity.dateText }).prefix(50) {
            let meetingID = Catalog.meetingID(stored.identity)
            let reading = try? await cache.reading(stored)
            // Closed items are listed by title only, as printed minutes do.
            let titles = (reading?.items ?? []).map { "\($0.number). \($0.isPublic ? "" : "Lukket: ")\($0.title)" }
            entries.append(Entry(
                id: "urn:protokol:meeting:\(meetingID)",
                title: "\(stored.identity.kind == .minutes ? "Referat" : "Dagsorden"): \(committee.name) \(stored.identity.dateText)",
                link: baseURL + "/moede/" + meetingID, updated: Self.timestamp(stored.identity.date), summary: titles.joined(separator: "\n")
            ))
        }
        return response(Self.atom(
            id: "urn:protokol:committee:\(id)", title: "\(committee.name), \(body.name)", selfLink: baseURL + "/feeds/udvalg/" + id,
            alternate: baseURL + "/udvalg/" + id, entries: entries
        ))
    }

    /// The newest hits of a search, with the search page's facets (`kommune`, `udvalg`, `aar`, `udfald`).
    func search(_ request: Request, access: SearchAccess) async throws -> Response {
        let form: SearchForm
        do { form = try SearchForm(query: request.uri.query) } catch { throw HTTPError(.badRequest, message: error.message) }
        let text = form.text
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw HTTPError(.badRequest, message: "q mangler") }
        var hits = [SearchHit]()
        do {
            hits = try await cache.store.search(
                SearchQuery(text, filters: form.filters, limit: 50, highlight: Highlight(open: "", close: "")), access: access
            ).hits
        } catch .malformedQuery {
            // Words that cannot be searched (only punctuation, say) find nothing: an empty feed, as the page says "no hits".
        } catch {
            throw HTTPError(.internalServerError, message: "the store could not be read")
        }
        let entries = hits.map { hit in
            Entry(
                id: "urn:protokol:item:\(Catalog.meetingID(hit.meeting))-\(hit.itemNumber)",
                title: "\(hit.meeting.body), \(hit.meeting.committee) \(hit.meeting.dateText): \(hit.itemTitle)",
                link: baseURL + PageRoutes.itemPath(Catalog.meetingID(hit.meeting), hit.itemNumber),
                updated: Self.timestamp(hit.meeting.date), summary: hit.snippet
            )
        }
        let selfLink = form.url(path: "/feeds/soeg")
        return response(Self.atom(
            id: "urn:protokol:search:\(selfLink)", title: "Søgning: \(text)", selfLink: baseURL + selfLink,
            alternate: baseURL + form.url(), entries: entries
        ))
    }
}
