import Foundation
import Hummingbird

/// Protection of forms that change state (login, logout) by a double-submitted token: a random value
/// in a SameSite=Strict cookie that the form repeats in a hidden field. Another site can make a browser
/// post a form, but cannot read the cookie to put the same value in the field.
enum CSRF {
    static let field = "csrf"

    /// The browser's token, when it sent a well-formed one.
    static func token(in request: Request) -> String? {
        guard let value = request.cookies[MemberConfiguration.csrfCookie]?.value, isWellFormed(String(value)) else { return nil }
        return String(value)
    }

    /// A new random token: 32 bytes as hex.
    static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }

    static func cookie(_ token: String, secure: Bool) -> Cookie {
        Cookie(name: MemberConfiguration.csrfCookie, value: token, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }

    /// True when the form's token is the cookie's (compared in constant time).
    static func accepts(formToken: String?, request: Request) -> Bool {
        guard let formToken, let cookieToken = token(in: request), formToken.utf8.count == cookieToken.utf8.count else { return false }
        var difference: UInt8 = 0
        for (a, b) in zip(formToken.utf8, cookieToken.utf8) { difference |= a ^ b }
        return difference == 0
    }

    private static func isWellFormed(_ value: String) -> Bool {
        value.utf8.count == 64 && value.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }
    }
}
