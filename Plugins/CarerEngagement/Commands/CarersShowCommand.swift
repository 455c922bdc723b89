import ArgumentParser
import CommandLineSupport
import PluginKit

/// `ilacs-admin carers show ID`.
struct CarersShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one household's details and suppression.",
        discussion: """
            Examples:
              ilacs-admin carers show 891-H00042
            """)

    @Argument(help: "The household id.")
    var id: String

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func run() async throws {
        let household = try await CarerCommands.run { runtime, _ in try await HouseholdStore(pool: runtime.pool).show(id) }
        if format == .json { return print(try JSONOutput.encode(household)) }
        let lines: [(String, String)] = [
            ("Household", household.id), ("Carers", household.carerNames), ("Email", household.email ?? "none"),
            ("Phone", household.phone ?? "none"), ("Approval", household.approvalStatus), ("Type", household.type),
            ("Support group", household.supportGroup ?? "none"), ("Consent to email", household.consentToEmail ? "yes" : "no"),
            ("In the register", household.inRegister ? "yes" : "no"),
            ("Suppressed", household.suppression.map { "\($0.rawValue)" + (household.suppressionNote.map { ": \($0)" } ?? "") } ?? "no")
        ]
        for (name, value) in lines { print("\(name.padded(17)) \(value)") }
    }
}
