import ArgumentParser
import PluginKit
import Postgres

/// Reporting: inspection records, the next window, the notification call with its timeline
/// and checklist, and the readiness report. Needs the AnnexA plugin, whose snapshots it reads.
public struct ReportingPlugin: Plugin {
    public let name = ReportingPlugin.pluginName
    public let summary = "Inspection records, window, notification timeline and checklist; readiness indicators and reports (HTML, JSON, CSV)."
    public let migrations = ReportingSchema.migrations
    public let adminCommands: [any ParsableCommand.Type] = [InspectionCommand.self]

    /// The plugin's name, as `ILACS_PLUGINS` and its commands refer to it.
    static let pluginName = "Reporting"

    public init() {}
}
