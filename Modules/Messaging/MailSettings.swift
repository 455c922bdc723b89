import Configuration
import Foundation
import Mail
import PluginKit
import SMTP

/// The mailer's configuration, read and checked once: sender, maildir, pacing, retries and
/// the SMTP server. Every key is also settable as `NAME_FILE` (container secrets). The MAIL_*
/// keys a plugin reads for its own messages (CarerEngagement's reply links, say) are the plugin's.
public struct MailSettings: Sendable {
    /// Configuration keys in dotted form; `mail.reply.key` is `MAIL_REPLY_KEY`.
    public enum Key {
        public static let transport = "mail.transport"
        public static let maildir = "mail.maildir"
        public static let rehearsalMaildir = "mail.rehearsal.maildir"
        public static let from = "mail.from"
        public static let fromName = "mail.from.name"
        public static let replyTo = "mail.reply.to"
        public static let ratePerMinute = "mail.rate.per.minute"
        public static let leaseSeconds = "mail.lease.seconds"
        public static let maxAttempts = "mail.max.attempts"
        public static let retrySeconds = "mail.retry.seconds"
        public static let smtpHost = "smtp.host"
        public static let smtpPort = "smtp.port"
        public static let smtpSecurity = "smtp.security"
        public static let smtpCAFile = "smtp.ca.file"
        public static let smtpUsername = "smtp.username"
        public static let smtpPassword = "smtp.password"
        public static let smtpAuth = "smtp.auth"
        public static let smtpTimeoutSeconds = "smtp.timeout.seconds"
        public static let smtpHelo = "smtp.helo"

        /// Every key the Messaging module reads.
        public static let all = [
            transport, maildir, rehearsalMaildir, from, fromName, replyTo, ratePerMinute, leaseSeconds, maxAttempts,
            retrySeconds, smtpHost, smtpPort, smtpSecurity, smtpCAFile, smtpUsername, smtpPassword,
            smtpAuth, smtpTimeoutSeconds, smtpHelo
        ]
    }

    /// The sender of every message.
    public var from: MailAddress
    /// Where replies to the message go, if set.
    public var replyTo: MailAddress?
    /// The folder the maildir transport writes to.
    public var maildir: String
    /// The folder every rehearsal's message is written to, whatever the transport.
    public var rehearsalMaildir: String
    /// Most messages handed to the transport per minute.
    public var ratePerMinute: Int
    /// How long a claimed message stays leased to one mailer.
    public var leaseSeconds: Int
    /// Attempts before a message deferred again and again is failed.
    public var maxAttempts: Int
    /// The first retry's delay; each further retry waits twice as long (at most an hour).
    public var retrySeconds: Int
    /// The SMTP server, when SMTP_HOST is set.
    public var smtp: SMTPConfiguration?

    /// Reads and checks the settings.
    /// - Throws: `PluginConfigurationError` naming the key at fault.
    public init(_ configuration: ConfigReader) throws {
        func text(_ key: String, secret: Bool = false) -> String? {
            configuration.string(forKey: ConfigKey(key), isSecret: secret).flatMap { $0.isEmpty ? nil : $0 }
        }
        func number(_ key: String, _ fallback: Int, _ range: ClosedRange<Int>) throws -> Int {
            guard let value = text(key) else { return fallback }
            guard let number = Int(value), range.contains(number) else {
                throw PluginConfigurationError(key: key, message: "must be a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            return number
        }
        func address(_ key: String) throws -> String? {
            guard let value = text(key) else { return nil }
            guard MailAddress.isValid(value) else { throw PluginConfigurationError(key: key, message: "is not an email address") }
            return value
        }
        from = MailAddress(try address(Key.from) ?? "fostering@example.org", displayName: text(Key.fromName) ?? "Fostering service")
        replyTo = try address(Key.replyTo).map { MailAddress($0) }
        maildir = text(Key.maildir) ?? ".data/maildir"
        rehearsalMaildir = text(Key.rehearsalMaildir) ?? ".data/rehearsal-maildir"
        ratePerMinute = try number(Key.ratePerMinute, 600, 1...1_000_000)
        leaseSeconds = try number(Key.leaseSeconds, 120, 2...86_400)
        maxAttempts = try number(Key.maxAttempts, 8, 1...100)
        retrySeconds = try number(Key.retrySeconds, 30, 0...86_400)
        smtp = try Self.smtp(text: text, number: number)
        // A mailer still waiting for a reply must not lose its claim to another mailer.
        if let smtp, leaseSeconds <= Int(smtp.replyTimeout.components.seconds) {
            throw PluginConfigurationError(
                key: Key.leaseSeconds,
                message:
                    "must be longer than SMTP_TIMEOUT_SECONDS (\(smtp.replyTimeout.components.seconds)): a message still waiting for the server's reply would be claimed by another mailer"
            )
        }
    }

    private static func smtp(text: (String, Bool) -> String?, number: (String, Int, ClosedRange<Int>) throws -> Int) throws -> SMTPConfiguration? {
        guard let host = text(Key.smtpHost, false) else { return nil }
        guard let security = SMTPConfiguration.Security(rawValue: text(Key.smtpSecurity, false) ?? "starttls") else {
            throw PluginConfigurationError(key: Key.smtpSecurity, message: "must be starttls (the default) or none")
        }
        // Without TLS, the password and every carer's address would cross the network in clear.
        if security == .none && !PublicURL.isLoopback(host) {
            throw PluginConfigurationError(key: Key.smtpSecurity, message: "none is only allowed for a loopback SMTP_HOST (127.0.0.1, localhost); use starttls")
        }
        guard let mechanism = SMTPConfiguration.AuthMechanism(rawValue: (text(Key.smtpAuth, false) ?? "plain").lowercased()) else {
            throw PluginConfigurationError(key: Key.smtpAuth, message: "must be plain or login")
        }
        if let caFile = text(Key.smtpCAFile, false), !FileManager.default.isReadableFile(atPath: caFile) {
            throw PluginConfigurationError(key: Key.smtpCAFile, message: "names a file that does not exist or cannot be read")
        }
        let username = text(Key.smtpUsername, false)
        let password = text(Key.smtpPassword, true)
        if (username == nil) != (password == nil) {
            throw PluginConfigurationError(key: Key.smtpPassword, message: "SMTP_USERNAME and SMTP_PASSWORD go together: set both or neither")
        }
        let timeout = try number(Key.smtpTimeoutSeconds, 60, 1...3600)
        return SMTPConfiguration(
            host: host, port: try number(Key.smtpPort, 587, 1...65_535), security: security, caFile: text(Key.smtpCAFile, false),
            credentials: username.map { ($0, password!) }, authMechanism: mechanism,
            heloName: text(Key.smtpHelo, false) ?? ProcessInfo.processInfo.hostName,
            connectTimeout: .seconds(min(timeout, 30)), replyTimeout: .seconds(timeout))
    }
}
