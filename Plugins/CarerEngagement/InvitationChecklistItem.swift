import PluginKit
import Postgres

/// Engagement's checklist item: an open invitation to foster carers created for the inspection.
struct InvitationChecklistItem: ChecklistItem {
    let order = 40

    func check(_ call: ChecklistCall, on connection: PostgresConnection) async throws -> ChecklistEntry {
        let created = try await connection.query(
            "SELECT EXISTS (SELECT 1 FROM carer_campaigns WHERE inspection_id = $1)", [call.inspectionID])[0].decode(Bool.self, at: 0)
        return ChecklistEntry(
            title: "Foster-carer invitation sent", due: call.dueNextEvening, status: created ? .done : .toDo,
            detail: created ? "an invitation campaign exists for this inspection" : "no invitation campaign for this inspection yet")
    }
}
