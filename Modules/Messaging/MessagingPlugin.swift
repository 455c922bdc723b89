import Configuration
import PluginKit
import Postgres

/// The Messaging kernel module as the host sees it: the outbox's migrations, the MAIL_* and
/// SMTP_* settings, the `maildir` and `smtp` transports, and the mailer service.
///
/// Why a plugin: PluginKit cannot depend on Messaging (Messaging uses PluginKit's audit log,
/// extension points and services), so the host cannot list the outbox's migrations beside its
/// own kernel migrations. Contributing them through the ordinary plugin contract needs no
/// change to PluginKit and keeps one way for schema, settings and services to reach an app.
/// It stays kernel code: it holds no feature logic and never imports a plugin.
///
/// What an app must do: link `MessagingPlugin()` in its catalogue *before* any plugin that
/// queues mail, so its migrations run first (CarerEngagement's `0003` copies its old outbox
/// into `messaging_outbox`), and leave it enabled wherever such a plugin is enabled.
///
/// To queue mail from a plugin: depend on the `Messaging` target, render the message, and call
/// `Outbox.queue(_:owner:on:)` with the plugin's name inside the transaction that decides to
/// send; read progress with `Outbox.counts(owner:group:on:)`.
public struct MessagingPlugin: Plugin {
    public let name = MessagingPlugin.pluginName
    public let summary = "Queue mail from any plugin in a durable outbox; deliver it by maildir or SMTP (ilacs-mailer)."
    public let migrations = MessagingSchema.migrations
    public let configurationKeys = MailSettings.Key.all

    /// The module's name, as `ILACS_PLUGINS` refers to it and as its migrations are recorded.
    public static let pluginName = MessagingSchema.owner

    /// The plugin; it has no state of its own.
    public init() {}

    public func validate(_ configuration: ConfigReader) throws {
        _ = try MailSettings(configuration)
    }

    public var extensions: [ExtensionImplementation] {
        [
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
            ExtensionImplementation(Rehearsals.point, name: "rehearsal-mail-files", summary: "a rehearsal's messages in MAIL_REHEARSAL_MAILDIR") { context in
                RehearsalMailFiles(directory: try MailSettings(context.configuration).rehearsalMaildir)
            }
        ]
    }

    public var backgroundServices: [BackgroundService] {
        [
            BackgroundService(name: "mailer", summary: "delivers the outbox until SIGTERM") { context in
                let transport = try context.host.resolve(MailTransports.point, context: context)
                return MailerService(
                    mailer: Mailer(
                        pool: context.pool, transport: transport,
                        settings: try MailSettings(context.configuration), logger: context.logger))
            }
        ]
    }
}
