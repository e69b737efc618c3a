import ArgumentParser
import Foundation
import ProtokolApp

@main
struct Protokol: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protokol",
        abstract: "Danish municipal committee minutes: read, store, search and serve them.",
        subcommands: [Parse.self, Bench.self]
    )
}

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Read minutes or agendas and print the contract JSON or a summary.")

    @Option(help: "json (one object; JSON Lines for several files) or text.")
    var format: OutputFormat = .json

    @Argument(help: "Files (text, Markdown, HTML or PDF) or directories of them.")
    var files: [String]

    func run() throws {
        let run = ParseRun.run(paths: InputFiles.expand(files), format: format)
        for line in run.output { print(line) }
        for line in run.errors { FileHandle.standardError.write(Data((line + "\n").utf8)) }
        if run.exitStatus != 0 { throw ExitCode(run.exitStatus) }
    }
}

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Benchmarks.", subcommands: [BenchParse.self])
}

struct BenchParse: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parse", abstract: "Read a corpus many times and print MB/s on one core.")

    @Option(help: "How many passes over the corpus.")
    var passes: Int = 200

    @Argument(help: "Files or directories (default: ../shared/corpus/seeds).")
    var files: [String] = ["../shared/corpus/seeds"]

    func run() throws {
        let result = try ParseBenchmark().run(paths: InputFiles.expand(files), passes: passes)
        print(result)
    }
}

extension OutputFormat: ExpressibleByArgument {}
