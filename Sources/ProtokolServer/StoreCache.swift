import Foundation
import Hummingbird
import ProtokolModel
import ProtokolReader
import ProtokolStore
import Synchronization

/// How long the server trusts what it has read from the store.
public struct CachePolicy: Sendable {
    /// After this long the meeting list is read again; when it differs (an import, here or by another process sharing
    /// the database), the catalog is rebuilt and every rendered page dropped.
    public var catalogLifetime: Duration
    /// After this long a meeting's reading is read again (a `protokol reindex` keeps the SHA-256 but may change it).
    public var readingLifetime: Duration
    /// At most this many meetings' readings are kept (a reading is some tens of kilobytes).
    public var readings: Int
    /// At most this many bytes of rendered responses are kept.
    public var renderedBytes: Int
    /// At most this many bytes of files' extracted text are kept.
    public var textBytes: Int

    public init(
        catalogLifetime: Duration = .seconds(2), readingLifetime: Duration = .seconds(30), readings: Int = 2048,
        renderedBytes: Int = 64 << 20, textBytes: Int = 64 << 20
    ) {
        self.catalogLifetime = catalogLifetime
        self.readingLifetime = readingLifetime
        self.readings = readings
        self.renderedBytes = renderedBytes
        self.textBytes = textBytes
    }

    /// Reads the store on every request (for tests of the store's own behaviour).
    public static let none = CachePolicy(catalogLifetime: .zero, readingLifetime: .zero, readings: 0, renderedBytes: 0, textBytes: 0)
}

/// The catalog, the readings of meetings and rendered responses, shared by every request.
///
/// Nothing here depends on who asks: readings hold closed items too, and each route decides with the request's
/// access what to show. Rendered responses are keyed by whether the asker sees the meeting's closed items, so a
/// member's page is never served to the public.
final class StoreCache: Sendable {
    let store: any MeetingStore
    let policy: CachePolicy
    private let state = Mutex(State())
    private let clock = ContinuousClock()

    private struct State {
        mutating func clearRendered() {
            rendered.removeAll()
            renderedBytes = 0
            generation += 1
        }

        var catalog: Catalog?
        /// The catalog with withdrawn meetings too (for the OParl API, which reports them as deleted).
        var fullCatalog: Catalog?
        var catalogRead: ContinuousClock.Instant?
        var refreshing = false
        var readings: [String: (meeting: Meeting?, read: ContinuousClock.Instant)] = [:]
        /// The files attached to items, read with the catalog.
        var attachments = AttachmentIndex()
        /// Files' extracted text by SHA-256 (nil: the bytes hold none), up to the policy's text bytes.
        var texts: [String: String?] = [:]
        var textBytes = 0
        var rendered: [RenderKey: ByteBuffer] = [:]
        var renderedBytes = 0
        /// Counts the times `rendered` was emptied, so a response made from what was read before is not kept.
        var generation = 0
    }

    /// A rendered response: the route and its arguments, and whether closed items were shown in it.
    struct RenderKey: Hashable, Sendable {
        var route: String
        var showsClosed: Bool
    }

    init(store: any MeetingStore, policy: CachePolicy) {
        self.store = store
        self.policy = policy
    }

    /// The catalog, read again when older than the policy allows; while one request reads it, the others use the
    /// previous one.
    /// `includingWithdrawn` gives the catalog with withdrawn meetings too; both come from one read.
    func catalog(includingWithdrawn: Bool = false) async throws(StoreError) -> Catalog {
        let now = clock.now
        let pick = { (state: State) in includingWithdrawn ? state.fullCatalog : state.catalog }
        let (cached, mustRead) = state.withLock { state -> (Catalog?, Bool) in
            if let catalog = pick(state), let read = state.catalogRead {
                if now - read < policy.catalogLifetime || state.refreshing { return (catalog, false) }
                state.refreshing = true
            }
            return (pick(state), true)
        }
        if !mustRead, let cached { return cached }
        let meetings: [StoredMeeting]
        let attachments: [AttachedFile]
        do {
            meetings = try await store.meetings(includingWithdrawn: true)
            attachments = try await store.attachments()
        } catch {
            state.withLock { $0.refreshing = false }
            // A store that fails for a moment: the catalog already read is better than an error page.
            if let cached { return cached }
            throw error
        }
        return state.withLock { state in
            state.refreshing = false
            state.catalogRead = now
            if let full = state.fullCatalog, let catalog = state.catalog, full.source == meetings, state.attachments.all == attachments {
                return includingWithdrawn ? full : catalog
            }
            state.attachments = AttachmentIndex(attachments)
            let full = Catalog(meetings: meetings)
            let catalog = Catalog(meetings: meetings.filter { !$0.isWithdrawn })
            state.fullCatalog = full
            state.catalog = catalog
            // Another version became current somewhere: what was rendered may be out of date.
            state.clearRendered()
            let current = Set(meetings.map(\.currentSHA256))
            state.readings = state.readings.filter { current.contains($0.key) }
            return includingWithdrawn ? full : catalog
        }
    }

