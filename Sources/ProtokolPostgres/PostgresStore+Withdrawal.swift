import Foundation
import ProtokolModel
import PostgresNIO
import ProtokolStore

extension PostgresStore {
    public func withdraw(_ meeting: MeetingIdentity, at time: Date) async throws(StoreError) -> StoredMeeting {
        let body = meeting.body.withoutNUL, committee = meeting.committee.withoutNUL
        let date = meeting.dateText, kind = meeting.kind.rawValue
        return try await transaction { connection in
            // The lock a submission of this meeting takes: a version stored meanwhile comes wholly before or after.
            try await self.lock(meetings: [meeting], on: connection)
            try await self.rows(
                """
                UPDATE meeting SET withdrawn_at = \(time)
                WHERE body = \(body) AND committee = \(committee) AND date = \(date) AND kind = \(kind) AND withdrawn_at IS NULL
                """, on: connection)
            var sql = SQLBuilder()
            let key = """
                m.body = \(sql.bind(body)) AND m.committee = \(sql.bind(committee)) AND m.date = \(sql.bind(date)) \
                AND m.kind = \(sql.bind(kind))
                """
            guard let row = try await self.rows(sql.query(Self.meetingSelect + " WHERE \(key)"), on: connection).first else {
                throw StoreError.meetingNotFound(meeting: meeting.description)
            }
            return try Self.storedMeeting(row: row)
        }
    }
}
