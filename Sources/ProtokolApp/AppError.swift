import ProtokolReader
import ProtokolStore

/// Why a storage command failed, as one line for stderr.
public enum AppError: Error, Sendable, Hashable, CustomStringConvertible {
    case store(StoreError)
    /// An argument that cannot be used, e.g. a date that is not YYYY-MM-DD.
    case usage(String)
    /// A file that cannot be written.
    case output(path: String, reason: String)

    public var description: String {
        switch self {
        case .store(let error): error.description
        case .usage(let message): message
        case .output(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}
