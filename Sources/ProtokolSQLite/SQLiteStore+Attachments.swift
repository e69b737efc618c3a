import Foundation
import GRDB
import ProtokolModel
import ProtokolStore

extension SQLiteStore {
    public func attach(_ attachment: AttachedFile, bytes: [UInt8]) async throws(StoreError) -> AttachedFile {
        try attachment.check(bytes: bytes)
        return try await write { db in
            let meetingID = try Self.meetingID(attachment.meeting, db)
            try db.execute(
                sql: "INSERT INTO attachedBytes (sha256, size, bytes) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
                arguments: [attachment.sha256, bytes.count, Data(bytes)])
            try db.execute(
                sql: """
                    INSERT INTO attachedFile (meetingID, item, title, sha256, mimeType, fileName, addedAt) VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (meetingID, item, sha256) DO NOTHING
                    """,
                arguments: [
                    meetingID, attachment.item, attachment.title, attachment.sha256, attachment.mimeType, attachment.fileName,
                    attachment.addedAt,
                ])
            let rows = try Row.fetchAll(
                db, sql: Self.attachmentSelect + " WHERE a.meetingID = ? AND a.item = ? AND a.sha256 = ?",
                arguments: [meetingID, attachment.item, attachment.sha256])
            guard let row = rows.first else { throw StoreError.corrupt(reason: "the attachment \(attachment.sha256) was not stored") }
            return try Self.attachment(row: row)
        }
    }

    public func detach(sha256 prefix: String, from meeting: MeetingIdentity, item: Int) async throws(StoreError) -> Bool {
        let key = prefix.lowercased()
        guard key.count >= 6, key.allSatisfy(\.isHexDigit) else { throw StoreError.notFound(sha256: prefix) }
        return try await write { db in
            let meetingID = try Self.meetingID(meeting, db)
            let matches = try String.fetchAll(
                db, sql: "SELECT sha256 FROM attachedFile WHERE meetingID = ? AND item = ? AND substr(sha256, 1, ?) = ?",
                arguments: [meetingID, item, key.count, key])
            guard let sha256 = matches.first else { return false }
            if matches.count > 1 { throw StoreError.ambiguous(prefix: prefix, matches: matches.count) }
            try db.execute(sql: "DELETE FROM attachedFile WHERE meetingID = ? AND item = ? AND sha256 = ?", arguments: [meetingID, item, sha256])
            try db.execute(
                sql: "DELETE FROM attachedBytes WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM attachedFile WHERE sha256 = ?)",
                arguments: [sha256, sha256])
            return true
        }
    }

    public func attachments() async throws(StoreError) -> [AttachedFile] {
        try await read { db in
            try Row.fetchAll(db, sql: Self.attachmentSelect + " ORDER BY m.date, m.body, m.committee, m.kind, a.item, a.id")
                .map(Self.attachment(row:))
        }
    }

    public func attachments(of meeting: MeetingIdentity) async throws(StoreError) -> [AttachedFile] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: Self.attachmentSelect + " WHERE m.body = ? AND m.committee = ? AND m.date = ? AND m.kind = ? ORDER BY a.item, a.id",
                arguments: [meeting.body, meeting.committee, meeting.dateText, meeting.kind.rawValue]
            ).map(Self.attachment(row:))
        }
    }

    public func attachmentBytes(sha256: String) async throws(StoreError) -> [UInt8] {
        try await read { db in
            guard let data = try Data.fetchOne(db, sql: "SELECT bytes FROM attachedBytes WHERE sha256 = ?", arguments: [sha256.lowercased()]) else {
                throw StoreError.notFound(sha256: sha256)
            }
            return [UInt8](data)
        }
    }

    private static let attachmentSelect = """
        SELECT m.body, m.committee, m.date, m.kind, a.item, a.title, a.sha256, f.size, a.mimeType, a.fileName, a.addedAt
        FROM attachedFile a JOIN meeting m ON m.id = a.meetingID JOIN attachedBytes f ON f.sha256 = a.sha256
        """

    private static func attachment(row: Row) throws -> AttachedFile {
        AttachedFile(
            meeting: try identity(row: row), item: row["item"], title: row["title"], sha256: row["sha256"], size: row["size"],
            mimeType: row["mimeType"], fileName: row["fileName"], addedAt: row["addedAt"])
    }

    private static func meetingID(_ meeting: MeetingIdentity, _ db: Database) throws -> Int64 {
        guard let id = try Int64.fetchOne(
            db, sql: "SELECT id FROM meeting WHERE body = ? AND committee = ? AND date = ? AND kind = ?",
            arguments: [meeting.body, meeting.committee, meeting.dateText, meeting.kind.rawValue])
        else { throw StoreError.meetingNotFound(meeting: meeting.description) }
        return id
    }
}
