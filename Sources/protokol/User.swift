import ArgumentParser
import Foundation
import ProtokolApp
import ProtokolStore

#if canImport(Glibc)
import Glibc
#endif

struct User: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Accounts of committee members, secretaries and administrators, and their committees.",
        subcommands: [UserAdd.self, UserGrant.self, UserRevoke.self, UserPassword.self, UserRemove.self, UserList.self])
}

extension Role: ExpressibleByArgument {}

/// Runs a `user` command's work and prints its lines; an error becomes one line on stderr and exit status 1.
func runPrinting(_ work: () async throws(AppError) -> [String]) async throws {
    do {
        for line in try await work() { print(line) }
    } catch {
        throw fail(error)
    }
}

/// A committee named on the command line: `--body "Lejre Kommune" --committee "Økonomiudvalget"`.
struct CommitteeOptions: ParsableArguments {
    @Option(help: "The municipality, as stored (e.g. \"Lejre Kommune\").")
    var body: String?

    @Option(help: "The committee, as stored (e.g. \"Job- og Arbejdsmarkedsudvalget\").")
    var committee: String?

    /// The committee when both options are given; nil when neither is; an error for one alone.
    var ref: CommitteeRef? {
        get throws(AppError) {
            switch (body, committee) {
            case (let body?, let committee?): return CommitteeRef(body: body, committee: committee)
            case (nil, nil): return nil
            default: throw .usage("give --body and --committee together")
            }
        }
    }

    var required: CommitteeRef {
        get throws(AppError) {
            guard let ref = try ref else { throw .usage("name the committee with --body and --committee") }
            return ref
        }
    }
}

struct UserAdd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add an account; the password is asked on the terminal (or read as one line from stdin).")

    @Argument(help: "The login name.")
    var name: String

    @Option(help: "member, secretary or admin.")
    var role: Role = .member

    @OptionGroup var committee: CommitteeOptions
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await runPrinting { () async throws(AppError) in
            let committees = try committee.ref.map { [$0] } ?? []
            let password = try PasswordPrompt.read("Adgangskode for \(name): ", confirm: true)
            return try await StoreOpening.writing(try database.location) { store throws(AppError) in
                try await AccountRun.add(name: name, role: role, password: password, committees: committees, store: store)
            }
        }
    }
}

struct UserGrant: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "grant", abstract: "Make an account a member of a committee.")

    @Argument(help: "The login name.")
    var name: String

    @OptionGroup var committee: CommitteeOptions
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await runPrinting { () async throws(AppError) in
            let ref = try committee.required
            return try await StoreOpening.writing(try database.location) { store throws(AppError) in
                try await AccountRun.grant(name: name, committee: ref, store: store)
            }
        }
    }
}

struct UserRevoke: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: "End an account's membership of a committee.")

    @Argument(help: "The login name.")
    var name: String

    @OptionGroup var committee: CommitteeOptions
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await runPrinting { () async throws(AppError) in
            let ref = try committee.required
            return [try await StoreOpening.writing(try database.location) { store throws(AppError) in
                try await AccountRun.revoke(name: name, committee: ref, store: store)
            }]
        }
    }
}

struct UserPassword: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "password", abstract: "Set an account's password (asked on the terminal).")

    @Argument(help: "The login name.")
    var name: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await runPrinting { () async throws(AppError) in
            let password = try PasswordPrompt.read("Ny adgangskode for \(name): ", confirm: true)
            try await StoreOpening.writing(try database.location) { store throws(AppError) in
                try await AccountRun.setPassword(name: name, password: password, store: store)
            }
            return ["password set for \(name)"]
        }
    }
}

struct UserRemove: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove an account and its memberships.")

    @Argument(help: "The login name.")
    var name: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await runPrinting { () async throws(AppError) in
            try await StoreOpening.writing(try database.location) { store throws(AppError) in
                try await AccountRun.remove(name: name, store: store)
            }
            return ["removed \(name)"]
        }
    }
}

struct UserList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List accounts: name, role, committees.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await runPrinting { () async throws(AppError) in
            try await StoreOpening.reading(try database.location) { store throws(AppError) in try await AccountRun.list(store: store) }
        }
    }
}

/// Reads a password: on a terminal without echo (twice, when confirming); otherwise one line of stdin,
/// so scripts can pipe it in.
enum PasswordPrompt {
    static func read(_ prompt: String, confirm: Bool) throws(AppError) -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            guard let line = readLine(strippingNewline: true) else { throw .usage("no password on stdin") }
            return line
        }
        let first = try readHidden(prompt)
        if confirm {
            guard try readHidden("Gentag adgangskoden: ") == first else { throw .usage("the two passwords differ") }
        }
        return first
    }

    private static func readHidden(_ prompt: String) throws(AppError) -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        let haveTerminal = tcgetattr(STDIN_FILENO, &saved) == 0
        if haveTerminal {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        }
        defer {
            if haveTerminal { _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved) }
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = readLine(strippingNewline: true) else { throw .usage("no password given") }
        return line
    }
}
