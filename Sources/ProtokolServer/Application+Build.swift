import Foundation
import Hummingbird
import HummingbirdAuth
import HummingbirdCore
import NIOCore
import Logging
import ProtokolModel
import ProtokolStore

/// How `protokol serve` listens.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The URL clients reach the server at, for the ids in OParl objects; defaults to http://host:port.
    public var publicURL: String?
    /// How long what was read from the store is trusted.
    public var cache: CachePolicy
    /// Logs a line per request (off for benchmarks).
    public var logRequests: Bool

    public init(host: String = "127.0.0.1", port: Int = 8080, publicURL: String? = nil, cache: CachePolicy = CachePolicy(), logRequests: Bool = true) {
        self.host = host
        self.port = port
        self.publicURL = publicURL
        self.cache = cache
        self.logRequests = logRequests
    }

    var baseURL: String { publicURL ?? "http://\(host):\(port)" }
}

/// The server: the router on a Hummingbird application that listens where the configuration says.
/// `onListening` gets the port it listens on (the one the system chose for port 0).
public func buildApplication(
    store: any MeetingStore, configuration: ServerConfiguration, onListening: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    var logger = Logger(label: "protokol")
    logger.logLevel = configuration.logRequests ? .info : .warning
    // Request limits: a connection idle for 30 s is closed; headers are capped at 16 KiB; the only bodies
    // read are the login forms, capped at 8 KiB (LoginRoutes).
    let http1 = HTTP1Channel.Configuration(
        idleTimeout: .seconds(30),
        httpDecoderConfiguration: .init(maxHeaderFieldSize: 16 * 1024, maxHeaderListSize: 16 * 1024, maxHeaderFieldCount: 100))
    return Application(
        router: buildRouter(store: store, baseURL: configuration.baseURL, cache: configuration.cache, logRequests: configuration.logRequests),
        server: .http1(configuration: http1),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Protokol"),
        onServerRunning: { channel in await onListening(channel.localAddress?.port ?? configuration.port) },
        logger: logger
    )
}

/// Every route, built without a socket so tests can drive it.
public func buildRouter(
    store: any MeetingStore, baseURL: String, cache policy: CachePolicy = CachePolicy(), logRequests: Bool = true
) -> Router<ProtokolRequestContext> {
    let router = Router(context: ProtokolRequestContext.self)
    if logRequests { router.add(middleware: LogRequestsMiddleware(.info)) }
    router.add(middleware: ReadOnlyMiddleware(methods: ["/login": [.get, .post], "/logout": [.post]]))
    let secureCookies = baseURL.lowercased().hasPrefix("https:")
    router.add(middleware: SessionMiddleware(
        storage: StoreSessionDriver(store: store),
        configuration: SessionMiddlewareConfiguration(
            sessionCookieParameters: SessionCookieParameters(name: MemberConfiguration.sessionCookie, secure: secureCookies, sameSite: .lax),
            keyPrefix: "protokol.",
            defaultSessionExpiration: MemberConfiguration.sessionLifetime)))
    router.add(middleware: SessionAuthenticator(context: ProtokolRequestContext.self) { (session: MemberSession, _) in
        try await store.account(named: session.account)
    })
    router.add(middleware: MemberMiddleware())
    router.get("/health") { _, _ -> String in "ok" }
    router.get("/openapi.json") { _, _ -> Response in
        guard let document = OpenAPIDocument.bytes else { throw HTTPError(.internalServerError, message: "the API description is missing") }
        return Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: document)))
    }
    let mapping = OParlMapping(base: baseURL + "/oparl/v1.1")
    let cache = StoreCache(store: store, policy: policy)
    OParlRoutes(cache: cache, mapping: mapping).add(to: router.group("oparl/v1.1"))
    PageRoutes(cache: cache, mapping: mapping).add(to: router)
    FeedRoutes(cache: cache, baseURL: baseURL).add(to: router)
    LoginRoutes(store: store, secureCookies: secureCookies).add(to: router)
    return router
}

/// Builds the server and runs it until SIGTERM or SIGINT (finishing requests under way), or until the task is cancelled.
/// `onListening` gets the port it listens on.
public func runServer(
    store: any MeetingStore, configuration: ServerConfiguration, onListening: @escaping @Sendable (Int) async -> Void = { _ in }
) async throws {
    try await buildApplication(store: store, configuration: configuration, onListening: onListening).runService()
}

/// The OpenAPI 3.1 description of every route, shipped as a resource.
enum OpenAPIDocument {
    static let bytes: [UInt8]? = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json", subdirectory: "Resources"),
            let data = FileManager.default.contents(atPath: url.path)
        else { return nil }
        return [UInt8](data)
    }()
}
