import ArgumentParser
import Foundation
import ProtokolApp

struct Attach: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Attach files (Bilag) to an item of a stored meeting: served as OParl Files and linked from the pages.",
        discussion: """
            A closed item's files are for the members of its committee only, like the item. The title is --title, else the \
            Bilag title of the item that the file's name matches, else the file's name.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The attachment's title (one file only).")
    var title: String?

    @Argument(help: "The meeting's id (16 hex digits, as in its URL) or the SHA-256 of a version of it (a prefix of 6 or more).")
    var meeting: String

    @Argument(help: "The item's number.")
    var item: Int

    @Argument(help: "The files to attach.")
    var files: [String]

    func run() async throws {
        do {
            let lines = try await StoreOpening.writing(try database.location) { store throws(AppError) in
                try await AttachRun.attach(files, to: meeting, item: item, title: title, store: store)
            }
            for line in lines { print(line) }
        } catch {
            throw fail(error)
        }
    }
}

struct Detach: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Detach a file from an item; its bytes go when nothing else holds them.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The meeting's id or the SHA-256 of a version of it.")
    var meeting: String

    @Argument(help: "The item's number.")
    var item: Int

    @Argument(help: "The file's SHA-256 (a prefix of 6 or more), as `protokol attachments` lists it.")
    var sha256: String

    func run() async throws {
        do {
            print(try await StoreOpening.writing(try database.location) { store throws(AppError) in
                try await AttachRun.detach(sha256, from: meeting, item: item, store: store)
            })
        } catch {
            throw fail(error)
        }
    }
}

struct Attachments: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the files attached to a meeting's items.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The meeting's id or the SHA-256 of a version of it.")
    var meeting: String

    func run() async throws {
        do {
            let lines = try await StoreOpening.reading(try database.location) { store throws(AppError) in
                try await AttachRun.list(meeting, store: store)
            }
            for line in lines { print(line) }
        } catch {
            throw fail(error)
        }
    }
}
