import ArgumentParser
import CommandLineSupport

/// `ilacs-admin audits round list`.
struct RoundListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the rounds: cases, moderated, audits and moderations submitted.",
        discussion: """
            A running rehearsal's rounds are left out; --rehearsal lists only them.

            Examples:
              ilacs-admin audits round list
              ilacs-admin audits round list --rehearsal
              ilacs-admin audits round list --format json
            """)

    @Flag(help: "List only the running rehearsal's rounds.")
    var rehearsal = false

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func run() async throws {
        let rounds = try await AuditCommands.run { runtime in try await RoundStore(pool: runtime.pool).all(rehearsal: rehearsal) }
        if format == .json { return print(try JSONOutput.encode(rounds)) }
        guard !rounds.isEmpty else { return print("No audit rounds yet; `ilacs-admin audits round create --help` says how.") }
        print(
            AuditCommands.table(
                ["round", "name", "tool", "snapshot", "cases", "moderated", "audited", "moderations"],
                rounds.map { round in
                    [
                        String(round.id), round.name, round.toolName, String(round.snapshotID), String(round.cases), String(round.moderated),
                        String(round.auditorsSubmitted), String(round.moderatorsSubmitted)
                    ]
                }))
    }
}
