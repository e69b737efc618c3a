import Foundation
import Hummingbird
import ProtokolStore

/// The request context of every route: JSON written with sorted keys and unescaped slashes, so URLs read as URLs.
public struct ProtokolRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Who is asking: the public, or a logged-in member who also sees their committees' closed items.
    /// Every route that shows item content decides with this value (set by the session middleware).
    public var access: SearchAccess = .public

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    public var responseEncoder: JSONEncoder { Self.encoder }

    /// The encoder of every JSON response (also of those the server keeps encoded).
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
