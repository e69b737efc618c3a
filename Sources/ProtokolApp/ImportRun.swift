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

    /// How many documents `run` hands the store at once (``MeetingStore/store(batch:)``, one transaction).
    public static let batchDocuments = 32
    /// A batch is handed over early once its originals reach this many bytes.
    public static let batchBytes = 8 << 20

    /// Imports the files in order, in batches of up to ``batchDocuments`` files: each batch is one
    /// transaction, so a killed import loses at most the batch it was in, never part of a meeting.
    ///
    /// A file that cannot be parsed is stored with its error; a file already stored is not touched.
    /// A store failure (the database, not a file) stops the run.
    public static func run(
        paths: [String], store: any MeetingStore, reader: MinutesReader = MinutesReader(), now: @Sendable () -> Date = { Date() },
        progress: (Progress) -> Void = { _ in }
    ) async throws(AppError) -> ImportRun {
        var run = ImportRun()
        var pending = [(path: String, submission: Submission)]()
        var pendingBytes = 0
        func flush() async throws(AppError) {
            guard !pending.isEmpty else { return }
            let outcomes: [ImportOutcome]
            do {
                outcomes = try await store.store(batch: pending.map(\.submission))
            } catch {
                throw .store(error)
            }
            for (entry, outcome) in zip(pending, outcomes) {
                switch outcome {
                case .new(let version):
                    if version.version == 1 { run.new += 1 } else { run.newVersions += 1 }
                case .failed(_, let error):
                    run.failures.append(Failure(path: entry.path, reason: error, stored: true))
                case .unchanged(let existing):
                    // Stored earlier in the batch, or by another process in the meantime.
                    run.count(unchanged: existing, path: entry.path)
                }
            }
            pending.removeAll(keepingCapacity: true)
            pendingBytes = 0
        }
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
            // Unchanged files are not read again.
            let existing: StoredDocument?
            do {
                existing = try await store.document(sha256: sha256)
            } catch {
                throw .store(error)
            }
            if let existing {
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
            pending.append((path, submission))
            pendingBytes += bytes.count
            if pending.count >= batchDocuments || pendingBytes >= batchBytes { try await flush() }
        }
        try await flush()
        // A batch reports its failures when it is stored: put them back in file order.
        var order = [String: Int]()
        for (index, path) in paths.enumerated() where order[path] == nil { order[path] = index }
        run.failures = run.failures.enumerated()
            .sorted { (order[$0.element.path] ?? 0, $0.offset) < (order[$1.element.path] ?? 0, $1.offset) }.map(\.element)
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
