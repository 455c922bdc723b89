import ArgumentParser

/// `ilacs-admin audits round assignments ID --out FILE --reason TEXT`.
struct RoundAssignmentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assignments",
        abstract: "Write a round's assignments (child, team, auditor, moderator) to a CSV file; audit-logged.",
        discussion: """
            The file names children: it is written only with a --reason, which the audit log keeps.

            Examples:
              ilacs-admin audits round assignments 1 --out assignments.csv --reason "send auditors their cases"
            """)

    @Argument(help: "The round's id.")
    var id: Int

    @Option(help: ArgumentHelp("The CSV file to write.", valueName: "file"))
    var out: String

    @Option(help: "Why the child-level file is written (kept in the audit log).")
    var reason: String

    func run() async throws {
        let count = try await AuditCommands.run { runtime in
            try await RoundStore(pool: runtime.pool).exportAssignments(id, to: out, reason: reason, actor: runtime.actor)
        }
        print("Wrote \(count) assignments to \(out)")
    }
}
