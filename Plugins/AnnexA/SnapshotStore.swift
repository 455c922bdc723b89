import AnnexAStore
import Domain
import Foundation
import PluginKit
import Postgres

/// Reads and deletes snapshots.
struct SnapshotStore {
    let pool: PostgresPool

    /// One snapshot as `ilacs-admin snapshots` lists it.
    struct Snapshot: Codable, Equatable {
        var id: Int
        var asOf: CalendarDate
        var importedAt: Date
        var importedBy: String
        var source: String
        var contentSHA256: String
        var rows: Int
        var rejectedRows: Int
        var lenient: Bool
    }

    /// Every snapshot, newest first.
    func all() async throws -> [Snapshot] {
        try await pool.query(
            """
            SELECT id, as_of, imported_at, imported_by, source_name, content_sha256, rejected_rows, lenient,
                   (SELECT coalesce(sum(value::int), 0) FROM jsonb_each_text(row_counts)) AS rows
            FROM annex_a_snapshots ORDER BY id DESC
            """
        ).map { row in
            Snapshot(
                id: try row.decode(Int.self, "id"), asOf: try row.decode(CalendarDate.self, "as_of"),
                importedAt: try row.decode(Date.self, "imported_at"), importedBy: try row.decode(String.self, "imported_by"),
                source: try row.decode(String.self, "source_name"), contentSHA256: try row.decode(String.self, "content_sha256"),
                rows: try row.decode(Int.self, "rows"), rejectedRows: try row.decode(Int.self, "rejected_rows"),
                lenient: try row.decode(Bool.self, "lenient"))
        }
    }

    /// Throws unless snapshot `id` exists.
    func requireExists(_ id: Int, on connection: PostgresConnection) async throws {
        guard try await connection.query("SELECT 1 FROM annex_a_snapshots WHERE id = $1", [id]).single != nil else {
            throw SnapshotNotFound(id: id)
        }
    }

    /// Deletes snapshot `id` and all its rows (its partitions are dropped), recording who did it
    /// and why in the audit log.
    func delete(_ id: Int, actor: String, reason: String) async throws {
        try await pool.transaction { connection in
            try await requireExists(id, on: connection)
            var deleted = 0
            for list in AnnexAList.allCases {
                deleted += try await connection.query("SELECT count(*) FROM \(AnnexATables.table(list)) WHERE snapshot_id = $1", [id])[0]
                    .decode(Int.self, at: 0)
                // The partition exists only for lists the import held.
                try await connection.executeScript(AnnexATables.dropPartition(list, snapshot: id))
            }
            try await connection.execute("DELETE FROM annex_a_snapshots WHERE id = $1", [id])
            try await AuditLog.record(
                AuditEvent(
                    actor: actor, action: "annex_a.snapshot.delete", recordType: "annex_a_snapshot",
                    recordID: String(id), reason: reason, details: ["rows": String(deleted)]), on: connection)
        }
    }
}

/// No snapshot has the id given.
struct SnapshotNotFound: Error, CustomStringConvertible {
    let id: Int
    var description: String { "there is no snapshot \(id); list them with: ilacs-admin snapshots" }
}
