import ArgumentParser
import Logging
import PluginKit
import WebServer

/// `ilacs-sampler serve`: the inspectors' web page.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the inspectors' web page until SIGTERM or SIGINT.",
        discussion: """
            Inspectors sign in with the one-time link `ilacs-admin inspectors add` prints, then see \
            the samples of their own inspection, the Annex A rows of the sampled children, ask for \
            more cases and download the list. /health/live and /health/ready answer for orchestrators. \
            On SIGTERM the server stops accepting connections and finishes the requests under way.

            Serve it behind TLS (a reverse proxy) in production: the session cookie is Secure.

            Examples:
              ilacs-sampler serve
              ilacs-sampler serve --host 0.0.0.0 --port 8080
            """)

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0 picks a free one).")
    var port = 8080

    func run() async throws {
        let logger = Logger(label: "ilacs.sampler")
        let runtime = try await AdminRuntime.start(for: "EvidenceSampling", logger: logger)
        defer { runtime.shutdown() }
        let routes = runtime.host.enabled.flatMap { plugin in
            plugin.routes.map { PluginWebServer.MountedRoute($0, context: runtime.context(for: plugin.name)) }
        }
        let pool = runtime.pool
        let server = PluginWebServer(routes: routes, address: host, port: port, logger: logger) {
            (try? await pool.query("SELECT 1")) != nil
        }
        try await server.run { port in logger.info("serving the inspectors' web page", metadata: ["address": "\(host):\(port)"]) }
        logger.info("stopped")
    }
}
