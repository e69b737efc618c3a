import Hummingbird
import ProtokolModel
import ProtokolStore

/// The OParl 1.1 API under /oparl/v1.1: system, bodies, organizations, meetings and agenda items.
struct OParlRoutes: Sendable {
    let store: any MeetingStore
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
            try await self.meetings(request, body: context.parameters.require("body"))
        }
        group.get("organization/:id") { _, context in try await self.organization(context.parameters.require("id")) }
        group.get("meeting/:id") { _, context in try await self.meeting(context.parameters.require("id")) }
        group.get("agendaitem/:id") { _, context in try await self.agendaItem(context.parameters.require("id")) }
    }

    private func catalog() async throws -> Catalog {
        do {
            return try await Catalog.load(from: store)
        } catch {
            throw HTTPError(.internalServerError, message: "the store could not be read")
        }
    }

    func system() async throws -> OParl.System { mapping.system(try await catalog()) }

    func bodies(_ request: Request) async throws -> OParl.List<OParl.Body> {
        let all = try await catalog().bodies.map(mapping.body)
        return page(all, request: request, path: mapping.base + "/bodies")
    }

    func body(_ id: String) async throws -> OParl.Body {
        guard let body = try await catalog().body(id) else { throw HTTPError(.notFound, message: "no body \(id)") }
        return mapping.body(body)
    }

    func organizations(_ request: Request, body id: String) async throws -> OParl.List<OParl.Organization> {
        guard let body = try await catalog().body(id) else { throw HTTPError(.notFound, message: "no body \(id)") }
        let all = body.committees.map { mapping.organization(body, $0) }
        return page(all, request: request, path: mapping.bodyList(id, "organizations"))
    }

    func organization(_ id: String) async throws -> OParl.Organization {
        guard let (body, committee) = try await catalog().committee(id) else {
            throw HTTPError(.notFound, message: "no organization \(id)")
        }
        return mapping.organization(body, committee)
    }

    func meetings(_ request: Request, body id: String) async throws -> OParl.List<OParl.Meeting> {
        guard let body = try await catalog().body(id) else { throw HTTPError(.notFound, message: "no body \(id)") }
        var all = [OParl.Meeting]()
        for stored in body.meetings {
            all.append(mapping.meeting(body, stored, reading: try await reading(stored)))
        }
        return page(all, request: request, path: mapping.bodyList(id, "meetings"))
    }

    func meeting(_ id: String) async throws -> OParl.Meeting {
        guard let (body, stored) = try await catalog().meeting(id) else { throw HTTPError(.notFound, message: "no meeting \(id)") }
        return mapping.meeting(body, stored, reading: try await reading(stored))
    }

    func agendaItem(_ id: String) async throws -> OParl.AgendaItem {
        guard let dash = id.lastIndex(of: "-"), let number = Int(id[id.index(after: dash)...]),
            let (_, stored) = try await catalog().meeting(String(id[..<dash])),
            let meeting = try await reading(stored),
            let index = meeting.items.firstIndex(where: { $0.number == number })
        else { throw HTTPError(.notFound, message: "no agenda item \(id)") }
        return mapping.agendaItem(meeting.items[index], order: index + 1, meetingID: Catalog.meetingID(stored.identity))
    }

    private func reading(_ stored: StoredMeeting) async throws -> Meeting? {
        do {
            return try await store.parsedDocument(sha256: stored.currentSHA256)?.meeting
        } catch {
            throw HTTPError(.internalServerError, message: "the store could not be read")
        }
    }

    /// One page of a list, `?page=N` counting from 1.
    private func page<Element>(_ all: [Element], request: Request, path: String) -> OParl.List<Element> {
        let total = all.count
        let pages = max(1, (total + Self.pageSize - 1) / Self.pageSize)
        let current = min(max(1, request.uri.queryParameters.get("page", as: Int.self) ?? 1), pages)
        let slice = Array(all.dropFirst((current - 1) * Self.pageSize).prefix(Self.pageSize))
        func link(_ page: Int) -> String { path + "?page=\(page)" }
        return OParl.List(
            data: slice,
            pagination: OParl.Pagination(totalElements: total, elementsPerPage: Self.pageSize, currentPage: current, totalPages: pages),
            links: OParl.Links(
                first: link(1), prev: current > 1 ? link(current - 1) : nil, next: current < pages ? link(current + 1) : nil,
                last: link(pages)
            )
        )
    }
}
