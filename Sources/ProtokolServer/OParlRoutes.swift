import Crypto
import Foundation
import HTTPTypes
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
        group.get("legislativeterm/:id") { _, context in try await self.legislativeTerm(context.parameters.require("id")) }
        group.get("organization/:id/meetings") { request, context in
            try await self.organizationMeetings(request, id: context.parameters.require("id"), access: context.access)
        }
        group.get("meeting/:id") { _, context in try await self.meeting(context.parameters.require("id"), access: context.access) }
        group.get("body/:body/agendaitems") { request, context in
            try await self.agendaItems(request, body: context.parameters.require("body"), access: context.access)
        }
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
        group.get("file/:sha") { _, context in try await self.file(context.parameters.require("sha"), access: context.access) }
        group.get("file/:sha/original") { _, context in try await self.original(context.parameters.require("sha"), access: context.access) }
    }

    /// One item of a case that the asker may see: where it was treated, and its meeting's times.
    struct CaseItem: Sendable {
        var meetingID: String
        var committeeID: String
        var date: String
        var item: AgendaItem
        var times: OParl.Times
    }

    /// A case (an OParl Paper): its public items in published meetings, and the span of every meeting that treats
    /// it, withdrawn ones and removed items included. Without items it is deleted: all its meetings were withdrawn,
    /// or its items removed.
    struct Case: Sendable {
        var caseNumber: String
        var items: [CaseItem]
        var times: OParl.Times
    }

    /// Somebody named as a participant: the committees they sat in at published meetings, and the span of every
    /// meeting they are named in. Without published meetings they are deleted.
    struct Participant: Sendable {
        var name: String
        var party: String?
        var committees: [String]
        var membershipTimes: [String: OParl.Times]
        var times: OParl.Times
        var isDeleted: Bool
    }

    /// Withdrawn meetings included: the API reports them, and what only they held, as deleted.
    private func catalog() async throws -> Catalog {
        do {
            return try await cache.catalog(includingWithdrawn: true)
        } catch {
            throw HTTPError(.internalServerError, message: "the store could not be read")
        }
    }

    func system() async throws -> OParl.System { mapping.system(try await catalog()) }

    private func entry(_ body: Catalog.Body) -> OParl.Entry<OParl.Body> {
        body.isWithdrawn ? .deleted(mapping.deletedBody(body)) : .object(mapping.body(body))
    }

    func bodies(_ request: Request) async throws -> OParl.List<OParl.Entry<OParl.Body>> {
        let filter = try OParl.Filter(request)
        let all = try await catalog().bodies.filter { filter.admits(OParl.Times.span($0.meetings)) }
        return try await page(all, request: request, path: mapping.base + "/bodies", filter: filter) { entry($0) }
    }

    func body(_ id: String) async throws -> OParl.Entry<OParl.Body> {
        guard let body = try await catalog().body(id) else { throw HTTPError(.notFound, message: "no body \(id)") }
        return entry(body)
    }

    func organizations(_ request: Request, body id: String) async throws -> OParl.List<OParl.Entry<OParl.Organization>> {
        let filter = try OParl.Filter(request)
        guard let body = try await catalog().body(id) else { throw HTTPError(.notFound, message: "no body \(id)") }
        let all = body.committees.filter { filter.admits(OParl.Times.span($0.meetings)) }
        return try await page(all, request: request, path: mapping.bodyList(id, "organizations"), filter: filter) { committee in
            committee.isWithdrawn ? .deleted(mapping.deletedOrganization(committee)) : .object(mapping.organization(body, committee))
        }
    }

    func organization(_ id: String) async throws -> OParl.Entry<OParl.Organization> {
        guard let (body, committee) = try await catalog().committee(id) else {
            throw HTTPError(.notFound, message: "no organization \(id)")
        }
        return committee.isWithdrawn ? .deleted(mapping.deletedOrganization(committee)) : .object(mapping.organization(body, committee))
    }

    private func entry(_ body: Catalog.Body, _ stored: StoredMeeting, access: SearchAccess) async throws -> OParl.Entry<OParl.Meeting> {
        if stored.isWithdrawn { return .deleted(mapping.deletedMeeting(stored)) }
        return .object(
            mapping.meeting(
                body, stored, reading: try await reading(stored), showsClosed: access.seesClosedItems(of: stored.identity),
                attachments: try await attachments().of(stored.identity)))
    }

    func meetings(_ request: Request, body id: String, access: SearchAccess) async throws -> OParl.List<OParl.Entry<OParl.Meeting>> {
        let filter = try OParl.Filter(request)
        guard let body = try await catalog().body(id) else { throw HTTPError(.notFound, message: "no body \(id)") }
        let all = body.meetings.filter { filter.admits(OParl.Times($0)) }
        return try await page(all, request: request, path: mapping.bodyList(id, "meetings"), filter: filter) { try await entry(body, $0, access: access) }
    }

    /// A municipal term of a body, as its `legislativeTerm` list holds it: "lejre-kommune--2022-2025".
    func legislativeTerm(_ id: String) async throws -> OParl.LegislativeTerm {
        guard let separator = id.range(of: "--"), let body = try await catalog().body(String(id[..<separator.lowerBound])),
            let term = mapping.legislativeTerms(body).first(where: { $0.id == mapping.base + "/legislativeterm/" + id })
        else { throw HTTPError(.notFound, message: "no legislative term \(id)") }
        return term
    }

    /// A committee's meetings (its Organization's `meeting` list), like the body's.
    func organizationMeetings(_ request: Request, id: String, access: SearchAccess) async throws -> OParl.List<OParl.Entry<OParl.Meeting>> {
        let filter = try OParl.Filter(request)
        guard let (body, committee) = try await catalog().committee(id) else { throw HTTPError(.notFound, message: "no organization \(id)") }
        let all = committee.meetings.filter { filter.admits(OParl.Times($0)) }
        return try await page(all, request: request, path: mapping.organizationID(id) + "/meetings", filter: filter) {
            try await entry(body, $0, access: access)
        }
    }

    /// A meeting, encoded once per version, state and kind of asker.
    func meeting(_ id: String, access: SearchAccess) async throws -> Response {
        let generation = cache.generation()
        guard let (body, stored) = try await catalog().meeting(id) else { throw HTTPError(.notFound, message: "no meeting \(id)") }
        let showsClosed = access.seesClosedItems(of: stored.identity)
        let meeting = stored.isWithdrawn ? nil : try await reading(stored)
        let attachments = try await attachments().of(stored.identity)
        // The object is made only when the cache has no encoding of it.
        return try json(StoreCache.RenderKey(route: "oparl/meeting/" + id, showsClosed: showsClosed), generation: generation) {
            stored.isWithdrawn
                ? OParl.Entry<OParl.Meeting>.deleted(mapping.deletedMeeting(stored))
                : .object(mapping.meeting(body, stored, reading: meeting, showsClosed: showsClosed, attachments: attachments))
        }
    }

    /// An object as the request context would encode it, kept in the cache (which drops it when the store changes).
    private func json(_ key: StoreCache.RenderKey, generation: Int, _ make: () throws -> some Encodable) throws -> Response {
        let buffer = try cache.rendered(key, generation: generation) { ByteBuffer(bytes: try ProtokolRequestContext.encoder.encode(make())) }
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: ResponseBody(byteBuffer: buffer))
    }

    /// An item of the current version; deleted when its meeting was withdrawn or an earlier version alone had it.
    func agendaItem(_ id: String, access: SearchAccess) async throws -> Response {
        let generation = cache.generation()
        guard let dash = id.lastIndex(of: "-"), let number = Int(id[id.index(after: dash)...]),
            let (body, stored) = try await catalog().meeting(String(id[..<dash]))
        else { throw HTTPError(.notFound, message: "no agenda item \(id)") }
        let showsClosed = access.seesClosedItems(of: stored.identity)
        let meeting = try await reading(stored)
        let attachments = try await attachments().of(stored.identity)
        // The object is made only when the cache has no encoding of it.
        return try json(StoreCache.RenderKey(route: "oparl/agendaitem/" + id, showsClosed: showsClosed), generation: generation) {
            try agendaItemEntry(body, stored, reading: meeting, number: number, id: id, showsClosed: showsClosed, attachments: attachments)
        }
    }

    private func agendaItemEntry(
        _ body: Catalog.Body, _ stored: StoredMeeting, reading meeting: Meeting?, number: Int, id: String, showsClosed: Bool,
        attachments: [AttachedFile]
    ) throws -> OParl.Entry<OParl.AgendaItem> {
        let meetingID = Catalog.meetingID(stored.identity)
        let times = OParl.Times(stored)
        if let meeting, let index = meeting.items.firstIndex(where: { $0.number == number }) {
            if stored.isWithdrawn {
                return .deleted(mapping.deletedAgendaItem(meetingID: meetingID, number: number, order: index + 1, times: times))
            }
            return .object(
                mapping.agendaItem(
                    meeting.items[index], order: index + 1, meetingID: meetingID, bodyID: body.id, times: times, showsClosed: showsClosed,
                    attachments: attachments))
        }
        guard stored.removedItems.contains(number) else { throw HTTPError(.notFound, message: "no agenda item \(id)") }
        return .deleted(mapping.deletedAgendaItem(meetingID: meetingID, number: number, order: number, times: times))
    }

    /// Every agenda item of a body's meetings, meeting by meeting: the current version's items in their order, then
    /// the removed ones (deleted); a withdrawn meeting's items are all deleted. Only the page's meetings are read.
    func agendaItems(_ request: Request, body id: String, access: SearchAccess) async throws -> OParl.List<OParl.Entry<OParl.AgendaItem>> {
        let filter = try OParl.Filter(request)
        guard let body = try await catalog().body(id) else { throw HTTPError(.notFound, message: "no body \(id)") }
        var all = [(meeting: StoredMeeting, index: Int)]()
        for stored in body.meetings where filter.admits(OParl.Times(stored)) {
            for index in 0..<(stored.items + stored.removedItems.count) { all.append((stored, index)) }
        }
        var readings = [String: Meeting]()
        let attachments = try await attachments()
        return try await page(all, request: request, path: mapping.bodyList(id, "agendaitems"), filter: filter) { slot in
            let stored = slot.meeting
            let meetingID = Catalog.meetingID(stored.identity)
            let times = OParl.Times(stored)
            if slot.index >= stored.items {
                let number = stored.removedItems[slot.index - stored.items]
                return .deleted(mapping.deletedAgendaItem(meetingID: meetingID, number: number, order: number, times: times))
            }
            if readings[stored.currentSHA256] == nil { readings[stored.currentSHA256] = try await reading(stored) }
            guard let items = readings[stored.currentSHA256]?.items, slot.index < items.count else {
                throw HTTPError(.internalServerError, message: "the store could not be read")
            }
            let item = items[slot.index]
            if stored.isWithdrawn {
                return .deleted(mapping.deletedAgendaItem(meetingID: meetingID, number: item.number, order: slot.index + 1, times: times))
            }
            return .object(
                mapping.agendaItem(
                    item, order: slot.index + 1, meetingID: meetingID, bodyID: body.id, times: times,
                    showsClosed: access.seesClosedItems(of: stored.identity), attachments: attachments.of(stored.identity)))
        }
    }

    /// Every case of a body with an item the asker may see, in the order of the meetings' dates.
    private func cases(_ body: Catalog.Body, access: SearchAccess) async throws -> [Case] {
        var order = [String]()
        var byCase = [String: Case]()
        for stored in body.meetings.sorted(by: { $0.identity.dateText < $1.identity.dateText }) {
            guard let meeting = try await reading(stored) else { continue }
            let committeeID = body.id + "-" + Slug.make(stored.identity.committee)
            let times = OParl.Times(stored)
            let showsClosed = access.seesClosedItems(of: stored.identity)
            for item in meeting.items where item.isPublic || showsClosed {
                guard let caseNumber = item.caseNumber else { continue }
                var found = byCase[caseNumber] ?? Case(caseNumber: caseNumber, items: [], times: times)
                if byCase[caseNumber] == nil { order.append(caseNumber) }
                found.times = times.spanning(found.times)
                if !stored.isWithdrawn {
                    found.items.append(
                        CaseItem(meetingID: Catalog.meetingID(stored.identity), committeeID: committeeID, date: stored.identity.dateText, item: item, times: times))
                }
                byCase[caseNumber] = found
            }
            // A case of a removed item: the paper lost a consultation (and is deleted when it has none left).
            for caseNumber in stored.removedCases {
                if byCase[caseNumber] == nil { order.append(caseNumber) }
                byCase[caseNumber] = Case(caseNumber: caseNumber, items: byCase[caseNumber]?.items ?? [], times: times.spanning(byCase[caseNumber]?.times))
            }
        }
        return order.compactMap { byCase[$0] }
    }

    /// Everybody named as a participant in a body's meetings, by name.
    private func participants(_ body: Catalog.Body) async throws -> [Participant] {
        var byName = [String: Participant]()
        for stored in body.meetings {
            guard let meeting = try await reading(stored) else { continue }
            let committeeID = body.id + "-" + Slug.make(stored.identity.committee)
            let times = OParl.Times(stored)
            for participant in meeting.participants {
                var entry = byName[participant.name]
                    ?? Participant(name: participant.name, committees: [], membershipTimes: [:], times: times, isDeleted: true)
                entry.times = times.spanning(entry.times)
                entry.membershipTimes[committeeID] = times.spanning(entry.membershipTimes[committeeID])
                if !stored.isWithdrawn {
                    entry.isDeleted = false
                    if entry.party == nil { entry.party = participant.party }
                    if !entry.committees.contains(committeeID) { entry.committees.append(committeeID) }
                }
                byName[participant.name] = entry
            }
        }
        return byName.keys.sorted().compactMap { byName[$0] }
    }

    private func entry(_ participant: Participant, bodyID: String) -> OParl.Entry<OParl.Person> {
        if participant.isDeleted { return .deleted(mapping.deletedPerson(bodyID: bodyID, name: participant.name, times: participant.times)) }
        return .object(
            mapping.person(
                bodyID: bodyID, name: participant.name, party: participant.party, committeeIDs: participant.committees,
                times: participant.times, membershipTimes: participant.membershipTimes))
    }

    func people(_ request: Request, body id: String) async throws -> OParl.List<OParl.Entry<OParl.Person>> {
        let filter = try OParl.Filter(request)
        guard let body = try await catalog().body(id) else { throw HTTPError(.notFound, message: "no body \(id)") }
        let all = try await participants(body).filter { filter.admits($0.times) }
        return try await page(all, request: request, path: mapping.bodyList(id, "people"), filter: filter) { entry($0, bodyID: body.id) }
    }

    func person(_ id: String) async throws -> OParl.Entry<OParl.Person> {
        guard let separator = id.range(of: "--"), let body = try await catalog().body(String(id[..<separator.lowerBound])) else {
            throw HTTPError(.notFound, message: "no person \(id)")
        }
        let slug = String(id[separator.upperBound...])
        guard let found = try await participants(body).first(where: { Slug.make($0.name) == slug }) else {
            throw HTTPError(.notFound, message: "no person \(id)")
        }
        return entry(found, bodyID: body.id)
    }

    private func entry(_ found: Case, bodyID: String) -> OParl.Entry<OParl.Paper> {
        if found.items.isEmpty { return .deleted(mapping.deletedPaper(bodyID: bodyID, caseNumber: found.caseNumber, times: found.times)) }
        return .object(mapping.paper(bodyID: bodyID, caseNumber: found.caseNumber, items: found.items, times: found.times))
    }

    func papers(_ request: Request, body id: String, access: SearchAccess) async throws -> OParl.List<OParl.Entry<OParl.Paper>> {
        let filter = try OParl.Filter(request)
        guard let body = try await catalog().body(id) else { throw HTTPError(.notFound, message: "no body \(id)") }
        let all = try await cases(body, access: access).filter { filter.admits($0.times) }
        return try await page(all, request: request, path: mapping.bodyList(id, "papers"), filter: filter) { entry($0, bodyID: body.id) }
    }

    func paper(_ id: String, access: SearchAccess) async throws -> OParl.Entry<OParl.Paper> {
        guard let separator = id.range(of: "--"), let body = try await catalog().body(String(id[..<separator.lowerBound])) else {
            throw HTTPError(.notFound, message: "no paper \(id)")
        }
        let slug = String(id[separator.upperBound...])
        guard let found = try await cases(body, access: access).first(where: { Slug.make($0.caseNumber) == slug }) else {
            throw HTTPError(.notFound, message: "no paper \(id)")
        }
        return entry(found, bodyID: body.id)
    }

    /// The consultation of a case by an item the asker may see; deleted when its meeting was withdrawn or its item removed.
    func consultation(_ id: String, access: SearchAccess) async throws -> OParl.Entry<OParl.Consultation> {
        guard let dash = id.lastIndex(of: "-"), let number = Int(id[id.index(after: dash)...]),
            let (body, stored) = try await catalog().meeting(String(id[..<dash]))
        else { throw HTTPError(.notFound, message: "no consultation \(id)") }
        let meetingID = Catalog.meetingID(stored.identity)
        let times = OParl.Times(stored)
        if stored.removedItems.contains(number) {
            return .deleted(mapping.deletedConsultation(meetingID: meetingID, number: number, times: times))
        }
        guard let meeting = try await reading(stored),
            let item = meeting.items.first(where: { $0.number == number && ($0.isPublic || access.seesClosedItems(of: stored.identity)) }),
            let caseNumber = item.caseNumber
        else { throw HTTPError(.notFound, message: "no consultation \(id)") }
        if stored.isWithdrawn { return .deleted(mapping.deletedConsultation(meetingID: meetingID, number: number, times: times)) }
        return .object(
            mapping.consultation(
                item, meetingID: meetingID, committeeID: body.id + "-" + Slug.make(stored.identity.committee),
                paper: mapping.paperID(body.id, caseNumber), times: times))
    }

    /// A File: the original document of a meeting's current version (deleted when the meeting was withdrawn), or a
    /// file attached to items the asker may see. `text` only for those who may read the whole file.
    func file(_ sha: String, access: SearchAccess) async throws -> OParl.Entry<OParl.File> {
        guard let stored = try await catalog().meetings.first(where: { $0.currentSHA256 == sha }) else {
            let holders = try await visibleAttachments(sha, access: access)
            let bytes = try await attachmentBytes(sha)
            guard let file = mapping.attachmentFile(holders, sha512: Self.sha512(bytes), text: cache.text(sha256: sha, bytes: bytes)) else {
                throw HTTPError(.notFound, message: "no file \(sha)")
            }
            return .object(file)
        }
        if stored.isWithdrawn { return .deleted(mapping.deletedFile(stored)) }
        let original = try await originalBytes(stored)
        let readable = try await mayRead(stored, access: access)
        return .object(
            mapping.file(
                stored, meetingID: Catalog.meetingID(stored.identity), size: original.bytes.count, mimeType: original.mimeType,
                sha512: original.sha512, text: readable ? cache.text(sha256: sha, bytes: original.bytes) : nil))
    }

    /// The original bytes, only to those who may read every item in it: a closed item's text is in there.
    /// A withdrawn meeting's original is not served at all. An attached file goes to those who see an item holding it.
    func original(_ sha: String, access: SearchAccess) async throws -> Response {
        guard let stored = try await catalog().meetings.first(where: { $0.currentSHA256 == sha && !$0.isWithdrawn }) else {
            guard let holder = try await visibleAttachments(sha, access: access).first else { throw HTTPError(.notFound, message: "no file \(sha)") }
            let bytes = try await attachmentBytes(sha)
            var headers = Self.originalHeaders(contentType: holder.mimeType)
            if let name = holder.fileName { headers[.contentDisposition] = Self.inline(fileName: name) }
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        }
        guard try await mayRead(stored, access: access) else {
            throw HTTPError(.forbidden, message: "the original holds closed items; members only")
        }
        let original = try await originalBytes(stored)
        return Response(
            status: .ok, headers: Self.originalHeaders(contentType: original.mimeType),
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: original.bytes)))
    }

    /// Files come from outside (an HTML page may hold scripts): shown in a sandbox, without the site's origin, and
    /// never sniffed as another type.
    static func originalHeaders(contentType: String) -> HTTPFields {
        var headers: HTTPFields = [.contentType: contentType, .contentSecurityPolicy: "sandbox"]
        if let noSniff = HTTPField.Name("X-Content-Type-Options") { headers[noSniff] = "nosniff" }
        return headers
    }

    /// Whether the asker may read a meeting's whole document: it has no closed items, or the asker is a member.
    private func mayRead(_ stored: StoredMeeting, access: SearchAccess) async throws -> Bool {
        guard let meeting = try await reading(stored) else { return false }
        return access.seesClosedItems(of: stored.identity) || meeting.items.allSatisfy(\.isPublic)
    }

    /// The attachments of these bytes on items the asker may see, in published meetings' current versions.
    private func visibleAttachments(_ sha: String, access: SearchAccess) async throws -> [AttachedFile] {
        let catalog = try await catalog()
        var visible = [AttachedFile]()
        for attachment in try await attachments().holding(sha256: sha) {
            guard let (_, stored) = catalog.meeting(Catalog.meetingID(attachment.meeting)), !stored.isWithdrawn,
                let item = try await reading(stored)?.items.first(where: { $0.number == attachment.item }),
                item.isPublic || access.seesClosedItems(of: stored.identity)
            else { continue }
            visible.append(attachment)
        }
        return visible
    }

    private func attachments() async throws -> AttachmentIndex {
        do {
            return try await cache.attachments()
        } catch {
            throw HTTPError(.internalServerError, message: "the store could not be read")
        }
    }

    private func attachmentBytes(_ sha: String) async throws -> [UInt8] {
        do {
            return try await store.attachmentBytes(sha256: sha)
        } catch .notFound(_) {
            throw HTTPError(.notFound, message: "no file \(sha)")
        } catch {
            throw HTTPError(.internalServerError, message: "the store could not be read")
        }
    }

    /// `inline; filename="…"` with the name's non-ASCII characters in RFC 5987 form.
    static func inline(fileName: String) -> String {
        let ascii = String(fileName.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 ? Character($0) : "_" })
        let encoded = fileName.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ascii
        return "inline; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }

    static func sha512(_ bytes: [UInt8]) -> String { SHA512.hash(data: bytes).map { String(format: "%02x", $0) }.joined() }

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
            return (original.bytes, mimeType, Self.sha512(original.bytes))
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

    /// One page of a list, `?page=N` counting from 1; a page that is no whole number from 1 is a bad request.
    /// Only the page's elements are made into objects; the links carry the list's filters on.
    private func page<Source, Element>(
        _ all: [Source], request: Request, path: String, filter: OParl.Filter, _ make: (Source) async throws -> Element
    ) async throws -> OParl.List<Element> {
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
        var data = [Element]()
        for source in slice { data.append(try await make(source)) }
        let query = filter.query
        func link(_ page: Int) -> String { path + "?" + query + "page=\(page)" }
        return OParl.List(
            data: data,
            pagination: OParl.Pagination(totalElements: total, elementsPerPage: Self.pageSize, currentPage: current, totalPages: pages),
            links: OParl.Links(
                first: link(1), prev: current > 1 ? link(min(current - 1, pages)) : nil, next: current < pages ? link(current + 1) : nil,
                last: link(pages)
            )
        )
    }
}
