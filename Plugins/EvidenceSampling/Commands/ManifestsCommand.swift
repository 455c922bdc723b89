import ArgumentParser
import Foundation
import PluginKit

/// `ilacs-sampler manifests`: lists them; `manifests export ID --out FILE` writes one.
struct ManifestsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manifests",
        abstract: "List the frozen manifests, or export one.",
        discussion: """
            Examples:
              ilacs-sampler manifests
              ilacs-sampler manifests export 3 --out manifest-3.tsv
            """,
        subcommands: [ListManifests.self, ExportManifest.self],
        defaultSubcommand: ListManifests.self)
}
