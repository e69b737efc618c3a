import Foundation
import ProtokolTestSupport
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A minimal HTTP client on a real socket: no redirects followed, cookies kept by hand.
private final class Client: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    // Only the test's own task touches the jar, one request at a time.
    var cookies = [String: String]()
    let base: String
    lazy var session = URLSession(configuration: .ephemeral, delegate: self, delegateQueue: nil)

    init(port: Int) { base = "http://127.0.0.1:\(port)" }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse, newRequest request: URLRequest,
        completionHandler: @escaping (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }

    func send(_ path: String, method: String = "GET", form: [String: String]? = nil) async throws -> (status: Int, headers: [String: String], body: String) {
        let url = try #require(URL(string: base + path))
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.httpShouldHandleCookies = false
        if !cookies.isEmpty { request.setValue(cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; "), forHTTPHeaderField: "Cookie") }
        if let form {
            request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(form.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&").utf8)
        }
        let (data, response) = try await session.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        var headers = [String: String]()
        for (key, value) in http.allHeaderFields {
            if let key = key as? String, let value = value as? String { headers[key.lowercased()] = value }
        }
        if let setCookie = headers["set-cookie"] {
            // Several Set-Cookie headers arrive joined by ", "; each of ours starts with "protokol_".
            for part in setCookie.components(separatedBy: ", protokol_").enumerated().map({ $0.offset == 0 ? $0.element : "protokol_" + $0.element }) {
                guard let pair = part.split(separator: ";").first, let equals = pair.firstIndex(of: "=") else { continue }
                cookies[String(pair[..<equals]).trimmingCharacters(in: .whitespaces)] = String(pair[pair.index(after: equals)...])
            }
        }
        return (http.statusCode, headers, String(decoding: data, as: UTF8.self))
    }
}

@Suite("protokol serve as a real process on 127.0.0.1")
struct ServeProcessTests {
    /// The seeds beside the repository.
    let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/seeds")

    @Test("import the seeds, serve them, read pages and API, search, log in as a member, stop on SIGTERM")
    func serveSeeds() async throws {
        try #require(ProtokolProcess.isBuilt, "build the package first")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("protokol-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("protokol.sqlite").path

        let imported = try ProtokolProcess(["import", seeds.path, "--db", db], logsIn: directory, name: "import")
        await imported.wait()
        #expect(imported.process.terminationStatus == 0, "\(imported.stderr)")
        let passwordFile = directory.appendingPathComponent("password")
        try Data("herlev-medlem\n".utf8).write(to: passwordFile)
        let add = Process()
        add.executableURL = ProtokolProcess.executable
        add.arguments = ["user", "add", "karen", "--body", "Herlev Kommune", "--committee", "Arbejdsmarkedsudvalget", "--db", db]
        add.standardInput = try FileHandle(forReadingFrom: passwordFile)
        add.standardOutput = FileHandle.nullDevice
        try add.run()
        add.waitUntilExit()
        #expect(add.terminationStatus == 0)

        // A free port: try a few at random until the server stays up.
        var server: ProtokolProcess?
        var port = 0
        for _ in 0..<5 {
            port = Int.random(in: 20_000...60_000)
            let started = try ProtokolProcess(["serve", "--db", db, "--port", String(port)], logsIn: directory, name: "serve-\(port)")
            if try await waitForHealth(port: port, process: started) {
                server = started
                break
            }
            started.process.terminate()
            await started.wait()
        }
        let running = try #require(server, "the server did not start")

        let client = Client(port: port)
        let front = try await client.send("/")
        #expect(front.status == 200)
        for body in ["Lemvig Kommune", "Vejen Kommune", "Lejre Kommune", "Herlev Kommune"] { #expect(front.body.contains(body)) }

        let system = try await client.send("/oparl/v1.1/")
        #expect(system.headers["content-type"]?.hasPrefix("application/json") == true)
        #expect(system.body.contains("\"type\":\"https://schema.oparl.org/1.1/System\""))

        let search = try await client.send("/soeg?q=sk%C3%A6rpet+tilsyn")
        #expect(search.status == 200)
        #expect(search.body.contains("<mark>"))
        #expect(search.body.contains("Lejre Kommune"))

        // Herlev's closed items are counted only for a member of its committee.
        let eventueltPublic = try await client.send("/soeg?q=eventuelt")
        _ = try await client.send("/login")
        let token = try #require(client.cookies["protokol_csrf"])
        let login = try await client.send("/login", method: "POST", form: ["brugernavn": "karen", "adgangskode": "herlev-medlem", "csrf": token, "next": "/"])
        #expect(login.status == 303)
        #expect(client.cookies["protokol_session"] != nil)
        let eventueltMember = try await client.send("/soeg?q=eventuelt")
        #expect(eventueltMember.body.contains("Logget ind som"))
        #expect(Self.hitCount(eventueltPublic.body) > 0)
        #expect(Self.hitCount(eventueltMember.body) > Self.hitCount(eventueltPublic.body))

        running.process.terminate()
        await running.wait()
        #expect(running.process.terminationStatus == 0, "SIGTERM ends the server cleanly")
        #expect(running.stderr.contains("hb.request.path=/soeg") || running.stdout.contains("hb.request.path=/soeg"), "requests are logged")
    }

    /// "N resultater for …" (or "1 resultat for …") on the search page; 0 for "Ingen resultater".
    static func hitCount(_ page: String) -> Int {
        guard let range = page.range(of: #"\d+ resultat(er)? for"#, options: .regularExpression) else { return 0 }
        return Int(page[range].prefix(while: \.isNumber)) ?? 0
    }

    /// Polls /health until it answers ok; false when the process ends first (e.g. the port was taken).
    private func waitForHealth(port: Int, process: ProtokolProcess) async throws -> Bool {
        let client = Client(port: port)
        for _ in 0..<300 {
            if !process.process.isRunning { return false }
            if let health = try? await client.send("/health"), health.status == 200, health.body == "ok" { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return false
    }
}
