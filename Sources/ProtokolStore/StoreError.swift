/// Why a store operation failed. The CLI prints it as one line.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The database could not be opened or created.
    case cannotOpen(location: String, reason: String)
    /// The schema is older than this program: run `protokol migrate`.
    case needsMigration(pending: [String])
    /// The schema was written by a newer program.
    case newerSchema
    /// The search query cannot be read.
    case malformedQuery(query: String, reason: String)
    /// Nothing is stored under this SHA-256 (or prefix).
    case notFound(sha256: String)
    /// No stored meeting has this identity (or id).
    case meetingNotFound(meeting: String)
    /// A SHA-256 prefix that matches several originals.
    case ambiguous(prefix: String, matches: Int)
    /// A submission that contradicts itself, e.g. a reading of other bytes.
    case invalidSubmission(reason: String)
    /// Stored data that cannot be read back.
    case corrupt(reason: String)
    /// A name or key that is already taken.
    case duplicate(String)
    /// No account with this name.
    case noAccount(String)
    /// Any other database failure, with the database's message.
    case database(reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let location, let reason): "cannot open the database \(location): \(reason)"
        case .needsMigration(let pending):
            "the database needs migrating (\(pending.joined(separator: ", "))): run protokol migrate"
        case .newerSchema: "the database was written by a newer protokol; upgrade protokol"
        case .malformedQuery(let query, let reason): "cannot read the query \"\(query)\": \(reason)"
        case .notFound(let sha256): "no stored original \(sha256)"
        case .meetingNotFound(let meeting): "no stored meeting \(meeting)"
        case .ambiguous(let prefix, let matches): "\(prefix) matches \(matches) originals; give more of the SHA-256"
        case .invalidSubmission(let reason): "invalid submission: \(reason)"
        case .corrupt(let reason): "stored data cannot be read: \(reason)"
        case .duplicate(let what): "\(what) exists already"
        case .noAccount(let name): "no account \(name)"
        case .database(let reason): "database error: \(reason)"
        }
    }
}
