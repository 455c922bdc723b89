import Mail
import PluginKit

/// Delivers messages: SMTP to a server, or files into a maildir folder. Chosen by
/// `MAIL_TRANSPORT` through the `mail.transport` extension point.
public protocol MailTransport: Sendable {
    /// Opens a session through which several messages can be delivered in turn.
    func openSession() async throws -> any MailSession
}

/// One open delivery session (an SMTP connection, say). Used by one task at a time.
public protocol MailSession: Sendable {
    /// Delivers `message` to `message.to`, calling `beforeCommit` right before the step after
    /// which the message may have been accepted (SMTP's final dot, the maildir rename).
    /// - Returns: the server's acceptance, as recorded against the message.
    /// - Throws: `DeliveryError` saying whether to retry, fail, or hold as ambiguous;
    ///   whatever `beforeCommit` throws, with the message not delivered.
    func deliver(_ message: MailMessage, beforeCommit: @Sendable () async throws -> Void) async throws -> String
    /// Ends the session.
    func close() async
}

/// Why a delivery failed, and what to do about it.
public struct DeliveryError: Error, Sendable, CustomStringConvertible {
    /// What the outbox does next.
    public enum Outcome: Sendable {
        /// Try again later (connection errors, 4xx replies).
        case retry
        /// Never retry (5xx replies); the reply is recorded.
        case permanent
        /// The message may have been accepted: hold it for a person.
        case ambiguous
        /// The transport cannot work at all (e.g. TLS required but not offered): stop and say so.
        case fatal
    }

    /// What to do.
    public let outcome: Outcome
    /// What happened, recorded against the message; no personal data.
    public let description: String

    /// Creates the error.
    public init(_ outcome: Outcome, _ description: String) {
        self.outcome = outcome
        self.description = description
    }
}

/// The extension point the transports plug into.
public enum MailTransports {
    /// `mail.transport`, selected by `MAIL_TRANSPORT`; the default is `maildir`.
    public static let point = ExtensionPoint<any MailTransport>(
        name: "mail.transport", selectorKey: MailSettings.Key.transport, defaultImplementation: "maildir")
}
