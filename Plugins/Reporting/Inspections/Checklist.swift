import PluginKit
import Postgres

/// What must be done after the notification call: every enabled plugin's items, in order,
/// each with its status read from that plugin's tables.
struct Checklist: Codable, Equatable {
    var items: [ChecklistEntry]

    /// Builds the checklist for `call` from `items` (the implementations of ``ChecklistItems/point``).
    static func build(for call: InspectionStore.Call, items: [any ChecklistItem], on connection: PostgresConnection) async throws -> Checklist {
        Checklist(
            items: try await ChecklistItems.entries(
                items, for: ChecklistCall(inspectionID: call.inspectionID, timeline: call.timeline), on: connection))
    }
}
