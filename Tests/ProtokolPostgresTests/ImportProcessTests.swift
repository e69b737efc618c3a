import Foundation
import ProtokolApp
import ProtokolModel
import ProtokolPostgres
import ProtokolStore
import ProtokolTestSupport
import Testing

/// `protokol import --database-url` as real processes on one PostgreSQL database: at the same time,
/// and killed mid-import.
@Suite("protokol import processes on one PostgreSQL database", .serialized, .enabled(if: TestServer.enabled, "PROTOKOL_TEST_DATABASE_URL is not set"))
struct ImportProcessTests {
    /// What a database holds, through the store API, for comparing two databases.
    struct Snapshot: Equatable {
        var documents: [String: ParseStatus]
        /// Meeting → [versions, items in the current version].
        var meetings: [MeetingIdentity: [Int]]
        var searchTotals: [Int]

        static func of(_ database: TestDatabase) async throws -> Snapshot {
            try await database.withStore { store in
                var documents = [String: ParseStatus]()
                for document in try await store.documents() { documents[document.sha256] = document.status }
                var meetings = [MeetingIdentity: [Int]]()
                for meeting in try await store.meetings() { meetings[meeting.identity] = [meeting.versions, meeting.items] }
                var totals = [Int]()
                for text in ["beskæft*", "\"skærpet tilsyn\"", "rettelse", "klapjob"] {
                    totals.append(try await store.search(SearchQuery(text), access: .public).total)
                }
                let problems = try await store.verify()
                #expect(problems.isEmpty, "\(problems)")
                return Snapshot(documents: documents, meetings: meetings, searchTotals: totals)
            }
        }
    }

    @Test("two imports at once into one database lose nothing and duplicate nothing")
    func concurrentImports() async throws {
        try #require(ProtokolProcess.isBuilt, "build the package first: \(ProtokolProcess.executable.path)")
        let directory = try TemporaryDirectory()
        let input = directory.url.appendingPathComponent("in")
        let files = try GeneratedCorpus.write(into: input, meetings: 30, versions: 10)
        let shared = try await TestDatabase.make()
        let alone = try await TestDatabase.make()
        try await TestDatabase.dropping(shared, alone) {

            // One walks the directory, the other the files in reverse order: they meet in the middle.
            let a = try ProtokolProcess(["import", input.path, "--database-url", shared.urlText], logsIn: directory.url, name: "a")
            let b = try ProtokolProcess(
                ["import", "--database-url", shared.urlText] + files.reversed().map(\.path), logsIn: directory.url, name: "b")
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

            try await shared.withStore { store in
                let documents = try await store.documents()
                #expect(documents.count == files.count)
                let expected = try Set(files.map { OriginalAddress.sha256([UInt8](try Data(contentsOf: $0))) })
                #expect(Set(documents.map(\.sha256)) == expected)
                let meetings = try await store.meetings()
                #expect(meetings.count == 30)
                #expect(meetings.filter { $0.versions == 2 }.count == 10)
                #expect(meetings.allSatisfy { $0.versions == 1 || $0.versions == 2 })
                // Versions are numbered without gaps or repeats.
                for meeting in meetings where meeting.versions == 2 {
                    let versions = documents.filter { $0.meeting == meeting.identity }.compactMap(\.version).sorted()
                    #expect(versions == [1, 2])
                }
            }

            // The same as one import on its own (which version is current may differ: the order did).
            let reference = try ProtokolProcess(["import", input.path, "--database-url", alone.urlText], logsIn: directory.url, name: "alone")
            await reference.wait()
            #expect(reference.process.terminationStatus == 0, "\(reference.stderr)")
            let together = try await Snapshot.of(shared)
            let separate = try await Snapshot.of(alone)
            #expect(together.documents == separate.documents)
            #expect(together.meetings == separate.meetings)
            #expect(together.searchTotals[0...1] == separate.searchTotals[0...1])
        }
    }

