import AnnexAStore
import ArgumentParser
import PluginKit

/// `ilacs-admin local-list import --name NAME FILE.csv [--snapshot ID]`: the one import of a
/// local list, for sampling quotas and the readiness report alike.
struct LocalListImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a CSV of Child Unique IDs as a new import of a named local list.",
        discussion: """
            The file needs a `Child Unique ID` column (any case or spacing), or a single column. \
            Every row needs an id: a blank one stops the import, naming the row and column. \
            Nothing is stored if any row is wrong. Every import is kept and audit-logged.

            With --snapshot the list is the one drawn against that Annex A snapshot. A snapshot \
            uses the newest import drawn against it, else the newest import given without \
            --snapshot. A sampling plan's quota names the list with `local list: NAME`; the \
            readiness report reads the list `children-not-in-school` and says which import it used.

            Examples:
              ilacs-admin local-list import --name children-not-in-school children_not_in_school.csv --snapshot 4
              ilacs-admin local-list import --name children-not-in-school children_not_in_school.csv
              ilacs-admin local-list import --name young-carers young_carers.csv
            """)

    @Option(help: "The list's name: lower-case letters, digits and hyphens (the report reads children-not-in-school).")
    var name: String

    @Argument(help: "The CSV file.")
    var file: String

    @Option(help: "The id of the Annex A snapshot the list was drawn against (`ilacs-admin snapshots`).")
    var snapshot: Int?

    func validate() throws {
        guard LocalListStore.isValidName(name) else {
            throw ValidationError(LocalListError.badName(name).description)
        }
    }

    func run() async throws {
        try await LocalListImporter.run(file: file, name: name, snapshotID: snapshot, plugin: AnnexAPlugin.pluginName)
    }
}
