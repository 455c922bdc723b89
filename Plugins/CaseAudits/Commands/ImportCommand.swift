import ArgumentParser
import CommandLineSupport
import PluginKit

/// `ilacs-admin audits import ROUND FILE.csv`.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import completed audits (and agreed grades) from CSV; any error and nothing is imported.",
        discussion: """
            One row per answer, columns: Child Unique ID, Role (auditor, moderator or agreed), \
            Reviewer (the person's id in the round), Question (a question id of the round's tool, \
            or `overall` for the case's grade), Grade (on the tool's scale), Comment (needed for \
            the grades the tool names). Each audit is complete: every question and `overall`. A \
            finished audit is final. An `agreed` row (Question `overall`) replaces the auditor's \
            grade as the case's grade once both audits are in; every earlier grade is kept.

            A case whose grade is the scale's worst opens an action for its team's manager, due in \
            AUDITS_ESCALATION_DAYS working days (default 5). Errors name the file, row and column, \
            never a value. Needs AUDIT_CHILD_KEY: the audit log names children by a keyed hash.

            Examples:
              ilacs-admin audits import 1 completed.csv
              ilacs-admin audits import 1 moderation.csv --format json
            """)

    @Argument(help: "The round's id.")
    var round: Int

    @Argument(help: "The CSV file of completed audits.")
    var file: String

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func run() async throws {
        let outcome = try await AuditCommands.run { runtime in
            try await AuditCommands.recording(runtime).importFile(file, round: round, actor: runtime.actor)
        }
        if format == .json { return print(try JSONOutput.encode(outcome)) }
        print(AuditCommands.describe(outcome, round: round))
    }
}
