/// An HTTP route a plugin serves, independent of the web framework the app runs.
///
/// The app adapts it to its server; plugins never import the server framework.
public struct HTTPRoute: Sendable {
    /// The method, upper case (`GET`, `POST`).
    public let method: String
    /// The path, with `:name` for a parameter (`/samples/:id`).
    public let path: String
    /// One line on what it serves, shown by `ilacs-admin plugins`.
    public let summary: String
    /// Answers one request, with the context of the plugin that declared the route.
    public let handler: @Sendable (HTTPRouteRequest, PluginContext) async throws -> HTTPRouteResponse

    /// Declares a route.
    public init(
        _ method: String,
        _ path: String,
        summary: String,
        handler: @escaping @Sendable (HTTPRouteRequest, PluginContext) async throws -> HTTPRouteResponse
    ) {
        self.method = method
        self.path = path
        self.summary = summary
        self.handler = handler
    }
}

/// The parts of an HTTP request a plugin's handler reads.
public struct HTTPRouteRequest: Sendable {
    /// Values of the path's `:name` parameters, percent-decoded.
    public var parameters: [String: String]
    /// Query string values.
    public var query: [String: String]
    /// Header values by lower-case name.
    public var headers: [String: String]
    /// The body bytes.
    public var body: [UInt8]
    /// The client's IP address as the server saw it (a reverse proxy's, behind one), if known.
    public var clientAddress: String?

    /// Creates a request.
    public init(
        parameters: [String: String] = [:], query: [String: String] = [:], headers: [String: String] = [:], body: [UInt8] = [],
        clientAddress: String? = nil
    ) {
        self.parameters = parameters
        self.query = query
        self.headers = headers
        self.body = body
        self.clientAddress = clientAddress
    }
}

/// What a plugin's handler answers.
public struct HTTPRouteResponse: Sendable {
    /// The status code.
    public var status: Int
    /// Header values by name.
    public var headers: [String: String]
    /// The body bytes.
    public var body: [UInt8]

    /// Creates a response.
    public init(status: Int = 200, headers: [String: String] = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// An HTML page, `text` as UTF-8.
    public static func html(_ status: Int, _ text: String) -> HTTPRouteResponse {
        HTTPRouteResponse(status: status, headers: ["Content-Type": "text/html; charset=utf-8"], body: Array(text.utf8))
    }
}
