import Foundation
import HTTPTypes
import Hummingbird
import Logging
import PluginKit
import Postgres

/// Serves the HTTP routes of the enabled plugins with Hummingbird, with `/health/live` and
/// `/health/ready`, security headers on every response (errors and 404s included), a rate
/// limit per client address, an idle-connection timeout, and a graceful drain on SIGTERM.
/// A handler's unexpected error answers a generic 500 page and is logged at error level with
/// its type and route only.
///
/// Plugins never import Hummingbird: they declare `HTTPRoute`s, which this adapts.
public struct PluginWebServer: Sendable {
    /// A plugin's route with the context its handler runs in.
    public struct MountedRoute: Sendable {
        let route: HTTPRoute
        let context: PluginContext

        /// Mounts `route` with `context`.
        public init(_ route: HTTPRoute, context: PluginContext) {
            self.route = route
            self.context = context
        }
    }

    /// The largest request body accepted.
    static let maximumBodySize = 1 << 20

    let routes: [MountedRoute]
    let address: String
    let port: Int
    let ready: @Sendable () async -> Bool
    let logger: Logger
    let limits: WebLimits

    /// A server for `routes` on `address:port` within `limits`; `ready` answers `/health/ready`
    /// (e.g. the database answers).
    public init(
        routes: [MountedRoute], address: String, port: Int, limits: WebLimits = WebLimits(), logger: Logger,
        ready: @escaping @Sendable () async -> Bool
    ) {
        self.routes = routes
        self.address = address
        self.port = port
        self.limits = limits
        self.ready = ready
        self.logger = logger
    }

    /// The Hummingbird application; `onRunning` gets the port it listens on (useful with port 0).
    public func application(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let router = Router(context: WebRequestContext.self)
        router.add(middleware: SecurityHeaders())
        router.add(middleware: RateLimit(limiter: RateLimiter(limits)))
        router.get("/health/live") { _, _ in "ok\n" }
        router.get("/health/ready") { _, _ -> Response in
            await ready() ? Self.plain(.ok, "ready\n") : Self.plain(.serviceUnavailable, "not ready: the database does not answer\n")
        }
        for mounted in routes {
            guard let method = HTTPRequest.Method(mounted.route.method) else { continue }
            let names = mounted.route.path.split(separator: "/").filter { $0.hasPrefix(":") }.map { String($0.dropFirst()) }
            router.on(RouterPath(mounted.route.path), method: method) { request, context -> Response in
                try await Self.respond(to: request, context: context, mounted: mounted, parameterNames: names)
            }
        }
        return Application(
            router: router,
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(limits.idleTimeoutSeconds)))),
            configuration: .init(address: .hostname(address, port: port), serverName: "ilacs"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    private static func respond(to request: Request, context: WebRequestContext, mounted: MountedRoute, parameterNames: [String]) async throws -> Response {
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: maximumBodySize)
        } catch let error as any HTTPResponseError {
            throw error // 413: a body over the limit
        } catch {
            // A body that cannot be read (bad chunked framing, say) is the client's mistake.
            var response = plain(.badRequest, "Bad request: the body is malformed.\n")
            response.headers[.connection] = "close"
            return response
        }
        var headers: [String: String] = [:]
        for field in request.headers { headers[field.name.canonicalName] = field.value }
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters { query[String(key)] = String(value) }
        var parameters: [String: String] = [:]
        for name in parameterNames {
            // Links percent-encode what they put in a path segment (a child's id); a malformed
            // escape is the client's mistake.
            guard let raw = context.parameters.get(name) else { continue }
            guard let value = raw.removingPercentEncoding else { return badRequest }
            parameters[name] = value
        }
        // No handler wants a control character in a path or query value, and PostgreSQL refuses
        // NUL in text: refuse them here rather than fail later with a 500.
        guard !(Array(parameters.values) + Array(query.keys) + Array(query.values)).contains(where: Self.hasControlCharacter) else { return badRequest }
        let answer = try await mounted.route.handler(
            HTTPRouteRequest(
                parameters: parameters, query: query, headers: headers, body: Array(body.readableBytesView), clientAddress: context.clientAddress),
            mounted.context)
        var fields = HTTPFields()
        for (name, value) in answer.headers {
            guard let name = HTTPField.Name(name) else { continue }
            fields[name] = value
        }
        return Response(status: .init(code: answer.status), headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: answer.body)))
    }

    private static var badRequest: Response { plain(.badRequest, "Bad request: the address is malformed.\n") }

    private static func hasControlCharacter(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// Headers every response gets, Hummingbird's own 404, 413 and other errors included: no
/// caching of children's data, no referrer (sign-in links carry a token), no framing, no
/// scripts, no sniffing, HTTPS only. A database wait that ran out (the pool's, or the statement
/// timeout) is a 503 with `Retry-After`. An unexpected error becomes a generic 500 page, logged at
/// error level with the error's type and the route's pattern: never the error's text or the
/// request's path, which may hold personal data (a child's id).
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        } catch let error as PostgresError where error.code == .poolExhausted || error.sqlState == "57014" {
            // A bounded wait ran out (every connection busy, or the statement timeout): busy, not broken.
            context.logger.warning(
                "the database was too busy to answer",
                metadata: ["error.code": "\(error.code)", "route": "\(request.method) \(context.endpointPath ?? "no route")"])
            response = PluginWebServer.plain(.serviceUnavailable, "The service is busy. Please try again in a moment.\n")
            response.headers[.retryAfter] = "5"
        } catch {
            context.logger.error(
                "a request failed",
                metadata: [
                    "error.type": "\(type(of: error))", "route": "\(request.method) \(context.endpointPath ?? "no route")"
                ])
            response = PluginWebServer.plain(.internalServerError, "Something went wrong on our side. Please try again later.\n")
        }
        response.headers[.cacheControl] = "no-store"
        response.headers[.strictTransportSecurity] = "max-age=31536000; includeSubDomains"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.contentSecurityPolicy] =
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'"
        return response
    }
}

/// Answers 429 with `Retry-After` once a client address has used its tokens; the health
/// endpoints are exempt, so that probes are never starved by a busy client on the same address.
struct RateLimit: RouterMiddleware {
    let limiter: RateLimiter

    func handle(_ request: Request, context: WebRequestContext, next: (Request, WebRequestContext) async throws -> Response) async throws -> Response {
        guard !request.uri.path.hasPrefix("/health/"), let wait = limiter.take(context.clientAddress) else {
            return try await next(request, context)
        }
        var response = PluginWebServer.plain(.tooManyRequests, "Too many requests: please wait \(wait) s and try again.\n")
        response.headers[.retryAfter] = String(wait)
        return response
    }
}
