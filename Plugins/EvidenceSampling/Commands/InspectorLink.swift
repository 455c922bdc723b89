import Configuration
import PluginKit

/// How an inspector's one-time sign-in link is made and shown: the sampler's public address
/// (`SAMPLER_PUBLIC_URL`) and how long a link works (`SIGN_IN_LINK_HOURS`).
struct InspectorLink {
    /// The longest a link may be made to work: a link is for today or tomorrow, never a week.
    static let maximumHours = 72

    /// Where `ilacs-sampler serve` answers, as inspectors reach it.
    let base: String
    /// How long a new link works.
    let hours: Int

    /// Reads both settings.
    /// - Throws: `PluginConfigurationError` when the address is not https (or http on a loopback
    ///   address), or the hours are not a whole number from 1 to 72.
    init(_ configuration: ConfigReader) throws {
        base = try PublicURL.validated(
            configuration.string(forKey: ConfigKey(InspectorsCommand.publicURLKey)) ?? "http://127.0.0.1:8080", key: InspectorsCommand.publicURLKey)
        hours = configuration.int(forKey: ConfigKey(PersonAccess.linkHoursKey), default: PersonAccess.defaultLinkHours)
        guard (1...Self.maximumHours).contains(hours) else {
            throw PluginConfigurationError(
                key: PersonAccess.linkHoursKey, message: "must be a whole number of hours from 1 to \(Self.maximumHours), not \(hours)")
        }
    }

    /// The lines that hand `token`'s link to the coordinator.
    func text(_ token: String) -> String {
        """
        One-time sign-in link (shown once, not stored; it works for \(hours) hours):
        \(base)/sign-in?token=\(token)
        """
    }
}
