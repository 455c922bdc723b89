import Configuration
import Logging
import Postgres

/// What a plugin gets when the host asks it for routes, services or extension implementations.
public struct PluginContext: Sendable {
    /// The app's configuration (environment plus the optional config file).
    public let configuration: ConfigReader
    /// The database pool.
    public let pool: PostgresPool
    /// The host, to resolve extension points that other plugins implement.
    public let host: PluginHost
    /// A logger labelled for the plugin; never log personal data.
    public let logger: Logger

    /// Creates a context.
    public init(configuration: ConfigReader, pool: PostgresPool, host: PluginHost, logger: Logger) {
        self.configuration = configuration
        self.pool = pool
        self.host = host
        self.logger = logger
    }
}
