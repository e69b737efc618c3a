import ProtokolModel

/// The text of a document as a person reads it, for full-text fields such as OParl's `File.text`.
public enum DocumentText {
    /// A document's text with its format: a PDF's text as `pdftotext` gives it, an HTML page without its markup
    /// (one line per block, cells separated by tabs), and text or Markdown as decoded (UTF-8, UTF-16 or
    /// Windows-1252). Bytes that are no text (a Word file, an image) are ``ReadError/binary(offset:)``.
    public static func extract(_ bytes: [UInt8], pdftotextSearchPath: String? = nil) throws(ReadError) -> (text: String, format: SourceFormat) {
        guard !bytes.isEmpty else { throw .empty }
        if FormatDetection.isPDF(bytes) { return (try PDFText.extract(bytes, searchPath: pdftotextSearchPath), .pdf) }
        let text = try TextDecoding.decode(bytes).text
        let format = FormatDetection.detect(text: text)
        guard format == .html else { return (text, format) }
        return (HTMLLines.lines(text).map(\.text).joined(separator: "\n"), .html)
    }
}

extension DocumentText {
    /// The format of a document's bytes without extracting its text; nil when they are no text and no PDF.
    public static func format(of bytes: [UInt8]) -> SourceFormat? {
        if FormatDetection.isPDF(bytes) { return .pdf }
        // The head tells the format; a character cut at its end only makes it look like Windows-1252.
        guard let text = try? TextDecoding.decode(Array(bytes.prefix(65_536))).text else { return nil }
        return FormatDetection.detect(text: text)
    }
}
