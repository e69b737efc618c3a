import Foundation
import ProtokolModel
import GRDB
import ProtokolStore

extension SQLiteStore {
    public func withdraw(_ meeting: MeetingIdentity, at time: Date) async throws(StoreError) -> StoredMeeting {
        try await write { db in
            let key: [any DatabaseValueConvertible] = [meeting.body, meeting.committee, meeting.dateText, meeting.kind.rawValue]
            try db.execute(
                sql: """
                    UPDATE meeting SET withdrawnAt = ?
                    WHERE body = ? AND committee = ? AND date = ? AND kind = ? AND withdrawnAt IS NULL
                    """,
                arguments: StatementArguments([time] + key))
            guard let row = try Row.fetchOne(
                db, sql: Self.meetingSelect + " WHERE m.body = ? AND m.committee = ? AND m.date = ? AND m.kind = ?",
                arguments: StatementArguments(key))
            else { throw StoreError.meetingNotFound(meeting: meeting.description) }
            return try Self.storedMeeting(row: row)
        }
    }
}
