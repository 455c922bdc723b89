import Configuration
import PluginKit
import Postgres

/// A benchmark's own database, dropped and created afresh and migrated for the plugins it needs.
enum BenchDatabase {
    /// Drops and creates `name` on `server`, applies the migrations of `plugins`, and returns where it is.
    static func migrated(_ name: String, on server: PostgresConfiguration, plugins: [any Plugin]) async throws -> PostgresConfiguration {
        let admin = try await PostgresConnection.connect(server)
        try await admin.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        try await admin.execute("CREATE DATABASE \(name)")
        let target = server.database(name)
        let configuration = ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: [:]))
        let host = try PluginHost(linked: plugins, configuration: configuration)
        try await Migrator().apply(host.migrations, on: try await PostgresConnection.connect(target))
        return target
    }
}
