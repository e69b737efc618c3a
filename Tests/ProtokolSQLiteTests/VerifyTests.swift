import Foundation
import GRDB
import ProtokolApp
import ProtokolStore
import ProtokolTestSupport
import Testing
@testable import ProtokolSQLite

@Suite("SQLiteStore.verify finds what is broken")
struct VerifyTests {
    private func seededStore(_ directory: TemporaryDirectory) async throws -> SQLiteStore {
        let store = try SQLiteStore(path: directory.path("v.sqlite"))
        try await store.migrate()
        let run = try await ImportRun.run(paths: [GeneratedCorpus.seedDirectory.path].flatMap { InputFiles.expand([$0]) }, store: store)
        #expect(run.new == 5)
        #expect(try await store.verify() == [])
        return store
    }

    @Test("a section missing from the search index")
    func missingIndexRow() async throws {
        let directory = try TemporaryDirectory()
        let store = try await seededStore(directory)
        try await store.pool.write { db in
            try db.execute(sql: "INSERT INTO sectionText (sectionText, rowid, text) SELECT 'delete', id, text FROM sectionTextSource LIMIT 1")
        }
        let problems = try await store.verify()
        #expect(problems.contains { $0.hasPrefix("sectionText:") })
        #expect(problems.contains("sections of current versions that are not indexed: 1"))
    }

    @Test("a meeting stored in part")
    func halfMeeting() async throws {
        let directory = try TemporaryDirectory()
        let store = try await seededStore(directory)
        try await store.pool.write { db in
            try db.execute(sql: "DELETE FROM section WHERE itemID = (SELECT max(id) FROM item)")
            try db.execute(sql: "DELETE FROM item WHERE id = (SELECT max(id) FROM item)")
            try db.execute(sql: "UPDATE meeting SET currentDocumentID = NULL WHERE id = (SELECT min(id) FROM meeting)")
        }
        let problems = try await store.verify()
        #expect(problems.contains("documents stored without all their items: 1"))
        #expect(problems.contains("meetings without a current version: 1"))
    }
}
