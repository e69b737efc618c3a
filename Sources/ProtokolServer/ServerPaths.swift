import ProtokolStore

/// The paths the server answers for a meeting and its items, for tools that drive a running server.
public enum ServerPaths {
    /// The meeting page, e.g. "/moede/5f0c…".
    public static func meetingPage(_ meeting: MeetingIdentity) -> String { "/moede/" + Catalog.meetingID(meeting) }

    /// An item's page.
    public static func itemPage(_ meeting: MeetingIdentity, number: Int) -> String { PageRoutes.itemPath(Catalog.meetingID(meeting), number) }

    /// An item's OParl AgendaItem.
    public static func agendaItem(_ meeting: MeetingIdentity, number: Int) -> String {
        "/oparl/v1.1/agendaitem/\(Catalog.meetingID(meeting))-\(number)"
    }
}
