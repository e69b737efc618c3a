import ArgumentParser
import ProtokolApp
import ProtokolServer
import ProtokolStore

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the stored minutes: the Danish pages, Atom feeds, the OParl 1.1 API under /oparl/v1.1 and /health. Stops on SIGTERM or SIGINT.")

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Option(help: "The URL clients reach the server at, for the ids in OParl objects (default http://HOST:PORT).")
    var publicURL: String?

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let configuration = ServerConfiguration(host: host, port: port, publicURL: publicURL)
        do {
            try await StoreOpening.reading(try database.location) { store throws(AppError) in
                do {
                    try await runServer(store: store, configuration: configuration)
                } catch {
                    throw AppError.server(String(describing: error))
                }
            }
        } catch {
            throw fail(error)
        }
    }
}
