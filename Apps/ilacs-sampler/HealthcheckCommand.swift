import ArgumentParser
import WebServer

/// `ilacs-sampler healthcheck`: exit 0 when the web page on this machine is ready.
struct HealthcheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "healthcheck",
        abstract: "Exit 0 if `ilacs-sampler serve` on this machine answers /health/ready (for container health checks).",
        discussion: """
            Examples:
              ilacs-sampler healthcheck
              ilacs-sampler healthcheck --port 8080
            """)

    @Option(help: "The port `serve` listens on.")
    var port = 8080

    func run() throws {
        guard HealthProbe.report(port: port) else { throw ExitCode.failure }
    }
}
