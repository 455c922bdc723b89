import ArgumentParser
import WebServer

/// `ilacs-mailer healthcheck`: exit 0 when the mailer on this machine is ready.
struct HealthcheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "healthcheck",
        abstract: "Exit 0 if `ilacs-mailer run` on this machine answers /health/ready (for container health checks).",
        discussion: """
            Examples:
              ilacs-mailer healthcheck --port 8081
            """)

    @Option(help: "The port `run` listens on.")
    var port = 8081

    func run() throws {
        guard HealthProbe.report(port: port) else { throw ExitCode.failure }
    }
}
