import Configuration

/// How a person's one-time sign-in link is made and shown, for every plugin's pages served by
/// `ilacs-sampler`: the sampler's public address (`SAMPLER_PUBLIC_URL`) and how long a link
/// works (`SIGN_IN_LINK_HOURS`).
public struct SignInLink: Sendable {
    /// The configuration key for the sampler's address as people reach it (`SAMPLER_PUBLIC_URL`).
    public static let publicURLKey = "sampler.public.url"
    /// The longest a link may be made to work: a link is for today or tomorrow, never a week.
    public static let maximumHours = 72

    /// Where `ilacs-sampler serve` answers, as people reach it.
    public let base: String
    /// How long a new link works.
    public let hours: Int

    /// Reads both settings.
    /// - Throws: `PluginConfigurationError` when the address is not https (or http on a loopback
    ///   address), or the hours are not a whole number from 1 to 72.
    public init(_ configuration: ConfigReader) throws {
        base = try PublicURL.validated(
            configuration.string(forKey: ConfigKey(Self.publicURLKey)) ?? "http://127.0.0.1:8080", key: Self.publicURLKey)
        hours = configuration.int(forKey: ConfigKey(PersonAccess.linkHoursKey), default: PersonAccess.defaultLinkHours)
        guard (1...Self.maximumHours).contains(hours) else {
            throw PluginConfigurationError(
                key: PersonAccess.linkHoursKey, message: "must be a whole number of hours from 1 to \(Self.maximumHours), not \(hours)")
        }
    }

    /// The address of `token`'s link on the sign-in page at `path` (`/sign-in`, `/audits/sign-in`).
    public func url(_ token: String, path: String = "/sign-in") -> String {
        "\(base)\(path)?token=\(token)"
    }

    /// The lines that hand `token`'s link (on the sign-in page at `path`) to the coordinator.
    public func text(_ token: String, path: String = "/sign-in") -> String {
        """
        One-time sign-in link (shown once, not stored; it works for \(hours) hours):
        \(url(token, path: path))
        """
    }
}
