import ArgumentParser
import PluginKit
import Postgres
import WorkforceRegister

/// The week on site: one conversation per practitioner covering all of their sampled children,
/// and the foster carers' group sessions, for an inspection. It reads the sample through
/// ``SampledCase/point``, the carers' sessions through ``GroupSession/point`` and staff from the
/// kernel's workforce register; it reads no other plugin's tables.
public struct InspectionWeekPlugin: Plugin {
    public let name = InspectionWeekPlugin.pluginName
    public let summary = "Plan the week on site: conversations with each sampled child's practitioner and the foster carers' group sessions."
    public let migrations = InspectionWeekSchema.migrations
    public let adminCommands: [any ParsableCommand.Type] = [WeekCommand.self]
    /// The inspectors' own week and briefings, served by `ilacs-sampler serve`.
    public let routes = WeekWeb.routes
    public let extensions = [
        ExtensionImplementation(ReportSections.point, name: "week-on-site", summary: "conversations by inspector and day, children covered and not met") {
            context in
            WeekSection(register: WorkforceRegister(pool: context.pool), caseReaders: try context.host.implementations(of: SampledCase.point, context: context))
        },
        ExtensionImplementation(Rehearsals.point, name: "week-rehearsal", summary: "the week on site of a rehearsal") { _ in WeekRehearsalRecords.records }
    ]

    /// The plugin's name, as `ILACS_PLUGINS` and its commands refer to it.
    static let pluginName = "InspectionWeek"

    public init() {}
}
