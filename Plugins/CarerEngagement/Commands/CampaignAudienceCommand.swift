import ArgumentParser
import CommandLineSupport
import PluginKit

/// `ilacs-admin campaign audience C`.
struct CampaignAudienceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audience",
        abstract: "The evidence that the invitation was open: every household, invited or left out with its reason.",
        discussion: """
            Recorded when `campaign send` first queues the invitation. Reasons: not approved, no \
            email, no consent, suppressed.

            Examples:
              ilacs-admin campaign audience 1
              ilacs-admin campaign audience 1 --format json > audience.json
            """)

    @Argument(help: "The campaign id.")
    var campaign: Int

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func run() async throws {
        let entries = try await CarerCommands.run { runtime, _ in try await CampaignStore(pool: runtime.pool).audience(campaign) }
        if format == .json { return print(try JSONOutput.encode(entries)) }
        print("household     decision")
        for entry in entries { print("\(entry.householdID.padded(13)) \(entry.leftOut.map { "left out: \($0)" } ?? "invited")") }
        let left = entries.filter { $0.leftOut != nil }.count
        print("\(entries.count - left) invited, \(left) left out")
    }
}
