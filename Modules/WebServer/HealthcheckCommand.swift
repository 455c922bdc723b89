import ArgumentParser

/// What an app that serves pages tells its `healthcheck` subcommand.
public protocol ServingApp {
    /// The app's command name (`ilacs-sampler`).
    static var commandName: String { get }
    /// The subcommand that serves (`serve`, `run`).
    static var serveCommand: String { get }
    /// The port it listens on by default.
    static var defaultPort: Int { get }
}

/// `APP healthcheck [--port N]`: exit 0 when the app on this machine answers `/health/ready`,
/// for container health checks (the runtime image has no curl). One implementation for every
/// app that serves pages.
public struct HealthcheckCommand<App: ServingApp>: ParsableCommand {
    public static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "healthcheck",
            abstract: "Exit 0 if `\(App.commandName) \(App.serveCommand)` on this machine answers /health/ready (for container health checks).",
            discussion: """
                Examples:
                  \(App.commandName) healthcheck
                  \(App.commandName) healthcheck --port \(App.defaultPort)
                """)
    }

    @Option(help: "The port `\(App.serveCommand)` listens on.")
    var port = App.defaultPort

    public init() {}

    public func run() throws {
        guard HealthProbe.report(port: port) else { throw ExitCode.failure }
    }
}
