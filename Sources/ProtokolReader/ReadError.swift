/// Why a document could not be read. The CLI prints it as one line naming the file.
public enum ReadError: Error, Sendable, Hashable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case empty
    case binary(offset: Int)
    case pdfToolMissing
    case pdfFailed(reason: String)
    case pdfWithoutText
    case notMinutes(reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
        case .empty: "the file is empty"
        case .binary(let offset): "binary data, not text (control byte at offset \(offset))"
        case .pdfToolMissing: "PDF input needs pdftotext (Debian package poppler-utils), which was not found on PATH"
        case .pdfFailed(let reason): "pdftotext failed: \(reason)"
        case .pdfWithoutText: "the PDF holds no text (a scanned image?); run OCR first"
        case .notMinutes(let reason): "not committee minutes or an agenda: \(reason)"
        }
    }
}
