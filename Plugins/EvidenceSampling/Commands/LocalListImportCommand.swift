import ArgumentParser
import Foundation
import PluginKit

/// Imports one local list.
struct LocalListImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a CSV of Child Unique IDs as a named local list, replacing any list of that name.",
        discussion: """
            The file needs a `Child Unique ID` column (or a single column). A plan's quota names \
            the list with `local list: NAME`. Nothing is stored if any row is wrong.

            Examples:
              ilacs-admin local-list import --name children-not-in-school children_not_in_school.csv
            """)

    @Option(help: "The list's name: lower-case letters, digits and hyphens.")
    var name: String

    @Argument(help: "The CSV file.")
    var file: String

    func run() async throws {
        let ids = try LocalListImporter.read(path: file)
        let runtime = try await AdminRuntime.start(for: EvidenceSamplingPlugin.pluginName)
        defer { runtime.shutdown() }
        let count = try await LocalListImporter(pool: runtime.pool).store(
            name: name, ids: ids, source: URL(fileURLWithPath: file).lastPathComponent, actor: runtime.actor)
        print("Imported local list '\(name)': \(count) children.")
    }
}
