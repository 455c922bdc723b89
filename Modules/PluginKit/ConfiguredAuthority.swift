import Authorities
import Configuration

/// The authority this installation serves, named by `ILACS_AUTHORITY` (its three-digit old LA
/// code, e.g. `891`), resolved to its name, new code and region through ``Authority``.
///
/// Any plugin that compares the authority with others, or prints its name, reads it here.
public enum ConfiguredAuthority {
    /// The configuration key (`ILACS_AUTHORITY`).
    public static let configurationKey = "ilacs.authority"

    /// The configured authority, or nil when `ILACS_AUTHORITY` is unset or blank.
    /// - Throws: `StartupError` when the code is not an English authority's, saying how to find it.
    public static func read(from configuration: ConfigReader) throws -> Authority? {
        guard let code = configuration.string(forKey: ConfigKey(configurationKey)), !code.isEmpty else { return nil }
        do {
            return try Authority.named(code)
        } catch {
            throw StartupError("\(EnvironmentName.of(configurationKey)): \(error)")
        }
    }

    /// The configured authority, which `purpose` (e.g. "comparing with published statistics") needs.
    /// - Throws: `StartupError` when `ILACS_AUTHORITY` is unset or unknown.
    public static func require(from configuration: ConfigReader, for purpose: String) throws -> Authority {
        guard let authority = try read(from: configuration) else {
            throw StartupError(
                "\(EnvironmentName.of(configurationKey)) is not set, and \(purpose) needs it: set it to the authority's three-digit old LA code (ILACS_AUTHORITY=891 for Nottinghamshire; `ilacs-admin authorities` lists them)"
            )
        }
        return authority
    }
}
