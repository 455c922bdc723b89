import ArgumentParser
import Logging
import Messaging
import PluginKit
import WebServer

/// `ilacs-mailer run`: the mailer service.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Deliver the outbox and serve the reply pages until SIGTERM or SIGINT.",
        discussion: """
            On SIGTERM the mailer finishes the message in hand, hands the rest of its claim back to \
            the outbox, the web server finishes the requests under way, and the process exits 0. \
            /health/live and /health/ready answer for orchestrators. It never migrates: with a \
            migration pending it refuses to start and says to run `ilacs-admin migrate`. Connect it \
            as the mailer's own role (ilacs_mailer).

            Examples:
              ilacs-mailer run
              ilacs-mailer run --host 0.0.0.0 --port 8081
            """)

    @Option(help: "The address the reply pages listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port the reply pages listen on (0 picks a free one).")
    var port = ILACSMailer.defaultPort

    func run() async throws {
        try await AdminRuntime.run(for: MessagingPlugin.pluginName, pending: .refuse, logger: Logger(label: "ilacs.mailer")) { runtime in
            try await PluginWebServer.serve(runtime: runtime, address: host, port: port, serving: "the reply pages and the outbox")
        }
    }
}
