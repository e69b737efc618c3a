/// What reading one document produced: where it came from, the meeting, and every doubt.
public struct ParsedDocument: Sendable, Hashable {
    /// The contract's schema name; bump it when a contract field changes meaning.
    public static let schema = "protokol.meeting/1"

    public var source: SourceInfo
    public var meeting: Meeting
    public var warnings: [ReadWarning]

    public init(source: SourceInfo, meeting: Meeting, warnings: [ReadWarning] = []) {
        self.source = source
        self.meeting = meeting
        self.warnings = warnings
    }
}

/// The original bytes' identity and the format they were read as.
public struct SourceInfo: Sendable, Hashable {
    /// Lower-case hex SHA-256 of the original bytes.
    public var sha256: String
    public var bytes: Int
    public var format: SourceFormat
    /// The character encoding the text was decoded from.
    public var encoding: TextEncoding

    public init(sha256: String, bytes: Int, format: SourceFormat, encoding: TextEncoding = .utf8) {
        self.sha256 = sha256
        self.bytes = bytes
        self.format = format
        self.encoding = encoding
    }
}

/// The input formats the reader understands.
public enum SourceFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case text, markdown, html, pdf
}

/// Character encodings the reader detects.
public enum TextEncoding: String, Sendable, Hashable, Codable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case windows1252 = "windows-1252"
}

/// Something read with doubt, tied to a line of the normalised text when it has one.
public struct ReadWarning: Sendable, Hashable, CustomStringConvertible {
    public var line: Int?
    public var message: String

    public init(line: Int?, _ message: String) {
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "line \(line): \(message)" }
        return message
    }
}
