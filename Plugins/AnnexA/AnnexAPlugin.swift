import ArgumentParser
import PluginKit
import Postgres

/// Annex A: imports and exports the eleven child-level lists, validates them, keeps each import
/// as a snapshot and checks data quality across lists; imports the local lists of children
/// kept beside the snapshots.
public struct AnnexAPlugin: Plugin {
    public let name = AnnexAPlugin.pluginName
    public let summary = "Import, validate and export the Annex A child-level lists as snapshots, with data-quality checks."
    public let migrations = AnnexASchema.migrations
    public let adminCommands: [any ParsableCommand.Type] = [
        ImportCommand.self, ExportCommand.self, SnapshotsCommand.self, QualityCommand.self, LocalListCommand.self
    ]
    public let extensions = [
        ExtensionImplementation(ReportSections.point, name: "data-quality", summary: "the snapshot's data-quality findings") { _ in
            DataQualitySection()
        },
        ExtensionImplementation(ChecklistItems.point, name: "annex-a-fresh", summary: "the latest lists imported and fresh enough") { _ in
            FreshListsChecklistItem()
        },
        ExtensionImplementation(ChecklistItems.point, name: "data-pack", summary: "the latest snapshot exported as the data pack") { _ in
            DataPackChecklistItem()
        }
    ]

    /// The plugin's name, as `ILACS_PLUGINS` and its commands refer to it.
    static let pluginName = "AnnexA"

    public init() {}
}
