import ArgumentParser
import PluginKit
import Postgres

/// Reporting: inspection records, the next window, the notification call with its timeline
/// and checklist, and the readiness report, from the kernel's Annex A store.
public struct ReportingPlugin: Plugin {
    public let name = ReportingPlugin.pluginName
    public let summary = "Inspection records, window, notification timeline and checklist; readiness indicators and reports (HTML, JSON, CSV)."
    /// Snapshots come from the AnnexA plugin's imports.
    public let dependencies = ["AnnexA"]
    public let migrations = ReportingSchema.migrations
    /// Which authority this is: its peers, and the national record's rows that are its history
    /// (`REPORTING_AUTHORITY_NAME` is the deprecated way to say it).
    public let configurationKeys = [ConfiguredAuthority.configurationKey, AuthorityName.legacyKey]
    public let adminCommands: [any ParsableCommand.Type] = [InspectionCommand.self, ReportCommand.self, RehearsalCommand.self]
    public let extensions = [
        ExtensionImplementation(ReportSections.point, name: "inspection", summary: "the last inspections, the window, the timeline and checklist") { context in
            InspectionSection(checklistItems: try context.host.implementations(of: ChecklistItems.point, context: context))
        },
        ExtensionImplementation(ChecklistItems.point, name: "attachments", summary: "audits and performance information attached") { _ in
            AttachmentsChecklistItem()
        },
        ExtensionImplementation(ReportSections.point, name: "indicators", summary: "readiness indicators under the key lines of enquiry") { _ in
            IndicatorsSection()
        },
        ExtensionImplementation(
            SummaryFindings.point, name: "snapshot-findings", summary: "Annex A indicators missing the authority's target or worse than the previous snapshot"
        ) { _ in
            SnapshotFindings()
        },
        ExtensionImplementation(ReportSections.point, name: "peers", summary: "the statistical neighbours' latest inspections beside the authority's own") {
            context in
            PeersSection(
                configuration: context.configuration, sources: try context.host.implementations(of: StatisticalNeighbours.point, context: context))
        }
    ]

    /// The plugin's name, as `ILACS_PLUGINS` and its commands refer to it.
    static let pluginName = "Reporting"

    public init() {}
}