    @Test("an import killed with SIGKILL leaves no half meeting; running it again gives the same database")
    func killedImport() async throws {
        try #require(ProtokolProcess.isBuilt, "build the package first: \(ProtokolProcess.executable.path)")
        let directory = try TemporaryDirectory()
        let input = directory.url.appendingPathComponent("in")
        let files = try GeneratedCorpus.write(into: input, meetings: 80, versions: 15)
        let crashed = try await TestDatabase.make()
        let uninterrupted = try await TestDatabase.make()
        try await TestDatabase.dropping(crashed, uninterrupted) {
            // Migrate first, so the victim is killed while importing rather than while creating the schema.
            _ = try await StoreOpening.migrate(.postgres(url: crashed.urlText))

            let reference = try ProtokolProcess(["import", input.path, "--database-url", uninterrupted.urlText], logsIn: directory.url, name: "reference")
            let victim = try ProtokolProcess(["import", input.path, "--database-url", crashed.urlText], logsIn: directory.url, name: "victim")
            let storedAtKill = try await Self.waitForOriginals(atLeast: 10, in: crashed, while: victim.process)
            kill(victim.process.processIdentifier, SIGKILL)
            await victim.wait()
            #expect(victim.process.terminationReason == .uncaughtSignal, "the import ended before it could be killed")
            await reference.wait()
            #expect(reference.process.terminationStatus == 0, "\(reference.stderr)")

            // Whatever was committed is whole (Snapshot.of checks verify()).
            let afterKill = try await Snapshot.of(crashed)
            #expect(afterKill.documents.count >= storedAtKill)
            #expect(afterKill.documents.count < files.count, "killed after the last file: the test proves less")
            try await crashed.withStore { store in
                for document in try await store.documents() where document.status == .ok {
                    let model = try #require(try await store.parsedDocument(sha256: document.sha256))
                    let meeting = try #require(document.meeting)
                    if document.isCurrent {
                        let stored = try await store.meetings().first { $0.identity == meeting }
                        #expect(stored?.items == model.meeting.items.count)
                    }
                }
            }

            let rerun = try ProtokolProcess(["import", input.path, "--database-url", crashed.urlText], logsIn: directory.url, name: "rerun")
            await rerun.wait()
            #expect(rerun.process.terminationStatus == 0, "\(rerun.stderr)")
            let counts = try #require(ProtokolProcess.importCounts(rerun.stdout), "rerun printed: \(rerun.stdout)")
            #expect(counts.unchanged == afterKill.documents.count)
            #expect(counts.new + counts.versions == files.count - afterKill.documents.count)

            #expect(try await Snapshot.of(crashed) == (try await Snapshot.of(uninterrupted)))
            let crashedMeetings = try await crashed.withStore { try await $0.meetings() }
            let referenceMeetings = try await uninterrupted.withStore { try await $0.meetings() }
            // Everything but the times of storing, which differ from run to run.
            let content = { (m: StoredMeeting) in "\(m.identity) \(m.currentSHA256) \(m.versions) \(m.items) \(m.removedItems)" }
            #expect(crashedMeetings.map(content) == referenceMeetings.map(content))

            // Originals come back byte for byte.
            try await crashed.withStore { store in
                for file in files {
                    let bytes = [UInt8](try Data(contentsOf: file))
                    #expect(try await store.original(sha256: OriginalAddress.sha256(bytes)).bytes == bytes)
                }
            }
        }
    }

    /// Polls the database another process is writing until it holds `count` originals or the process ends.
    static func waitForOriginals(atLeast count: Int, in database: TestDatabase, while process: Process) async throws -> Int {
        try await database.withStore { store in
            let deadline = ContinuousClock.now + .seconds(120)
            while process.isRunning && ContinuousClock.now < deadline {
                if let stored = try? await store.documents().count, stored >= count { return stored }
                try await Task.sleep(for: .milliseconds(5))
            }
            return 0
        }
    }
}
