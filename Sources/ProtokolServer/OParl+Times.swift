import Foundation
import ProtokolStore

extension OParl {
    /// When an object was created and last modified, in whole seconds: as served, and as the list filters compare.
    ///
    /// A meeting's times are its store's (created: its first version stored; modified: its current version stored, or
    /// its withdrawal). Its agenda items, consultations, files and location share them. Objects made from several
    /// meetings (bodies, organizations, papers, people, memberships) span them, withdrawn meetings included: created
    /// with the earliest, modified with the latest, so a withdrawal modifies them.
    struct Times: Sendable, Hashable {
        var created: Date
        var modified: Date

        init(created: Date, modified: Date) {
            self.created = Date(timeIntervalSince1970: created.timeIntervalSince1970.rounded(.down))
            self.modified = Date(timeIntervalSince1970: modified.timeIntervalSince1970.rounded(.down))
        }

        init(_ meeting: StoredMeeting) { self.init(created: meeting.created, modified: meeting.modified) }

        /// The earliest created and the latest modified.
        func spanning(_ other: Times?) -> Times {
            guard let other else { return self }
            return Times(created: min(created, other.created), modified: max(modified, other.modified))
        }

        /// The span of several meetings; nil for none.
        static func span(_ meetings: some Sequence<StoredMeeting>) -> Times? {
            meetings.reduce(nil as Times?) { Times($1).spanning($0) }
        }

        /// "2023-11-14T23:13:20+01:00": Danish local time with its offset, as the meetings' start.
        static func text(_ date: Date) -> String {
            Date.ISO8601FormatStyle(timeZoneSeparator: .colon, timeZone: OParlMapping.danishTime).format(date)
        }

        var createdText: String { Self.text(created) }
        var modifiedText: String { Self.text(modified) }
    }
}
