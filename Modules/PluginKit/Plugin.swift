import ArgumentParser
import Configuration
import Postgres

/// A feature that an app links in and enables at startup from configuration.
///
/// A plugin says what it contributes; the host decides what to run. Every requirement except
/// `name` and `summary` has an empty default, so a plugin implements only what it offers.
public protocol Plugin: Sendable {
    /// The stable name used in `ILACS_PLUGINS` and as the owner of its migrations (`AnnexA`).
    var name: String { get }
    /// One line on what it does, shown by `ilacs-admin plugins`.
    var summary: String { get }
    /// The names of the plugins it needs enabled beside it (`["AnnexA"]` for a plugin that reads
    /// imported snapshots). The host refuses to start without them and runs their migrations first.
    var dependencies: [String] { get }
    /// The configuration keys it reads, in dotted form (`mail.transport` is `MAIL_TRANSPORT`).
    var configurationKeys: [String] { get }
    /// Its schema changes, in order.
    var migrations: [Migration] { get }
    /// Subcommands it adds to `ilacs-admin`.
    var adminCommands: [any ParsableCommand.Type] { get }
    /// Named implementations it offers for extension points (a mail transport, a report section).
    var extensions: [ExtensionImplementation] { get }
    /// Checks its configuration at startup.
    /// - Throws: `PluginConfigurationError` saying which key is wrong and what is expected.
    func validate(_ configuration: ConfigReader) throws
    /// HTTP routes it serves in apps that run a web server.
    var routes: [HTTPRoute] { get }
    /// Long-running services it runs in apps that run services (e.g. a mailer loop).
    var backgroundServices: [BackgroundService] { get }
}

extension Plugin {
    public var dependencies: [String] { [] }
    public var configurationKeys: [String] { [] }
    public var migrations: [Migration] { [] }
    public var adminCommands: [any ParsableCommand.Type] { [] }
    public var extensions: [ExtensionImplementation] { [] }
    public func validate(_ configuration: ConfigReader) throws {}
    public var routes: [HTTPRoute] { [] }
    public var backgroundServices: [BackgroundService] { [] }
}

/// A plugin's configuration is wrong: the message names the key and what is expected.
public struct PluginConfigurationError: Error, Sendable, CustomStringConvertible {
    /// The configuration key at fault, dotted (`mail.transport`).
    public var key: String
    /// What is wrong and what to do.
    public var message: String

    /// Creates the error.
    public init(key: String, message: String) {
        self.key = key
        self.message = message
    }

    public var description: String { "\(EnvironmentName.of(key)): \(message)" }
}

/// Maps dotted configuration keys to the environment variables that set them.
public enum EnvironmentName {
    /// `mail.transport` -> `MAIL_TRANSPORT`, the name an operator sets.
    public static func of(_ key: String) -> String {
        key.uppercased().map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
    }
}
