/// A place where plugins can plug in implementations of `Implementation`, such as the mail
/// transport or the sections of a readiness report.
///
/// When `selectorKey` is set, configuration chooses one implementation by name
/// (`mail.transport = smtp`); otherwise every enabled implementation is used.
public struct ExtensionPoint<Implementation>: Sendable {
    /// The point's name, e.g. `mail.transport`.
    public let name: String
    /// The configuration key that names the implementation to use, if only one is used.
    public let selectorKey: String?
    /// The implementation used when the selector key is not set.
    public let defaultImplementation: String?

    /// Declares an extension point.
    public init(name: String, selectorKey: String? = nil, defaultImplementation: String? = nil) {
        self.name = name
        self.selectorKey = selectorKey
        self.defaultImplementation = defaultImplementation
    }
}

/// A named implementation of an extension point, made on demand by the host.
public struct ExtensionImplementation: Sendable {
    /// The extension point's name.
    public let point: String
    /// This implementation's name, as configuration selects it (`smtp`).
    public let name: String
    /// One line on what it does.
    public let summary: String
    let make: @Sendable (PluginContext) throws -> any Sendable

    /// Offers `make` as the implementation called `name` of `point`.
    public init<Implementation: Sendable>(
        _ point: ExtensionPoint<Implementation>,
        name: String,
        summary: String,
        make: @escaping @Sendable (PluginContext) throws -> Implementation
    ) {
        self.point = point.name
        self.name = name
        self.summary = summary
        self.make = { context in try make(context) }
    }
}
