import ArgumentParser
import PluginKit

/// `ilacs-admin audit verify`: recomputes the audit log's hash chain.
struct AuditVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Recompute every audit event's hash in order; exit 1 at the first row altered, removed or out of order.",
        discussion: """
            Walks the log in id order, recomputing each event's SHA-256 from the hash before it and \
            its own columns (here, not with a function stored in the database), and checks that the \
            last event is the one the chain records as last. Prints one line: \
            "audit log intact: N events, last hash H", or the first row found wrong and what is \
            wrong with it, and then exits 1.

            Keep the last hash of a run somewhere outside the database (the inspection's file, say): \
            whoever can rewrite the table and every hash after a change can hide it only from a \
            check that does not know an earlier hash.

            Examples:
              ilacs-admin audit verify
              ilacs-admin audit verify || echo "tell the data protection officer"
            """)

    func run() async throws {
        let report = try await AdminRuntime.run { runtime in try await AuditChain.verify(pool: runtime.pool) }
        print(report.summary)
        if !report.isIntact { throw ExitCode.failure }
    }
}
