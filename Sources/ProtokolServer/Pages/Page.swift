import Foundation
import Plot

/// The frame of every page: Danish, a skip link, a header with the search box, and the content.
enum Page {
    static func render(title: String, breadcrumbs: [(String, String?)] = [], _ content: Node<HTML.BodyContext>) -> String {
        let viewer = Viewer.current
        let account: Node<HTML.BodyContext> = .unwrap(viewer.account, { name in
            .form(
                .class("account"), .action("/logout"), .method(.post),
                .text("Logget ind som "), .strong(.text(name)), .text(" "),
                .input(.type(.hidden), .name(CSRF.field), .value(viewer.csrfToken ?? "")),
                .button(.type(.submit), .text("Log ud"))
            )
        }, else: .p(.class("account"), .a(.href("/login"), .text("Log ind"))))
        let html = HTML(
            .lang(.danish),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title(title + " – Protokol"),
                .element(named: "style", text: style)
            ),
            .body(
                .a(.class("skip"), .href("#indhold"), .text("Spring til indhold")),
                .header(
                    .p(.class("brand"), .a(.href("/"), .text("Protokol"))),
                    .form(
                        .action("/soeg"), .method(.get), .attribute(named: "role", value: "search"),
                        .label(.for("q"), .text("Søg i referater")),
                        .input(.type(.search), .name("q"), .id("q")),
                        .button(.type(.submit), .text("Søg"))
                    ),
                    account
                ),
                .if(!breadcrumbs.isEmpty, .nav(
                    .attribute(named: "aria-label", value: "Brødkrummer"),
                    .ol(.forEach(breadcrumbs) { crumb in
                        .li(.unwrap(crumb.1, { .a(.href($0), .text(crumb.0)) }, else: .text(crumb.0)))
                    })
                )),
                .main(.id("indhold"), content)
            )
        )
        return html.render()
    }

    /// Readable, high-contrast, and usable from the keyboard (visible focus).
    static let style = """
        body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#111;background:#fff;line-height:1.5}
        a{color:#0645ad} a:focus,button:focus,input:focus{outline:3px solid #f90;outline-offset:2px}
        .skip{position:absolute;left:-10000px} .skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
        header{display:flex;gap:1rem;align-items:center;justify-content:space-between;border-bottom:2px solid #111}
        nav ol{list-style:none;padding:0;display:flex;gap:.5rem} nav li+li:before{content:"›";margin-right:.5rem}
        .closed{color:#555} mark{background:#ffe066} .meta{color:#333} section.item{border-top:1px solid #ccc;margin-top:1.5rem}
        pre.text{white-space:pre-wrap;font-family:inherit} .error{color:#a00000;font-weight:bold}
        """

    /// Escapes text for HTML, then turns the search's highlight markers into <mark>.
    static func highlighted(_ snippet: String, open: String, close: String) -> String {
        let escaped = snippet.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        return escaped.replacingOccurrences(of: open, with: "<mark>").replacingOccurrences(of: close, with: "</mark>")
    }
}
