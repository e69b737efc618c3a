import Foundation
import Hummingbird

/// Fields of an HTML form, as a browser encodes them (application/x-www-form-urlencoded): "+" is a
/// space, "%2B" a plus. The first value of a repeated name counts; unknown names are ignored, and a
/// pair that is not valid percent-encoding is skipped.
struct FormFields: Sendable {
    private var values: [String: String] = [:]

    init(_ encoded: Substring) {
        for pair in encoded.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts.first.flatMap({ Self.decode($0) }),
                let value = Self.decode(parts.count > 1 ? parts[1] : ""), values[name] == nil
            else { continue }
            values[name] = value
        }
    }

    subscript(_ name: String) -> String? { values[name] }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}

extension Request {
    /// A query parameter as an HTML form sends it. (Hummingbird's `queryParameters` decodes percent
    /// escapes only, so a search for "skærpet tilsyn" would read "skærpet+tilsyn".)
    func formValue(_ name: String) -> String? {
        guard let query = uri.query else { return nil }
        return FormFields(Substring(query))[name]
    }
}
