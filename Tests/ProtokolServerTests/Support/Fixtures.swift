import Foundation

/// Test inputs shared with the browser test, in Tests/Fixtures.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Minutes of Faxe's finance committee whose closed item (punkt 2) holds the unique string
    /// SKATTEKISTE-7F3A9 and the amount 4.200.000 kr.
    static let closedItemMinutes = directory.appendingPathComponent("closed-item-minutes.txt")
}
