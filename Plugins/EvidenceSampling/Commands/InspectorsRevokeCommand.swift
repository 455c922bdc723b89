import ArgumentParser
import PluginKit

/// `ilacs-admin inspectors revoke ID --reason R`.
struct InspectorsRevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "End an inspector's access now: their open sessions end and no link of theirs works again.",
        discussion: """
            Audit-logged with the reason. To give access again, add them again.

            Examples:
              ilacs-admin inspectors revoke 3 --reason "left the inspection team"
            """)

    @Argument(help: "The inspector's id (see `ilacs-admin inspectors list`).")
    var id: Int

    @Option(help: "Why, for the audit log.")
    var reason: String

    func validate() throws {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--reason is empty; say why access ends") }
    }

    func run() async throws {
        try await AdminRuntime.run(for: EvidenceSamplingPlugin.pluginName) { runtime in
            let ended = try await PersonAccess(pool: runtime.pool).revoke(id, reason: reason, actor: runtime.actor)
            print("Inspector \(id)'s access is revoked; \(ended) open session(s) ended.")
        }
    }
}
