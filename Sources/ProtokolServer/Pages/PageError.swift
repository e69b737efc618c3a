import Hummingbird
import ProtokolStore

/// What can go wrong on a page; the router turns it into a Danish error page with the matching status.
enum PageError: Error, Sendable {
    /// No such municipality, committee, meeting, item or case.
    case notFound(String)
    /// A query parameter out of its range.
    case badRequest(String)
    /// The store could not be read.
    case store(StoreError)

    var status: HTTPResponse.Status {
        switch self {
        case .notFound: .notFound
        case .badRequest: .badRequest
        case .store: .internalServerError
        }
    }

    var title: String {
        switch self {
        case .notFound: "Siden findes ikke"
        case .badRequest: "Forkert forespørgsel"
        case .store: "Der skete en fejl"
        }
    }

    var message: String {
        switch self {
        case .notFound(let what), .badRequest(let what): what
        // The store's own words may name files and tables; the page keeps them out.
        case .store: "Referaterne kunne ikke læses lige nu. Prøv igen om lidt."
        }
    }

    /// The error as an HTML page.
    var response: Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: Page.error(title: title, message: message))))
    }
}
