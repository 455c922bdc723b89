import ArgumentParser
import CommandLineSupport
import PluginKit

/// `ilacs-admin carers list`.
struct CarersListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the households in the register: id, status, type, whether they can be emailed, suppression.",
        discussion: """
            Examples:
              ilacs-admin carers list
              ilacs-admin carers list --suppressed --format json
            """)

    @Flag(help: "Only households on the suppression list.")
    var suppressed = false

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func run() async throws {
        let households = try await CarerCommands.run { runtime, _ in try await HouseholdStore(pool: runtime.pool).list(suppressedOnly: suppressed) }
        if format == .json { return print(try JSONOutput.encode(households)) }
        print("household     status        type        email  consent  suppressed")
        for household in households {
            print(
                [
                    household.id.padded(13), household.approvalStatus.padded(13), household.type.padded(11),
                    (household.email == nil ? "no" : "yes").padded(6), (household.consentToEmail ? "yes" : "no").padded(8),
                    household.suppression?.rawValue ?? ""
                ].joined(separator: " "))
        }
        print("\(households.count) households")
    }
}
