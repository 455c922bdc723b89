import ArgumentParser
import PluginKit

/// `ilacs-admin week cancel CONVERSATION`.
struct WeekCancelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: "Cancel a planned conversation: its booking is removed and its invitation cancelled.",
        discussion: """
            The conversation stays on record as cancelled, with its sequence raised so the \
            practitioner's calendar is told. Rebuilding the conversations (`week conversations`) \
            brings back a practitioner's conversation only when their sampled children change.

            Examples:
              ilacs-admin week cancel 12
            """)

    @Argument(help: "The conversation's id (`ilacs-admin week show`).")
    var conversation: Int

    func run() async throws {
        try await AdminRuntime.run(for: InspectionWeekPlugin.pluginName) { runtime in
            try await runtime.pool.transaction { connection in
                try await WeekChanges.cancel(conversation, actor: runtime.actor, on: connection)
            }
        }
        print("Conversation \(conversation) cancelled.")
    }
}
