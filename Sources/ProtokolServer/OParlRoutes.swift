import Crypto
import Foundation
import Hummingbird
import ProtokolModel
import ProtokolStore

/// The OParl 1.1 API under /oparl/v1.1: system, bodies, organizations, meetings and agenda items.
///
/// A closed item's content is in an object only when `context.access` sees the meeting's closed items.
struct OParlRoutes: Sendable {
    let cache: StoreCache
    var store: any MeetingStore { cache.store }
    let mapping: OParlMapping
    static let pageSize = 100

    func add(to group: RouterGroup<ProtokolRequestContext>) {
        group.get("/") { _, _ in try await self.system() }
        group.get("bodies") { request, _ in try await self.bodies(request) }
        group.get("body/:body") { _, context in try await self.body(context.parameters.require("body")) }
        group.get("body/:body/organizations") { request, context in
            try await self.organizations(request, body: context.parameters.require("body"))
        }
        group.get("body/:body/meetings") { request, context in
            try await self.meetings(request, body: context.parameters.require("body"), access: context.access)
        }
        group.get("organization/:id") { _, context in try await self.organization(context.parameters.require("id")) }
        group.get("meeting/:id") { _, context in try await self.meeting(context.parameters.require("id"), access: context.access) }
        group.get("agendaitem/:id") { _, context in try await self.agendaItem(context.parameters.require("id"), access: context.access) }
        group.get("body/:body/papers") { request, context in
            try await self.papers(request, body: context.parameters.require("body"), access: context.access)
        }
        group.get("paper/:id") { _, context in try await self.paper(context.parameters.require("id"), access: context.access) }
        group.get("body/:body/people") { request, context in
            try await self.people(request, body: context.parameters.require("body"))
        }
        group.get("person/:id") { _, context in try await self.person(context.parameters.require("id")) }
        group.get("consultation/:id") { _, context in
            try await self.consultation(context.parameters.require("id"), access: context.access)
        }
        group.get("file/:sha") { _, context in try await self.file(context.parameters.require("sha")) }
        group.get("file/:sha/original") { _, context in try await self.original(context.parameters.require("sha"), access: context.access) }
    }

    private func catalog() async throws -> Catalog {
        do {
            return try await cache.catalog()
        } catch {
            throw HTTPError(.internalServerError, message: "the store could not be read")
        }
    }

    func system() async throws -> OParl.System { mapping.system(try await catalog()) }

    func bodies(_ request: Request) async throws -> OParl.List<OParl.Body> {
        let all = try await catalog().bodies.map(mapping.body)
        return try page(all, request: request, path: mapping.base + "/bodies")
    }

    func body(_ id: String) async throws -> OParl.Body {
        guard let body = try await catalog().body(id) else { throw HTTPError(.notFound, message: "no body \(id)") }
        return mapping.body(body)
    }

    func organizations(_ request: Request, body id: String) async throws -> OParl.List<OParl.Organization> {
        guard let body = try await catalog().body(id) else { throw HTTPError(.notFound, message: "no body \(id)") }
        let all = body.committees.map { mapping.organization(body, $0) }
        return try page(all, request: request, path: mapping.bodyList(id, "organizations"))
    }

    func organization(_ id: String) async throws -> OParl.Organization {
        guard let (body, committee) = try await catalog().committee(id) else {
            throw HTTPError(.notFound, message: "no organization \(id)")
        }
        return mapping.organization(body, committee)
    }

    func meetings(_ request: Request, body id: String, access: SearchAccess) async throws -> OParl.List<OParl.Meeting> {
        guard let body = try await catalog().body(id) else { throw HTTPError(.notFound, message: "no body \(id)") }
        // Only the requested page's meetings are read.
        return try await page(body.meetings, request: request, path: mapping.bodyList(id, "meetings")) { stored in
            mapping.meeting(body, stored, reading: try await reading(stored), showsClosed: access.seesClosedItems(of: stored.identity))
        }
    }

    /// A meeting, encoded once per version and kind of asker.
    func meeting(_ id: String, access: SearchAccess) async throws -> Response {
        let generation = cache.generation()
        guard let (body, stored) = try await catalog().meeting(id) else { throw HTTPError(.notFound, message: "no meeting \(id)") }
        let meeting = try await reading(stored)
        let showsClosed = access.seesClosedItems(of: stored.identity)
        return try json(StoreCache.RenderKey(route: "oparl/meeting/" + id, showsClosed: showsClosed), generation: generation) {
            mapping.meeting(body, stored, reading: meeting, showsClosed: showsClosed)
        }
    }

