import PluginKit
import Postgres

/// Reporting's checklist item: the authority's audits and performance information attached
/// to the inspection.
struct AttachmentsChecklistItem: ChecklistItem {
    let order = 50

    func check(_ call: ChecklistCall, on connection: PostgresConnection) async throws -> ChecklistEntry {
        let kinds = Set(
            try await connection.query(
                "SELECT DISTINCT kind FROM reporting_attachments WHERE inspection_id = $1", [call.inspectionID]
            ).map { try $0.decode(String.self, at: 0) })
        let missing = AttachmentKind.allCases.filter { !kinds.contains($0.rawValue) }.map(\.rawValue)
        // Done when the last kind was first attached.
        let doneAt: String? =
            if missing.isEmpty {
                try await ChecklistEntry.time(
                    "SELECT max(first) FROM (SELECT min(attached_at) AS first FROM reporting_attachments WHERE inspection_id = $1 GROUP BY kind) kinds",
                    [call.inspectionID], on: connection)
            } else {
                nil
            }
        return ChecklistEntry(
            title: "Audits and performance information attached", due: call.dueNextEvening, status: missing.isEmpty ? .done : .toDo,
            detail: missing.isEmpty
                ? "audits and performance information attached"
                : "not attached yet: \(missing.joined(separator: ", ")) (ilacs-admin inspection attach FILE --kind KIND)",
            doneAt: doneAt)
    }
}
