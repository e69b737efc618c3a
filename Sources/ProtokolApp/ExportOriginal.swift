import Foundation
import ProtokolStore

/// `protokol export-original SHA`: the original bytes, exactly as imported.
public enum ExportOriginal {
    /// The bytes for a full SHA-256 or an unambiguous prefix.
    public static func bytes(sha256: String, store: any MeetingStore) async throws(AppError) -> [UInt8] {
        do {
            return try await store.original(sha256: sha256).bytes
        } catch {
            throw .store(error)
        }
    }

    /// Writes the bytes to a file (replacing it).
    public static func write(_ bytes: [UInt8], to path: String) throws(AppError) {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .output(path: path, reason: error.localizedDescription)
        }
    }
}
