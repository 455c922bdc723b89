import Configuration
import Foundation
import Logging
import PluginKit
import Postgres
import Synchronization
import Testing

@testable import EvidenceSampling
@testable import WebServer

#if canImport(Glibc)
    import Glibc
#endif

/// The web server every app runs, over real HTTP on a free port: security headers on every
/// answer, generic 500 pages logged at error level, the rate limit, the idle timeout, and
/// percent-encoded child links. No database: the routes here never reach one.
@Suite("The web server's hardening", .serialized)
struct WebServerHardeningTests {
    struct Boom: Error {
        let detail: String
    }

    /// Routes that answer, echo a path parameter, and throw an error holding personal data.
    static let routes: [HTTPRoute] = [
        HTTPRoute("GET", "/hello", summary: "answers") { _, _ in HTTPRouteResponse(status: 200, body: Array("hello".utf8)) },
        HTTPRoute("GET", "/echo/:value", summary: "echoes a parameter") { request, _ in
            HTTPRouteResponse(status: 200, body: Array((request.parameters["value"] ?? "none").utf8))
        },
        HTTPRoute("POST", "/boom/:child", summary: "fails") { request, _ in
            throw Boom(detail: "child \(request.parameters["child"] ?? "") of Jane Doe")
        }
    ]

    /// Serves `routes` within `limits` on a free port while `body` runs, logging into `logs`.
    static func withServer<T: Sendable>(
        limits: WebLimits = WebLimits(), logs: LogRecorder = LogRecorder(),
        _ body: @escaping @Sendable (Int) async throws -> T
    ) async throws -> T {
        let configuration = ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: [:]))
        let pool = PostgresPool(configuration: try PostgresConfiguration(connectionString: "postgresql://nobody@127.0.0.1:1/none"))
        let context = PluginContext(
            configuration: configuration, pool: pool, host: try PluginHost(linked: [], configuration: configuration),
            logger: Logger(label: "test"))
        let logger = Logger(label: "test") { _ in logs }
        let server = PluginWebServer(
            routes: routes.map { .init($0, context: context) }, address: "127.0.0.1", port: 0,
            limits: limits, logger: logger
        ) { true }
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let serving = Task { try await server.application { continuation.yield($0) }.runService() }
        defer { serving.cancel() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw Boom(detail: "the server did not start") }
        return try await body(port)
    }

    @Test(
        "404s, 413s, parameter 400s and 500s carry the security headers and HSTS, like pages do",
        arguments: [
            ("GET /hello HTTP/1.1", 200), ("GET /nowhere HTTP/1.1", 404), ("DELETE /hello HTTP/1.1", 404),
            ("GET /echo/%zz HTTP/1.1", 400), ("GET /echo/a%00b HTTP/1.1", 400), ("POST /boom/1 HTTP/1.1", 500)
        ])
    func headersEverywhere(requestLine: String, status: Int) async throws {
        let answer = try await Self.withServer { port in try await RawHTTP.exchange(port: port, "\(requestLine)\r\nHost: x\r\nConnection: close\r\n\r\n") }
        #expect(answer.status == status)
        #expect(answer.headers["strict-transport-security"] == "max-age=31536000; includeSubDomains")
        #expect(answer.headers["content-security-policy"]?.hasPrefix("default-src 'none'") == true)
        #expect(answer.headers["x-content-type-options"] == "nosniff")
        #expect(answer.headers["cache-control"] == "no-store")
        #expect(answer.headers["referrer-policy"] == "no-referrer")
    }

    @Test("a body over 1 MiB is a 413 with the security headers")
    func tooLarge() async throws {
        let body = String(repeating: "a", count: (1 << 20) + 10)
        let answer = try await Self.withServer { port in
            try await RawHTTP.exchange(port: port, "POST /boom/1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)")
        }
        #expect(answer.status == 413)
        #expect(answer.headers["strict-transport-security"] != nil && answer.headers["content-security-policy"] != nil)
    }

    @Test("a handler's unexpected error is a generic 500 page, logged at error level with its type and route, never its text or the path")
    func unexpectedError() async throws {
        let logs = LogRecorder()
        let answer = try await Self.withServer(logs: logs) { port in
            try await RawHTTP.exchange(port: port, "POST /boom/CHILD123 HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
        }
        #expect(answer.status == 500)
        #expect(answer.body == "Something went wrong on our side. Please try again later.\n")
        // Only the request's error: Hummingbird may also log its own shutdown at error level.
        let errors = logs.entries.filter { $0.level == .error && $0.message == "a request failed" }
        #expect(errors.count == 1)
        #expect(errors.first?.message == "a request failed")
        #expect(errors.first?.metadata["error.type"] == "Boom")
        #expect(errors.first?.metadata["route"] == "POST /boom/{child}")
        let everything = logs.entries.map { "\($0.message) \($0.metadata)" }.joined(separator: "\n")
        #expect(!everything.contains("CHILD123") && !everything.contains("Jane Doe"))
    }

    @Test("a client over its burst gets 429 with Retry-After, while the health endpoints still answer")
    func rateLimited() async throws {
        let statuses = try await Self.withServer(limits: WebLimits(requestsPerMinute: 1, burst: 3)) { port in
            var seen: [RawHTTP.Answer] = []
            for _ in 0..<5 { seen.append(try await RawHTTP.exchange(port: port, "GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")) }
            seen.append(try await RawHTTP.exchange(port: port, "GET /health/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
            return seen
        }
        #expect(statuses.map(\.status) == [200, 200, 200, 429, 429, 200])
        // One token a minute: the wait is under a minute, less however long the requests took.
        #expect(statuses[3].headers["retry-after"].flatMap { Int($0) }.map { (1...60).contains($0) } == true)
        #expect(statuses[3].headers["content-security-policy"] != nil)
    }

    @Test("the limiter refills at its rate and tracks at most its capacity of addresses")
    func limiterBounds() {
        let limiter = RateLimiter(WebLimits(requestsPerMinute: 60, burst: 2, trackedClients: 100))
        #expect(limiter.take("a", now: 0) == nil && limiter.take("a", now: 0) == nil)
        #expect(limiter.take("a", now: 0) == 1)
        #expect(limiter.take("a", now: 1.5) == nil)
        for client in 0..<1000 { _ = limiter.take("10.0.\(client / 256).\(client % 256)", now: 2) }
        #expect(limiter.trackedCount <= 100)
    }

    @Test("an idle connection is closed after the configured timeout")
    func idleTimeout() async throws {
        let closedAfter = try await Self.withServer(limits: WebLimits(idleTimeoutSeconds: 1)) { port in
            try await RawHTTP.secondsUntilClosed(port: port, waitingAtMost: 10)
        }
        #expect(closedAfter < 5)
    }

    @Test("child links percent-encode the child's id, and the server decodes it back into one parameter")
    func childLinks() async throws {
        let path = SamplerPages.childPath(sample: 4, child: "A/B?c#d%e f")
        #expect(path == "/samples/4/children/A%2FB%3Fc%23d%25e%20f")
        let page = WebTemplates.render("sample", ["id": 4, "picks": [["key": "K1", "href": path]]])
        #expect(page.contains("<a href=\"/samples/4/children/A%2FB%3Fc%23d%25e%20f\">K1</a>"))
        let echoed = try await Self.withServer { port in
            try await RawHTTP.exchange(port: port, "GET /echo/A%2FB%3Fc%23d%25e%20f HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        }
        #expect(echoed.body == "A/B?c#d%e f")
    }
}

/// Collects log entries, for tests that check what is logged and at which level.
final class LogRecorder: LogHandler, Sendable {
    struct Entry: Sendable {
        let level: Logger.Level
        let message: String
        let metadata: [String: String]
    }

    private let stored = Mutex<[Entry]>([])
    var entries: [Entry] { stored.withLock { $0 } }

    var logLevel: Logger.Level {
        get { .trace }
        set {}
    }

    var metadata: Logger.Metadata {
        get { [:] }
        set {}
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { nil }
        set {}
    }

    func log(event: LogEvent) {
        let entry = Entry(level: event.level, message: event.message.description, metadata: (event.metadata ?? [:]).mapValues { $0.description })
        stored.withLock { $0.append(entry) }
    }
}

/// HTTP/1.1 over a plain socket, so that tests control every byte and can watch the connection.
enum RawHTTP {
    struct Answer: Sendable {
        let status: Int
        let headers: [String: String]
        let body: String
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs blocking socket calls on a thread of their own, never on the cooperative pool the
    /// server's handlers need (on two cores, two blocked callers would starve the server).
    static func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }

    /// Sends `request` to `127.0.0.1:port` and reads until the server closes the connection.
    static func exchange(port: Int, _ request: String) async throws -> Answer {
        try await offPool { try blockingExchange(port: port, request) }
    }

    /// Opens a connection, sends nothing, and measures how long the server keeps it open.
    static func secondsUntilClosed(port: Int, waitingAtMost limit: Int) async throws -> Double {
        try await offPool { try blockingSecondsUntilClosed(port: port, waitingAtMost: limit) }
    }

    private static func blockingExchange(port: Int, _ request: String) throws -> Answer {
        let handle = try connected(port: port, timeoutSeconds: 60)
        defer { close(handle) }
        let bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(handle, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { break } // the server may answer 413 and close before the whole body is sent
            sent += count
        }
        var reply: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(handle, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            reply += buffer.prefix(count)
        }
        let text = String(decoding: reply, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw Failure(description: "no complete answer: \(text.prefix(200))") }
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        guard let status = lines.first?.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else {
            throw Failure(description: "no status line: \(lines.first ?? "")")
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Answer(status: status, headers: headers, body: String(text[split.upperBound...]))
    }

    private static func blockingSecondsUntilClosed(port: Int, waitingAtMost limit: Int) throws -> Double {
        let handle = try connected(port: port, timeoutSeconds: limit)
        defer { close(handle) }
        let start = Date()
        var byte: UInt8 = 0
        _ = recv(handle, &byte, 1, 0)
        return Date().timeIntervalSince(start)
    }

    private static func connected(port: Int, timeoutSeconds: Int) throws -> Int32 {
        let handle = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard handle >= 0 else { throw Failure(description: "cannot open a socket") }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(handle, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(handle, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(handle)
            throw Failure(description: "nothing answers on port \(port)")
        }
        return handle
    }
}
