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
        let head = text.utf8.prefix(4096)
        let lowered = String(decoding: head, as: UTF8.self).lowercased()
        let trimmed = lowered.drop(while: { $0.isWhitespace })
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || trimmed.hasPrefix("<?xml")
            || lowered.contains("<body") || lowered.contains("<html")
        {
            return .html
        }
        if trimmed.hasPrefix("<") && (lowered.contains("</p>") || lowered.contains("</div>") || lowered.contains("</h")) {
            return .html
        }
        var markers = 0
        var lines = 0
        for line in text.split(separator: "\n", maxSplits: 400, omittingEmptySubsequences: true) {
            lines += 1
            if lines > 400 { break }
            let s = line.drop(while: { $0 == " " })
            if s.hasPrefix("# ") || s.hasPrefix("## ") || s.hasPrefix("### ") || s.hasPrefix("#### ") { markers += 2 }
            else if s.hasPrefix("**") || s.hasPrefix("|--") || s.hasPrefix("| --") || s.hasPrefix("|:-") { markers += 1 }
            else if s.hasPrefix("|") && s.hasSuffix("|") { markers += 1 }
            if markers >= 3 { return .markdown }
        }
        return .text
    }
}
