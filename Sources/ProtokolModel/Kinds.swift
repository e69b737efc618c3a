/// The kind of an item section, as named in the public contract.
public enum SectionKind: String, Sendable, Hashable, Codable, CaseIterable {
    case summary, presentation, proposal, decision, attachments, history, economy, legal
    case authority, policy, assessment, staff, consultation, previous, other
}

/// How a decision reads, as named in the public contract.
public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
    case approved, recommended, noted, discussed, postponed, rejected, amended, pending, none, other
}
