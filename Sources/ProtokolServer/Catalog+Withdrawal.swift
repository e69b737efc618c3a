import ProtokolStore

extension Catalog.Body {
    /// True when every meeting of the body was withdrawn: the API reports the body as deleted.
    var isWithdrawn: Bool { meetings.allSatisfy(\.isWithdrawn) }
}

extension Catalog.Committee {
    /// True when every meeting of the committee was withdrawn: the API reports the organization as deleted.
    var isWithdrawn: Bool { meetings.allSatisfy(\.isWithdrawn) }
}