    /// The reading of a meeting's current version (nil when it failed or is gone).
    func reading(_ stored: StoredMeeting) async throws(StoreError) -> Meeting? {
        let now = clock.now
        let sha = stored.currentSHA256
        if let cached = state.withLock({ state in state.readings[sha].flatMap { now - $0.read < policy.readingLifetime ? $0 : nil } }) {
            return cached.meeting
        }
        let meeting = try await store.parsedDocument(sha256: sha)?.meeting
        state.withLock { state in
            guard policy.readings > 0 else { return }
            if let old = state.readings[sha], old.meeting != meeting { state.clearRendered() }
            // Dictionary order is arbitrary: this drops some entry, which is as good as any for a cache this simple.
            if state.readings.count >= policy.readings, let any = state.readings.keys.first { state.readings[any] = nil }
            state.readings[sha] = (meeting, now)
        }
        return meeting
    }

    /// The files attached to items of stored meetings, as read with the catalog.
    func attachments() async throws(StoreError) -> AttachmentIndex {
        _ = try await catalog()
        return state.withLock { $0.attachments }
    }

    /// The text of a file's bytes (nil when they hold none: an image, a Word file), extracted once per SHA-256.
    func text(sha256: String, bytes: [UInt8]) -> String? {
        if let cached = state.withLock({ $0.texts[sha256] }) { return cached }
        let text = try? DocumentText.extract(bytes).text
        let size = text?.utf8.count ?? 0
        state.withLock { state in
            guard policy.readings > 0, size <= policy.textBytes, state.texts[sha256] == nil else { return }
            while state.textBytes + size > policy.textBytes || state.texts.count >= max(1, policy.readings), let any = state.texts.keys.first {
                state.textBytes -= state.texts.removeValue(forKey: any).flatMap { $0?.utf8.count } ?? 0
            }
            state.texts[sha256] = .some(text)
            state.textBytes += size
        }
        return text
    }

    /// The number of extracted texts kept and their size in bytes.
    func keptTexts() -> (count: Int, bytes: Int) { state.withLock { ($0.texts.count, $0.textBytes) } }

    /// How many times rendered responses were dropped; a request takes it before it reads the catalog or a reading.
    func generation() -> Int { state.withLock { $0.generation } }

    /// A rendered response body, made once per key until the catalog or a reading changes. `generation` is what
    /// ``generation()`` said before the request read what it renders: when the responses were dropped since, what it
    /// made may come from an older reading and is not kept.
    func rendered(_ key: RenderKey, generation: Int, make: () throws -> ByteBuffer) rethrows -> ByteBuffer {
        if let cached = state.withLock({ $0.rendered[key] }) { return cached }
        let made = try make()
        state.withLock { state in
            guard made.readableBytes <= policy.renderedBytes, state.generation == generation else { return }
            while state.renderedBytes + made.readableBytes > policy.renderedBytes, let any = state.rendered.keys.first {
                state.renderedBytes -= state.rendered.removeValue(forKey: any)?.readableBytes ?? 0
            }
            state.renderedBytes += made.readableBytes - (state.rendered.updateValue(made, forKey: key)?.readableBytes ?? 0)
        }
        return made
    }
}

/// The attached files, by meeting and by SHA-256.
struct AttachmentIndex: Sendable {
    let all: [AttachedFile]
    private let byMeeting: [MeetingIdentity: [AttachedFile]]
    private let bySHA256: [String: [AttachedFile]]

    init(_ all: [AttachedFile] = []) {
        self.all = all
        byMeeting = Dictionary(grouping: all, by: \.meeting)
        bySHA256 = Dictionary(grouping: all, by: \.sha256)
    }

    /// A meeting's attachments, by item and order of attaching.
    func of(_ meeting: MeetingIdentity) -> [AttachedFile] { byMeeting[meeting] ?? [] }

    /// Every attachment of these bytes, wherever they are attached.
    func holding(sha256: String) -> [AttachedFile] { bySHA256[sha256] ?? [] }
}
