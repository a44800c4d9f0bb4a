import Foundation
import Hummingbird
import Logging
import NIOCore

/// What the test site saw: requests by path and method, and the most that ran at once.
actor TestSiteLog {
    private(set) var hits: [String] = []
    private var running = 0
    private(set) var mostAtOnce = 0

    func begin(_ method: String, _ path: String) {
        hits.append("\(method) \(path)")
        running += 1
        mostAtOnce = max(mostAtOnce, running)
    }

    func end() { running -= 1 }

    func count(_ path: String) -> Int { hits.filter { $0.hasSuffix(" " + path) }.count }
}

/// An agency's site on loopback: one path per way a link can end.
struct TestSiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext
    let log: TestSiteLog
    /// Another host name (resolved to this server) that redirects may leave for.
    let otherHost: String

    func respond(to request: Request, context: Context) async throws -> Response {
        let path = request.uri.path
        let method = request.method.rawValue
        await log.begin(method, path)
        let response = try await answer(path, head: request.method == .head, host: request.head.authority ?? "")
        await log.end()
        return response
    }

    private func answer(_ path: String, head: Bool, host: String) async throws -> Response {
        switch path {
        case "/ok", "/final", "/login": return page("<p>ok</p>")
        case "/missing": return Response(status: .notFound)
        case "/broken": return Response(status: .internalServerError)
        case "/r1": return redirect(.movedPermanently, "/r2")
        case "/r2": return redirect(.found, "http://\(host)/final")
        case "/to-login": return redirect(.found, "/login?next=%2Fdocs")
        case "/off":
            let port = host.split(separator: ":").last.map(String.init) ?? ""
            return redirect(.found, "http://\(otherHost):\(port)/ok")
        case "/loop": return redirect(.found, "/loop")
        case "/slow":
            try await Task.sleep(for: .seconds(3))
            return page("late")
        case "/no-head": return head ? Response(status: .methodNotAllowed) : page("<p>ok</p>")
        case "/password": return head ? page("") : page("<form><input type=\"password\" name=\"p\"></form>")
        default:
            // /busy/<n>: a page that takes a while, to see how many requests run at once.
            try await Task.sleep(for: .milliseconds(150))
            return page("busy")
        }
    }

    private func page(_ html: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    private func redirect(_ status: HTTPResponse.Status, _ location: String) -> Response {
        Response(status: status, headers: [.location: location])
    }
}

/// Runs the test site on a free loopback port for the length of `body`.
func withTestSite<T: Sendable>(
    otherHost: String = "files.elsewhere.example.com", _ body: @Sendable (Int, TestSiteLog) async throws -> T
) async throws -> T {
    var logger = Logger(label: "test-site")
    logger.logLevel = .critical
    let log = TestSiteLog()
    let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
    let application = Application(
        responder: TestSiteResponder(log: log, otherHost: otherHost),
        configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0), serverName: nil),
        onServerRunning: { channel in
            portContinuation.yield(channel.localAddress?.port ?? 0)
            portContinuation.finish()
        },
        logger: logger)
    return try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask {
            try await application.run()
            return nil
        }
        var iterator = ports.makeAsyncIterator()
        let port = await iterator.next() ?? 0
        let result = try await body(port, log)
        group.cancelAll()
        return result
    }
}

/// A loopback port where nothing listens: a server run once and stopped.
func closedPort() async throws -> Int {
    try await withTestSite { port, _ in port }
}
