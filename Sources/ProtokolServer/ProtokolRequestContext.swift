import Foundation
import Hummingbird
import HummingbirdAuth
import NIOCore
import ProtokolStore

/// The request context of every route: JSON written with sorted keys and unescaped slashes, so URLs
/// read as URLs; the login session and the account it belongs to.
public struct ProtokolRequestContext: AuthRequestContext, SessionRequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's address; nil when the request did not come over a socket (router tests).
    public let remoteAddress: SocketAddress?
    /// The logged-in account, set by the session authenticator; nil for the public.
    public var identity: Account?
    public let sessions: SessionContext<MemberSession>

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
        identity = nil
        sessions = .init()
    }

    /// Who is asking: the public, or a logged-in member who also sees their committees' closed items.
    /// Every route that shows item content decides with this value.
    public var access: SearchAccess { identity?.access ?? .public }

    public var responseEncoder: JSONEncoder { Self.encoder }

    /// The encoder of every JSON response (also of those the server keeps encoded).
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
