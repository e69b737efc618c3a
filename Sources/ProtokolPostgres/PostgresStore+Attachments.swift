import Foundation
import NIOCore
import PostgresNIO
import ProtokolModel
import ProtokolStore

extension PostgresStore {
    public func attach(_ attachment: AttachedFile, bytes: [UInt8]) async throws(StoreError) -> AttachedFile {
        try attachment.check(bytes: bytes)
        return try await transaction { connection in
            let meetingID = try await self.meetingID(attachment.meeting, on: connection)
            try await self.rows(
                """
                INSERT INTO attached_bytes (sha256, size, bytes) VALUES (\(attachment.sha256), \(bytes.count), \(ByteBuffer(bytes: bytes)))
                ON CONFLICT (sha256) DO NOTHING
                """, on: connection)
            try await self.rows(
                """
                INSERT INTO attached_file (meeting_id, item, title, sha256, mime_type, file_name, added_at)
                VALUES (\(meetingID), \(attachment.item), \(attachment.title.withoutNUL), \(attachment.sha256),
                    \(attachment.mimeType.withoutNUL), \(attachment.fileName?.withoutNUL), \(attachment.addedAt))
                ON CONFLICT (meeting_id, item, sha256) DO NOTHING
                """, on: connection)
            var sql = SQLBuilder()
            let key = "a.meeting_id = \(sql.bind(Int(meetingID))) AND a.item = \(sql.bind(attachment.item)) AND a.sha256 = \(sql.bind(attachment.sha256))"
            let stored = try await self.rows(sql.query(Self.attachmentSelect + " WHERE " + key), on: connection)
            guard let row = stored.first else { throw StoreError.corrupt(reason: "the attachment \(attachment.sha256) was not stored") }
            return try Self.attachment(row: row)
        }
    }

    public func detach(sha256 prefix: String, from meeting: MeetingIdentity, item: Int) async throws(StoreError) -> Bool {
        let key = prefix.lowercased()
        guard key.count >= 6, key.allSatisfy(\.isHexDigit) else { throw StoreError.notFound(sha256: prefix) }
        return try await transaction { connection in
            let meetingID = try await self.meetingID(meeting, on: connection)
            let matches = try await self.rows(
                "SELECT sha256 FROM attached_file WHERE meeting_id = \(meetingID) AND item = \(item) AND starts_with(sha256, \(key))",
                on: connection
            ).map { try $0.get("sha256", as: String.self) }
            guard let sha256 = matches.first else { return false }
            if matches.count > 1 { throw StoreError.ambiguous(prefix: prefix, matches: matches.count) }
            try await self.rows("DELETE FROM attached_file WHERE meeting_id = \(meetingID) AND item = \(item) AND sha256 = \(sha256)", on: connection)
            try await self.rows(
                """
                DELETE FROM attached_bytes WHERE sha256 = \(sha256) AND NOT EXISTS (SELECT 1 FROM attached_file WHERE sha256 = \(sha256))
                """, on: connection)
            return true
        }
    }

    public func attachments() async throws(StoreError) -> [AttachedFile] {
        try await read { connection in
            try await self.rows(
                PostgresQuery(unsafeSQL: Self.attachmentSelect + " ORDER BY m.date, m.body, m.committee, m.kind, a.item, a.id"), on: connection
            ).map(Self.attachment(row:))
        }
    }

    public func attachments(of meeting: MeetingIdentity) async throws(StoreError) -> [AttachedFile] {
        try await read { connection in
            var sql = SQLBuilder()
            let key = """
                m.body = \(sql.bind(meeting.body.withoutNUL)) AND m.committee = \(sql.bind(meeting.committee.withoutNUL)) \
                AND m.date = \(sql.bind(meeting.dateText)) AND m.kind = \(sql.bind(meeting.kind.rawValue))
                """
            return try await self.rows(sql.query(Self.attachmentSelect + " WHERE " + key + " ORDER BY a.item, a.id"), on: connection)
                .map(Self.attachment(row:))
        }
    }

    public func attachmentBytes(sha256: String) async throws(StoreError) -> [UInt8] {
        try await read { connection in
            let found = try await self.rows("SELECT bytes FROM attached_bytes WHERE sha256 = \(sha256.lowercased())", on: connection)
            guard let row = found.first else { throw StoreError.notFound(sha256: sha256) }
            return Array(try row.get("bytes", as: ByteBuffer.self).readableBytesView)
        }
    }

    private static let attachmentSelect = """
        SELECT m.body, m.committee, m.date, m.kind, a.item, a.title, a.sha256, f.size, a.mime_type, a.file_name, a.added_at
        FROM attached_file a JOIN meeting m ON m.id = a.meeting_id JOIN attached_bytes f ON f.sha256 = a.sha256
        """

    private static func attachment(row: PostgresRandomAccessRow) throws -> AttachedFile {
        AttachedFile(
            meeting: try identity(row: row), item: try row.get("item", as: Int.self), title: try row.get("title"),
            sha256: try row.get("sha256"), size: try row.get("size", as: Int.self), mimeType: try row.get("mime_type"),
            fileName: try row.get("file_name", as: String?.self), addedAt: try row.get("added_at"))
    }

    private func meetingID(_ meeting: MeetingIdentity, on connection: PostgresConnection) async throws -> Int64 {
        let found = try await rows(
            """
            SELECT id FROM meeting WHERE body = \(meeting.body.withoutNUL) AND committee = \(meeting.committee.withoutNUL)
                AND date = \(meeting.dateText) AND kind = \(meeting.kind.rawValue)
            """, on: connection)
        guard let row = found.first else { throw StoreError.meetingNotFound(meeting: meeting.description) }
        return try row.get("id", as: Int64.self)
    }
}
