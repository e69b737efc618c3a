import Hummingbird

/// Every route reads, but for the few forms that post: a request with another method gets 405 and the
/// methods the path allows, not a 404.
struct ReadOnlyMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Paths that take other methods than GET, with exactly the methods they take.
    var methods: [String: [HTTPRequest.Method]] = [:]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let allowed = methods[request.uri.path] ?? [.get]
        guard allowed.contains(request.method) else {
            return Response(status: .methodNotAllowed, headers: [.allow: allowed.map(\.rawValue).joined(separator: ", ")])
        }
        return try await next(request, context)
    }
}
