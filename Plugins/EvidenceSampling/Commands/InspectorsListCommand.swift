import ArgumentParser
import CommandLineSupport
import PluginKit

/// `ilacs-admin inspectors list`.
struct InspectorsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List everyone given access to the web pages, with the state of their access and open sessions.",
        discussion: """
            States: active, not yet (before --from), ended (after --until), revoked. People given \
            access for a rehearsal are left out unless --rehearsal asks for them (and then only they \
            are listed).

            Examples:
              ilacs-admin inspectors list
              ilacs-admin inspectors list --format json
              ilacs-admin inspectors list --rehearsal
            """)

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @Flag(help: "List the rehearsal's records instead of the live ones (a rehearsal's never appear otherwise).")
    var rehearsal = false

    func run() async throws {
        let people = try await AdminRuntime.run(for: EvidenceSamplingPlugin.pluginName) { runtime in
            try await PersonAccess(pool: runtime.pool).all(rehearsal: rehearsal)
        }
        if format == .json { return print(try JSONOutput.encode(people)) }
        guard !people.isEmpty else { return print("Nobody has access yet. Add an inspector with: ilacs-admin inspectors add --help") }
        print(
            "id".padded(5) + "role".padded(11) + "name".padded(24) + "email".padded(32) + "inspection".padded(12)
                + "access".padded(25) + "state".padded(9) + "sessions")
        for person in people {
            print(
                "\(person.id)".padded(5) + person.role.padded(11) + person.name.padded(24) + person.email.padded(32)
                    + "\(person.inspectionID)".padded(12) + "\(person.accessFrom.iso) to \(person.accessUntil.iso)".padded(25)
                    + person.state.padded(9) + "\(person.openSessions)")
        }
    }
}
