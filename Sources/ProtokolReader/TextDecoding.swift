import ProtokolModel

/// Turns raw bytes into text, detecting UTF-8 (with or without BOM), UTF-16 and Windows-1252.
enum TextDecoding {
    static func decode(_ bytes: [UInt8]) throws(ReadError) -> (text: String, encoding: TextEncoding) {
        guard !bytes.isEmpty else { throw .empty }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try (utf8OrLatin(Array(bytes.dropFirst(3))), .utf8)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return (utf16(bytes.dropFirst(2), littleEndian: true), .utf16LE) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (utf16(bytes.dropFirst(2), littleEndian: false), .utf16BE) }
        if let littleEndian = looksLikeUTF16(bytes) {
            return (utf16(bytes[...], littleEndian: littleEndian), littleEndian ? .utf16LE : .utf16BE)
        }
        if let offset = firstBinaryByte(bytes) { throw .binary(offset: offset) }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        return (windows1252(bytes), .windows1252)
    }

    private static func utf8OrLatin(_ bytes: [UInt8]) throws(ReadError) -> String {
        if let offset = firstBinaryByte(bytes) { throw .binary(offset: offset + 3) }
        return String(validating: bytes, as: UTF8.self) ?? windows1252(bytes)
    }

    /// UTF-16 without BOM shows as many zero bytes on one side of each pair.
    private static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool? {
        let sample = min(bytes.count & ~1, 2048)
        guard sample >= 8 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        var i = 0
        while i < sample {
            if bytes[i] == 0 { evenZeros += 1 }
            if bytes[i + 1] == 0 { oddZeros += 1 }
            i += 2
        }
        let pairs = sample / 2
        if oddZeros * 10 >= pairs * 4 && evenZeros * 10 < pairs { return true }
        if evenZeros * 10 >= pairs * 4 && oddZeros * 10 < pairs { return false }
        return nil
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i])
            let b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// NUL and most C0 controls do not occur in text; form feed (page break) and escape-free text do.
    static func firstBinaryByte(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var controls = 0
            let count = buffer.count
            var offset = 0
            while offset < count {
                // Text has few controls: eight bytes at or above 0x20 are passed over at once.
                if offset + 8 <= count, !Bytes.hasByte(below: 0x20, in: Bytes.word(buffer, at: offset)) {
                    offset += 8
                    continue
                }
                let byte = buffer[offset]
                offset += 1
                guard byte < 0x20 else { continue }
                switch byte {
                case 0x09, 0x0A, 0x0C, 0x0D: continue
                case 0x00: return offset - 1
                default:
                    controls += 1
                    if controls > 8 || controls * 100 > count { return offset - 1 }
                }
            }
            return nil
        }
    }

    private static let cp1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D,
        0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// Windows-1252 is a superset of ISO-8859-1's printable range, so it reads both.
    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            let value: UInt32 = (0x80..<0xA0).contains(byte) ? UInt32(cp1252High[Int(byte - 0x80)]) : UInt32(byte)
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        return String(scalars)
    }
}
