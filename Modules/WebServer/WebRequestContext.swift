import Hummingbird

/// The request context of every app's server: Hummingbird's basic context plus the client's
/// address, which the rate limit counts by.
struct WebRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The peer's IP address as the server sees it (a reverse proxy's, behind one), or
    /// `unknown` when the channel has none.
    let clientAddress: String

    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.clientAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }
}
