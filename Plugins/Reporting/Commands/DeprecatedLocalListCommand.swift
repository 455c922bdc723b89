import AnnexAStore
import ArgumentParser
import Foundation
import PluginKit

/// `ilacs-admin report local-list FILE --snapshot ID`: the old spelling of
/// `ilacs-admin local-list import --name children-not-in-school FILE --snapshot ID`, kept for one
/// release. It prints ``deprecation`` to stderr, then takes the same path as the new command
/// (PluginKit's `LocalListImporter`), so both store the same import in the kernel's local lists.
struct DeprecatedLocalListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "local-list",
        abstract: "Deprecated: use `ilacs-admin local-list import --name children-not-in-school FILE --snapshot ID`.",
        discussion: """
            Kept for one release; it will be removed in the next. It imports the file as the list \
            children-not-in-school drawn against the snapshot, exactly as the new command does.

            Examples:
              ilacs-admin local-list import --name children-not-in-school children_not_in_school.csv --snapshot 4
              ilacs-admin report local-list children_not_in_school.csv --snapshot 4   # old spelling
            """,
        shouldDisplay: false)

    /// The line printed to stderr on every use.
    static let deprecation =
        "`ilacs-admin report local-list` is deprecated and will be removed in the next release; "
        + "use `ilacs-admin local-list import --name \(LocalListStore.childrenNotInSchool) FILE --snapshot ID`"

    @Argument(help: "The CSV file.")
    var file: String

    @Option(help: "The snapshot's id.")
    var snapshot: Int

    func run() async throws {
        FileHandle.standardError.write(Data((Self.deprecation + "\n").utf8))
        try await LocalListImporter.run(
            file: file, name: LocalListStore.childrenNotInSchool, snapshotID: snapshot, plugin: ReportingPlugin.pluginName)
    }
}
