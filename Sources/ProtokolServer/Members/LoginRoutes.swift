import Foundation
import Hummingbird
import HummingbirdAuth
import HummingbirdBcrypt
import Logging
import NIOPosix
import Plot
import ProtokolStore

/// The login page, logging in and out. A login starts a new session (a new id, so a session id planted
/// before the login is worth nothing); both forms carry the CSRF token.
struct LoginRoutes: Sendable {
    let store: any MeetingStore
    /// Cookies only over HTTPS when the server is reached over HTTPS.
    let secureCookies: Bool
    let throttle = LoginThrottle()

    /// The largest login form accepted.
    static let maximumFormBytes = 8 * 1024

    func add(to router: Router<ProtokolRequestContext>) {
        router.get("/login") { request, context in self.page(request, context: context) }
        router.post("/login") { request, context in try await self.login(request, context: context) }
        router.post("/logout") { request, context in try await self.logout(request, context: context) }
    }

    /// GET /login: the form (or, when logged in, who you are and your committees).
    func page(_ request: Request, context: ProtokolRequestContext) -> Response {
        let next = Self.safeNext(request.formValue("next"))
        return render(request, status: .ok, problem: nil, name: "", next: next, context: context)
    }

    func login(_ request: Request, context: ProtokolRequestContext) async throws -> Response {
        let form = try await Self.form(request)
        let next = Self.safeNext(form["next"])
        guard CSRF.accepts(formToken: form[CSRF.field], request: request) else {
            return render(request, status: .forbidden, problem: "Formularen var udløbet. Prøv igen.", name: form["brugernavn"] ?? "", next: next, context: context)
        }
        let name = form["brugernavn"]?.trimmingCharacters(in: .whitespaces) ?? ""
        let password = form["adgangskode"] ?? ""
        let throttleKey = LoginThrottle.key(name: name, address: context.remoteAddress?.ipAddress)
        if let seconds = await throttle.retryAfter(throttleKey) {
            var response = render(
                request, status: .tooManyRequests, problem: "For mange forkerte forsøg. Prøv igen om \((seconds + 59) / 60) minutter.",
                name: name, next: next, context: context)
            response.headers[.retryAfter] = String(seconds)
            return response
        }
        let account: Account?
        do { account = name.isEmpty ? nil : try await store.account(named: name) } catch {
            throw HTTPError(.internalServerError, message: "the store could not be read")
        }
        // An unknown name costs the same bcrypt work as a wrong password, so timing does not tell names apart.
        let hash = account?.passwordHash ?? Self.unknownAccountHash
        let matches = try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
        guard let account, matches else {
            await throttle.failed(throttleKey)
            context.logger.info("login refused", metadata: ["account": .string(name)])
            return render(request, status: .unauthorized, problem: "Forkert brugernavn eller adgangskode.", name: name, next: next, context: context)
        }
        await throttle.succeeded(throttleKey)
        context.sessions.createSession(MemberSession(account: account.name), expiresIn: MemberConfiguration.sessionLifetime)
        context.logger.info("login", metadata: ["account": .string(account.name)])
        return Response(status: .seeOther, headers: [.location: next])
    }

    func logout(_ request: Request, context: ProtokolRequestContext) async throws -> Response {
        let form = try await Self.form(request)
        guard CSRF.accepts(formToken: form[CSRF.field], request: request) else {
            throw HTTPError(.forbidden, message: "Formularen var udløbet. Prøv igen.")
        }
        context.sessions.clearSession()
        return Response(status: .seeOther, headers: [.location: "/"])
    }

    private func render(
        _ request: Request, status: HTTPResponse.Status, problem: String?, name: String, next: String, context: ProtokolRequestContext
    ) -> Response {
        let existing = CSRF.token(in: request)
        let token = existing ?? CSRF.newToken()
        let body: Node<HTML.BodyContext>
        if let account = context.identity {
            body = .group(
                .h1("Du er logget ind"),
                .p(.text("Du er logget ind som \(account.name).")),
                .if(account.committees.isEmpty,
                    .p("Du er ikke medlem af noget udvalg, så du ser kun de åbne punkter."),
                    else: .group(
                        .p("Du ser de lukkede punkter fra disse udvalg:"),
                        .ul(.forEach(account.committees.sorted { ($0.body, $0.committee) < ($1.body, $1.committee) }) {
                            .li(.text("\($0.committee), \($0.body)"))
                        })
                    ))
            )
        } else {
            body = .group(
                .h1("Log ind"),
                .p("For udvalgsmedlemmer: når du er logget ind, ser du også dine udvalgs lukkede punkter."),
                .unwrap(problem) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
                .form(
                    .action("/login"), .method(.post),
                    .input(.type(.hidden), .name(CSRF.field), .value(token)),
                    .input(.type(.hidden), .name("next"), .value(next)),
                    .p(.label(.for("brugernavn"), .text("Brugernavn")),
                       .input(.type(.text), .name("brugernavn"), .id("brugernavn"), .value(name), .attribute(named: "autocomplete", value: "username"), .required(true))),
                    .p(.label(.for("adgangskode"), .text("Adgangskode")),
                       .input(.type(.password), .name("adgangskode"), .id("adgangskode"), .attribute(named: "autocomplete", value: "current-password"), .required(true))),
                    .button(.type(.submit), .text("Log ind"))
                )
            )
        }
        let html = Viewer.$current.withValue(Viewer(account: context.identity?.name, csrfToken: token)) {
            Page.render(title: "Log ind", breadcrumbs: [("Forside", "/"), ("Log ind", nil)], body)
        }
        var response = Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
        if existing == nil { response.setCookie(CSRF.cookie(token, secure: secureCookies)) }
        return response
    }

    /// A form posted as application/x-www-form-urlencoded, at most ``maximumFormBytes``.
    static func form(_ request: Request) async throws -> FormFields {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maximumFormBytes)
        } catch {
            throw HTTPError(.contentTooLarge, message: "the form is larger than \(maximumFormBytes) bytes")
        }
        return FormFields(Substring(String(decoding: buffer.readableBytesView, as: UTF8.self)))
    }

    /// Where to go after logging in: a path on this site only, never another site ("//host", "https://…").
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"),
            !next.unicodeScalars.contains(where: { CharacterSet.controlCharacters.contains($0) })
        else { return "/" }
        return next
    }

    /// A bcrypt hash of no one's password, at the cost new passwords get.
    static let unknownAccountHash = Bcrypt.hash(CSRF.newToken(), cost: 12)
}
