import ArgumentParser
import ProtokolApp
import ProtokolServer
import ProtokolStore

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the stored minutes: the OParl 1.1 API under /oparl/v1.1 and /health. Stops on SIGTERM or SIGINT.")

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Option(help: "The URL clients reach the server at, for the ids in OParl objects (default http://HOST:PORT).")
    var publicURL: String?

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let store: any MeetingStore
        do {
            store = try await StoreOpening.forReading(db: database.path)
        } catch {
            throw fail(error)
        }
        try await runServer(store: store, configuration: ServerConfiguration(host: host, port: port, publicURL: publicURL))
    }
}
