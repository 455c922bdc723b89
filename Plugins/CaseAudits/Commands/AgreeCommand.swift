import ArgumentParser
import CommandLineSupport

/// `ilacs-admin audits agree ROUND --child ID --grade G --by PERSON`.
struct AgreeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agree",
        abstract: "Record the grade auditor and moderator agreed for a case; earlier grades are kept.",
        discussion: """
            The agreed grade becomes the case's grade; the auditor's and the moderator's stay in \
            the history with who gave them and when. Only once both audits are in.

            Examples:
              ilacs-admin audits agree 1 --child 891-000412 --grade "requires improvement" --by M001 --note "plan lacks timescales"
            """)

    @Argument(help: "The round's id.")
    var round: Int

    @Option(help: "The child's Child Unique ID.")
    var child: String

    @Option(help: "The agreed grade, on the tool's scale.")
    var grade: String

    @Option(help: "The id of the person recording the agreement (the case's moderator or auditor).")
    var by: String

    @Option(help: "Why, in a sentence.")
    var note: String?

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func run() async throws {
        let outcome = try await AuditCommands.run { runtime in
            try await AuditCommands.recording(runtime).agree(round: round, childID: child, grade: grade, by: by, note: note, actor: runtime.actor)
        }
        if format == .json { return print(try JSONOutput.encode(outcome)) }
        print(AuditCommands.describe(outcome, round: round))
    }
}
