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
            the rehearsal inspection itself go, in one transaction. The files the mailer wrote for \
            its messages into the rehearsal maildir (MAIL_REHEARSAL_MAILDIR, by their Message-ID; \
            other files there are left alone) are deleted as its rows are. The audit log is \
            append-only: the rehearsal's events, and this end with what it removed, stay in it.

            Examples:
              ilacs-admin rehearsal end
            """
    )

    func run() async throws {
        try await AdminRuntime.run(for: ReportingPlugin.pluginName) { runtime in
            let plugins = try runtime.host.implementations(of: Rehearsals.point, context: runtime.context(for: ReportingPlugin.pluginName))
            let ended = try await RehearsalEnding.end(plugins: plugins, actor: runtime.actor, pool: runtime.pool)
            print("Ended the rehearsal (inspection \(ended.inspectionID)): \(ended.rows) row(s) and message file(s) removed; the audit log keeps its events.")
        }
    }
}
