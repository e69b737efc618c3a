import Foundation
import ProtokolModel
import ProtokolReader
import ProtokolStore
import Testing
@testable import ProtokolApp

@Suite("protokol withdraw")
struct WithdrawCommandTests {
    static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/corpus/seeds")
    static let lejre = seeds.appendingPathComponent("002_2e8588dc50a27a80.txt").path

    /// A new temporary directory; the caller removes it.
    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("protokol-withdraw-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("withdraws by meeting id or by a SHA-256 prefix; a second time says so; unknown names are errors")
    func function() async throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try await StoreOpening.forWriting(db: directory.appendingPathComponent("p.sqlite").path)
        _ = try await ImportRun.run(paths: InputFiles.expand([Self.seeds.path]), store: store)
        let sha = OriginalAddress.sha256(try MinutesReader.load(Self.lejre))
        let lejre = try #require(try await store.meetings().first { $0.currentSHA256 == sha })
        let id = lejre.identity.stableID

        let time = Date(timeIntervalSince1970: 1_700_000_000)
        let line = try await WithdrawRun.run(id.uppercased(), store: store, at: time)
        #expect(line == "withdrawn at 2023-11-14T22:13:20Z: \(lejre.identity) [\(id)], 1 version(s), 9 items")
        #expect(try await store.meetings().count == 4)
        #expect(try await SearchRun.run(try SearchRun.query("klapjob"), store: store, format: .text) == "No hits for \"klapjob\".")

        let again = try await WithdrawRun.run(String(sha.prefix(10)), store: store, at: time.addingTimeInterval(60))
        #expect(again == "already withdrawn at 2023-11-14T22:13:20Z: \(lejre.identity) [\(id)]")

        // Another meeting by the full SHA-256 of its original.
        let herlevSHA = OriginalAddress.sha256(try MinutesReader.load(Self.seeds.appendingPathComponent("004_a5f2ec9812497cce.txt").path))
        #expect(try await WithdrawRun.run(herlevSHA, store: store, at: time).hasPrefix("withdrawn at "))
        #expect(try await store.meetings().count == 3)

        await #expect(throws: AppError.store(.meetingNotFound(meeting: "0123456789abcdef"))) {
            try await WithdrawRun.run("0123456789abcdef", store: store)
        }
        await #expect(throws: AppError.store(.meetingNotFound(meeting: "zz"))) { try await WithdrawRun.run("zz", store: store) }

        // An original that could not be read belongs to no meeting.
        let junk = directory.appendingPathComponent("junk.txt")
        try Data([0x41, 0x00, 0x01, 0x02, 0x03]).write(to: junk)
        _ = try await ImportRun.run(paths: [junk.path], store: store)
        let junkSHA = OriginalAddress.sha256([0x41, 0x00, 0x01, 0x02, 0x03])
        let failed = await #expect(throws: AppError.self) { try await WithdrawRun.run(junkSHA, store: store) }
        #expect(failed?.description.contains("no version of a meeting") == true)
    }

    @Test("the executable withdraws a meeting; a new version of it publishes it again")
    func executable() async throws {
        try #require(Executable.isBuilt, "build the package first")
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("p.sqlite").path
        #expect(try Executable.run(["import", Self.seeds.path, "--db", db]).status == 0)
        let sha = OriginalAddress.sha256(try MinutesReader.load(Self.lejre))

        let withdrawn = try Executable.run(["withdraw", String(sha.prefix(8)), "--db", db])
        #expect(withdrawn.status == 0, "\(withdrawn.stderr)")
        #expect(String(decoding: withdrawn.stdout, as: UTF8.self).hasPrefix("withdrawn at "))
        let search = try Executable.run(["search", "klapjob", "--db", db])
        #expect(String(decoding: search.stdout, as: UTF8.self) == "No hits for \"klapjob\".\n")
        let caseRun = try Executable.run(["case", "22-001317", "--db", db])
        #expect(String(decoding: caseRun.stdout, as: UTF8.self) == "No items of case 22-001317.\n")
        // The same file again changes nothing.
        #expect(String(decoding: try Executable.run(["import", Self.lejre, "--db", db]).stdout, as: UTF8.self).contains("1 unchanged"))
        #expect(String(decoding: try Executable.run(["search", "klapjob", "--db", db]).stdout, as: UTF8.self).hasPrefix("No hits"))

        let unknown = try Executable.run(["withdraw", "0123456789abcdef", "--db", db])
        #expect(unknown.status == 1 && unknown.stderr == "protokol: no stored meeting 0123456789abcdef\n")

        // A corrected version is a new publication.
        let corrected = directory.appendingPathComponent("rettet.txt")
        try Data((try String(contentsOfFile: Self.lejre, encoding: .utf8) + "\nRettet.\n").utf8).write(to: corrected)
        #expect(try Executable.run(["import", corrected.path, "--db", db]).status == 0)
        #expect(String(decoding: try Executable.run(["search", "klapjob", "--db", db]).stdout, as: UTF8.self).contains("klapjob"))

        let verify = try Executable.run(["verify", "--db", db])
        #expect(verify.status == 0)
    }
}
