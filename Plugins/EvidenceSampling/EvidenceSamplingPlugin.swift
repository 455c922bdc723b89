import ArgumentParser
import Configuration
import PluginKit
import Postgres

/// Evidence sampling: a fair, verifiable sample of children's records for the inspectors,
/// drawn by consistent sampling from a manifest frozen before the seed is chosen.
public struct EvidenceSamplingPlugin: Plugin {
    public let name = EvidenceSamplingPlugin.pluginName
    public let summary = "Draw a fair, verifiable sample of children's records from a frozen manifest, and explain every pick."
    /// Snapshots come from the AnnexA plugin's imports.
    public let dependencies = ["AnnexA"]
    public let migrations = SamplingSchema.migrations
    public let configurationKeys = [Pseudonymiser.keyName, InspectorsCommand.publicURLKey, PersonAccess.linkHoursKey]
    public let adminCommands: [any ParsableCommand.Type] = [InspectorsCommand.self]
    public let routes = SamplerWeb.routes
    public let extensions = [
        ExtensionImplementation(ReportSections.point, name: "evidence-sample", summary: "the samples drawn from the snapshot and their balance") { _ in
            SamplingSection()
        },
        ExtensionImplementation(ChecklistItems.point, name: "sample-manifest", summary: "a sample manifest frozen for the inspection") { _ in
            RecordChecklistItem(
                order: 30, title: "Sample manifest frozen", due: .onSite,
                exists: "SELECT EXISTS (SELECT 1 FROM sampling_manifests WHERE inspection_id = $1)",
                found: "a sample manifest is frozen for this inspection", missing: "no sample manifest for this inspection yet")
        }
    ]

    /// The plugin's name, as `ILACS_PLUGINS` and its commands refer to it.
    public static let pluginName = "EvidenceSampling"

    public init() {}

    public func validate(_ configuration: ConfigReader) throws {
        _ = try InspectorLink(configuration)
    }
}
