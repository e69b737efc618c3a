import ProtokolModel

/// Decides which of the supported formats a document is in, from its first bytes and lines.
enum FormatDetection {
    static func isPDF(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(1024)
        let magic: [UInt8] = Array("%PDF-".utf8)
        guard head.count >= magic.count else { return false }
        for start in head.startIndex...(head.endIndex - magic.count) where head[start] == 0x25 {
            if head[start..<(start + magic.count)].elementsEqual(magic) { return true }
        }
        return false
    }

    static func detect(text: String) -> SourceFormat {
        var text = text
        return text.withUTF8 { detect(bytes: $0) }
    }

    private static let documentMarkers = ["<!doctype html", "<html", "<body", "<?xml"].map { Array($0.utf8) }
    private static let closingMarkers = ["</p>", "</div>", "</h", "</strong>", "</b>", "<br"].map { Array($0.utf8) }
    private static let lineBreakTags = ["<br />", "<br/>", "<br>"].map { Array($0.utf8) }

    /// True when one of `markers` (each starting with "<", in small ASCII letters) occurs in `head` with its ASCII
    /// capitals lower-cased. The markers are ASCII, so this is a search of `Bytes.folded(head)` without making it.
    private static func startsAnyAtTag(_ head: UnsafeBufferPointer<UInt8>, _ markers: [[UInt8]]) -> Bool {
        for open in 0..<head.count where head[open] == 0x3C {
            for marker in markers where open + marker.count <= head.count {
                var k = 1
                while k < marker.count, Bytes.asciiLower(head[open + k]) == marker[k] { k += 1 }
                if k == marker.count { return true }
            }
        }
        return false
    }

    private static func detect(bytes: UnsafeBufferPointer<UInt8>) -> SourceFormat {
        let head = UnsafeBufferPointer(rebasing: bytes.prefix(4096))
        let firstByte = head.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 })
        // Every marker starts with "<": one pass visits those places only.
        if startsAnyAtTag(head, documentMarkers) { return .html }
        if firstByte == 0x3C, startsAnyAtTag(head, closingMarkers) { return .html }
        var markers = 0
        var lines = 0
        var breaks = 0
        for line in bytes.prefix(16_384).split(separator: 0x0A, maxSplits: 400, omittingEmptySubsequences: true) {
            lines += 1
            // "Mødested Rådhuset<br />": a page's lines copied with their tags (yumpu).
            let trimmed = line.last == 0x0D ? line.dropLast() : line[...]
            if trimmed.last == 0x3E, lineBreakTags.contains(where: { trimmed.count >= $0.count && trimmed.suffix($0.count).elementsEqual($0) }) {
                breaks += 1
                if breaks >= 3 { return .html }
            }
            let s = line.drop(while: { $0 == 0x20 })
            // "1\. Budgettema": a converter escaped the number's stop so that it makes no list.
            if let first = s.first, first >= 0x30 && first <= 0x39, case let digits = s.prefix(while: { $0 >= 0x30 && $0 <= 0x39 }),
                digits.count <= 3, s.dropFirst(digits.count).starts(with: [0x5C, 0x2E])
            {
                markers += 2
                if markers >= 3 { return .markdown }
                continue
            }
            guard let first = s.first, first == 0x23 || first == 0x2A || first == 0x7C else { continue }
            let hashes = s.prefix(while: { $0 == 0x23 }).count
            if hashes > 0 && hashes <= 6 && s.dropFirst(hashes).first == 0x20 { markers += 2 }
            else if s.starts(with: [0x2A, 0x2A]) || s.starts(with: [0x7C, 0x2D]) || s.starts(with: [0x7C, 0x20, 0x2D]) { markers += 1 }
            else if first == 0x7C && s.last == 0x7C { markers += 1 }
            if markers >= 3 { return .markdown }
        }
        return .text
    }
}
