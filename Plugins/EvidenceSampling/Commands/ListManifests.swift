import ArgumentParser
import CommandLineSupport
import Foundation
import PluginKit

/// Lists the manifests.
struct ListManifests: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the manifests, newest first.",
        discussion: """
            A rehearsal's manifests are left out unless --rehearsal asks for them (and then only they are listed).

            Examples:
              ilacs-sampler manifests list
              ilacs-sampler manifests list --rehearsal --format json
            """)

    @Flag(help: "List the rehearsal's records instead of the live ones (a rehearsal's never appear otherwise).")
    var rehearsal = false

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func run() async throws {
        let records = try await SamplerCommands.run { runtime in try await ManifestStore(pool: runtime.pool).all(rehearsal: rehearsal) }
        if format == .json { return print(try JSONOutput.encode(records)) }
        guard !records.isEmpty else { return print("No manifests yet. Freeze one with: ilacs-sampler manifest --snapshot ID --plan FILE") }
        print("id  snapshot  cases  excluded  sha256            plan")
        for record in records {
            print(
                [
                    String(record.id).padded(3), String(record.snapshotID).padded(9), String(record.cases).padded(6),
                    String(record.excluded).padded(9), String(record.sha256.prefix(16)).padded(17), record.planName
                ].joined(separator: " "))
        }
    }
}
