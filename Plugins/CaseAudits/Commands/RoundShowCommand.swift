import ArgumentParser
import CommandLineSupport

/// `ilacs-admin audits round show ID`.
struct RoundShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a round: its tool, seed, and each person's cases to audit and moderate (no child is named).",
        discussion: """
            Examples:
              ilacs-admin audits round show 1
              ilacs-admin audits round show 1 --format json
            """)

    @Argument(help: "The round's id.")
    var id: Int

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    struct Output: Encodable {
        let round: RoundStore.Round
        let loads: [RoundStore.Load]
    }

    func run() async throws {
        let output = try await AuditCommands.run { runtime in
            let store = RoundStore(pool: runtime.pool)
            return Output(round: try await store.round(id), loads: try await store.loads(id))
        }
        if format == .json { return print(try JSONOutput.encode(output)) }
        let round = output.round
        print("Round \(round.id) '\(round.name)': tool '\(round.toolName)' (\(round.toolSHA256)), snapshot \(round.snapshotID)")
        print(
            "\(round.cases) cases, \(round.moderated) moderated (seed \(round.moderationSeed)); \(round.auditorsSubmitted) audits and \(round.moderatorsSubmitted) moderations submitted"
        )
        print(
            AuditCommands.table(
                ["person", "team", "role", "to audit", "to moderate", "submitted"],
                output.loads.map { [$0.auditorID, $0.team, $0.role, String($0.toAudit), String($0.toModerate), String($0.submitted)] }))
    }
}
