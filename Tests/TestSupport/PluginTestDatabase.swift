import Configuration
import Logging
import PluginKit
import Postgres

/// A fresh database migrated for the kernel and a set of plugins, with a pool on it and the
/// host that enabled them: what every plugin's test fixture starts from.
public struct PluginTestDatabase: Sendable {
    /// The database, dropped when the test ends.
    public let database: TestDatabase
    /// The host that enabled the plugins (for extension points and configuration).
    public let host: PluginHost
    /// A pool on the database.
    public let pool: PostgresPool

    /// Runs `body` with a new database migrated for `plugins`, configured by `environment` (as
    /// environment variables), then closes the pool and drops the database, whatever happens.
    public static func with<T>(
        plugins: [any Plugin], environment: [String: String] = [:], poolSize: Int = 2,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (PluginTestDatabase) async throws -> T
    ) async throws -> T {
        try await TestDatabase.with { database in
            let host = try PluginHost(linked: plugins, configuration: ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: environment)))
            try await Migrator().apply(host.migrations, on: try await database.connect())
            let pool = PostgresPool(configuration: database.configuration, maxConnections: poolSize)
            defer { pool.close() }
            return try await body(PluginTestDatabase(database: database, host: host, pool: pool))
        }
    }

    /// The context `plugin`'s code would run in.
    public func context(for plugin: String) -> PluginContext {
        PluginContext(configuration: host.configuration, pool: pool, host: host, logger: Logger(label: "test.\(plugin)"))
    }
}
