import ServiceLifecycle

/// A long-running service a plugin runs in apps that run services (a mailer loop, say), made
/// by the host once configuration and the database are ready.
public struct BackgroundService: Sendable {
    /// Its name, shown by `ilacs-admin plugins` and in logs.
    public let name: String
    /// One line on what it does.
    public let summary: String
    /// Makes the service; it is run in the app's `ServiceGroup` and stops on SIGTERM.
    public let make: @Sendable (PluginContext) throws -> any Service

    /// Declares a service.
    public init(name: String, summary: String, make: @escaping @Sendable (PluginContext) throws -> any Service) {
        self.name = name
        self.summary = summary
        self.make = make
    }
}
