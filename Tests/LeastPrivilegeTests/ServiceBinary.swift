import Foundation
import TestSupport

/// Runs a built app of this package against a test database, as the app's own role.
enum ServiceBinary {
    /// The login role each app runs as in a deployment.
    static let roles = ["ilacs-admin": "ilacs_admin", "ilacs-sampler": "ilacs_sampler", "ilacs-mailer": "ilacs_mailer"]

    /// Runs `.build/debug/APP ARGUMENTS` with `database` as DATABASE_URL, connected as the app's role.
    static func run(_ app: String, _ arguments: [String], database: TestDatabase, folder: String) throws -> (status: Int32, stdout: String, stderr: String) {
        guard var url = URLComponents(string: try TestDatabase.serverURL()) else { throw TestSetupError("DATABASE_URL is not a URL") }
        url.path = "/\(database.name)"
        url.user = roles[app]
        url.password = nil
        var environment = ProcessInfo.processInfo.environment
        environment["ILACS_CONFIG_FILE"] = nil
        environment["DATABASE_URL"] = url.string
        return try BuiltApp.run(app, arguments, environment: environment, folder: folder)
    }
}
