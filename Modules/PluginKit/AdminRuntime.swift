import Configuration
import Foundation
import Logging
import Postgres

/// Everything an `ilacs-admin` subcommand needs once started: configuration, the enabled
/// plugins, a migrated database and who is acting.
public struct AdminRuntime: Sendable {
    /// The enabled plugins and configuration.
    public let host: PluginHost
    /// The database, with every pending migration applied.
    public let pool: PostgresPool
    /// Who is acting, for the audit log: `ILACS_ACTOR`, else the login name.
    public let actor: String
    /// The app's logger.
    public let logger: Logger

    /// What startup does when the database has migrations still to apply.
    public enum PendingMigrations: Sendable {
        /// Apply them (the migrator's and a developer's commands).
        case apply
        /// Refuse to start, saying to run `ilacs-admin migrate`: the services, whose roles may
        /// not change the schema.
        case refuse
    }

    /// Loads configuration, enables plugins, connects and checks the schema is current,
    /// applying pending migrations when `pending` says so.
    /// - Parameters:
    ///   - plugin: when a plugin's subcommand starts the runtime, its name; startup fails with
    ///     a clear message if that plugin is not enabled.
    ///   - pending: what to do with migrations not yet applied.
    /// - Throws: `StartupError` with one line saying what is wrong and what to do.
    public static func start(
        for plugin: String? = nil, pending: PendingMigrations = .apply, logger: Logger = Logger(label: "ilacs.admin")
    ) async throws -> AdminRuntime {
        let configuration = try await HostConfiguration.load()
        // An unknown ILACS_AUTHORITY stops every command at once, not only those that compare.
        _ = try ConfiguredAuthority.read(from: configuration)
        let host = try PluginHost(linked: PluginCatalogue.plugins, configuration: configuration)
        if let plugin, !host.isEnabled(plugin) {
            throw StartupError("plugin \(plugin) is not enabled; add it to ILACS_PLUGINS (now: \(host.enabled.map(\.name).joined(separator: ",")))")
        }
        let pool = try await Database.connect(configuration: configuration, logger: logger)
        do {
            try await pool.withConnection { connection in
                let migrator = Migrator(logger: logger)
                let waiting = try await migrator.pending(host.migrations, on: connection)
                guard let first = waiting.first else { return }
                guard pending == .apply else {
                    throw StartupError(
                        "the database schema is not current (\(waiting.count) migrations pending, the first \(first)); run `ilacs-admin migrate` first")
                }
                try await migrator.apply(host.migrations, on: connection)
            }
        } catch let error as PostgresError {
            pool.close()
            let hint = error.sqlState == "42501" ? "; run `ilacs-admin migrate` as the migrating role (see README, Security)" : ""
            throw StartupError("cannot apply database migrations: \(error)\(hint)")
        } catch {
            pool.close()
            throw error
        }
        let environment = ProcessInfo.processInfo.environment
        let actor = environment["ILACS_ACTOR"] ?? ProcessInfo.processInfo.userName
        return AdminRuntime(host: host, pool: pool, actor: actor, logger: logger)
    }

    /// Starts the runtime (see ``start(for:pending:logger:)``), runs `body` with it, and shuts it down
    /// whatever happens: the frame of every command that needs the database.
    public static func run<T>(
        for plugin: String? = nil, pending: PendingMigrations = .apply, logger: Logger = Logger(label: "ilacs.admin"),
        _ body: (AdminRuntime) async throws -> T
    ) async throws -> T {
        let runtime = try await start(for: plugin, pending: pending, logger: logger)
        defer { runtime.shutdown() }
        return try await body(runtime)
    }

    /// The context handed to a plugin's code.
    public func context(for plugin: String) -> PluginContext {
        var pluginLogger = logger
        pluginLogger[metadataKey: "plugin"] = "\(plugin)"
        return PluginContext(configuration: host.configuration, pool: pool, host: host, logger: pluginLogger)
    }

    /// Closes the database connections.
    public func shutdown() {
        pool.close()
    }
}

/// Opens the database named by configuration, turning failures into one actionable line.
public enum Database {
    /// The configuration key for the connection string (`DATABASE_URL`).
    public static let urlKey = "database.url"
    /// The configuration key for the pool size (`DATABASE_POOL_SIZE`, default 4).
    public static let poolSizeKey = "database.pool.size"

    /// Validates `DATABASE_URL`, opens a pool and checks that the server answers.
    /// - Throws: `StartupError` that names the problem and suggests `make db`; never echoes a password.
    public static func connect(configuration: ConfigReader, logger: Logger) async throws -> PostgresPool {
        guard let url = configuration.string(forKey: ConfigKey(urlKey), isSecret: true) else {
            throw StartupError("DATABASE_URL is not set; run `make db` to start a local database and print its DATABASE_URL")
        }
        let postgres: PostgresConfiguration
        do {
            postgres = try PostgresConfiguration(connectionString: url)
        } catch {
            throw StartupError("\(error)")
        }
        let size = configuration.int(forKey: ConfigKey(poolSizeKey), default: 4)
        guard size > 0 else {
            throw StartupError("DATABASE_POOL_SIZE must be a positive whole number")
        }
        let pool = PostgresPool(configuration: postgres, maxConnections: size, logger: logger)
        do {
            try await pool.query("SELECT 1")
        } catch {
            pool.close()
            throw StartupError("\(error); is the database running? `make db` starts a local one and prints its DATABASE_URL")
        }
        return pool
    }
}
