import ProtokolModel
@testable import ProtokolReader

/// The meeting the reader reads from a text, as the suites of layouts and phrasings check it.
func readMeeting(_ text: String) throws -> Meeting { try MinutesReader().read(Array(text.utf8)).meeting }
