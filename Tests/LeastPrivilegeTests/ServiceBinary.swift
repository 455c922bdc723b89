import Foundation
import TestSupport

/// Runs a built app of this package against a test database, as the app's own role.
enum ServiceBinary {
    /// The login role each app runs as in a deployment.
    static let roles = ["ilacs-admin": "ilacs_admin", "ilacs-sampler": "ilacs_sampler", "ilacs-mailer": "ilacs_mailer"]

    /// Runs `.build/debug/APP ARGUMENTS` with `database` as DATABASE_URL, connected as the app's
    /// role; output goes through files in `folder`, so no pipe can fill up.
    static func run(_ app: String, _ arguments: [String], database: TestDatabase, folder: String) throws -> (status: Int32, stdout: String, stderr: String) {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let binary = root.appendingPathComponent(".build/debug/\(app)").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw TestSetupError("\(binary) is missing: build it first with `swift build --build-tests`")
        }
        guard var url = URLComponents(string: try TestDatabase.serverURL()) else { throw TestSetupError("DATABASE_URL is not a URL") }
        url.path = "/\(database.name)"
        url.user = roles[app]
        url.password = nil
        var environment = ProcessInfo.processInfo.environment
        environment["ILACS_CONFIG_FILE"] = nil
        environment["DATABASE_URL"] = url.string
        let stdout = "\(folder)/\(app).stdout"
        let stderr = "\(folder)/\(app).stderr"
        FileManager.default.createFile(atPath: stdout, contents: nil)
        FileManager.default.createFile(atPath: stderr, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: stdout))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderr))
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOfFile: stdout, encoding: .utf8), try String(contentsOfFile: stderr, encoding: .utf8))
    }
}
