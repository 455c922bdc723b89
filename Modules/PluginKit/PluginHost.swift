import Configuration
import Foundation
import Postgres

/// Decides which linked plugins run, from configuration, and resolves their extension points.
///
/// `ILACS_PLUGINS` (comma-separated names, in any order) enables plugins; when it is unset every
/// linked plugin is enabled. An unknown name, a plugin whose dependencies are not enabled, or an
/// invalid plugin configuration stops startup, before any migration, with one message that
/// names what is known or what to add.
public struct PluginHost: Sendable {
    /// Every plugin linked into the app, in catalogue order.
    public let linked: [any Plugin]
    /// The plugins enabled by configuration, each after the plugins it depends on, otherwise in
    /// catalogue order.
    public let enabled: [any Plugin]
    /// The configuration they were enabled with.
    public let configuration: ConfigReader

    /// The configuration key listing the plugins to enable.
    public static let pluginsKey = "ilacs.plugins"

    /// Enables plugins from configuration and validates each one's configuration.
    /// - Throws: `StartupError` for an unknown plugin name or an invalid configuration.
    public init(linked: [any Plugin], configuration: ConfigReader) throws {
        let names = linked.map(\.name)
        precondition(Set(names).count == names.count, "two linked plugins share a name: \(names)")
        self.linked = linked
        self.configuration = configuration
        if let list = configuration.string(forKey: ConfigKey(Self.pluginsKey)) {
            let wanted = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let known = Set(names)
            if let unknown = wanted.first(where: { !known.contains($0) }) {
                throw StartupError(
                    "unknown plugin '\(unknown)' in ILACS_PLUGINS; known plugins: "
                        + (names.isEmpty ? "(none linked)" : names.joined(separator: ", ")))
            }
            enabled = try Self.dependencyOrder(linked.filter { wanted.contains($0.name) }, linked: names)
        } else {
            enabled = try Self.dependencyOrder(linked, linked: names)
        }
        for plugin in enabled {
            do {
                try plugin.validate(configuration)
            } catch {
                throw StartupError("plugin \(plugin.name) is misconfigured: \(error)")
            }
        }
    }

    /// `plugins` ordered so that each comes after those it depends on, otherwise as given.
    /// - Throws: `StartupError` naming the first plugin whose dependency is not enabled (and
    ///   whether this app links it at all), or a dependency cycle.
    static func dependencyOrder(_ plugins: [any Plugin], linked: [String]) throws -> [any Plugin] {
        let names = plugins.map(\.name)
        for plugin in plugins {
            guard let missing = plugin.dependencies.first(where: { !names.contains($0) }) else { continue }
            guard linked.contains(missing) else {
                throw StartupError("plugin \(plugin.name) needs plugin \(missing), which this app does not link; disable \(plugin.name)")
            }
            let needed = plugin.dependencies.filter { !names.contains($0) }
            throw StartupError(
                "plugin \(plugin.name) needs plugin \(needed.joined(separator: ", ")); add it to ILACS_PLUGINS (now: \(names.joined(separator: ",")))")
        }
        var ordered: [any Plugin] = []
        var placed: Set<String> = []
        while ordered.count < plugins.count {
            // The first plugin, in the order given, whose dependencies are all placed.
            guard let next = plugins.first(where: { !placed.contains($0.name) && $0.dependencies.allSatisfy(placed.contains) }) else {
                let left = plugins.filter { !placed.contains($0.name) }.map(\.name)
                throw StartupError("plugins \(left.joined(separator: ", ")) depend on each other in a cycle; this build is broken")
            }
            ordered.append(next)
            placed.insert(next.name)
        }
        return ordered
    }

    /// The kernel's migrations followed by every enabled plugin's, in the order they must run.
    public var migrations: [Migration] {
        KernelMigrations.all + enabled.flatMap(\.migrations)
    }

    /// True when the plugin called `name` is enabled.
    public func isEnabled(_ name: String) -> Bool {
        enabled.contains { $0.name == name }
    }

    /// The implementation of `point` that configuration selects (or the point's default).
    /// - Throws: `StartupError` naming the implementations known when the name is unknown.
    public func resolve<Implementation>(_ point: ExtensionPoint<Implementation>, context: PluginContext) throws -> Implementation {
        let candidates = enabled.flatMap(\.extensions).filter { $0.point == point.name }
        let selected = point.selectorKey.flatMap { configuration.string(forKey: ConfigKey($0)) } ?? point.defaultImplementation
        let known = candidates.map(\.name).joined(separator: ", ")
        guard let selected else {
            throw StartupError("no implementation chosen for \(point.name); known implementations: \(known)")
        }
        guard let implementation = candidates.first(where: { $0.name == selected }) else {
            let setting = point.selectorKey.map { EnvironmentName.of($0) } ?? point.name
            throw StartupError("unknown \(point.name) '\(selected)' in \(setting); known: " + (known.isEmpty ? "(none enabled)" : known))
        }
        return try implementation.make(context) as! Implementation
    }

    /// Every enabled implementation of `point`, in catalogue order (e.g. all report sections).
    public func implementations<Implementation>(of point: ExtensionPoint<Implementation>, context: PluginContext) throws -> [Implementation] {
        try enabled.flatMap(\.extensions).filter { $0.point == point.name }.map { try $0.make(context) as! Implementation }
    }
}

/// Startup could not go on: one line saying what is wrong and what to do.
public struct StartupError: Error, Sendable, CustomStringConvertible {
    /// The message shown to the operator.
    public let message: String

    /// Creates the error with its one-line message.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
