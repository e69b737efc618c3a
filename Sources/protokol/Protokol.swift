import ArgumentParser
import Foundation
import ProtokolApp
import ProtokolModel
import ProtokolStore

@main
struct Protokol: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protokol",
        abstract: "Danish municipal committee minutes: read, store, search and serve them.",
        subcommands: [
            Parse.self, Import.self, Migrate.self, Reindex.self, Verify.self, ExportOriginalCommand.self, Search.self, Case.self,
            Withdraw.self, Attach.self, Detach.self, Attachments.self, Serve.self, User.self, Synth.self, Bench.self,
        ]
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
    static let configuration = CommandConfiguration(abstract: "Benchmarks.", subcommands: [BenchParse.self, BenchSearch.self, BenchServe.self])
}

struct Synth: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic corpus of minutes made from the seeds' vocabulary (deterministic for a seed).")

    @Option(help: "How many agenda items in all (documents hold 4 to 16 each).")
    var items: Int

    @Option(help: "The seed: the same seed writes the same bytes.")
    var seed: UInt64 = 1

    @Option(help: "The directory to write to (created when missing).")
    var output: String = "synthetic-corpus"

    @Option(help: "text (minutes as the reader reads them, s0000000.txt …) or json (the contract JSON of each).")
    var format: OutputFormat = .text

    @Option(help: "The seed minutes the vocabulary is read from.")
    var seeds: String = SynthRun.defaultSeedDirectory

    func run() throws {
        do {
            let vocabulary = try SynthRun.vocabulary(seeds: seeds)
            let terminal = isatty(STDERR_FILENO) == 1
            let run = try SynthRun.run(items: items, seed: seed, vocabulary: vocabulary, directory: output, format: format) { done in
                if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K\(done) items".utf8)) }
            }
            if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            print(run.summary)
        } catch {
            throw fail(error)
        }
    }
}

struct BenchSearch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Build the stores from one synthetic corpus, measure import MB/s, then search p50/p99 on each.",
        discussion: "The issue's figure is --items 1000000; the default finishes in a few minutes on two cores. Run it in a release build.")

    @Option(help: "How many agenda items the corpus has.")
    var items: Int = 20_000

    @Option(help: "The corpus and query seed.")
    var seed: UInt64 = 1

    @Option(help: "How many queries each store answers.")
    var queries: Int = 400

    @Option(name: .customLong("database-url"), help: "A PostgreSQL server (postgres://…) to measure as well.")
    var databaseURL: String?

    @Option(name: .customLong("db"), help: "The SQLite file to build (must not exist; default: a temporary file, removed after).")
    var path: String?

    @Flag(help: "Read each document with the reader before storing it, as `protokol import` does (reading is not timed).")
    var read = false

    @Option(help: "The seed minutes the vocabulary is read from.")
    var seeds: String = SynthRun.defaultSeedDirectory

    func run() async throws {
        let temporary = path == nil ? FileManager.default.temporaryDirectory.appendingPathComponent("protokol-bench-\(UUID().uuidString)") : nil
        defer { if let temporary { try? FileManager.default.removeItem(at: temporary) } }
        do {
            let vocabulary = try SynthRun.vocabulary(seeds: seeds)
            var sqlitePath = path ?? ""
            if let temporary {
                try? FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
                sqlitePath = temporary.appendingPathComponent("bench.sqlite").path
            }
            let (stores, notes) = BenchStore.all(sqlitePath: sqlitePath, databaseURL: databaseURL)
            let terminal = isatty(STDERR_FILENO) == 1
            let result = try await SearchBenchmark.run(
                SearchBenchmark.Options(items: items, seed: seed, queries: queries, read: read), vocabulary: vocabulary, stores: stores,
                notes: notes
            ) { line in
                if terminal { FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8)) }
            }
            if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            print(result)
        } catch {
            throw fail(error)
        }
    }
}

struct BenchServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a corpus from a temporary SQLite file and measure /health, an AgendaItem, a meeting page, an item page and a search with wrk.",
        discussion: "Needs wrk (apt-get install wrk). Prints req/s, p99 and each rate as a share of /health's. Run it in a release build.")

    @Option(help: "How long wrk runs per URL: 5s, 1m or plain seconds.")
    var duration: String = "5s"

    @Option(help: "wrk threads.")
    var threads: Int = 2

    @Option(help: "wrk connections.")
    var connections: Int = 16

    @Option(help: "A synthetic corpus of this many items instead of files.")
    var items: Int?

    @Option(help: "The synthetic corpus's seed.")
    var seed: UInt64 = 1

    @Option(help: "The words the search page is asked for.")
    var query: String = "skærpet tilsyn"

    @Option(help: "The seed minutes (the corpus, or the synthetic corpus's vocabulary).")
    var seeds: String = SynthRun.defaultSeedDirectory

    @Argument(help: "Files or directories to serve (default: the seed minutes).")
    var files: [String] = []

    func run() async throws {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("protokol-bench-serve-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            try? FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
            let corpus: ServeBenchmark.Corpus =
                if let items { .synthetic(items: items, seed: seed, seeds: seeds) } else { .files(files.isEmpty ? [seeds] : files) }
            let options = ServeBenchmark.Options(
                corpus: corpus, duration: try ServeBenchmark.seconds(duration), threads: threads, connections: connections, query: query)
            let terminal = isatty(STDERR_FILENO) == 1
            let result = try await ServeBenchmark.run(options, directory: temporary) { line in
                if terminal { FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8)) }
            }
            if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            print(result)
        } catch {
            throw fail(error)
        }
    }
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
extension Outcome: ExpressibleByArgument {}
extension SectionKind: ExpressibleByArgument {}
extension SearchLevel: ExpressibleByArgument {}

