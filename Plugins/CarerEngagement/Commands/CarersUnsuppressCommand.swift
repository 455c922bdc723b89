import ArgumentParser

/// `ilacs-admin carers unsuppress ID --note N`.
struct CarersUnsuppressCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unsuppress",
        abstract: "Take a household off the suppression list (audit-logged).",
        discussion: """
            Examples:
              ilacs-admin carers unsuppress 891-H00042 --note "asked by phone to be emailed again"
            """)

    @Argument(help: "The household id.")
    var id: String

    @Option(help: "Why.")
    var note: String

    func run() async throws {
        let removed = try await CarerCommands.run { runtime, _ in
            try await HouseholdStore(pool: runtime.pool).unsuppress(id, note: note, actor: runtime.actor)
        }
        print(removed ? "Taken off the suppression list." : "That household was not on the suppression list.")
    }
}
