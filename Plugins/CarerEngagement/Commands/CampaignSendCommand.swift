import ArgumentParser

/// `ilacs-admin campaign send C`.
struct CampaignSendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Decide the audience and queue one invitation per household; running it again adds nothing.",
        discussion: """
            The audience is every approved household in the register with an email, consent and no \
            suppression; every other household is recorded with its reason (`campaign audience`). \
            `ilacs-mailer` delivers the queue.

            Examples:
              ilacs-admin campaign send 1
            """)

    @Argument(help: "The campaign id.")
    var campaign: Int

    func run() async throws {
        try await CampaignQueueing.queue(campaign, kind: .invitation)
    }
}

/// Queues a kind of message and prints what happened; shared by `send` and `remind`.
enum CampaignQueueing {
    static func queue(_ campaignID: Int, kind: CampaignStore.Kind) async throws {
        let result = try await CarerCommands.run { runtime, settings in
            let store = CampaignStore(pool: runtime.pool)
            return try await store.queue(try await store.load(campaignID), kind: kind, settings: settings, actor: runtime.actor)
        }
        print("Queued \(result.queued) \(kind.rawValue)s (\(result.alreadyQueued) already queued before).")
        for (reason, count) in result.leftOut.sorted(by: { $0.key < $1.key }) { print("Left out, \(reason): \(count)") }
    }
}
