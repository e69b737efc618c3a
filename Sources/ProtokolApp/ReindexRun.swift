import ProtokolReader
import ProtokolStore

/// `protokol reindex`: reads every stored original again with the current reader.
public struct ReindexRun: Sendable {
    public var read = 0
    public var unchanged = 0
    public var changed = 0
    /// Originals the current reader cannot read, with the reason (stored with the original).
    public var failures: [(sha256: String, name: String?, reason: String)] = []

    /// Reads each stored original again, in the order they arrived; each is replaced in its own transaction.
    public static func run(store: any MeetingStore, reader: MinutesReader = MinutesReader()) async throws(AppError) -> ReindexRun {
        var run = ReindexRun()
        do {
            for document in try await store.documents() {
                run.read += 1
                let original = try await store.original(sha256: document.sha256)
                let reading: Reading
                do {
                    reading = .parsed(try reader.read(original.bytes))
                } catch {
                    reading = .failed(error: error.description)
                }
                switch try await store.replaceReading(sha256: document.sha256, with: reading, parserVersion: MinutesReader.version) {
                case .unchanged: run.unchanged += 1
                case .changed: run.changed += 1
                case .failed(let error): run.failures.append((document.sha256, document.sourceName, error))
                }
            }
        } catch {
            throw .store(error)
        }
        return run
    }

    /// One line of counts, then one line per original that fails with the current reader.
    public var summary: [String] {
        var lines = ["reindexed \(read) original\(read == 1 ? "" : "s") with reader \(MinutesReader.version): "
            + "\(changed) changed, \(unchanged) unchanged, \(failures.count) failed"]
        for failure in failures {
            lines.append("failed: \(failure.sha256.prefix(12)) \(failure.name ?? ""): \(failure.reason)")
        }
        return lines
    }
}
