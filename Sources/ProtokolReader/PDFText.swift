import Foundation

/// Extracts the text layer of a PDF with Debian's `pdftotext` (poppler-utils), run as a subprocess.
enum PDFText {
    /// How long one PDF may take before it is given up on, so that a hostile file cannot hang a run.
    static let timeoutSeconds: Double = 120

    static func extract(_ bytes: [UInt8], searchPath: String? = nil) throws(ReadError) -> String {
        guard let tool = findTool(searchPath: searchPath) else { throw .pdfToolMissing }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("protokol-pdf-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .pdfFailed(reason: "cannot create a temporary directory: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in.pdf")
        let output = directory.appendingPathComponent("out.txt")
        let errors = directory.appendingPathComponent("err.txt")
        do {
            try Data(bytes).write(to: input)
            _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        } catch {
            throw .pdfFailed(reason: "cannot write a temporary file: \(error.localizedDescription)")
        }

        let process = Process()
        process.executableURL = tool
        process.arguments = ["-layout", "-enc", "UTF-8", "-eol", "unix", input.path, output.path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errorHandle: FileHandle
        do {
            errorHandle = try FileHandle(forWritingTo: errors)
        } catch {
            throw .pdfFailed(reason: "cannot open a temporary file: \(error.localizedDescription)")
        }
        defer { try? errorHandle.close() }
        process.standardError = errorHandle

        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw .pdfFailed(reason: error.localizedDescription)
        }
        if finished.wait(timeout: .now() + timeoutSeconds) == .timedOut {
            process.terminate()
            _ = finished.wait(timeout: .now() + 5)
            throw .pdfFailed(reason: "no answer within \(Int(timeoutSeconds)) s")
        }
        guard process.terminationStatus == 0 else {
            let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            let firstLine = message.split(separator: "\n").first.map(String.init) ?? "exit status \(process.terminationStatus)"
            throw .pdfFailed(reason: firstLine)
        }
        guard let data = try? Data(contentsOf: output) else { throw .pdfFailed(reason: "no output") }
        let text = String(decoding: data, as: UTF8.self)
        if text.allSatisfy({ $0.isWhitespace }) { throw .pdfWithoutText }
        return text
    }

    static func findTool(searchPath: String? = nil) -> URL? {
        let path = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("pdftotext")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
