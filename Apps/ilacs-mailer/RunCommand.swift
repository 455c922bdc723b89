import ArgumentParser
import Logging
import Messaging
import PluginKit
import ServiceLifecycle
import WebServer

/// `ilacs-mailer run`: the mailer service.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Deliver the outbox and serve the reply pages until SIGTERM or SIGINT.",
        discussion: """
            On SIGTERM the mailer finishes the message in hand, hands the rest of its claim back to \
            the outbox, the web server finishes the requests under way, and the process exits 0. \
            /health/live and /health/ready answer for orchestrators.

            Examples:
              ilacs-mailer run
              ilacs-mailer run --host 0.0.0.0 --port 8081
            """)

    @Option(help: "The address the reply pages listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port the reply pages listen on (0 picks a free one).")
    var port = 8081

    func run() async throws {
        let logger = Logger(label: "ilacs.mailer")
        let runtime = try await AdminRuntime.start(for: MessagingPlugin.pluginName, logger: logger)
        defer { runtime.shutdown() }
        var services: [any Service] = []
        var routes: [PluginWebServer.MountedRoute] = []
        for plugin in runtime.host.enabled {
            let context = runtime.context(for: plugin.name)
            services += try plugin.backgroundServices.map { try $0.make(context) }
            routes += plugin.routes.map { PluginWebServer.MountedRoute($0, context: context) }
        }
        let pool = runtime.pool
        let server = PluginWebServer(routes: routes, address: host, port: port, logger: logger) { (try? await pool.query("SELECT 1")) != nil }
        let web = server.application { port in logger.info("serving the reply pages", metadata: ["address": "\(host):\(port)"]) }
        let group = ServiceGroup(configuration: .init(services: [web as any Service] + services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
        logger.info("stopped")
    }
}
