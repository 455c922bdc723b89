import ArgumentParser
import PluginKit

/// `ilacs-admin rehearsal end`: removes the running rehearsal and everything of it.
struct RehearsalEndCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end",
        abstract: "End the running rehearsal: remove it and every record of it; the audit log keeps that it happened.",
        discussion: """
            Every enabled plugin removes its records of the rehearsal (manifests and samples, \
            campaigns and their replies), then the people given access for it, its messages and \
            the rehearsal inspection itself go, in one transaction. The audit log is append-only: \
            the rehearsal's events, and this end, stay in it. Messages already written into the \
            rehearsal maildir are files the mailer wrote; they stay there for the debrief.

            Examples:
              ilacs-admin rehearsal end
            """
    )

    func run() async throws {
        try await AdminRuntime.run(for: ReportingPlugin.pluginName) { runtime in
            let plugins = try runtime.host.implementations(of: Rehearsals.point, context: runtime.context(for: ReportingPlugin.pluginName))
            let ended = try await RehearsalEnding.end(plugins: plugins, actor: runtime.actor, pool: runtime.pool)
            print("Ended the rehearsal (inspection \(ended.inspectionID)): \(ended.rows) row(s) removed; the audit log keeps its events.")
        }
    }
}
