import ArgumentParser
import CommandLineSupport
import Domain
import PluginKit

/// `ilacs-admin inspectors add --name N --email E --inspection I --until DATE`.
struct InspectorsAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Give an inspector access to their inspection's samples, and print a one-time sign-in link.",
        discussion: """
            Access begins on --from (default today) and ends by itself at the end of --until. The link works once, \
            for SIGN_IN_LINK_HOURS (default 12) hours; the server keeps only a hash of it. Send it to the inspector by a channel you trust. The link starts with \
            SAMPLER_PUBLIC_URL (default http://127.0.0.1:8080), where `ilacs-sampler serve` answers.

            Examples:
              ilacs-admin inspectors add --name "A. Inspector" --email a.inspector@ofsted.example --inspection 2 --until 2026-12-11
            """)

    @Option(help: "The inspector's name, shown on the page.")
    var name: String

    @Option(help: "The inspector's email address.")
    var email: String

    @Option(help: "The inspection whose samples they may see.")
    var inspection: Int

    @Option(help: "The first day of access (YYYY-MM-DD or DD/MM/YYYY; default today).")
    var from: CalendarDate?

    @Option(help: "The last day of access (YYYY-MM-DD or DD/MM/YYYY).")
    var until: CalendarDate

    func run() async throws {
        try await AdminRuntime.run(for: EvidenceSamplingPlugin.pluginName) { runtime in
            let link = try SignInLink(runtime.host.configuration)
            let (id, token) = try await PersonAccess(pool: runtime.pool).add(
                name: name, email: email, role: .inspector, inspectionID: inspection, from: from ?? .today, until: until,
                today: .today, linkHours: link.hours, actor: runtime.actor)
            print("Inspector \(id) can see the samples of inspection \(inspection) from \((from ?? .today).ddmmyyyy) until the end of \(until.ddmmyyyy).")
            print(link.text(token))
        }
    }
}
