import ArgumentParser
import CommandLineSupport
import PluginKit

/// `ilacs-admin campaign status C`.
struct CampaignStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Messages by state, replies per session, and messages held as ambiguous.",
        discussion: """
            Examples:
              ilacs-admin campaign status 1
            """)

    @Argument(help: "The campaign id.")
    var campaign: Int

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func run() async throws {
        let status = try await CarerCommands.run { runtime, _ in try await CampaignStatus.load(campaign, pool: runtime.pool) }
        if format == .json { return print(try JSONOutput.encode(status)) }
        print("Messages")
        for (kind, states) in status.outbox.sorted(by: { $0.key < $1.key }) {
            print("  \(kind.padded(11)) " + states.sorted(by: { $0.key < $1.key }).map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        print("Replies")
        for session in status.sessions {
            print("  session \(session.number): \(session.attending) of \(session.capacity) places taken, \(session.waiting) waiting")
        }
        print("  declined: \(status.declined)")
        if !status.ambiguous.isEmpty {
            print("Ambiguous (may have been delivered; decide with `campaign resolve`): outbox " + status.ambiguous.map(String.init).joined(separator: ", "))
        }
    }
}
