import PluginKit

/// How much one client address may ask of a serving app, and how long an idle connection is
/// kept open. Each value has a configuration key (`web.rate.per.minute` is
/// `WEB_RATE_PER_MINUTE`) and a default that no person at a browser reaches.
public struct WebLimits: Sendable, Equatable {
    /// The sustained requests per minute one client address may make.
    public static let ratePerMinuteKey = "web.rate.per.minute"
    /// The requests one client address may make at once, above the sustained rate.
    public static let burstKey = "web.rate.burst"
    /// How many client addresses are tracked at most (the limiter's memory bound).
    public static let clientsKey = "web.rate.clients"
    /// Seconds before a connection with no request under way is closed.
    public static let idleTimeoutKey = "web.idle.timeout.seconds"

    /// Sustained requests per minute per client address.
    public var requestsPerMinute: Int
    /// Requests at once per client address.
    public var burst: Int
    /// Client addresses tracked at most.
    public var trackedClients: Int
    /// Seconds an idle connection stays open.
    public var idleTimeoutSeconds: Int

    /// Limits with the given values; the defaults are the ones used when nothing is configured.
    public init(requestsPerMinute: Int = 600, burst: Int = 120, trackedClients: Int = 10_000, idleTimeoutSeconds: Int = 30) {
        self.requestsPerMinute = requestsPerMinute
        self.burst = burst
        self.trackedClients = trackedClients
        self.idleTimeoutSeconds = idleTimeoutSeconds
    }

    /// The limits configured for `host`, each key falling back to its default.
    /// - Throws: `PluginConfigurationError` naming a key whose value is not a whole number in range.
    public init(host: PluginHost) throws {
        let defaults = WebLimits()
        func number(_ key: String, _ fallback: Int, _ range: ClosedRange<Int>) throws -> Int {
            guard let text = host.configuration.string(forKey: .init(key)), !text.isEmpty else { return fallback }
            guard let value = Int(text), range.contains(value) else {
                throw PluginConfigurationError(key: key, message: "must be a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            return value
        }
        self.init(
            requestsPerMinute: try number(Self.ratePerMinuteKey, defaults.requestsPerMinute, 1...10_000_000),
            burst: try number(Self.burstKey, defaults.burst, 1...10_000_000),
            trackedClients: try number(Self.clientsKey, defaults.trackedClients, 1...1_000_000),
            idleTimeoutSeconds: try number(Self.idleTimeoutKey, defaults.idleTimeoutSeconds, 1...3600))
    }
}
