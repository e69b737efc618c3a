import Foundation
import Plot
import ProtokolModel

/// The frame of every page: Danish, a skip link, a header with the search box, and the content.
enum Page {
    /// The whole page; `feed` adds the Atom feed a browser or reader may subscribe to.
    static func render(
        title: String, breadcrumbs: [(String, String?)] = [], feed: (title: String, url: String)? = nil, _ content: Node<HTML.BodyContext>
    ) -> String {
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
                .unwrap(feed) { .link(.rel(.alternate), .type("application/atom+xml"), .attribute(named: "title", value: $0.title), .href($0.url)) },
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
                        // The crumb without a link is this page: screen readers say so.
                        .li(.unwrap(crumb.1, { .a(.href($0), .text(crumb.0)) }, else: .span(.attribute(named: "aria-current", value: "page"), .text(crumb.0))))
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
        pre.text,p.text{white-space:pre-wrap;font-family:inherit} .facets{border-top:1px solid #ccc} .facets ul{padding-left:1.2rem}
        table{border-collapse:collapse} th,td{border-bottom:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
        .error{color:#a00000;font-weight:bold} nav.pages{display:flex;gap:1rem}
        """

    /// Danish month names, for dates as people write them.
    static let months = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]

    /// "27. april 2022"; "uden dato" when the document gave none.
    static func date(_ date: CalendarDate?) -> String {
        guard let date, (1...12).contains(date.month) else { return "uden dato" }
        return "\(date.day). \(months[date.month - 1]) \(date.year)"
    }

    /// A text's paragraphs (separated by blank lines) as <p> elements; line breaks inside one are kept by the style.
    static func paragraphs(_ text: String) -> Node<HTML.BodyContext> {
        let parts = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        return .forEach(parts) { .p(.class("text"), .text($0)) }
    }

    /// An error page in Danish: the status's own words and what went wrong.
    static func error(title: String, message: String) -> String {
        render(title: title, breadcrumbs: [("Forside", "/")], .group(
            .h1(.text(title)),
            .p(.text(message)),
            .p(.a(.href("/"), .text("Til forsiden")), .text(" · "), .a(.href("/soeg"), .text("Søg i referater")))
        ))
    }

    /// Escapes text for HTML, then turns the search's highlight markers into <mark>.
    static func highlighted(_ snippet: String, open: String, close: String) -> String {
        let escaped = snippet.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        return escaped.replacingOccurrences(of: open, with: "<mark>").replacingOccurrences(of: close, with: "</mark>")
    }
}
