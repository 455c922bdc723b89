import ArgumentParser
import CommandLineSupport

/// `ilacs-admin audits agreement ROUND`.
struct AgreementCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "How far moderators agree with auditors: exact share, within-one share, weighted kappa.",
        discussion: """
            Over the moderated cases whose audit and moderation are both in, on the cases' overall \
            grades: the share graded the same, the share at most one grade apart, and linearly \
            weighted Cohen's kappa over the tool's whole scale (1 is perfect agreement, 0 what \
            chance alone gives).

            Examples:
              ilacs-admin audits agreement 1
              ilacs-admin audits agreement 1 --format json
            """)

    @Argument(help: "The round's id.")
    var round: Int

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func run() async throws {
        let agreement = try await AuditCommands.run { runtime in
            try await runtime.pool.withConnection { connection in
                try await AgreementReader.agreement(round: round, tool: try await AuditToolStore.tool(ofRound: round, on: connection), on: connection)
            }
        }
        if format == .json { return print(try JSONOutput.encode(agreement)) }
        print(SummaryTables.agreementLine(agreement))
    }
}
