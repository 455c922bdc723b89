import ArgumentParser

/// `ilacs-admin campaign remind C`.
struct CampaignRemindCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind",
        abstract: "Queue one reminder per invited household that has not replied; running it again adds nothing.",
        discussion: """
            Only households whose invitation was sent, that have not replied and are not suppressed.

            Examples:
              ilacs-admin campaign remind 1
            """)

    @Argument(help: "The campaign id.")
    var campaign: Int

    func run() async throws {
        try await CampaignQueueing.queue(campaign, kind: .reminder)
    }
}
