import ArgumentParser
import PluginKit

/// `ilacs-admin inspectors reissue ID`.
struct InspectorsReissueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reissue",
        abstract: "Print a new one-time sign-in link for an inspector whose link was lost, used or has expired.",
        discussion: """
            Their unused links stop working; their open sessions go on. Audit-logged.

            Examples:
              ilacs-admin inspectors reissue 3
            """)

    @Argument(help: "The inspector's id (see `ilacs-admin inspectors list`).")
    var id: Int

    func run() async throws {
        try await AdminRuntime.run(for: EvidenceSamplingPlugin.pluginName) { runtime in
            let link = try SignInLink(runtime.host.configuration)
            let token = try await PersonAccess(pool: runtime.pool).reissue(id, linkHours: link.hours, actor: runtime.actor)
            print("A new link for inspector \(id); any earlier unused link no longer works.")
            print(link.text(token))
        }
    }
}
