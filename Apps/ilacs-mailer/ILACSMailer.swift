import ArgumentParser
import CarerEngagement
import PluginKit

/// `ilacs-mailer`: delivers the foster-carer invitations and serves the reply pages.
@main
struct ILACSMailer: AsyncParsableCommand {
    /// The plugins linked into the mailer.
    static let plugins: [any Plugin] = [CarerEngagementPlugin()]

    static let configuration = CommandConfiguration(
        commandName: "ilacs-mailer",
        abstract: "Deliver the foster-carer invitations from the outbox and serve the reply and unsubscribe pages.",
        discussion: """
            `ilacs-admin campaign send` queues messages; this delivers them through the transport \
            MAIL_TRANSPORT names (maildir, the default, or smtp). Several mailers may run at once: \
            each message is claimed by one of them.

            Examples:
              ilacs-mailer send --once
              ilacs-mailer run --port 8081
              ilacs-mailer healthcheck --port 8081
            """,
        subcommands: [RunCommand.self, SendCommand.self, HealthcheckCommand.self])

    static func main() async {
        PluginCatalogue.register(plugins)
        await main(nil)
    }
}
