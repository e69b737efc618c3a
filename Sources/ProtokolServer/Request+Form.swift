import Foundation
import Hummingbird

extension Request {
    /// A query parameter as an HTML form sends it: "+" is a space, "%2B" a plus. (Hummingbird's
    /// `queryParameters` decodes percent escapes only, so a search for "skærpet tilsyn" would read
    /// "skærpet+tilsyn".) Nil when absent or not valid percent-encoding.
    func formValue(_ name: String) -> String? {
        guard let query = uri.query else { return nil }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.first.flatMap({ String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding }) == name else { continue }
            let raw = parts.count > 1 ? String(parts[1]) : ""
            return raw.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
        }
        return nil
    }
}