/// The database options every storage command takes.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "The SQLite database file (default: \(StoreOpening.defaultDatabase)).")
    var path: String?

    @Option(
        name: .customLong("database-url"),
        help: "A PostgreSQL database instead: postgres://user@host:port/database (default: $\(StoreLocation.environmentVariable)).")
    var url: String?

    var location: StoreLocation {
        get throws(AppError) {
            try StoreLocation.choose(db: path, databaseURL: url, environment: ProcessInfo.processInfo.environment)
        }
    }
}

/// Prints an error as one line on stderr and exits with status 1.
func fail(_ error: AppError) -> ExitCode {
    FileHandle.standardError.write(Data("protokol: \(error)\n".utf8))
    return ExitCode(1)
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Store documents: the original bytes, the parsed model, the parser version and the warnings.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Files or directories of them.")
    var files: [String]

    func run() async throws {
        let paths = InputFiles.expand(files)
        let terminal = isatty(STDERR_FILENO) == 1
        let run: ImportRun
        do {
            run = try await StoreOpening.writing(try database.location) { store throws(AppError) in
                try await ImportRun.run(paths: paths, store: store, progress: { progress in
                    guard terminal else { return }
                    FileHandle.standardError.write(Data(("\r\u{1B}[K" + ProgressLine.render(progress)).utf8))
                })
            }
        } catch {
            if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
            throw fail(error)
        }
        if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        for line in run.summary { print(line) }
        if run.exitStatus != 0 { throw ExitCode(run.exitStatus) }
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create the database or bring its schema up to date.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        do {
            print(try await StoreOpening.migrate(try database.location))
        } catch {
            throw fail(error)
        }
    }
}

struct Reindex: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Read every stored original again with the current reader.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        do {
            let run = try await StoreOpening.writing(try database.location) { store throws(AppError) in
                try await ReindexRun.run(store: store)
            }
            for line in run.summary { print(line) }
        } catch {
            throw fail(error)
        }
    }
}

struct Verify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that every stored meeting is whole and the search index holds exactly the current versions.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let problems: [String]
        let location: StoreLocation
        do {
            location = try database.location
            problems = try await StoreOpening.reading(location) { store throws(AppError) in try await VerifyRun.run(store: store) }
        } catch {
            throw fail(error)
        }
        if problems.isEmpty {
            print("\(location): ok")
            return
        }
        for problem in problems { printError("protokol: \(location): \(problem)") }
        throw ExitCode(1)
    }
}

struct ExportOriginalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-original", abstract: "Write a stored original, byte for byte, to stdout or a file.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Write to this file instead of stdout.")
    var output: String?

    @Argument(help: "The SHA-256 of the original, or a prefix of at least 6 hex digits.")
    var sha256: String

    func run() async throws {
        do {
            let bytes = try await StoreOpening.reading(try database.location) { store throws(AppError) in
                try await ExportOriginal.bytes(sha256: sha256, store: store)
            }
            if let output {
                try ExportOriginal.write(bytes, to: output)
            } else {
                FileHandle.standardOutput.write(Data(bytes))
            }
        } catch {
            throw fail(error)
        }
    }
}

struct Withdraw: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Withdraw a meeting published by mistake: kept, but out of search and the pages; OParl reports it deleted.",
        discussion: "Storing a new version of the meeting publishes it again; importing the same bytes again does not.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The meeting's id (16 hex digits, as in its URL) or the SHA-256 of a version of it (a prefix of 6 or more).")
    var meeting: String

    func run() async throws {
        do {
            print(try await StoreOpening.writing(try database.location) { store throws(AppError) in
                try await WithdrawRun.run(meeting, store: store)
            })
        } catch {
            throw fail(error)
        }
    }
}

struct Search: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Danish full-text search: words (any inflection), \"phrases\", prefix* and OR.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Only this municipality, e.g. \"Lejre Kommune\".")
    var body: String?

    @Option(help: "Only this committee.")
    var committee: String?

    @Option(help: "Meetings on or after YYYY-MM-DD.")
    var from: String?

    @Option(help: "Meetings on or before YYYY-MM-DD.")
    var to: String?

    @Option(help: "Only items with this outcome (\(Outcome.allCases.map(\.rawValue).joined(separator: ", "))).")
    var outcome: Outcome?

    @Option(help: "Only sections of this kind (\(SectionKind.allCases.map(\.rawValue).joined(separator: ", "))).")
    var section: SectionKind?

    @Option(help: "item (default) or section hits.")
    var level: SearchLevel = .item

    @Option(help: "At most this many hits.")
    var limit: Int = 20

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @Argument(help: "The query; \"\" with some filter lists every item the filters let through.")
    var query: String

    func run() async throws {
        do {
            let query = try SearchRun.query(
                query, body: body, committee: committee, from: from, to: to, outcome: outcome, section: section, level: level, limit: limit)
            let output = try await StoreOpening.reading(try database.location) { store throws(AppError) in
                try await SearchRun.run(query, store: store, format: format)
            }
            print(output)
        } catch {
            throw fail(error)
        }
    }
}

struct Case: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Every item of a case across meetings and committees, in date order, with Sagens forløb.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @Option(help: "Only this municipality's case (case numbers are each municipality's own).")
    var body: String?

    @Argument(help: "The case number, e.g. 22-001317.")
    var number: String

    func run() async throws {
        do {
            let output = try await StoreOpening.reading(try database.location) { store throws(AppError) in
                try await CaseRun.run(number, body: body, store: store, format: format)
            }
            print(output)
        } catch {
            throw fail(error)
        }
    }
}
