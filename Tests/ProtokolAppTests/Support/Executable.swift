import Foundation

/// The built `protokol` executable, beside the test bundle, run to completion.
enum Executable {
    static var url: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("protokol")
    }

    static var isBuilt: Bool { FileManager.default.isExecutableFile(atPath: url.path) }

    /// Runs `protokol arguments…`; stderr goes to a file so that neither pipe can fill up and stall the process.
    /// `input`, when given, is the process's stdin (else it reads nothing).
    static func run(_ arguments: [String], input: String? = nil) throws -> (status: Int32, stdout: Data, stderr: String) {
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("protokol-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: errors)
        if let input {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("protokol-stdin-\(UUID().uuidString)")
            try Data(input.utf8).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            process.standardInput = try FileHandle(forReadingFrom: file)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        return (process.terminationStatus, stdout, stderr)
    }
}
