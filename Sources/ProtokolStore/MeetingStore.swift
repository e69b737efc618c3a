import Foundation
import ProtokolModel

/// Where meetings live: the original bytes of every document, what reading them gave, and the
/// search and case queries over the current version of each meeting.
///
/// Every implementation passes the same test suite (Tests/ProtokolStoreTests). Reading documents is
/// not the store's job: callers read the bytes (with `MinutesReader`) and hand over a ``Submission``
/// with the result, so a store depends on the model only.
///
/// Rules every implementation keeps:
/// - Originals are content-addressed by SHA-256: the same bytes twice are stored once.
/// - A meeting is identified by ``MeetingIdentity`` (body, committee, date, kind). A different document
///   for the same meeting is a new version; the newest stored version is current, and only current
///   versions are searched.
/// - Each submission is stored in one transaction: a crash leaves the whole meeting or nothing.
/// - Concurrent writers (tasks or processes) lose nothing and create no duplicates.
/// - Closed items (`isPublic == false`) are found only with ``SearchAccess/member(of:)`` access to
///   their committee, in ``search(_:access:)`` and ``caseItems(_:access:)``. The document-level calls
///   (``original(sha256:)``, ``parsedDocument(sha256:)``) return everything: they are for the owner of
///   the store, not for the public.
/// - A withdrawn meeting (``withdraw(_:at:)``) keeps every version, but leaves ``search(_:access:)``,
///   ``caseItems(_:body:access:)`` and ``meetings()``; ``meetings(includingWithdrawn:)`` still lists it, so
///   the OParl API can report it as deleted. Storing a new version of it publishes it again; the same bytes
///   again change nothing.
/// - Accounts and sessions live in the same database (``AccountStore``), and so do the files attached to
///   items (``AttachmentStore``).
public protocol MeetingStore: AccountStore, AttachmentStore {
    /// Applies every migration not yet applied, and returns their names in order.
    @discardableResult
    func migrate() async throws(StoreError) -> [String]

    /// The names of the migrations not yet applied; empty when the schema is current.
    func pendingMigrations() async throws(StoreError) -> [String]

    /// Stores one original and what reading it gave, in one transaction.
    ///
    /// When the original's SHA-256 is already stored, nothing is touched and the outcome is
    /// ``ImportOutcome/unchanged(_:)``. A failed reading is stored with its error.
    func store(_ submission: Submission) async throws(StoreError) -> ImportOutcome

    /// Stores several submissions, in order, with the outcome of each as ``store(_:)`` would give it.
    ///
    /// An implementation may commit the whole batch in one transaction (fewer commits, and for full-text
    /// indexes fewer, larger segments): a crash then loses the batch, never part of one meeting. An error
    /// stores none of a batch committed as one transaction.
    func store(batch submissions: [Submission]) async throws(StoreError) -> [ImportOutcome]

    /// The stored document with this SHA-256 (full, lower-case hex), or nil.
    func document(sha256: String) async throws(StoreError) -> StoredDocument?

    /// Every stored document in the order they were received, without their bytes.
    func documents() async throws(StoreError) -> [StoredDocument]

    /// The original bytes for a full SHA-256 or an unambiguous prefix of at least 6 hex digits.
    func original(sha256 prefix: String) async throws(StoreError) -> StoredOriginal

    /// The stored reading of a document (the model as the parser gave it), or nil when it failed.
    func parsedDocument(sha256: String) async throws(StoreError) -> ParsedDocument?

    /// Every meeting with its current version, ordered by date, body, committee (and kind); withdrawn
    /// meetings only when `includingWithdrawn` is true.
    func meetings(includingWithdrawn: Bool) async throws(StoreError) -> [StoredMeeting]

    /// Withdraws a meeting published by mistake, in one transaction: its versions stay stored, but it leaves
    /// search, case lists and ``meetings()``. Withdrawing a withdrawn meeting changes nothing (its first
    /// withdrawal time stays). Returns the meeting as stored afterwards; ``StoreError/meetingNotFound(meeting:)``
    /// when no meeting has this identity.
    @discardableResult
    func withdraw(_ meeting: MeetingIdentity, at time: Date) async throws(StoreError) -> StoredMeeting

    /// Replaces the stored reading of an original already stored (for `protokol reindex`), in one
    /// transaction. The original bytes and their place in the version order stay as they are.
    func replaceReading(sha256: String, with reading: Reading, parserVersion: String) async throws(StoreError) -> ReindexOutcome

    /// Ranked hits over the current versions, with facet counts over all hits.
    func search(_ query: SearchQuery, access: SearchAccess) async throws(StoreError) -> SearchResults

    /// Every item of a case in the current versions, in meeting date order, with its history.
    /// Case numbers are each municipality's own: `body` keeps to one.
    func caseItems(_ caseNumber: String, body: String?, access: SearchAccess) async throws(StoreError) -> [CaseItem]

    /// Checks the store's invariants (every stored meeting whole, one current version per meeting, the
    /// search index exactly the current versions); one line per problem, empty when all is well.
    func verify() async throws(StoreError) -> [String]
}

extension MeetingStore {
    /// Every published (not withdrawn) meeting with its current version, ordered by date, body, committee.
    public func meetings() async throws(StoreError) -> [StoredMeeting] {
        try await meetings(includingWithdrawn: false)
    }

    /// One transaction per submission.
    public func store(batch submissions: [Submission]) async throws(StoreError) -> [ImportOutcome] {
        var outcomes = [ImportOutcome]()
        outcomes.reserveCapacity(submissions.count)
        for submission in submissions { outcomes.append(try await store(submission)) }
        return outcomes
    }

    /// Every item of a case in any municipality.
    public func caseItems(_ caseNumber: String, access: SearchAccess) async throws(StoreError) -> [CaseItem] {
        try await caseItems(caseNumber, body: nil, access: access)
    }
}
