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
    public let configurationKeys = [Pseudonymiser.keyName, SignInLink.publicURLKey, PersonAccess.linkHoursKey]
    public let adminCommands: [any ParsableCommand.Type] = [InspectorsCommand.self]
    public let routes = SamplerWeb.routes
    public let extensions = [
        ExtensionImplementation(ReportSections.point, name: "evidence-sample", summary: "the samples drawn from the snapshot and their balance") { _ in
            SamplingSection()
        },
        ExtensionImplementation(ChecklistItems.point, name: "sample-manifest", summary: "a sample manifest frozen for the inspection") { _ in
            RecordChecklistItem(
                order: 30, title: "Sample manifest frozen", due: .onSite,
                doneAt: "SELECT min(frozen_at) FROM sampling_manifests WHERE inspection_id = $1",
                found: "a sample manifest is frozen for this inspection", missing: "no sample manifest for this inspection yet")
        },
        ExtensionImplementation(SampledCase.point, name: "evidence-sample", summary: "the children sampled for an inspection, with their rows and workers") {
            _ in
            SampledCaseReader()
        },
        ExtensionImplementation(Rehearsals.point, name: "sampling-rehearsal", summary: "the manifests and samples of a rehearsal") { _ in
            let samples = "SELECT s.id FROM sampling_samples s JOIN sampling_manifests m ON m.id = s.manifest_id WHERE m.inspection_id = $1"
            let manifests = "SELECT id FROM sampling_manifests WHERE inspection_id = $1"
            return DeletingRehearsalRecords(
                label: "sampling",
                [
                    "DELETE FROM sampling_picks WHERE sample_id IN (\(samples))", "DELETE FROM sampling_extensions WHERE sample_id IN (\(samples))",
                    "DELETE FROM sampling_samples WHERE manifest_id IN (\(manifests))",
                    "DELETE FROM sampling_manifest_cases WHERE manifest_id IN (\(manifests))",
                    "DELETE FROM sampling_manifest_exclusions WHERE manifest_id IN (\(manifests))", "DELETE FROM sampling_manifests WHERE inspection_id = $1"
                ])
        }
    ]

    /// The plugin's name, as `ILACS_PLUGINS` and its commands refer to it.
    public static let pluginName = "EvidenceSampling"

    public init() {}

    public func validate(_ configuration: ConfigReader) throws {
        _ = try SignInLink(configuration)
    }
}
