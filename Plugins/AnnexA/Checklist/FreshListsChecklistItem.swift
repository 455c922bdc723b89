import AnnexAStore
import PluginKit
import Postgres

/// Annex A's first checklist item: the lists imported, and drawn up no earlier than the
/// Wednesday of the week before the inspection.
struct FreshListsChecklistItem: ChecklistItem {
    let order = 10

    func check(_ call: ChecklistCall, on connection: PostgresConnection) async throws -> ChecklistEntry {
        let title = "Annex A imported and fresh"
        let limit = call.timeline.freshnessLimit
        guard let snapshot = try await AnnexASnapshot.latest(on: connection) else {
            return ChecklistEntry(
                title: title, due: call.dueNextNoon, status: .toDo,
                detail: "no snapshot imported; lists must be as of \(limit.iso) or later")
        }
        guard snapshot.asOf >= limit else {
            return ChecklistEntry(
                title: title, due: call.dueNextNoon, status: .warning,
                detail:
                    "snapshot \(snapshot.id) is as of \(snapshot.asOf.iso), older than the freshness limit \(limit.iso) (the Wednesday of the week before the inspection); import lists drawn up on or after it"
            )
        }
        return ChecklistEntry(
            title: title, due: call.dueNextNoon, status: .done,
            detail: "snapshot \(snapshot.id) as of \(snapshot.asOf.iso), within the freshness limit \(limit.iso)",
            doneAt: try await ChecklistEntry.time("SELECT imported_at FROM annex_a_snapshots WHERE id = $1", [snapshot.id], on: connection))
    }
}
