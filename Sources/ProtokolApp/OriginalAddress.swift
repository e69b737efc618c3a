import ProtokolReader

/// The SHA-256 address of original bytes, as stores key them.
public enum OriginalAddress {
    /// Lower-case hex SHA-256 (the reader's, so a reading and its stored original always agree).
    public static func sha256(_ bytes: [UInt8]) -> String { MinutesReader.sha256(bytes) }
}
