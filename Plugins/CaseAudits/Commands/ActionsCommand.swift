import ArgumentParser
import CommandLineSupport
import Domain
import PluginKit

/// `ilacs-admin audits actions [--overdue] [--close ID --note TEXT]`.
struct ActionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "The actions for cases graded inadequate: list them, the overdue ones, or close one.",
        discussion: """
            A case whose grade is the tool's worst opens one action for its team's manager (a \
            person with role `manager` and the child's team in the round's auditors file), due in \
            AUDITS_ESCALATION_DAYS working days. Actions are listed by id, round and team; no \
            child is named.

            Examples:
              ilacs-admin audits actions
              ilacs-admin audits actions --overdue
              ilacs-admin audits actions --overdue --on 2026-12-14
              ilacs-admin audits actions --close 3 --note "strategy meeting held, plan updated"
            """)

    @Flag(help: "Only open actions past their due date.")
    var overdue = false

    @Option(help: ArgumentHelp("Judge overdue as of this day (default today): YYYY-MM-DD or DD/MM/YYYY.", valueName: "date"))
    var on: CalendarDate?

    @Option(help: "Close this action (with --note).")
    var close: Int?

    @Option(help: "What was done, when closing.")
    var note: String?

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if close != nil && (note ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--close needs --note saying what was done.")
        }
    }

    func run() async throws {
        let actions = try await AuditCommands.run { runtime in
            let store = ActionStore(pool: runtime.pool)
            if let close { try await store.close(close, note: note ?? "", actor: runtime.actor) }
            let actions = try await store.list(overdueOnly: overdue, today: on ?? .today)
            try await AuditLog.record(
                AuditEvent(actor: runtime.actor, action: "audits.actions_view", recordType: "case_audit_action", details: ["listed": String(actions.count)]),
                pool: runtime.pool)
            return actions
        }
        if format == .json { return print(try JSONOutput.encode(actions)) }
        if let close { print("Closed action \(close).") }
        guard !actions.isEmpty else { return print(overdue ? "No action is overdue." : "No actions.") }
        print(
            AuditCommands.table(
                ["action", "round", "team", "manager", "due", "state"],
                actions.map { action in
                    [
                        String(action.id), String(action.roundID), action.team, action.managerID ?? "(none listed)", action.dueOn.iso,
                        action.closed ? "closed" : action.overdue ? "OVERDUE" : "open"
                    ]
                }))
    }
}
