import ArgumentParser
import CommandLineSupport
import Domain
import Foundation
import PluginKit

/// `ilacs-admin audit show`: the latest audit events, filtered.
struct AuditShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the latest audit events: id, when, actor, action, record, reason.",
        discussion: """
            Prints the latest events that match every filter given, oldest first, with the time \
            in ISO 8601 (UTC). Details (such as a child's keyed reference, never the id) are in \
            the JSON output.

            Examples:
              ilacs-admin audit show
              ilacs-admin audit show --since 2026-11-25 --actor a.inspector@ofsted.example
              ilacs-admin audit show --action sample.child_view --limit 500 --format json
            """)

    @Option(help: ArgumentHelp("Only events from the start of this day (local time): YYYY-MM-DD or DD/MM/YYYY.", valueName: "date"))
    var since: CalendarDate?

    @Option(help: "Only events of this action (sample.view, snapshot.delete, ...).")
    var action: String?

    @Option(help: "Only events of this actor.")
    var actor: String?

    @Option(help: "At most this many events: the latest that match.")
    var limit = 50

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be a positive whole number.") }
    }

    func run() async throws {
        let records = try await AdminRuntime.run { runtime in
            try await AuditLog.events(.init(since: since, action: action, actor: actor, limit: limit), pool: runtime.pool)
        }
        if format == .json { return print(try JSONOutput.encode(records)) }
        guard !records.isEmpty else { return print("No audit events match.") }
        print(Self.table(records))
    }

    /// The records as aligned columns under a heading line.
    static func table(_ records: [AuditRecord]) -> String {
        let rows = records.map { record in
            [String(record.id), record.occurredAt.formatted(.iso8601), record.event.actor, record.event.action, record.record, record.event.reason ?? ""]
        }
        let heading = ["id", "when", "actor", "action", "record", "reason"]
        let widths = heading.indices.map { column in ([heading] + rows).map { $0[column].count }.max() ?? 0 }
        return ([heading] + rows).map { row in
            row.indices.map { column in column == row.count - 1 ? row[column] : row[column].padded(widths[column]) }
                .joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
