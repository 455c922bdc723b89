import AnnexAStore
import PluginKit
import Postgres

/// Annex A's second checklist item: the latest snapshot exported as the data pack, as the
/// audit log records each export.
struct DataPackChecklistItem: ChecklistItem {
    let order = 20

    func check(_ call: ChecklistCall, on connection: PostgresConnection) async throws -> ChecklistEntry {
        var entry = ChecklistEntry(
            title: "Data pack exported", due: call.dueNextNoon, status: .toDo,
            detail: "export the latest snapshot: ilacs-admin export annex-a --snapshot ID --out data-pack.xlsx")
        guard let snapshot = try await AnnexASnapshot.latest(on: connection) else { return entry }
        let exported = try await connection.query(
            "SELECT count(*) FROM audit_events WHERE action = $1 AND record_id = $2",
            [AnnexAExporter.auditAction, String(snapshot.id)])[0].decode(Int.self, at: 0)
        if exported > 0 {
            entry.status = .done
            entry.detail = "snapshot \(snapshot.id) exported \(exported) time(s)"
            entry.doneAt = try await ChecklistEntry.time(
                "SELECT min(occurred_at) FROM audit_events WHERE action = $1 AND record_id = $2", [AnnexAExporter.auditAction, String(snapshot.id)],
                on: connection)
        }
        return entry
    }
}
