import ArgumentParser
import CommandLineSupport
import Foundation
import PluginKit

/// `ilacs-admin snapshots`: lists the Annex A snapshots; `snapshots delete` removes one.
struct SnapshotsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshots",
        abstract: "List the Annex A snapshots, or delete one.",
        discussion: """
            Every import is a snapshot: its id, as-of date, when and by whom it was imported, the \
            source, and a SHA-256 of its normalised content. Samples and reports name the snapshot \
            they used.

            Examples:
              ilacs-admin snapshots
              ilacs-admin snapshots --format json
              ilacs-admin snapshots delete 3 --reason "imported the wrong month"
            """,
        subcommands: [ListSnapshots.self, DeleteSnapshot.self],
        defaultSubcommand: ListSnapshots.self
    )
}

/// `ilacs-admin snapshots list`.
struct ListSnapshots: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the snapshots, newest first.")

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func run() async throws {
        try await AdminRuntime.run(for: AnnexAPlugin.pluginName) { runtime in
            let snapshots = try await SnapshotStore(pool: runtime.pool).all()
            if format == .json { return print(try JSONOutput.encode(snapshots)) }
            guard !snapshots.isEmpty else {
                return print("No snapshots yet. Import one with: ilacs-admin import annex-a PATH")
            }
            print("id  as of       imported (UTC)    by              rows      rejected  source")
            for snapshot in snapshots {
                let imported = ISO8601DateFormatter.string(
                    from: snapshot.importedAt, timeZone: .gmt, formatOptions: [.withFullDate, .withTime, .withColonSeparatorInTime]
                ).prefix(16)
                print(
                    [
                        String(snapshot.id).padded(3), snapshot.asOf.ddmmyyyy.padded(11), String(imported).replacingOccurrences(of: "T", with: " ").padded(17),
                        snapshot.importedBy.padded(15), String(snapshot.rows).padded(9), String(snapshot.rejectedRows).padded(9), snapshot.source
                    ]
                    .joined(separator: " "))
            }
        }
    }
}

/// `ilacs-admin snapshots delete ID --reason R`.
struct DeleteSnapshot: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a snapshot and its rows; the deletion is recorded in the audit log with its reason.")

    @Argument(help: "The snapshot's id.")
    var id: Int

    @Option(help: "Why it is deleted (kept in the audit log).")
    var reason: String

    func validate() throws {
        if reason.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--reason must say why") }
    }

    func run() async throws {
        try await AdminRuntime.run(for: AnnexAPlugin.pluginName) { runtime in
            try await SnapshotStore(pool: runtime.pool).delete(id, actor: runtime.actor, reason: reason)
            print("Deleted snapshot \(id); the deletion is in the audit log.")
        }
    }
}
