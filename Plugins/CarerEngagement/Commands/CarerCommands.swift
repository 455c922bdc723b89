import PluginKit

/// Helpers the carer-engagement commands share.
enum CarerCommands {
    /// Starts the runtime with this plugin enabled, runs `body` with it and the mail settings, and shuts down.
    static func run<T>(_ body: (AdminRuntime, CarerSettings) async throws -> T) async throws -> T {
        try await AdminRuntime.run(for: CarerEngagementPlugin.pluginName) { runtime in
            try await body(runtime, try CarerSettings(runtime.host.configuration))
        }
    }
}
