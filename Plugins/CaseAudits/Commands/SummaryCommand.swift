import ArgumentParser
import CommandLineSupport
import PluginKit

/// `ilacs-admin audits summary ROUND`.
struct SummaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "What a round found: grades by team, service area, stratum and section, the weakest sections, the change since the previous round.",
        discussion: """
            Aggregates only: no child is named. A case's grade is the agreed grade where \
            moderation agreed one, else the auditor's; sections count the auditors' answers. \
            The mean score gives the best grade the number of grades and the worst 1. The \
            previous round is the one made before it.

            Examples:
              ilacs-admin audits summary 2
              ilacs-admin audits summary 2 --format json
            """)

    @Argument(help: "The round's id.")
    var round: Int

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func run() async throws {
        let summary = try await AuditCommands.run { runtime in
            let summary = try await runtime.pool.withConnection { try await SummaryReader.summary(round: round, on: $0) }
            try await AuditLog.record(
                AuditEvent(actor: runtime.actor, action: "audits.summary_view", recordType: "case_audit_round", recordID: String(round)), pool: runtime.pool)
            return summary
        }
        print(format == .json ? try JSONOutput.encode(summary) : SummaryText.render(summary))
    }
}
