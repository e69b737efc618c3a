import Foundation
import GRDB
import ProtokolApp
import ProtokolStore
import ProtokolTestSupport
import Testing
@testable import ProtokolSQLite

/// `protokol import` as real processes on one SQLite file: at the same time, and killed mid-import.
@Suite("protokol import processes on one SQLite file", .serialized)
struct ImportProcessTests {
    @Test("two imports at once into one file lose nothing and duplicate nothing")
    func concurrentImports() async throws {
        try #require(ProtokolProcess.isBuilt, "build the package first: \(ProtokolProcess.executable.path)")
        let directory = try TemporaryDirectory()
        let input = directory.url.appendingPathComponent("in")
        let files = try GeneratedCorpus.write(into: input, meetings: 30, versions: 10)
        let shared = directory.path("shared.sqlite")

        // One walks the directory, the other the files in reverse order: they meet in the middle.
        let a = try ProtokolProcess(["import", input.path, "--db", shared], logsIn: directory.url, name: "a")
        let b = try ProtokolProcess(["import", "--db", shared] + files.reversed().map(\.path), logsIn: directory.url, name: "b")
        await a.wait()
        await b.wait()
        #expect(a.process.terminationStatus == 0, "a: \(a.stderr)")
        #expect(b.process.terminationStatus == 0, "b: \(b.stderr)")
        let countsA = try #require(ProtokolProcess.importCounts(a.stdout), "a printed: \(a.stdout) \(a.stderr)")
        let countsB = try #require(ProtokolProcess.importCounts(b.stdout), "b printed: \(b.stdout) \(b.stderr)")
        #expect(countsA.read == files.count && countsB.read == files.count)
        // Each file was stored by exactly one of them and found unchanged by the other.
        #expect(countsA.new + countsA.versions + countsB.new + countsB.versions == files.count)
        #expect(countsA.unchanged + countsB.unchanged == files.count)
        #expect(countsA.failed + countsB.failed == 0)

        let store = try SQLiteStore(path: shared)
        let documents = try await store.documents()
        #expect(documents.count == files.count)
        let expected = try Set(files.map { OriginalAddress.sha256([UInt8](try Data(contentsOf: $0))) })
        #expect(Set(documents.map(\.sha256)) == expected)
        let meetings = try await store.meetings()
        #expect(meetings.count == 30)
        #expect(meetings.filter { $0.versions == 2 }.count == 10)
        #expect(meetings.allSatisfy { $0.versions == 1 || $0.versions == 2 })
        try await Snapshot.checkComplete(shared)

        // The same as one import on its own (which version is current may differ: the order did).
        let alone = directory.path("alone.sqlite")
        let reference = try ProtokolProcess(["import", input.path, "--db", alone], logsIn: directory.url, name: "alone")
        await reference.wait()
        #expect(reference.process.terminationStatus == 0)
        let together = try await Snapshot.of(shared)
        let separate = try await Snapshot.of(alone)
        #expect(together.documents == separate.documents)
        #expect(together.meetings.mapValues(\.first) == separate.meetings.mapValues(\.first))
        #expect(together.itemRows == separate.itemRows && together.sectionRows == separate.sectionRows)
        #expect(together.searchRows == separate.searchRows)
    }

    @Test("an import killed with SIGKILL leaves no half meeting; running it again gives the same database")
    func killedImport() async throws {
        try #require(ProtokolProcess.isBuilt, "build the package first: \(ProtokolProcess.executable.path)")
        let directory = try TemporaryDirectory()
        let input = directory.url.appendingPathComponent("in")
        let files = try GeneratedCorpus.write(into: input, meetings: 80, versions: 15)
        let crashed = directory.path("crashed.sqlite")
        let uninterrupted = directory.path("uninterrupted.sqlite")

        let reference = try ProtokolProcess(["import", input.path, "--db", uninterrupted], logsIn: directory.url, name: "reference")
        let victim = try ProtokolProcess(["import", input.path, "--db", crashed], logsIn: directory.url, name: "victim")
        let storedAtKill = try await Self.waitForOriginals(atLeast: 10, in: crashed, while: victim.process)
        kill(victim.process.processIdentifier, SIGKILL)
        await victim.wait()
        #expect(victim.process.terminationReason == .uncaughtSignal, "the import ended before it could be killed")
        await reference.wait()
        #expect(reference.process.terminationStatus == 0, "\(reference.stderr)")

        // Whatever was committed is whole.
        try await Snapshot.checkComplete(crashed)
        let afterKill = try await Snapshot.of(crashed)
        #expect(afterKill.documents.count >= storedAtKill)
        #expect(afterKill.documents.count < files.count, "killed after the last file: the test proves less")

        let rerun = try ProtokolProcess(["import", input.path, "--db", crashed], logsIn: directory.url, name: "rerun")
        await rerun.wait()
        #expect(rerun.process.terminationStatus == 0, "\(rerun.stderr)")
        let counts = try #require(ProtokolProcess.importCounts(rerun.stdout), "rerun printed: \(rerun.stdout)")
        #expect(counts.unchanged == afterKill.documents.count)
        #expect(counts.new + counts.versions == files.count - afterKill.documents.count)

        try await Snapshot.checkComplete(crashed)
        #expect(try await Snapshot.of(crashed) == (try await Snapshot.of(uninterrupted)))
        let crashedStore = try SQLiteStore(path: crashed)
        let referenceStore = try SQLiteStore(path: uninterrupted)
        // Everything but the times of storing, which differ from run to run.
        let content = { (m: StoredMeeting) in "\(m.identity) \(m.currentSHA256) \(m.versions) \(m.items) \(m.removedItems)" }
        #expect(try await crashedStore.meetings().map(content) == (try await referenceStore.meetings()).map(content))

        // Originals come back byte for byte.
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: file))
            #expect(try await crashedStore.original(sha256: OriginalAddress.sha256(bytes)).bytes == bytes)
        }
    }

    /// Polls the database another process is writing until it holds `count` originals or the process ends.
    static func waitForOriginals(atLeast count: Int, in path: String, while process: Process) async throws -> Int {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(5)
        let deadline = ContinuousClock.now + .seconds(120)
        while process.isRunning && ContinuousClock.now < deadline {
            if FileManager.default.fileExists(atPath: path + "-wal"),
                let queue = try? DatabaseQueue(path: path, configuration: configuration),
                let stored = try? await queue.read({ db in try Int.fetchOne(db, sql: "SELECT count(*) FROM original") ?? 0 }),
                stored >= count
            {
                return stored
            }
            try await Task.sleep(for: .milliseconds(5))
        }
        return 0
    }
}
