import Hummingbird
import ProtokolStore

/// After the session authenticator: pages learn who is logged in (for the header), and a response
/// made for a member is never stored by a shared cache.
struct MemberMiddleware: RouterMiddleware {
    typealias Context = ProtokolRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let viewer = Viewer(account: context.identity?.name, csrfToken: CSRF.token(in: request))
        var response = try await Viewer.$current.withValue(viewer) { try await next(request, context) }
        if context.identity != nil || request.cookies[MemberConfiguration.sessionCookie] != nil {
            response.headers[.cacheControl] = "private, no-store"
        }
        response.headers[values: .vary].append("Cookie")
        return response
    }
}

/// Who the page being rendered is for: the header shows "Log ind" or the account and a logout button.
struct Viewer: Sendable {
    var account: String?
    /// The CSRF token of the browser, for the logout form; nil before it has one.
    var csrfToken: String?

    @TaskLocal static var current = Viewer(account: nil, csrfToken: nil)
}

/// The names and lifetimes of the login cookies.
public enum MemberConfiguration {
    static let sessionCookie = "protokol_session"
    static let csrfCookie = "protokol_csrf"
    /// How long a login lasts.
    static let sessionLifetime: Duration = .seconds(8 * 60 * 60)
}
