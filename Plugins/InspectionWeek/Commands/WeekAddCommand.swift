import ArgumentParser
import PluginKit
import WorkforceRegister

/// `ilacs-admin week add --inspection N --practitioner STAFF_ID [--case KEY]...`.
struct WeekAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a conversation with a practitioner, about the children given by case key (if any).",
        discussion: """
            The practitioner is a staff id of the workforce register. The conversation is kept when \
            the conversations are rebuilt from the sample (`week conversations`); the next \
            `week plan` places it and keeps every booking that is still valid.

            Examples:
              ilacs-admin week add --inspection 3 --practitioner S0042
              ilacs-admin week add --inspection 3 --practitioner S0042 --case L8:0012 --case L6:0400
            """)

    @Option(help: "The inspection's id (`ilacs-admin inspection list`).")
    var inspection: Int

    @Option(help: "The practitioner's staff id.")
    var practitioner: String

    @Option(name: .customLong("case"), help: "A child's case key; repeat for more.")
    var cases: [String] = []

    func run() async throws {
        let id = try await AdminRuntime.run(for: InspectionWeekPlugin.pluginName) { runtime in
            let register = WorkforceRegister(pool: runtime.pool)
            return try await runtime.pool.transaction { connection in
                try await WeekChanges.add(
                    inspectionID: inspection, staffID: practitioner, caseKeys: cases, register: register, actor: runtime.actor, on: connection)
            }
        }
        print("Conversation \(id) added; place it with: ilacs-admin week plan --inspection \(inspection)")
    }
}
