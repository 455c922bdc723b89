import ArgumentParser
import Foundation
import PluginKit
import PrivateFiles

/// Writes a manifest's canonical text to a file.
struct ExportManifest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write a manifest (case keys, strata, exclusions) to a file whose SHA-256 is the manifest's.")

    @Argument(help: "The manifest's id.")
    var id: Int

    @Option(help: "The file to write.")
    var out: String

    func run() async throws {
        let (record, manifest) = try await SamplerCommands.run { runtime in
            let loaded = try await ManifestStore(pool: runtime.pool).load(id)
            try await SamplerCommands.audit("manifest.export", recordType: "sampling_manifest", id: id, runtime: runtime)
            return loaded
        }
        try PrivateFile.write(Data(manifest.canonicalText.utf8), toPath: out)
        print("Wrote manifest \(record.id) to \(out); SHA-256 \(manifest.sha256).")
    }
}
