import Foundation
import ProtokolModel

/// One original document handed to a store: its bytes and what reading them gave.
public struct Submission: Sendable, Hashable {
    /// The original bytes, stored as they are.
    public var bytes: [UInt8]
    /// Lower-case hex SHA-256 of `bytes`: the original's address.
    public var sha256: String
    /// Where the bytes came from, e.g. the file name; kept for messages only.
    public var sourceName: String?
    public var receivedAt: Date
    /// `MinutesReader.version` of the reader that gave `reading`.
    public var parserVersion: String
    public var reading: Reading

    public init(bytes: [UInt8], sha256: String, sourceName: String? = nil, receivedAt: Date = Date(), parserVersion: String, reading: Reading) {
        self.bytes = bytes
        self.sha256 = sha256
        self.sourceName = sourceName
        self.receivedAt = receivedAt
        self.parserVersion = parserVersion
        self.reading = reading
    }
}

/// What reading an original gave: the document, or the reason it could not be read.
public enum Reading: Sendable, Hashable {
    case parsed(ParsedDocument)
    case failed(error: String)
}

/// How the stored reading of an original went.
public enum ParseStatus: Sendable, Hashable, Codable {
    case ok
    case failed(error: String)

    /// The error text of a failed reading.
    public var error: String? {
        if case .failed(let error) = self { return error }
        return nil
    }
}
