import ArgumentParser
import Foundation
import PluginKit

/// `ilacs-admin report local-list`: attaches the local list of children not attending school to
/// a snapshot, for the readiness indicator of that key line of enquiry.
struct LocalListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "local-list",
        abstract: "Attach the local list of children not attending school (a CSV with a Child Unique ID column) to a snapshot.",
        discussion: """
            Replaces any list attached to the snapshot before. Identifiers are kept as given, to \
            match List 6; nothing else in the file is read. Audit-logged.

            Examples:
              ilacs-admin report local-list children_not_in_school.csv --snapshot 4
            """
    )

    @Argument(help: "The CSV file.")
    var file: String

    @Option(help: "The snapshot's id.")
    var snapshot: Int

    func run() async throws {
        let identifiers = try LocalList.read(file)
        let runtime = try await AdminRuntime.start(for: ReportingPlugin.pluginName)
        defer { runtime.shutdown() }
        try await LocalList.attach(identifiers, source: (file as NSString).lastPathComponent, snapshot: snapshot, actor: runtime.actor, pool: runtime.pool)
        print("Attached \(identifiers.count) children not attending school to snapshot \(snapshot).")
    }
}