    /// An agenda item, encoded once per version and kind of asker.
    func agendaItem(_ id: String, access: SearchAccess) async throws -> Response {
        let generation = cache.generation()
        guard let dash = id.lastIndex(of: "-"), let number = Int(id[id.index(after: dash)...]),
            let (body, stored) = try await catalog().meeting(String(id[..<dash])),
            let meeting = try await reading(stored),
            let index = meeting.items.firstIndex(where: { $0.number == number })
        else { throw HTTPError(.notFound, message: "no agenda item \(id)") }
        let showsClosed = access.seesClosedItems(of: stored.identity)
        return try json(StoreCache.RenderKey(route: "oparl/agendaitem/" + id, showsClosed: showsClosed), generation: generation) {
            mapping.agendaItem(
                meeting.items[index], order: index + 1, meetingID: Catalog.meetingID(stored.identity), bodyID: body.id, showsClosed: showsClosed)
        }
    }

    /// An object as the request context would encode it, kept in the cache.
    private func json(_ key: StoreCache.RenderKey, generation: Int, _ make: () -> some Encodable) throws -> Response {
        let buffer = try cache.rendered(key, generation: generation) { ByteBuffer(bytes: try ProtokolRequestContext.encoder.encode(make())) }
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: ResponseBody(byteBuffer: buffer))
    }

    /// Every item of a body with a case number that the asker may see, grouped by case in date order.
    private func cases(_ body: Catalog.Body, access: SearchAccess) async throws -> [(caseNumber: String, items: [(meetingID: String, committeeID: String, date: String, item: AgendaItem)])] {
        var order = [String]()
        var byCase = [String: [(meetingID: String, committeeID: String, date: String, item: AgendaItem)]]()
        for stored in body.meetings.sorted(by: { $0.identity.dateText < $1.identity.dateText }) {
            guard let meeting = try await reading(stored) else { continue }
            let committeeID = body.id + "-" + Slug.make(stored.identity.committee)
            let showsClosed = access.seesClosedItems(of: stored.identity)
            for item in meeting.items where item.isPublic || showsClosed {
                guard let caseNumber = item.caseNumber else { continue }
                if byCase[caseNumber] == nil { order.append(caseNumber) }
                byCase[caseNumber, default: []].append((Catalog.meetingID(stored.identity), committeeID, stored.identity.dateText, item))
            }
        }
        return order.map { ($0, byCase[$0] ?? []) }
    }

    /// Everybody named as a participant in a body's meetings, with the committees they sat in.
    private func participants(_ body: Catalog.Body) async throws -> [(name: String, party: String?, committees: [String])] {
        var order = [String]()
        var byName = [String: (party: String?, committees: [String])]()
        for stored in body.meetings {
            guard let meeting = try await reading(stored) else { continue }
            let committeeID = body.id + "-" + Slug.make(stored.identity.committee)
            for participant in meeting.participants {
                if byName[participant.name] == nil { order.append(participant.name) }
                var entry = byName[participant.name] ?? (participant.party, [])
                if entry.party == nil { entry.party = participant.party }
                if !entry.committees.contains(committeeID) { entry.committees.append(committeeID) }
                byName[participant.name] = entry
            }
        }
        return order.sorted().map { ($0, byName[$0]?.party, byName[$0]?.committees ?? []) }
    }

    func people(_ request: Request, body id: String) async throws -> OParl.List<OParl.Person> {
        guard let body = try await catalog().body(id) else { throw HTTPError(.notFound, message: "no body \(id)") }
        let all = try await participants(body).map { mapping.person(bodyID: body.id, name: $0.name, party: $0.party, committeeIDs: $0.committees) }
        return try page(all, request: request, path: mapping.bodyList(id, "people"))
    }

    func person(_ id: String) async throws -> OParl.Person {
        guard let separator = id.range(of: "--"), let body = try await catalog().body(String(id[..<separator.lowerBound])) else {
            throw HTTPError(.notFound, message: "no person \(id)")
        }
        let slug = String(id[separator.upperBound...])
        guard let found = try await participants(body).first(where: { Slug.make($0.name) == slug }) else {
            throw HTTPError(.notFound, message: "no person \(id)")
        }
        return mapping.person(bodyID: body.id, name: found.name, party: found.party, committeeIDs: found.committees)
    }

    func papers(_ request: Request, body id: String, access: SearchAccess) async throws -> OParl.List<OParl.Paper> {
        guard let body = try await catalog().body(id) else { throw HTTPError(.notFound, message: "no body \(id)") }
        let all = try await cases(body, access: access).map { mapping.paper(bodyID: body.id, caseNumber: $0.caseNumber, items: $0.items) }
        return try page(all, request: request, path: mapping.bodyList(id, "papers"))
    }

    func paper(_ id: String, access: SearchAccess) async throws -> OParl.Paper {
        guard let separator = id.range(of: "--"), let body = try await catalog().body(String(id[..<separator.lowerBound])) else {
            throw HTTPError(.notFound, message: "no paper \(id)")
        }
        let slug = String(id[separator.upperBound...])
        guard let found = try await cases(body, access: access).first(where: { Slug.make($0.caseNumber) == slug }) else {
            throw HTTPError(.notFound, message: "no paper \(id)")
        }
        return mapping.paper(bodyID: body.id, caseNumber: found.caseNumber, items: found.items)
    }

    func consultation(_ id: String, access: SearchAccess) async throws -> OParl.Consultation {
        guard let dash = id.lastIndex(of: "-"), let number = Int(id[id.index(after: dash)...]),
            let (body, stored) = try await catalog().meeting(String(id[..<dash])),
            let meeting = try await reading(stored),
            let item = meeting.items.first(where: { $0.number == number && ($0.isPublic || access.seesClosedItems(of: stored.identity)) }),
            let caseNumber = item.caseNumber
        else { throw HTTPError(.notFound, message: "no consultation \(id)") }
        let meetingID = Catalog.meetingID(stored.identity)
        return mapping.consultation(
            item, meetingID: meetingID, committeeID: body.id + "-" + Slug.make(stored.identity.committee),
            paper: mapping.paperID(body.id, caseNumber))
    }

    /// The original document as a File, for the current version of a meeting.
    func file(_ sha: String) async throws -> OParl.File {
        guard let (_, stored) = try await catalog().bodies.lazy.flatMap({ body in body.meetings.map { (body, $0) } })
            .first(where: { $0.1.currentSHA256 == sha })
        else { throw HTTPError(.notFound, message: "no file \(sha)") }
        let original = try await originalBytes(stored)
        return mapping.file(
            stored, meetingID: Catalog.meetingID(stored.identity), size: original.bytes.count, mimeType: original.mimeType,
            sha512: original.sha512)
    }

    /// The original bytes, for the public only when the document has no closed item: its text may be in there.
    func original(_ sha: String, access: SearchAccess) async throws -> Response {
        guard let (_, stored) = try await catalog().bodies.lazy.flatMap({ body in body.meetings.map { (body, $0) } })
            .first(where: { $0.1.currentSHA256 == sha })
        else { throw HTTPError(.notFound, message: "no file \(sha)") }
        guard let meeting = try await reading(stored), access.seesClosedItems(of: stored.identity) || meeting.items.allSatisfy(\.isPublic) else {
            throw HTTPError(.forbidden, message: "the original holds closed items; members only")
        }
        let original = try await originalBytes(stored)
        return Response(
            status: .ok, headers: [.contentType: original.mimeType],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: original.bytes)))
    }

    private func originalBytes(_ stored: StoredMeeting) async throws -> (bytes: [UInt8], mimeType: String, sha512: String) {
        do {
            let original = try await store.original(sha256: stored.currentSHA256)
            let format = try await store.document(sha256: stored.currentSHA256)?.format
            let mimeType = switch format {
            case .pdf?: "application/pdf"
            case .html?: "text/html; charset=utf-8"
            case .markdown?: "text/markdown"
            default: "text/plain"
            }
            return (original.bytes, mimeType, SHA512.hash(data: original.bytes).map { String(format: "%02x", $0) }.joined())
        } catch {
            throw HTTPError(.internalServerError, message: "the store could not be read")
        }
    }

    private func reading(_ stored: StoredMeeting) async throws -> Meeting? {
        do {
            return try await cache.reading(stored)
        } catch {
            throw HTTPError(.internalServerError, message: "the store could not be read")
        }
    }

    /// One page of a list whose elements are made only for that page.
    private func page<Source: Codable & Sendable, Element>(
        _ all: [Source], request: Request, path: String, make: (Source) async throws -> Element
    ) async throws -> OParl.List<Element> {
        let sources = try page(all, request: request, path: path)
        var data = [Element]()
        for source in sources.data { data.append(try await make(source)) }
        return OParl.List(data: data, pagination: sources.pagination, links: sources.links)
    }

    /// One page of a list, `?page=N` counting from 1; a page that is no whole number from 1 is a bad request.
    private func page<Element>(_ all: [Element], request: Request, path: String) throws -> OParl.List<Element> {
        let total = all.count
        let pages = max(1, (total + Self.pageSize - 1) / Self.pageSize)
        var current = 1
        if let asked = request.uri.queryParameters.get("page") {
            guard let number = Int(asked), (1...1_000_000).contains(number) else {
                throw HTTPError(.badRequest, message: "page must be a whole number from 1 to 1000000")
            }
            current = number
        }
        // A page past the last is empty; a huge page number must not overflow the offset.
        let slice = current > pages ? [] : Array(all.dropFirst((current - 1) * Self.pageSize).prefix(Self.pageSize))
        func link(_ page: Int) -> String { path + "?page=\(page)" }
        return OParl.List(
            data: slice,
            pagination: OParl.Pagination(totalElements: total, elementsPerPage: Self.pageSize, currentPage: current, totalPages: pages),
            links: OParl.Links(
                first: link(1), prev: current > 1 ? link(min(current - 1, pages)) : nil, next: current < pages ? link(current + 1) : nil,
                last: link(pages)
            )
        )
    }
}
