import Synchronization

/// The plugins linked into the running app, registered once by its entry point.
///
/// Swift on Linux has no safe runtime discovery of types, so each app lists its plugins
/// explicitly and registers them here before parsing its command line; subcommands that plugins
/// contribute read the catalogue when they start the runtime.
public enum PluginCatalogue {
    private static let registered = Mutex<[any Plugin]>([])

    /// Registers the app's plugins, replacing any registered before.
    public static func register(_ plugins: [any Plugin]) {
        registered.withLock { $0 = plugins }
    }

    /// The registered plugins, in the app's order.
    public static var plugins: [any Plugin] {
        registered.withLock { $0 }
    }
}
