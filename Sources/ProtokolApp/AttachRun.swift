import Foundation
import ProtokolModel
import ProtokolReader
import ProtokolStore

/// `protokol attach`, `detach` and `attachments`: the files (Bilag) attached to a meeting's items.
public enum AttachRun {
    /// Attaches each file to item `item` of the meeting `target` names (its id or a version's SHA-256), and says
    /// what was done, one line per file.
    ///
    /// The title is `title` when given (one file only), else the Bilag title the item lists that the file's name
    /// matches, else the file's name without its extension. Every file is read before anything is stored, so a
    /// file that cannot be read stores none.
    public static func attach(
        _ paths: [String], to target: String, item: Int, title: String? = nil, store: any MeetingStore, at time: Date = Date()
    ) async throws(AppError) -> [String] {
        guard !paths.isEmpty else { throw .usage("name at least one file to attach") }
        if title != nil, paths.count > 1 { throw .usage("--title names one file; attach the files one at a time") }
        if let title, title.trimmingCharacters(in: .whitespaces).isEmpty { throw .usage("--title must not be empty") }
        var files = [(path: String, bytes: [UInt8])]()
        for path in paths {
            do {
                let bytes = try MinutesReader.load(path)
                guard !bytes.isEmpty else { throw AppError.usage("\(path): the file is empty") }
                files.append((path, bytes))
            } catch let error as AppError {
                throw error
            } catch let error as ReadError {
                throw .usage(error.description)
            } catch {
                throw .usage("\(path): \(error)")
            }
        }
        do throws(StoreError) {
            let identity = try await MeetingLookup.identity(target, store: store)
            let listed = try await itemAttachmentTitles(identity, item: item, store: store)
            let before = Set(try await store.attachments(of: identity).filter { $0.item == item }.map(\.sha256))
            var lines = [String]()
            for (path, bytes) in files {
                let name = URL(fileURLWithPath: path).lastPathComponent
                let attachment = AttachedFile(
                    meeting: identity, item: item, title: title ?? matchingTitle(fileName: name, listed: listed),
                    sha256: OriginalAddress.sha256(bytes), size: bytes.count, mimeType: mimeType(bytes, fileName: name),
                    fileName: name, addedAt: time)
                let stored = try await store.attach(attachment, bytes: bytes)
                let already = before.contains(stored.sha256) ? " (already attached)" : ""
                lines.append("attached \(path) to item \(item) of \(identity) as \"\(stored.title)\" [\(stored.sha256.prefix(12))]\(already)")
            }
            return lines
        } catch {
            throw .store(error)
        }
    }

    /// Detaches the file `sha256` (or a prefix of 6+ hex digits) from item `item` of the meeting `target` names.
    public static func detach(_ sha256: String, from target: String, item: Int, store: any MeetingStore) async throws(AppError) -> String {
        do throws(StoreError) {
            let identity = try await MeetingLookup.identity(target, store: store)
            guard try await store.detach(sha256: sha256, from: identity, item: item) else {
                throw .notFound(sha256: "\(sha256) attached to item \(item) of \(identity)")
            }
            return "detached \(sha256) from item \(item) of \(identity)"
        } catch {
            throw .store(error)
        }
    }

    /// One line per file attached to the meeting `target` names: item, SHA-256, size, type and title.
    public static func list(_ target: String, store: any MeetingStore) async throws(AppError) -> [String] {
        do throws(StoreError) {
            let identity = try await MeetingLookup.identity(target, store: store)
            let attachments = try await store.attachments(of: identity)
            if attachments.isEmpty { return ["no files attached to \(identity)"] }
            return attachments.map { "punkt \($0.item)\t\($0.sha256)\t\($0.size) bytes\t\($0.mimeType)\t\($0.title)" }
        } catch {
            throw .store(error)
        }
    }

    /// The Bilag titles item `item` of the meeting's current version lists; an error when it has no such item.
    private static func itemAttachmentTitles(_ identity: MeetingIdentity, item: Int, store: any MeetingStore) async throws(StoreError) -> [String] {
        guard let stored = try await store.meetings(includingWithdrawn: true).first(where: { $0.identity == identity }),
            let meeting = try await store.parsedDocument(sha256: stored.currentSHA256)?.meeting
        else { throw .meetingNotFound(meeting: identity.description) }
        guard let found = meeting.items.first(where: { $0.number == item }) else {
            let numbers = meeting.items.map { String($0.number) }.joined(separator: ", ")
            throw .invalidSubmission(reason: "\(identity) has no item \(item) (its items: \(numbers))")
        }
        return found.attachments
    }

    /// The listed title the file's name (without extension) matches, ignoring case, or that name.
    static func matchingTitle(fileName: String, listed: [String]) -> String {
        let base = (fileName as NSString).deletingPathExtension
        let folded = fold(base)
        if let exact = listed.first(where: { fold($0) == folded }) { return exact }
        if folded.count >= 4, let containing = listed.first(where: { fold($0).contains(folded) }) { return containing }
        return base.isEmpty ? fileName : base
    }

    private static func fold(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "_", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// What the bytes are: PDF, HTML, Markdown or plain text by their content, else by the file's extension.
    static func mimeType(_ bytes: [UInt8], fileName: String) -> String {
        switch DocumentText.format(of: bytes) {
        case .pdf?: return "application/pdf"
        case .html?: return "text/html; charset=utf-8"
        case .markdown?: return "text/markdown"
        case .text?: return "text/plain"
        case nil: break
        }
        let types = [
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "doc": "application/msword", "xls": "application/vnd.ms-excel", "odt": "application/vnd.oasis.opendocument.text",
            "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "zip": "application/zip",
        ]
        return types[(fileName as NSString).pathExtension.lowercased()] ?? "application/octet-stream"
    }
}
