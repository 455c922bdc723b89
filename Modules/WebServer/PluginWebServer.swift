import HTTPTypes
import Hummingbird
import Logging
import PluginKit

/// Serves the HTTP routes of the enabled plugins with Hummingbird, with `/health/live` and
/// `/health/ready`, security headers on every response, and a graceful drain on SIGTERM.
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

    /// A server for `routes` on `address:port`; `ready` answers `/health/ready` (e.g. the database answers).
    public init(routes: [MountedRoute], address: String, port: Int, logger: Logger, ready: @escaping @Sendable () async -> Bool) {
        self.routes = routes
        self.address = address
        self.port = port
        self.ready = ready
        self.logger = logger
    }

    /// The Hummingbird application; `onRunning` gets the port it listens on (useful with port 0).
    public func application(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let router = Router()
        router.add(middleware: SecurityHeaders())
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
            configuration: .init(address: .hostname(address, port: port), serverName: "ilacs"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    private static func respond(to request: Request, context: BasicRequestContext, mounted: MountedRoute, parameterNames: [String]) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: maximumBodySize)
        var headers: [String: String] = [:]
        for field in request.headers { headers[field.name.canonicalName] = field.value }
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters { query[String(key)] = String(value) }
        var parameters: [String: String] = [:]
        for name in parameterNames { parameters[name] = context.parameters.get(name) }
        let answer = try await mounted.route.handler(
            HTTPRouteRequest(parameters: parameters, query: query, headers: headers, body: Array(body.readableBytesView)),
            mounted.context)
        var fields = HTTPFields()
        for (name, value) in answer.headers {
            guard let name = HTTPField.Name(name) else { continue }
            fields[name] = value
        }
        return Response(status: .init(code: answer.status), headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: answer.body)))
    }

    private static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// Headers every page gets: no caching of children's data, no referrer (sign-in links carry a
/// token), no framing, no scripts, no sniffing.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.cacheControl] = "no-store"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'"
        return response
    }
}
