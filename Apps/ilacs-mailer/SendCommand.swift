import ArgumentParser
import Logging
import Messaging
import PluginKit

/// `ilacs-mailer send --once`: drain the outbox and exit.
struct SendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Deliver every message due now, then exit (messages deferred to later stay queued).",
        discussion: """
            Examples:
              ilacs-mailer send --once
              MAIL_TRANSPORT=smtp SMTP_HOST=smtp.example.org ilacs-mailer send --once
            """)

    @Flag(help: "Drain the outbox once and exit (the only mode; `run` keeps going).")
    var once = false

    func validate() throws {
        guard once else { throw ValidationError("use `send --once` to drain the outbox, or `run` to keep delivering") }
    }

    func run() async throws {
        let logger = Logger(label: "ilacs.mailer")
        try await AdminRuntime.run(for: MessagingPlugin.pluginName, pending: .refuse, logger: logger) { runtime in
            let context = runtime.context(for: MessagingPlugin.pluginName)
            let settings = try MailSettings(runtime.host.configuration)
            let transport = try runtime.host.resolve(MailTransports.point, context: context)
            let tally = try await Mailer(pool: runtime.pool, transport: transport, settings: settings, logger: logger).drain()
            print("Sent \(tally.sent), deferred \(tally.retrying), failed \(tally.failed), ambiguous \(tally.ambiguous).")
            if let maildir = transport as? MaildirTransport { print("Maildir folder: \(maildir.directory)") }
        }
    }
}
