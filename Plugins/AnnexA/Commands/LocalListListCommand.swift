import AnnexAStore
import ArgumentParser
import CommandLineSupport
import PluginKit

/// `ilacs-admin local-list list`: every import of every local list, newest first.
struct LocalListListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the imports of local lists, newest first.",
        discussion: """
            Examples:
              ilacs-admin local-list list
              ilacs-admin local-list list --format json
            """)

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func run() async throws {
        try await AdminRuntime.run(for: AnnexAPlugin.pluginName) { runtime in
            let imports = try await runtime.pool.withConnection { try await LocalListStore.all(on: $0) }
            if format == .json { return print(try JSONOutput.encode(imports)) }
            guard !imports.isEmpty else {
                return print("No local lists yet. Import one with: ilacs-admin local-list import --name \(LocalListStore.childrenNotInSchool) FILE.csv")
            }
            print("id  name                      snapshot  children  imported    by              source")
            for entry in imports {
                print(
                    [
                        String(entry.id).padded(3), entry.name.padded(25), (entry.snapshotID.map(String.init) ?? "any").padded(9),
                        String(entry.children).padded(9), entry.importedOn.iso.padded(11), entry.importedBy.padded(15), entry.sourceName
                    ]
                    .joined(separator: " "))
            }
        }
    }
}
