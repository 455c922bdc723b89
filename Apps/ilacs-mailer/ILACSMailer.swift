import ArgumentParser
import CarerEngagement
import Messaging
import PluginKit
import WebServer

/// `ilacs-mailer`: delivers whatever any plugin queued in the Messaging outbox (today the
/// foster-carer invitations) and serves the carers' reply pages.
@main
struct ILACSMailer: AsyncParsableCommand, ServingApp {
    static let commandName = "ilacs-mailer"
    static let serveCommand = "run"
    static let defaultPort = 8081

    /// The plugins linked into the mailer: Messaging runs the mailer, CarerEngagement serves the reply pages.
    static let plugins: [any Plugin] = [MessagingPlugin(), CarerEngagementPlugin()]

    static let configuration = CommandConfiguration(
        commandName: commandName,
        abstract: "Deliver the mail plugins queued in the outbox (foster-carer invitations) and serve the reply and unsubscribe pages.",
        discussion: """
            Plugins queue messages (`ilacs-admin campaign send`, say); this delivers them through the transport \
            MAIL_TRANSPORT names (maildir, the default, or smtp). Several mailers may run at once: \
            each message is claimed by one of them.

            Examples:
              ilacs-mailer send --once
              ilacs-mailer run --port 8081
              ilacs-mailer healthcheck --port 8081
            """,
        subcommands: [RunCommand.self, SendCommand.self, HealthcheckCommand<ILACSMailer>.self])

    static func main() async {
        PluginCatalogue.register(plugins)
        await main(nil)
    }
}
