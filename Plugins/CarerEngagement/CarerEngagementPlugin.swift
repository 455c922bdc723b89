import ArgumentParser
import Configuration
import PluginKit
import Postgres

/// Foster-carer engagement: the households register, open-invitation campaigns, a durable
/// outbox delivered by `ilacs-mailer`, and the carers' reply and unsubscribe pages.
public struct CarerEngagementPlugin: Plugin {
    public let name = CarerEngagementPlugin.pluginName
    public let summary = "Invite every contactable approved fostering household to meet the inspectors, and keep the evidence."
    public let migrations = CarerSchema.migrations
    public let configurationKeys = MailSettings.Key.all
    public let adminCommands: [any ParsableCommand.Type] = [CarersCommand.self, CampaignCommand.self]
    public let routes = ReplyWeb.routes

    /// The plugin's name, as `ILACS_PLUGINS` and its commands refer to it.
    public static let pluginName = "CarerEngagement"

    public init() {}

    public func validate(_ configuration: ConfigReader) throws {
        _ = try MailSettings(configuration)
    }

    public var extensions: [ExtensionImplementation] {
        [
            ExtensionImplementation(ChecklistItems.point, name: "carer-invitation", summary: "an invitation to foster carers for the inspection") { _ in
                InvitationChecklistItem()
            },
            ExtensionImplementation(MailTransports.point, name: "maildir", summary: "writes each message as a file into MAIL_MAILDIR") { context in
                try MaildirTransport(directory: try MailSettings(context.configuration).maildir)
            },
            ExtensionImplementation(MailTransports.point, name: "smtp", summary: "sends through SMTP_HOST (STARTTLS required by default)") { context in
                let settings = try MailSettings(context.configuration)
                guard let smtp = settings.smtp else {
                    throw PluginConfigurationError(key: MailSettings.Key.smtpHost, message: "is not set, but MAIL_TRANSPORT is smtp")
                }
                return SMTPTransport(configuration: smtp, envelopeFrom: settings.from.address)
            },
        ]
    }

    public var backgroundServices: [BackgroundService] {
        [BackgroundService(name: "mailer", summary: "delivers the outbox until SIGTERM") { context in
            let transport = try context.host.resolve(MailTransports.point, context: context)
            return MailerService(mailer: try Mailer(pool: context.pool, transport: transport,
                                                    settings: try MailSettings(context.configuration), logger: context.logger))
        }]
    }
}
