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

    public init(host: String = "127.0.0.1", port: Int = 8080, publicURL: String? = nil) {
        self.host = host
        self.port = port
        self.publicURL = publicURL
    }

    var baseURL: String { publicURL ?? "http://\(host):\(port)" }
}

/// The server: the router on a Hummingbird application that listens where the configuration says.
public func buildApplication(store: any MeetingStore, configuration: ServerConfiguration) -> some ApplicationProtocol {
    var logger = Logger(label: "protokol")
    logger.logLevel = .info
    // Request limits: a connection idle for 30 s is closed; headers are capped at 16 KiB; the only bodies
    // read are the login forms, capped at 8 KiB (LoginRoutes).
    let http1 = HTTP1Channel.Configuration(
        idleTimeout: .seconds(30),
        httpDecoderConfiguration: .init(maxHeaderFieldSize: 16 * 1024, maxHeaderListSize: 16 * 1024, maxHeaderFieldCount: 100))
    return Application(
        router: buildRouter(store: store, baseURL: configuration.baseURL),
        server: .http1(configuration: http1),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Protokol"),
        logger: logger
    )
}

/// Every route, built without a socket so tests can drive it.
public func buildRouter(store: any MeetingStore, baseURL: String) -> Router<ProtokolRequestContext> {
    let router = Router(context: ProtokolRequestContext.self)
    router.add(middleware: LogRequestsMiddleware(.info))
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
    OParlRoutes(store: store, mapping: mapping).add(to: router.group("oparl/v1.1"))
    PageRoutes(store: store, mapping: mapping).add(to: router)
    FeedRoutes(store: store, baseURL: baseURL).add(to: router)
    LoginRoutes(store: store, secureCookies: secureCookies).add(to: router)
    return router
}

/// Builds the server and runs it until SIGTERM or SIGINT, finishing requests under way.
public func runServer(store: any MeetingStore, configuration: ServerConfiguration) async throws {
    try await buildApplication(store: store, configuration: configuration).runService()
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
