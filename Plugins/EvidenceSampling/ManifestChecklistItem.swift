import PluginKit
import Postgres

/// Sampling's checklist item: a sample manifest frozen for the inspection before the
/// inspectors arrive.
struct ManifestChecklistItem: ChecklistItem {
    let order = 30

    func check(_ call: ChecklistCall, on connection: PostgresConnection) async throws -> ChecklistEntry {
        let frozen = try await connection.query(
            "SELECT EXISTS (SELECT 1 FROM sampling_manifests WHERE inspection_id = $1)", [call.inspectionID])[0].decode(Bool.self, at: 0)
        return ChecklistEntry(
            title: "Sample manifest frozen", due: call.dueOnSite, status: frozen ? .done : .toDo,
            detail: frozen ? "a sample manifest is frozen for this inspection" : "no sample manifest for this inspection yet")
    }
}
