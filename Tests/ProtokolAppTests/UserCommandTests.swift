import Foundation
import HummingbirdBcrypt
import ProtokolSQLite
import ProtokolStore
import Testing
@testable import ProtokolApp

@Suite("protokol user: accounts as a real process")
struct UserCommandTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("protokol-users-\(UUID().uuidString)")
    var db: String { directory.appendingPathComponent("protokol.sqlite").path }

    @Test("user add reads the password from stdin, stores only a bcrypt hash, and list shows roles and committees")
    func addAndList() async throws {
        try #require(Executable.isBuilt, "build the package first: \(Executable.url.path)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        let added = try Executable.run(
            ["user", "add", "anna", "--role", "secretary", "--body", "Lejre Kommune", "--committee", "Økonomiudvalget", "--db", db],
            input: "rigtig-hemmelig\n")
        #expect(added.status == 0, "\(added.stderr)")
        let lines = String(decoding: added.stdout, as: UTF8.self).split(separator: "\n")
        #expect(lines.first == "added anna (secretary)")
        // No meeting of that committee is stored yet: the command says so, in case of a typo.
        #expect(lines.contains { $0.hasPrefix("note: no stored meeting of Økonomiudvalget, Lejre Kommune") })

        let store = try SQLiteStore(path: db)
        let anna = try #require(try await store.account(named: "anna"))
        #expect(anna.role == .secretary)
        #expect(anna.committees == [CommitteeRef(body: "Lejre Kommune", committee: "Økonomiudvalget")])
        #expect(anna.passwordHash.hasPrefix("$2b$12$"))
        #expect(!anna.passwordHash.contains("rigtig-hemmelig"))
        #expect(Bcrypt.verify("rigtig-hemmelig", hash: anna.passwordHash))
        #expect(!Bcrypt.verify("forkert", hash: anna.passwordHash))

        #expect(try Executable.run(["user", "grant", "anna", "--body", "Herlev Kommune", "--committee", "Arbejdsmarkedsudvalget", "--db", db]).status == 0)
        let list = try Executable.run(["user", "list", "--db", db])
        #expect(String(decoding: list.stdout, as: UTF8.self)
            == "anna\tsecretary\tArbejdsmarkedsudvalget (Herlev Kommune); Økonomiudvalget (Lejre Kommune)\n")

        let password = try Executable.run(["user", "password", "anna", "--db", db], input: "en-helt-ny-kode\n")
        #expect(password.status == 0, "\(password.stderr)")
        #expect(Bcrypt.verify("en-helt-ny-kode", hash: try #require(try await store.account(named: "anna")).passwordHash))

        #expect(try Executable.run(["user", "revoke", "anna", "--body", "Lejre Kommune", "--committee", "Økonomiudvalget", "--db", db]).status == 0)
        #expect(try await store.account(named: "anna")?.committees == [CommitteeRef(body: "Herlev Kommune", committee: "Arbejdsmarkedsudvalget")])
        #expect(try Executable.run(["user", "remove", "anna", "--db", db]).status == 0)
        #expect(try await store.accounts().isEmpty)
    }

    @Test("bad input is one clear line and changes nothing")
    func badInput() async throws {
        try #require(Executable.isBuilt, "build the package first: \(Executable.url.path)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        let cases: [([String], String?, String)] = [
            (["user", "add", "bo", "--db", db], "kort\n", "protokol: the password must have at least 8 characters\n"),
            (["user", "add", "bo", "--db", db], nil, "protokol: no password on stdin\n"),
            (["user", "add", "b o", "--db", db], "lang-nok-kode\n", "protokol: an account name is 1 to 100 characters without spaces: \"b o\"\n"),
            (["user", "add", "bo", "--body", "Lejre Kommune", "--db", db], "lang-nok-kode\n", "protokol: give --body and --committee together\n"),
            (["user", "grant", "nobody", "--body", "Lejre Kommune", "--committee", "Økonomiudvalget", "--db", db], nil, "protokol: no account nobody\n"),
            (["user", "grant", "nobody", "--db", db], nil, "protokol: name the committee with --body and --committee\n"),
            (["user", "remove", "nobody", "--db", db], nil, "protokol: no account nobody\n"),
        ]
        for (arguments, input, message) in cases {
            let run = try Executable.run(arguments, input: input)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr == message, "\(arguments)")
        }
        #expect(try Executable.run(["user", "add", "bo", "--db", db], input: "lang-nok-kode\n").status == 0)
        let duplicate = try Executable.run(["user", "add", "bo", "--role", "admin", "--db", db], input: "en-anden-kode\n")
        #expect(duplicate.status == 1)
        #expect(duplicate.stderr == "protokol: the account bo exists already\n")
        let bo = try #require(try await SQLiteStore(path: db).account(named: "bo"))
        #expect(bo.role == .member, "the failed add changed nothing")
        #expect(Bcrypt.verify("lang-nok-kode", hash: bo.passwordHash))
    }
}
