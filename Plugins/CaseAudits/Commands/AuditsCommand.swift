import ArgumentParser

/// `ilacs-admin audits ...`: case audits and moderation.
struct AuditsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audits",
        abstract: "Audit cases against a graded tool, moderate a share, escalate inadequate cases.",
        discussion: """
            A round audits a set of children (the inspectors' sample, say) against a tool; each \
            child goes to an auditor outside the child's team, and a reproducible share is drawn \
            for moderation. Auditors and moderators fill their audits in the web form (`links` prints \
            their sign-in links), or completed audits are imported from CSV; agreed grades replace the \
            auditor's while every earlier grade is kept.

            Examples:
              ilacs-admin audits tool example > tool.yaml
              ilacs-admin audits round create --name "November 2026" --tool tool.yaml --children sample.csv --auditors auditors.csv
              ilacs-admin audits links 1 --inspection 2 --until 2026-12-18
              ilacs-admin audits import 1 completed.csv
              ilacs-admin audits agreement 1
            """,
        subcommands: [
            ToolCommand.self, RoundCommand.self, LinksCommand.self, ImportCommand.self, AgreeCommand.self, AgreementCommand.self, ActionsCommand.self,
            SummaryCommand.self,
            PackCommand.self
        ])
}
