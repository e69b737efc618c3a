/// Eight bytes at a time: the byte scans of the hot path skip runs of plain ASCII a word at a time.
extension Bytes {
    /// The 8 bytes at `offset` as one word (the caller checks `offset + 8 <= buffer.count`).
    @inline(__always)
    static func word(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        guard let base = buffer.baseAddress else { return 0 }
        return UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Some byte of `word` is 0x80 or above.
    @inline(__always)
    static func hasNonASCII(_ word: UInt64) -> Bool { word & highs != 0 }

    /// Some byte of `word` is below `limit` (at most 0x80). Exact: a borrow only starts at a byte below the limit.
    @inline(__always)
    static func hasByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highs != 0
    }

    /// Some byte of `word` equals `byte`.
    @inline(__always)
    static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
        hasByte(below: 1, in: word ^ (ones &* UInt64(byte)))
    }
}
