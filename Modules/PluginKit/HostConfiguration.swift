import Configuration
import Foundation

/// Reads the app's configuration: environment variables, then an optional config file.
///
/// The file named by `ILACS_CONFIG_FILE` holds `KEY=value` lines (the same names as the
/// environment variables); a variable set in the environment wins over the file. For each key
/// the kernel or a linked plugin reads, a variable `NAME_FILE` whose `NAME` is unset supplies
/// `NAME` from that file's contents, trailing newline removed, as container secrets do
/// (`DATABASE_URL_FILE=/run/secrets/database_url`).
public enum HostConfiguration {
    /// The environment variable naming the optional config file.
    public static let fileVariable = "ILACS_CONFIG_FILE"

    /// Configuration keys the kernel itself reads.
    public static let kernelKeys = [
        Database.urlKey, Database.poolSizeKey, PluginHost.pluginsKey, AuditChildKey.configurationKey, ConfiguredAuthority.configurationKey
    ]

    /// Builds the configuration reader from `environment`.
    /// - Parameter keys: the dotted keys that may be given as `*_FILE` secrets; by default the
    ///   kernel's and every registered plugin's.
    /// - Throws: `StartupError` when the config file or a `*_FILE` secret cannot be read.
    public static func load(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        keys: [String] = kernelKeys + PluginCatalogue.plugins.flatMap(\.configurationKeys)
    ) async throws -> ConfigReader {
        let resolved = try withSecretsFromFiles(environment, names: Set(keys.map(EnvironmentName.of)))
        var providers: [any ConfigProvider] = [EnvironmentVariablesProvider(environmentVariables: resolved)]
        if let path = resolved[fileVariable], !path.isEmpty {
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw StartupError("\(fileVariable) names \(path), which does not exist or cannot be read")
            }
            do {
                providers.append(try await EnvironmentVariablesProvider(environmentFilePath: .init(path)))
            } catch {
                throw StartupError("cannot read the config file \(path) named by \(fileVariable): \(error)")
            }
        }
        return ConfigReader(providers: providers)
    }

    /// Adds `NAME` for each of `names` that is unset while `NAME_FILE` is set, from that file.
    static func withSecretsFromFiles(_ environment: [String: String], names: Set<String>) throws -> [String: String] {
        var resolved = environment
        for target in names where resolved[target] == nil {
            let name = target + "_FILE"
            guard let path = environment[name] else { continue }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw StartupError("\(name) names \(path), which does not exist or cannot be read")
            }
            var value = String(decoding: data, as: UTF8.self)
            while value.hasSuffix("\n") || value.hasSuffix("\r") { value.removeLast() }
            resolved[target] = value
        }
        return resolved
    }
}
