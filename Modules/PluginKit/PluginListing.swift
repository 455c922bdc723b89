/// The text `ilacs-admin plugins` prints: every linked plugin, whether it is enabled, and what
/// it contributes.
public struct PluginListing: Sendable {
    /// The host whose plugins are listed.
    public let host: PluginHost

    /// Creates the listing.
    public init(host: PluginHost) {
        self.host = host
    }

    /// The listing as plain text, one block per plugin.
    public var text: String {
        guard !host.linked.isEmpty else { return "No plugins are linked into this app (kernel only)." }
        var lines: [String] = []
        for plugin in host.linked {
            let enabled = host.isEnabled(plugin.name)
            lines.append("\(plugin.name) [\(enabled ? "enabled" : "disabled")]: \(plugin.summary)")
            if !plugin.dependencies.isEmpty {
                lines.append("  needs: " + plugin.dependencies.joined(separator: ", "))
            }
            if !plugin.migrations.isEmpty {
                lines.append("  migrations: " + plugin.migrations.map(\.id).joined(separator: ", "))
            }
            if !plugin.adminCommands.isEmpty {
                lines.append("  admin commands: " + plugin.adminCommands.map { $0.configuration.commandName ?? "\($0)" }.joined(separator: ", "))
            }
            if !plugin.routes.isEmpty {
                lines.append("  HTTP routes: " + plugin.routes.map { "\($0.method) \($0.path)" }.joined(separator: ", "))
            }
            if !plugin.backgroundServices.isEmpty {
                lines.append("  services: " + plugin.backgroundServices.map(\.name).joined(separator: ", "))
            }
            if !plugin.extensions.isEmpty {
                lines.append("  provides: " + plugin.extensions.map { "\($0.point)=\($0.name)" }.joined(separator: ", "))
            }
            if !plugin.configurationKeys.isEmpty {
                lines.append("  reads: " + plugin.configurationKeys.map(EnvironmentName.of).joined(separator: ", "))
            }
        }
        return lines.joined(separator: "\n")
    }
}
