import AnnexAStore
import ArgumentParser
import PluginKit
import WorkforceRegister

/// `ilacs-admin workforce match [--snapshot ID] [--show-names]`: matches a snapshot's allocated
/// workers to the register and lists the names that match no one or several people.
struct WorkforceMatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Match Annex A's allocated workers to staff ids and list the names that match no one or several people.",
        discussion: """
            Every "Allocated Worker" cell of the snapshot's lists is compared with the register's \
            staff names. What counts as a match: the two names are equal after trimming, folding \
            case and collapsing runs of spaces to one ("  jane  SMITH" matches "Jane Smith"); \
            nothing looser (no initials, no reordering). Blank cells are not names. The result is \
            stored per snapshot, so the week on site and case audits find each child's allocated \
            worker in the register; run it again after a new register or snapshot import.

            A name matching no one or more than one member of staff is a data-quality finding, \
            listed with each list, column, first row and the number of rows affected. Names are \
            staff's personal data: findings are numbered, and --show-names prints the names too \
            (recorded in the audit log).

            Examples:
              ilacs-admin workforce match
              ilacs-admin workforce match --snapshot 3
              ilacs-admin workforce match --show-names
            """)

    @Option(help: "The Annex A snapshot's id (default: the latest; `ilacs-admin snapshots`).")
    var snapshot: Int?

    @Flag(help: "Print the names of the findings too (audit-logged).")
    var showNames = false

    func run() async throws {
        try await AdminRuntime.run(for: WorkforcePlugin.pluginName) { runtime in
            let outcome = try await runtime.pool.transaction { connection in
                let found =
                    if let snapshot { try await AnnexASnapshot.find(snapshot, on: connection) } else { try await AnnexASnapshot.latest(on: connection) }
                guard let found else {
                    throw MatchRefusal(snapshot.map { "no snapshot \($0); `ilacs-admin snapshots` lists them" } ?? "no Annex A snapshot yet; import one first")
                }
                guard let version = try await WorkforceRegisterStore.latestImport(on: connection) else {
                    throw MatchRefusal("no workforce register yet; import one with `ilacs-admin workforce import DIR`")
                }
                let outcome = try await AllocatedWorkerMatcher.match(snapshotID: found.id, registerImportID: version.id, on: connection)
                try await AuditLog.record(
                    AuditEvent(
                        actor: runtime.actor, action: showNames ? "workforce.match_names_shown" : "workforce.match", recordType: "annex_a_snapshot",
                        recordID: String(found.id),
                        details: ["register": String(version.id), "findings": String(outcome.findings.count)]), on: connection)
                return outcome
            }
            print(
                "Snapshot \(outcome.snapshotID), register version \(outcome.registerImportID): \(outcome.matched) of \(outcome.names) allocated-worker names match one member of staff; \(outcome.findings.count) \(outcome.findings.count == 1 ? "finding" : "findings")."
            )
            for (index, finding) in outcome.findings.enumerated() {
                print(Self.line(number: index + 1, finding, showName: showNames))
            }
            if !outcome.findings.isEmpty && !showNames {
                print("Names are not shown; --show-names prints them (audit-logged).")
            }
        }
    }

    /// `Finding 1: matches no one in the register: List 6, column 'Allocated Worker', first row 14, 9 rows (9 rows in all)`.
    static func line(number: Int, _ finding: AllocatedWorkerMatcher.Finding, showName: Bool) -> String {
        let what = finding.candidates == 0 ? "matches no one in the register" : "matches \(finding.candidates) staff in the register"
        let name = showName ? " \"\(finding.name)\"" : ""
        let places = finding.occurrences.map { "List \($0.list), column '\($0.column)', first row \($0.firstRow), \($0.rows) \($0.rows == 1 ? "row" : "rows")" }
        return "Finding \(number)\(name): \(what): \(places.joined(separator: "; ")) (\(finding.rows) \(finding.rows == 1 ? "row" : "rows") in all)"
    }
}
