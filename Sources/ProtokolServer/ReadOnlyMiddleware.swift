import Hummingbird

/// Every route reads: a request with another method gets 405 and the methods allowed, not a 404.
struct ReadOnlyMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET"])
        }
        return try await next(request, context)
    }
}
