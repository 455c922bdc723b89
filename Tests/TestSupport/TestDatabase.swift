import Foundation
import Postgres

/// A database of its own for one test, created on the server `make test` started
/// (`DATABASE_URL`) and dropped afterwards, so tests can run in parallel.
public struct TestDatabase: Sendable {
    /// The new database's name.
    public let name: String
    /// How to connect to it.
    public let configuration: PostgresConfiguration
    private let admin: PostgresConfiguration

    /// The server's connection string from `DATABASE_URL`.
    /// - Throws: when it is not set: tests that need PostgreSQL fail, never skip, without it.
    public static func serverURL() throws -> String {
        guard let url = ProcessInfo.processInfo.environment["DATABASE_URL"], !url.isEmpty else {
            throw TestSetupError("DATABASE_URL is not set: run the tests with `make test`, which starts PostgreSQL")
        }
        return url
    }

    /// Creates a fresh, empty database.
    public static func create() async throws -> TestDatabase {
        let serverURL = try serverURL()
        let admin = try PostgresConfiguration(connectionString: serverURL)
        let name = "ilacs_test_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        let connection = try await PostgresConnection.connect(admin)
        // CREATE DATABASE takes no parameters; the name is generated above, never user input.
        try await connection.execute("CREATE DATABASE \(name) TEMPLATE template0 ENCODING 'UTF8'")
        return TestDatabase(name: name, configuration: admin.database(name), admin: admin)
    }

    /// Runs `body` with a fresh database and drops it afterwards, whatever happens.
    public static func with<T>(
        isolation: isolated (any Actor)? = #isolation,
        _ body: (TestDatabase) async throws -> T
    ) async throws -> T {
        let database = try await create()
        do {
            let value = try await body(database)
            try await database.drop()
            return value
        } catch {
            try? await database.drop()
            throw error
        }
    }

    /// A new connection to this database.
    public func connect() async throws -> PostgresConnection {
        try await PostgresConnection.connect(configuration)
    }

    /// Drops the database, closing any connection still open to it.
    public func drop() async throws {
        let connection = try await PostgresConnection.connect(admin)
        try await connection.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }
}

/// A test could not be set up; the message says what to do.
public struct TestSetupError: Error, CustomStringConvertible {
    /// What is missing and how to provide it.
    public let description: String

    /// Creates the error.
    public init(_ description: String) {
        self.description = description
    }
}
