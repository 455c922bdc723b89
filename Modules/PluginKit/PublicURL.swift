import Foundation

/// Addresses the apps put into links (`MAIL_PUBLIC_URL`, `SAMPLER_PUBLIC_URL`) and hosts they
/// talk to without TLS: https, or a loopback address for local use only.
public enum PublicURL {
    /// `url` without trailing slashes, when it is https, or http on a loopback address.
    /// - Throws: `PluginConfigurationError` on `key` otherwise: RFC 8058's one-click unsubscribe
    ///   needs an https URI, and session cookies are `Secure`.
    public static func validated(_ url: String, key: String) throws -> String {
        var url = url
        while url.hasSuffix("/") { url.removeLast() }
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(), let host = components.host, !host.isEmpty else {
            throw PluginConfigurationError(key: key, message: "is not a URL; give the address people reach, such as https://sampler.example.gov.uk")
        }
        guard scheme == "https" || (scheme == "http" && isLoopback(host)) else {
            throw PluginConfigurationError(
                key: key, message: "must be an https:// address (http:// only on a loopback address such as 127.0.0.1, for local use)")
        }
        return url
    }

    /// True for `localhost`, 127.0.0.0/8 and `::1` (bracketed or not).
    public static func isLoopback(_ host: String) -> Bool {
        let host = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if host == "localhost" || host == "::1" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { part in UInt8(part) != nil }
    }
}
