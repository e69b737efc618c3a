import ProtokolModel
import ProtokolReader

/// How `protokol parse` prints what it read.
public enum OutputFormat: String, Sendable, CaseIterable {
    case json, text
}

/// The result of reading several files: what goes to stdout, the error lines for stderr, and the exit status.
public struct ParseRun: Sendable {
    public var output: [String] = []
    public var errors: [String] = []
    public var documents: [ParsedDocument] = []

    /// 0 when every file was read, 1 when any failed.
    public var exitStatus: Int32 { errors.isEmpty ? 0 : 1 }

    /// Reads each file; a file that fails gives one error line naming it, and the others are still read.
    public static func run(paths: [String], format: OutputFormat, reader: MinutesReader = MinutesReader()) -> ParseRun {
        var run = ParseRun()
        for path in paths {
            do {
                let document = try reader.read(contentsOf: path)
                run.documents.append(document)
                switch format {
                case .json: run.output.append(try ContractJSON.encode(document, pretty: paths.count == 1))
                case .text: run.output.append(TextSummary.render(document, path: path))
                }
            } catch let error as ReadError {
                run.errors.append("protokol: \(path): \(error)")
            } catch {
                run.errors.append("protokol: \(path): \(error)")
            }
        }
        return run
    }
}
