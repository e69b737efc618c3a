import Testing
@testable import ProtokolReader

@Suite("Eight bytes at a time")
struct ByteWordTests {
    /// Words with every byte drawn from values near the limits the scans test for, from a fixed seed.
    private static func words(_ count: Int) -> [[UInt8]] {
        let values: [UInt8] = [0x00, 0x01, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1F, 0x20, 0x21, 0x41, 0x7F, 0x80, 0xC2, 0xC3, 0xE2, 0xFF]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var result = [[UInt8]]()
        for _ in 0..<count {
            var word = [UInt8]()
            for _ in 0..<8 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                word.append(values[Int(state >> 33) % values.count])
            }
            result.append(word)
        }
        return result
    }

    @Test("the word tests agree with a byte-by-byte look")
    func wordTestsAgreeWithBytes() {
        var disagreements = [[UInt8]]()
        for bytes in Self.words(20_000) {
            let word = bytes.withUnsafeBufferPointer { Bytes.word($0, at: 0) }
            let agree = Bytes.hasNonASCII(word) == bytes.contains { $0 >= 0x80 }
                && Bytes.hasByte(below: 0x20, in: word) == bytes.contains { $0 < 0x20 }
                && Bytes.hasByte(0x0B, in: word) == bytes.contains(0x0B)
                && Bytes.hasByte(0x0D, in: word) == bytes.contains(0x0D)
            if !agree { disagreements.append(bytes) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    @Test("a word can be read at any offset of a line")
    func wordAtOffset() {
        let bytes = Array("Punkt 12: Godkendelse af regnskab".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for offset in 0...(bytes.count - 8) {
                let word = Bytes.word(buffer, at: offset)
                let expected = bytes[offset..<(offset + 8)].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
                #expect(UInt64(littleEndian: word) == expected)
            }
        }
    }
}
