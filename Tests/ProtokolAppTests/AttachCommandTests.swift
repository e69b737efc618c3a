import Foundation
import ProtokolModel
import ProtokolReader
import ProtokolStore
import Testing
@testable import ProtokolApp

@Suite("protokol attach, attachments, detach")
struct AttachCommandTests {
    /// A store with the seeds, Lejre's meeting id, and a directory for files; the caller removes the directory.
    static func seeded() async throws -> (store: any MeetingStore, lejre: MeetingIdentity, directory: URL) {
        let directory = try WithdrawCommandTests.directory()
        let store = try await StoreOpening.forWriting(db: directory.appendingPathComponent("p.sqlite").path)
        _ = try await ImportRun.run(paths: InputFiles.expand([WithdrawCommandTests.seeds.path]), store: store)
        let sha = OriginalAddress.sha256(try MinutesReader.load(WithdrawCommandTests.lejre))
        let lejre = try #require(try await store.meetings().first { $0.currentSHA256 == sha })
        return (store, lejre.identity, directory)
    }

    static func write(_ text: String, to name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test("attaches files to an item under the title the minutes list, lists them and detaches them")
    func attachListDetach() async throws {
        let (store, lejre, directory) = try await Self.seeded()
        defer { try? FileManager.default.removeItem(at: directory) }
        let economy = try Self.write("Hvidbog om økonomi 2021\n", to: "hvidbog_økonomi 2021.txt", in: directory)
        let page = try Self.write("<html><body><h1>Målgrupper</h1></body></html>", to: "bilag.html", in: directory)
        let time = Date(timeIntervalSince1970: 1_700_000_000)
        let lines = try await AttachRun.attach([economy, page], to: lejre.stableID, item: 3, store: store, at: time)
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("attached \(economy) to item 3 of \(lejre) as \"Hvidbog_økonomi 2021\" ["))
        #expect(lines[1].contains("as \"bilag\"") && !lines[1].contains("already"))

        let stored = try await store.attachments(of: lejre)
        #expect(stored.map(\.title) == ["Hvidbog_økonomi 2021", "bilag"])
        #expect(stored.map(\.mimeType) == ["text/plain", "text/html; charset=utf-8"])
        #expect(stored.map(\.fileName) == ["hvidbog_økonomi 2021.txt", "bilag.html"])
        #expect(try await store.attachmentBytes(sha256: stored[0].sha256) == Array("Hvidbog om økonomi 2021\n".utf8))

        // The same file again changes nothing and says so; a title of one's own for another item.
        let again = try await AttachRun.attach([economy], to: lejre.stableID, item: 3, store: store, at: time.addingTimeInterval(5))
        #expect(again.first?.hasSuffix("(already attached)") == true)
        _ = try await AttachRun.attach([page], to: lejre.stableID, item: 2, title: "Brev om tilsyn", store: store)

        let listed = try await AttachRun.list(lejre.stableID, store: store)
        #expect(listed.count == 3)
        #expect(listed.first == "punkt 2\t\(stored[1].sha256)\t\(stored[1].size) bytes\ttext/html; charset=utf-8\tBrev om tilsyn")

        let detached = try await AttachRun.detach(String(stored[0].sha256.prefix(8)), from: lejre.stableID, item: 3, store: store)
        #expect(detached.hasPrefix("detached "))
        #expect(try await store.attachments(of: lejre).map(\.title) == ["Brev om tilsyn", "bilag"])
        await #expect(throws: AppError.self) {
            try await AttachRun.detach(String(stored[0].sha256.prefix(8)), from: lejre.stableID, item: 3, store: store)
        }
    }

    @Test("a missing or empty file, an unknown item or meeting, and --title with several files are errors that store nothing")
    func errors() async throws {
        let (store, lejre, directory) = try await Self.seeded()
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = try Self.write("bilag\n", to: "good.txt", in: directory)
        let empty = try Self.write("", to: "empty.txt", in: directory)
        let missing = directory.appendingPathComponent("missing.pdf").path

        await #expect(throws: AppError.usage("cannot read \(missing): no such file")) {
            try await AttachRun.attach([good, missing], to: lejre.stableID, item: 2, store: store)
        }
        await #expect(throws: AppError.usage("\(empty): the file is empty")) {
            try await AttachRun.attach([empty], to: lejre.stableID, item: 2, store: store)
        }
        await #expect(throws: AppError.store(.invalidSubmission(reason: "\(lejre) has no item 42 (its items: 1, 2, 3, 4, 5, 6, 7, 8, 9)"))) {
            try await AttachRun.attach([good], to: lejre.stableID, item: 42, store: store)
        }
        await #expect(throws: AppError.store(.meetingNotFound(meeting: "0123456789abcdef"))) {
            try await AttachRun.attach([good], to: "0123456789abcdef", item: 1, store: store)
        }
        await #expect(throws: AppError.self) {
            try await AttachRun.attach([good, good], to: lejre.stableID, item: 2, title: "To filer", store: store)
        }
        #expect(try await store.attachments().isEmpty)
    }

    @Test("titles match the listed Bilag by the file's name, ignoring case and underscores")
    func titles() {
        let listed = ["Hvidbog_Målgrupper og ydelser på beskæftigelsesområdet november 2021", "Årshjul 2022"]
        #expect(AttachRun.matchingTitle(fileName: "årshjul 2022.pdf", listed: listed) == "Årshjul 2022")
        #expect(AttachRun.matchingTitle(fileName: "Hvidbog målgrupper.pdf", listed: listed) == listed[0])
        #expect(AttachRun.matchingTitle(fileName: "referat.docx", listed: listed) == "referat")
        #expect(AttachRun.mimeType(Array("%PDF-1.4\n%âãÏÓ\n".utf8) + [0, 1, 2], fileName: "x.pdf") == "application/pdf")
        #expect(AttachRun.mimeType([0x50, 0x4B, 0x03, 0x04, 0, 0, 1], fileName: "budget.xlsx").hasSuffix("spreadsheetml.sheet"))
        #expect(AttachRun.mimeType([0, 1, 2, 3], fileName: "noget") == "application/octet-stream")
    }
}
