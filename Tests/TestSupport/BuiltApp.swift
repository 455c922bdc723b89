import Foundation

/// Runs an app this package builds (`.build/debug/NAME`), as a user would from a shell.
public enum BuiltApp {
    /// Runs `.build/debug/APP ARGUMENTS` with `environment`; output goes through files in
    /// `folder`, so no pipe can fill up.
    /// - Throws: `TestSetupError` when the app is not built.
    public static func run(
        _ app: String, _ arguments: [String], environment: [String: String], folder: String
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let binary = root.appendingPathComponent(".build/debug/\(app)").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw TestSetupError("\(binary) is missing: build it first with `swift build --build-tests`")
        }
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
