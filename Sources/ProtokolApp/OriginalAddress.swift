import Crypto

/// The SHA-256 address of original bytes, as stores key them.
public enum OriginalAddress {
    /// Lower-case hex SHA-256.
    public static func sha256(_ bytes: [UInt8]) -> String {
        let hex: [Character] = Array("0123456789abcdef")
        var out = ""
        out.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0x0F)])
        }
        return out
    }
}
