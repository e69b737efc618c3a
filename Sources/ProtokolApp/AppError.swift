import ProtokolReader
import ProtokolStore

/// Why a storage command failed, as one line for stderr.
public enum AppError: Error, Sendable, Hashable, CustomStringConvertible {
    case store(StoreError)
    /// An argument that cannot be used, e.g. a date that is not YYYY-MM-DD.
    case usage(String)
    /// A file that cannot be written.
    case output(path: String, reason: String)
    /// The server could not start or stopped on an error (e.g. the port is taken).
    case server(String)

    public var description: String {
        switch self {
        case .store(let error): error.description
        case .usage(let message): message
        case .output(let path, let reason): "cannot write \(path): \(reason)"
        case .server(let reason): "the server stopped: \(reason)"
        }
    }
}
