import ProtokolModel

extension MeetingIdentity {
    /// A short id that stays the same across versions: 16 hex digits of FNV-1a over the identity. The web pages
    /// and the OParl API name meetings by it, and `protokol withdraw` accepts it.
    public var stableID: String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in "\(body)|\(committee)|\(dateText)|\(kind.rawValue)".utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
