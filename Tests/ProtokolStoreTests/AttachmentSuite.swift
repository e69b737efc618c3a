import Foundation
import ProtokolApp
import ProtokolModel
import ProtokolStore
import Testing

/// Files attached to items: the same contract on every store.
@Suite("AttachmentStore: files attached to items")
struct AttachmentSuite {
    static let addedAt = Date(timeIntervalSince1970: 1_700_000_000)

    static func attachment(_ bytes: [UInt8], to meeting: MeetingIdentity, item: Int, title: String) -> AttachedFile {
        AttachedFile(
            meeting: meeting, item: item, title: title, sha256: OriginalAddress.sha256(bytes), size: bytes.count,
            mimeType: "application/pdf", fileName: title + ".pdf", addedAt: addedAt)
    }

    @Test("a file attached to an item is listed with the meeting and read back byte for byte", arguments: StoreFactory.all)
    func attachAndRead(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            try await Corpus.storeSeeds(in: store)
            let lejre = try WithdrawalSuite.lejreIdentity()
            let plan = Array("%PDF-1.4 Bilag: tidsplan\u{0}\u{ff}".utf8) + [0, 255, 128]
            let budget = Array("Budgetoversigt 2023".utf8)
            let stored = try await store.attach(Self.attachment(plan, to: lejre, item: 2, title: "Tidsplan"), bytes: plan)
            #expect(stored.meeting == lejre && stored.item == 2 && stored.title == "Tidsplan" && stored.size == plan.count)
            #expect(stored.fileName == "Tidsplan.pdf" && stored.mimeType == "application/pdf" && stored.addedAt == Self.addedAt)
            try await store.attach(Self.attachment(budget, to: lejre, item: 1, title: "Budget"), bytes: budget)
            // The same bytes on another item are a second attachment of one stored file.
            try await store.attach(Self.attachment(plan, to: lejre, item: 3, title: "Tidsplan igen"), bytes: plan)

            let listed = try await store.attachments(of: lejre)
            #expect(listed.map(\.item) == [1, 2, 3])
            #expect(listed.map(\.title) == ["Budget", "Tidsplan", "Tidsplan igen"])
            #expect(try await store.attachments() == listed)
            #expect(try await store.attachmentBytes(sha256: stored.sha256) == plan)

            // Other meetings have none.
            for meeting in try await store.meetings() where meeting.identity != lejre {
                #expect(try await store.attachments(of: meeting.identity).isEmpty)
            }
        }
    }

    @Test("attaching the same file to the same item twice keeps the first", arguments: StoreFactory.all)
    func idempotent(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            try await Corpus.storeSeeds(in: store)
            let lejre = try WithdrawalSuite.lejreIdentity()
            let bytes = Array("bilag".utf8)
            try await store.attach(Self.attachment(bytes, to: lejre, item: 2, title: "Først"), bytes: bytes)
            let again = try await store.attach(Self.attachment(bytes, to: lejre, item: 2, title: "Siden"), bytes: bytes)
            #expect(again.title == "Først")
            #expect(try await store.attachments(of: lejre).count == 1)
        }
    }

    @Test("a new version of the minutes keeps the meeting's attachments", arguments: StoreFactory.all)
    func keptAcrossVersions(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            try await WithdrawalSuite.storeSeeds(in: store)
            let lejre = try WithdrawalSuite.lejreIdentity()
            let bytes = Array("bilag".utf8)
            try await store.attach(Self.attachment(bytes, to: lejre, item: 2, title: "Bilag"), bytes: bytes)
            try await store.store(try WithdrawalSuite.revised(WithdrawalSuite.lejre, at: WithdrawalSuite.t1))
            #expect(try await store.attachments(of: lejre).map(\.title) == ["Bilag"])
        }
    }

    @Test("detaching removes the attachment, and the bytes once nothing holds them", arguments: StoreFactory.all)
    func detach(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            try await Corpus.storeSeeds(in: store)
            let lejre = try WithdrawalSuite.lejreIdentity()
            let bytes = Array("bilag til to punkter".utf8)
            let first = try await store.attach(Self.attachment(bytes, to: lejre, item: 2, title: "A"), bytes: bytes)
            try await store.attach(Self.attachment(bytes, to: lejre, item: 3, title: "B"), bytes: bytes)
            let prefix = String(first.sha256.prefix(8))
            #expect(try await store.detach(sha256: prefix, from: lejre, item: 2))
            #expect(try await store.detach(sha256: prefix, from: lejre, item: 2) == false)
            #expect(try await store.attachments(of: lejre).map(\.item) == [3])
            #expect(try await store.attachmentBytes(sha256: first.sha256) == bytes)
            #expect(try await store.detach(sha256: first.sha256, from: lejre, item: 3))
            await #expect(throws: StoreError.notFound(sha256: first.sha256)) { try await store.attachmentBytes(sha256: first.sha256) }
        }
    }

    @Test("an unknown meeting or a file that is not its bytes is an error, and stores nothing", arguments: StoreFactory.all)
    func errors(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            try await Corpus.storeSeeds(in: store)
            let lejre = try WithdrawalSuite.lejreIdentity()
            let bytes = Array("bilag".utf8)
            let nowhere = MeetingIdentity(body: "Lejre Kommune", committee: "Intet udvalg", date: CalendarDate(year: 2022, month: 1, day: 1), kind: .minutes)
            await #expect(throws: StoreError.meetingNotFound(meeting: nowhere.description)) {
                try await store.attach(Self.attachment(bytes, to: nowhere, item: 1, title: "Bilag"), bytes: bytes)
            }
            var lying = Self.attachment(bytes, to: lejre, item: 1, title: "Bilag")
            lying.size = 99
            await #expect(throws: StoreError.self) { try await store.attach(lying, bytes: bytes) }
            await #expect(throws: StoreError.self) {
                try await store.attach(Self.attachment(bytes, to: lejre, item: 0, title: "Bilag"), bytes: bytes)
            }
            await #expect(throws: StoreError.self) {
                try await store.attach(Self.attachment(bytes, to: lejre, item: 1, title: "  "), bytes: bytes)
            }
            #expect(try await store.attachments().isEmpty)
            await #expect(throws: StoreError.meetingNotFound(meeting: nowhere.description)) {
                try await store.detach(sha256: OriginalAddress.sha256(bytes), from: nowhere, item: 1)
            }
        }
    }
}
