import ArgumentParser

/// `ilacs-admin carers suppress ID --reason R [--note N]`.
struct CarersSuppressCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suppress",
        abstract: "Stop all email to a household, with a reason; its queued messages are withdrawn.",
        discussion: """
            Reasons: unsubscribed, hard_bounce, manual (needs --note). Audit-logged.

            Examples:
              ilacs-admin carers suppress 891-H00042 --reason manual --note "asked by phone not to be emailed"
              ilacs-admin carers suppress 891-H00043 --reason hard_bounce
            """)

    @Argument(help: "The household id.")
    var id: String

    @Option(help: "unsubscribed, hard_bounce or manual.")
    var reason: HouseholdStore.SuppressionReason

    @Option(help: "Why (required for manual).")
    var note: String?

    func run() async throws {
        try await CarerCommands.run { runtime, _ in
            try await HouseholdStore(pool: runtime.pool).suppress(id, reason: reason, note: note, actor: runtime.actor)
        }
        print("Suppressed: no more email goes to this household (\(reason.rawValue)).")
    }
}

extension HouseholdStore.SuppressionReason: ExpressibleByArgument {}
