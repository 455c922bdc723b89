import ArgumentParser

/// `ilacs-admin audit`: checks and reads the tamper-evident audit log.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check the audit log's hash chain, or read the log.",
        discussion: """
            Every view, export, change and refusal of the apps is an audit event: who, what, which \
            record, when (set by the database) and why. Each event holds a SHA-256 chained to the \
            event before it, so a row altered, removed or inserted out of order, even by a database \
            superuser, breaks the chain at that row.

            Examples:
              ilacs-admin audit verify
              ilacs-admin audit show --since 2026-11-25 --action sample.child_view
              ilacs-admin audit refusals --hours 48
            """,
        subcommands: [AuditVerifyCommand.self, AuditShowCommand.self, AuditRefusalsCommand.self])
}
