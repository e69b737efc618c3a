import Foundation
import ProtokolModel
import Testing
@testable import ProtokolApp

/// The seeds beside the repository.
private let seeds = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/corpus/seeds")

private func seed(_ name: String) -> String { seeds.appendingPathComponent(name).path }

@Suite("protokol parse")
struct ParseCommandTests {
    @Test("one file prints one JSON object")
    func oneFile() throws {
        let run = ParseRun.run(paths: [seed("004_a5f2ec9812497cce.txt")], format: .json)
        #expect(run.exitStatus == 0)
        #expect(run.output.count == 1)
        let document = try ContractJSON.decode(run.output[0])
        #expect(document.meeting.committee == "Arbejdsmarkedsudvalget")
        #expect(document.meeting.items.count == 7)
    }

    @Test("several files print JSON Lines; a bad file gets one error line and the good ones are still read")
    func severalFilesWithABadOne() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("protokol-parse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let empty = directory.appendingPathComponent("tom.txt")
        try Data().write(to: empty)
        let paths = [seed("000_190a588e3052e256.txt"), empty.path, seed("001_6da26ea54d3e0c77.txt"), "/nonexistent/x.pdf"]
        let run = ParseRun.run(paths: paths, format: .json)
        #expect(run.exitStatus == 1)
        #expect(run.output.count == 2)
        #expect(run.output.allSatisfy { !$0.contains("\n") })
        #expect(run.errors.count == 2)
        #expect(run.errors[0].contains(empty.path) && run.errors[0].contains("empty"))
        #expect(run.errors[1].contains("/nonexistent/x.pdf") && run.errors[1].contains("no such file"))
        #expect(try ContractJSON.decode(run.output[1]).meeting.body == "Vejen Kommune")
    }

    @Test("a directory stands for its files")
    func directoryArgument() {
        let files = InputFiles.expand([seeds.path])
        #expect(files.count == 5)
        #expect(files == files.sorted())
    }

    @Test("the text summary names the meeting and its items")
    func textSummary() {
        let run = ParseRun.run(paths: [seed("001_6da26ea54d3e0c77.txt")], format: .text)
        let text = run.output.joined()
        #expect(text.contains("Referat: Udvalget for arbejdsmarked og integration (2022-2025), Vejen Kommune"))
        #expect(text.contains("9. [Lukket] Eventuelt (B)"))
        #expect(text.contains("Inhabil: Martin Clausen"))
    }

    @Test("the benchmark reads the corpus and counts its bytes")
    func benchmark() throws {
        let result = try ParseBenchmark().run(paths: InputFiles.expand([seeds.path]), passes: 2)
        #expect(result.files == 5)
        #expect(result.items == 44)
        #expect(result.bytesPerPass > 90_000)
        #expect(result.megabytesPerSecond > 0)
    }
}

@Suite("The protokol executable, run as a process")
struct ExecutableTests {
    private func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let result = try Executable.run(arguments)
        return (result.status, String(decoding: result.stdout, as: UTF8.self), result.stderr)
    }

    @Test("parse prints JSON Lines for the seeds and exits 0")
    func parseSeeds() throws {
        try #require(Executable.isBuilt, "build the package first: \(Executable.url.path)")
        let result = try run(["parse", seeds.path])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 5)
        for line in lines {
            #expect(try ContractJSON.decode(String(line)).meeting.items.isEmpty == false)
        }
        #expect(result.stderr.isEmpty)
    }

    @Test("stdout holds the JSON only: a header that wraps its place after the date prints no other line")
    func stdoutIsOnlyJSON() throws {
        try #require(Executable.isBuilt)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("protokol-aeldreraad-\(UUID().uuidString).txt")
        try Data("""
            Referat fra Ældrerådets møde den 22. februar 2016 i St. Magleby Stuen, Rådhuset kl. 10.00 – 12.00

            Afbud: Vagn Larsen.

             1. Godkendelse af referatet fra sidste møde, den 30.11.2015

            Referat: Godkendt

            """.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        for format in ["json", "text"] {
            let result = try run(["parse", file.path, "--format", format])
            #expect(result.status == 0)
            #expect(!result.stdout.contains("DEBUG"))
            if format == "json" {
                // (One file: one JSON object, and nothing before or after it.)
                #expect(result.stdout.hasPrefix("{"))
                let meeting = try ContractJSON.decode(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)).meeting
                #expect(meeting.items.map(\.number) == [1])
            }
        }
    }

    @Test("a bad file: exit status 1 and one line on stderr naming it")
    func parseBadFile() throws {
        try #require(Executable.isBuilt)
        let result = try run(["parse", "/nonexistent/referat.txt", seed("003_4c82bc0f16a43aea.txt")])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("/nonexistent/referat.txt"))
        #expect(try ContractJSON.decode(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)).meeting.items.count == 8)
    }
}
