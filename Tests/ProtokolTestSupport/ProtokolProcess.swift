import Foundation

/// The built `protokol` executable, run as a separate process (shared by the process tests of both stores).
public struct ProtokolProcess: Sendable {
    /// Beside the test bundle (`swift build --build-tests` builds both), or PROTOKOL_BINARY.
    public static var executable: URL {
        if let override = ProcessInfo.processInfo.environment["PROTOKOL_BINARY"] { return URL(fileURLWithPath: override) }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("protokol")
    }

    public static var isBuilt: Bool { FileManager.default.isExecutableFile(atPath: executable.path) }

    public let process: Process
    public let stdoutURL: URL
    public let stderrURL: URL
    private let exited: AsyncStream<Void>

    /// Starts `protokol arguments…` with stdout and stderr going to files in `directory`.
    public init(_ arguments: [String], logsIn directory: URL, name: String) throws {
        process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        stdoutURL = directory.appendingPathComponent("\(name).out")
        stderrURL = directory.appendingPathComponent("\(name).err")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        process.standardInput = FileHandle.nullDevice
        let (stream, continuation) = AsyncStream<Void>.makeStream()
        exited = stream
        process.terminationHandler = { _ in continuation.finish() }
        try process.run()
    }

    /// Waits for the process to end without blocking a thread.
    public func wait() async {
        for await _ in exited {}
    }

    public var stdout: String { (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? "" }
    public var stderr: String { (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? "" }

    /// The counts of an import summary line: "read N files: X new, Y new versions, Z unchanged, W failed".
    public static func importCounts(_ output: String) -> (read: Int, new: Int, versions: Int, unchanged: Int, failed: Int)? {
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix("read ") }) else { return nil }
        let numbers = line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard numbers.count == 5 else { return nil }
        return (numbers[0], numbers[1], numbers[2], numbers[3], numbers[4])
    }
}
