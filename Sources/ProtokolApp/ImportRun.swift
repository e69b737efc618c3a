import Foundation
import ProtokolModel
import ProtokolReader
import ProtokolStore

/// `protokol import FILE|DIR…`: stores each file's original bytes and what reading them gave.
public struct ImportRun: Sendable {
    /// Where the run is, for a progress line.
    public struct Progress: Sendable {
        public var done: Int
        public var total: Int
        public var path: String
    }

    /// A file that could not be read or parsed.
    public struct Failure: Sendable, Hashable {
        public var path: String
        public var reason: String
        /// True when the original bytes are stored (with the error); false when the file could not be read at all.
        public var stored: Bool
    }

    /// Files looked at.
    public var read = 0
    /// Originals stored as the first version of a meeting.
    public var new = 0
    /// Originals stored as a new version of a meeting already stored.
    public var newVersions = 0
    /// Files whose bytes were already stored (and read without error).
    public var unchanged = 0
    public var failures: [Failure] = []

    /// 0 when every file is stored and read, 1 when any failed.
    public var exitStatus: Int32 { failures.isEmpty ? 0 : 1 }

    /// Imports the files in order; each file is stored in its own transaction.
    ///
    /// A file that cannot be parsed is stored with its error; a file already stored is not touched.
    /// A store failure (the database, not a file) stops the run.
    public static func run(
        paths: [String], store: any MeetingStore, reader: MinutesReader = MinutesReader(), now: @Sendable () -> Date = { Date() },
        progress: (Progress) -> Void = { _ in }
    ) async throws(AppError) -> ImportRun {
        var run = ImportRun()
        for (index, path) in paths.enumerated() {
            progress(Progress(done: index, total: paths.count, path: path))
            run.read += 1
            let bytes: [UInt8]
            do {
                bytes = try MinutesReader.load(path)
            } catch {
                run.failures.append(Failure(path: path, reason: error.description, stored: false))
                continue
            }
            let sha256 = OriginalAddress.sha256(bytes)
            do {
                // Unchanged files are not read again.
                if let existing = try await store.document(sha256: sha256) {
                    run.count(unchanged: existing, path: path)
                    continue
                }
                let reading: Reading
                do {
                    reading = .parsed(try reader.read(bytes))
                } catch {
                    reading = .failed(error: error.description)
                }
                let submission = Submission(
                    bytes: bytes, sha256: sha256, sourceName: (path as NSString).lastPathComponent, receivedAt: now(),
                    parserVersion: MinutesReader.version, reading: reading)
                switch try await store.store(submission) {
                case .new(let version):
                    if version.version == 1 { run.new += 1 } else { run.newVersions += 1 }
                case .failed(_, let error):
                    run.failures.append(Failure(path: path, reason: error, stored: true))
                case .unchanged(let existing):
                    // Another process stored the same bytes in the meantime.
                    run.count(unchanged: existing, path: path)
                }
            } catch {
                throw .store(error)
            }
        }
        progress(Progress(done: paths.count, total: paths.count, path: ""))
        return run
    }

    private mutating func count(unchanged existing: StoredDocument, path: String) {
        if let error = existing.status.error {
            failures.append(Failure(path: path, reason: error + " (stored earlier)", stored: true))
        } else {
            unchanged += 1
        }
    }

    /// The summary printed at the end: one line of counts, then one line per failure naming the file.
    public var summary: [String] {
        var lines = [
            "read \(read) file\(read == 1 ? "" : "s"): \(new) new, \(newVersions) new version\(newVersions == 1 ? "" : "s"), "
                + "\(unchanged) unchanged, \(failures.count) failed"
        ]
        for failure in failures {
            lines.append("failed: \(failure.path): \(failure.reason)\(failure.stored ? "" : " (not stored)")")
        }
        return lines
    }
}

/// A one-line progress indicator for a terminal: "[ 12/400] file.txt".
public enum ProgressLine {
    /// A bar, the count and the file name, cut to `width` characters.
    public static func render(_ progress: ImportRun.Progress, width: Int = 78) -> String {
        let count = String(progress.total).count
        let done = String(repeating: " ", count: max(0, count - String(progress.done).count)) + String(progress.done)
        let barWidth = 20
        let filled = progress.total == 0 ? barWidth : progress.done * barWidth / progress.total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: barWidth - filled)
        let name = (progress.path as NSString).lastPathComponent
        let line = "[\(bar)] \(done)/\(progress.total) \(name)"
        return String(line.prefix(width))
    }
}
