import ArgumentParser

/// `ilacs-admin campaign create|preview|audience|send|remind|status|resolve`.
struct CampaignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "campaign",
        abstract: "The open invitation to meet the inspectors: create, preview, send, remind, status.",
        discussion: """
            `ilacs-mailer` delivers what `send` and `remind` queue.

            Examples:
              ilacs-admin campaign create --inspection 1 --template ./invitation --session "2026-12-08 18:00 | County Hall, Room 2 | 20"
              ilacs-admin campaign preview 1 --household 891-H00001
              ilacs-admin campaign send 1
              ilacs-admin campaign status 1
            """,
        subcommands: [
            CampaignCreateCommand.self, CampaignPreviewCommand.self, CampaignAudienceCommand.self, CampaignSendCommand.self,
            CampaignRemindCommand.self, CampaignStatusCommand.self, CampaignResolveCommand.self
        ])
}
