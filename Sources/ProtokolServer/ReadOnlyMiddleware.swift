import Hummingbird

/// Every route reads, but for the few forms that post (login, logout): a request with another method
/// gets 405 and the methods allowed, not a 404.
struct ReadOnlyMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The paths that also take POST.
    var postPaths: Set<String> = []

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let postable = postPaths.contains(request.uri.path)
        guard request.method == .get || (postable && request.method == .post) else {
            return Response(status: .methodNotAllowed, headers: [.allow: postable ? "GET, POST" : "GET"])
        }
        return try await next(request, context)
    }
}
