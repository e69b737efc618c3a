import Foundation
import ProtokolModel
import ProtokolReader
import ProtokolStore
import Testing
@testable import ProtokolApp

/// The seeds beside the repository.
private let seedDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/corpus/seeds")

/// A temporary directory with a database path in it, removed at the end.
private final class Workspace: Sendable {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("protokol-app-\(UUID().uuidString)")
    var db: String { url.appendingPathComponent("protokol.sqlite").path }

    init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    deinit { try? FileManager.default.removeItem(at: url) }
}

@Suite("Storage commands as functions")
struct StoreCommandTests {
    @Test("import: a summary of new, unchanged and failed files; a failed file is stored with its error")
    func importSummary() async throws {
        let workspace = try Workspace()
        let empty = workspace.path("tom.txt")
        try Data().write(to: URL(fileURLWithPath: empty))
        let junk = workspace.path("junk.txt")
        try Data([0x41, 0x00, 0x01, 0x02, 0x03]).write(to: URL(fileURLWithPath: junk))
        let store = try await StoreOpening.forWriting(db: workspace.db)
        var progress = [Int]()
        let paths = InputFiles.expand([seedDirectory.path]) + [empty, junk, "/nonexistent/referat.txt"]
        let run = try await ImportRun.run(paths: paths, store: store, progress: { progress.append($0.done) })
        #expect(progress == Array(0...paths.count))
        #expect(run.read == 8 && run.new == 5 && run.newVersions == 0 && run.unchanged == 0)
        #expect(run.failures.map(\.path) == [empty, junk, "/nonexistent/referat.txt"])
        #expect(run.failures.map(\.stored) == [true, true, false])
        #expect(run.exitStatus == 1)
        #expect(run.summary[0] == "read 8 files: 5 new, 0 new versions, 0 unchanged, 3 failed")
        #expect(run.summary[1] == "failed: \(empty): the file is empty")
        #expect(run.summary[3].hasPrefix("failed: /nonexistent/referat.txt: cannot read") && run.summary[3].hasSuffix("(not stored)"))
        #expect(try await store.documents().count == 7)

        let again = try await ImportRun.run(paths: paths, store: store)
        #expect(again.new == 0 && again.unchanged == 5 && again.failures.count == 3)
        #expect(again.summary[1] == "failed: \(empty): the file is empty (stored earlier)")
        #expect(try await store.documents().count == 7)
    }

    @Test("reindex reads every original again; nothing changes with the same reader")
    func reindex() async throws {
        let workspace = try Workspace()
        let store = try await StoreOpening.forWriting(db: workspace.db)
        _ = try await ImportRun.run(paths: InputFiles.expand([seedDirectory.path]), store: store)
        let before = try await store.meetings()
        let run = try await ReindexRun.run(store: store)
        #expect(run.read == 5 && run.unchanged == 5 && run.changed == 0 && run.failures.isEmpty)
        #expect(run.summary[0] == "reindexed 5 originals with reader \(MinutesReader.version): 0 changed, 5 unchanged, 0 failed")
        #expect(try await store.meetings() == before)
    }

    @Test("search and case render text and JSON; empty results say so")
    func searchAndCase() async throws {
        let workspace = try Workspace()
        let writer = try await StoreOpening.forWriting(db: workspace.db)
        _ = try await ImportRun.run(paths: InputFiles.expand([seedDirectory.path]), store: writer)
        let store = try await StoreOpening.forReading(db: workspace.db)

        let text = try await SearchRun.run(try SearchRun.query("skærpet tilsyn"), store: store, format: .text)
        #expect(text.hasPrefix("3 item hits for \"skærpet tilsyn\":"))
        #expect(text.contains("«skærpet» «tilsyn»"))
        #expect(text.contains("body: Lejre Kommune (3)"))
        let json = try await SearchRun.run(try SearchRun.query("skærpet tilsyn", section: .presentation), store: store, format: .json)
        let decoded = try JSONDecoder().decode(SearchResults.self, from: Data(json.utf8))
        #expect(decoded.level == .section && decoded.total > 0 && decoded.hits.allSatisfy { $0.sectionKind == .presentation })

        #expect(try await SearchRun.run(try SearchRun.query("kvantecomputer"), store: store, format: .text) == "No hits for \"kvantecomputer\".")
        let question = try await SearchRun.run(try SearchRun.query("hvad har udvalgene besluttet om skærpet tilsyn"), store: store, format: .text)
        #expect(question.hasPrefix("No item has every word of \"hvad har udvalgene besluttet om skærpet tilsyn\"; these have some of them.\n"))
        #expect(question.contains("«skærpet» «tilsyn»"))
        let caseText = try await CaseRun.run("22-001317", store: store, format: .text)
        #expect(caseText.hasPrefix("Case 22-001317: 2 items"))
        #expect(caseText.contains("punkt 3: JAI - Introduktion til beskæftigelsesområdet (noted)"))
        #expect(caseText.contains("Sagens forløb:"))
        #expect(try await CaseRun.run("00-000000", store: store, format: .text) == "No items of case 00-000000.")
    }

