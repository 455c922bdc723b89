import ArgumentParser
import PluginKit
import Postgres

/// The week on site: one conversation per practitioner covering all of their sampled children,
/// and the foster carers' group sessions, for an inspection. It reads the sample through
/// ``SampledCase/point``, the carers' sessions through ``GroupSession/point`` and staff from the
/// kernel's workforce register; it reads no other plugin's tables.
public struct InspectionWeekPlugin: Plugin {
    public let name = InspectionWeekPlugin.pluginName
    public let summary = "Plan the week on site: conversations with each sampled child's practitioner and the foster carers' group sessions."
    public let migrations = InspectionWeekSchema.migrations
    public let adminCommands: [any ParsableCommand.Type] = [WeekCommand.self]
    public let extensions = [
        ExtensionImplementation(Rehearsals.point, name: "week-rehearsal", summary: "the week on site of a rehearsal") { _ in WeekRehearsalRecords.records }
    ]

    /// The plugin's name, as `ILACS_PLUGINS` and its commands refer to it.
    static let pluginName = "InspectionWeek"

    public init() {}
}
