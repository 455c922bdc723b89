import Configuration
import Messaging
import PluginKit

/// What the carer-engagement plugin reads besides the mailer's settings: where the reply pages
/// are reached, the key that signs their links, and the authority's name for templates. The
/// keys keep their MAIL_* names, as deployments set them.
public struct CarerSettings: Sendable {
    /// Configuration keys in dotted form; `mail.reply.key` is `MAIL_REPLY_KEY`.
    public enum Key {
        public static let publicURL = "mail.public.url"
        public static let replyKey = "mail.reply.key"
        public static let authority = "mail.authority"

        static let all = [publicURL, replyKey, authority]
    }

    /// The Messaging module's settings (the sender, for the unsubscribe address).
    public var mail: MailSettings
    /// The address the reply and unsubscribe pages are reached at, without a trailing slash.
    public var publicURL: String
    /// The HMAC key for reply and unsubscribe tokens, when set (32+ characters).
    public var replyKey: String?
    /// The authority's name, for templates.
    public var authority: String

    /// Reads and checks the settings.
    /// - Throws: `PluginConfigurationError` naming the key at fault.
    public init(_ configuration: ConfigReader) throws {
        func text(_ key: String, secret: Bool = false) -> String? {
            configuration.string(forKey: ConfigKey(key), isSecret: secret).flatMap { $0.isEmpty ? nil : $0 }
        }
        mail = try MailSettings(configuration)
        publicURL = try PublicURL.validated(text(Key.publicURL) ?? "http://127.0.0.1:8081", key: Key.publicURL)
        replyKey = text(Key.replyKey, secret: true)
        if let replyKey, replyKey.utf8.count < 32 {
            throw PluginConfigurationError(key: Key.replyKey, message: "must be at least 32 characters; e.g. `openssl rand -hex 32`")
        }
        authority = text(Key.authority) ?? "the fostering service"
    }

    /// The reply key, or an error saying how to set it.
    public func requireReplyKey() throws -> String {
        guard let replyKey else {
            throw CarerError("MAIL_REPLY_KEY is not set (or MAIL_REPLY_KEY_FILE): it signs the reply and unsubscribe links; e.g. `openssl rand -hex 32`")
        }
        return replyKey
    }
}
