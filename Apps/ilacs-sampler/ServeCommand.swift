import ArgumentParser
import EvidenceSampling
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
            more cases and download the list. With CaseAudits enabled, auditors and moderators sign \
            in with the links `ilacs-admin audits links` prints and fill their audits under /audits. \
            With InspectionWeek enabled, inspectors see their own conversations by day under \
            /week, each with its briefing, and download them from /week.ics. \
            /health/live and /health/ready answer for orchestrators. \
            On SIGTERM the server stops accepting connections and finishes the requests under way. \
            It never migrates: with a migration pending it refuses to start and says to run \
            `ilacs-admin migrate`. Connect it as the sampler's own role (ilacs_sampler).

            Serve it behind TLS (a reverse proxy) in production: the session cookie is Secure. \
            AUDIT_CHILD_KEY (or AUDIT_CHILD_KEY_FILE) must be set: the audit log names the children \
            viewed by a keyed hash under it.

            Examples:
              ilacs-sampler serve
              ilacs-sampler serve --host 0.0.0.0 --port 8080
            """)

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0 picks a free one).")
    var port = ILACSSampler.defaultPort

    func run() async throws {
        try await AdminRuntime.run(for: EvidenceSamplingPlugin.pluginName, pending: .refuse, logger: Logger(label: "ilacs.sampler")) { runtime in
            // The pages name children in the audit log under this key: no key, no serving.
            _ = try AuditChildKey(configuration: runtime.host.configuration)
            try await PluginWebServer.serve(runtime: runtime, address: host, port: port, serving: "the inspectors' web page")
        }
    }
}