    @Test("bad arguments and missing databases are errors with a clear message")
    func errors() async throws {
        let workspace = try Workspace()
        #expect(throws: AppError.usage("--from needs a date as YYYY-MM-DD, not \"9. marts\"")) { try SearchRun.query("x", from: "9. marts") }
        #expect(throws: AppError.self) { try SearchRun.query("x", from: "2022-05-01", to: "2022-01-01") }
        let missing = await #expect(throws: AppError.self) { try await StoreOpening.forReading(db: workspace.db) }
        #expect(missing?.description.contains("no such file") == true)
        #expect(!FileManager.default.fileExists(atPath: workspace.db))

        let store = try await StoreOpening.forWriting(db: workspace.db)
        let malformed = await #expect(throws: AppError.self) {
            try await SearchRun.run(try SearchRun.query("\"skærpet"), store: store, format: .text)
        }
        #expect(malformed?.description == "cannot read the query \"\"skærpet\": a quote is not closed")
    }

    @Test("migrate creates the schema once")
    func migrate() async throws {
        let workspace = try Workspace()
        let first = try await StoreOpening.migrate(db: workspace.db)
        #expect(first.contains("applied v1 originals, documents, meetings, v1 full-text search"))
        #expect(try await StoreOpening.migrate(db: workspace.db) == "\(workspace.db): the schema is current")
    }

    @Test("export-original writes the bytes as imported")
    func exportOriginal() async throws {
        let workspace = try Workspace()
        let store = try await StoreOpening.forWriting(db: workspace.db)
        let path = seedDirectory.appendingPathComponent("003_4c82bc0f16a43aea.txt").path
        _ = try await ImportRun.run(paths: [path], store: store)
        let bytes = try MinutesReader.load(path)
        let sha256 = OriginalAddress.sha256(bytes)
        let output = workspace.path("out.txt")
        try ExportOriginal.write(try await ExportOriginal.bytes(sha256: String(sha256.prefix(12)), store: store), to: output)
        #expect(try MinutesReader.load(output) == bytes)
    }

    @Test("the progress line fits a terminal line")
    func progressLine() {
        let line = ProgressLine.render(ImportRun.Progress(done: 3, total: 120, path: "/a/b/referat.txt"))
        #expect(line == "[....................]   3/120 referat.txt")
        #expect(ProgressLine.render(ImportRun.Progress(done: 120, total: 120, path: String(repeating: "x", count: 200))).count == 78)
    }
}

@Suite("Storage commands as the real executable")
struct StoreExecutableTests {
    private func run(_ arguments: [String]) throws -> (status: Int32, stdout: Data, stderr: String) {
        try Executable.run(arguments)
    }

    @Test("import, search, case and export-original from the command line")
    func endToEnd() throws {
        try #require(Executable.isBuilt, "build the package first")
        let workspace = try Workspace()
        let imported = try run(["import", seedDirectory.path, "--db", workspace.db])
        #expect(imported.status == 0)
        #expect(String(decoding: imported.stdout, as: UTF8.self) == "read 5 files: 5 new, 0 new versions, 0 unchanged, 0 failed\n")
        #expect(imported.stderr.isEmpty, "no progress line without a terminal")

        let search = try run(["search", "beskæft*", "--body", "Lejre Kommune", "--outcome", "recommended", "--db", workspace.db])
        #expect(search.status == 0)
        #expect(String(decoding: search.stdout, as: UTF8.self).contains("[22-000180] (recommended)"))

        let empty = try run(["search", "kvantecomputer", "--db", workspace.db])
        #expect(String(decoding: empty.stdout, as: UTF8.self) == "No hits for \"kvantecomputer\".\n")

        let malformed = try run(["search", "tilsyn OR", "--db", workspace.db])
        #expect(malformed.status == 1)
        #expect(malformed.stderr == "protokol: cannot read the query \"tilsyn OR\": OR needs a term on its right\n")

        let caseRun = try run(["case", "22-001317", "--db", workspace.db])
        #expect(String(decoding: caseRun.stdout, as: UTF8.self).hasPrefix("Case 22-001317: 2 items"))

        let path = seedDirectory.appendingPathComponent("001_6da26ea54d3e0c77.txt").path
        let bytes = try MinutesReader.load(path)
        let exported = try run(["export-original", OriginalAddress.sha256(bytes), "--db", workspace.db])
        #expect(exported.status == 0)
        #expect([UInt8](exported.stdout) == bytes)

        let notStored = try run(["export-original", String(repeating: "f", count: 64), "--db", workspace.db])
        #expect(notStored.status == 1 && notStored.stderr.contains("no stored original"))

        let verify = try run(["verify", "--db", workspace.db])
        #expect(verify.status == 0 && String(decoding: verify.stdout, as: UTF8.self) == "\(workspace.db): ok\n")

        let noDatabase = try run(["search", "tilsyn", "--db", workspace.path("none.sqlite")])
        #expect(noDatabase.status == 1 && noDatabase.stderr.contains("no such file"))
    }
}
