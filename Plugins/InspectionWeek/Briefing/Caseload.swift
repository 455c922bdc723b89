import AnnexAStore
import Domain
import Postgres
import WorkforceRegister

/// A practitioner's caseload now, as the readiness report's "cases per allocated worker" counts
/// cases: the open cases of List 6 (children in need, which holds children on plans and in care
/// too) in an Annex A snapshot, status not closed and no closure date, each child once, whose
/// "Allocated Worker" is them (names matched by ``WorkforceRegister/caseloads(allocatedWorkerNames:)``).
enum Caseload {
    /// The allocated worker's name of each open List 6 case of snapshot `snapshotID` that has
    /// one: pass them to ``WorkforceRegister/caseloads(allocatedWorkerNames:)`` for caseloads by
    /// staff id.
    static func workerNames(snapshot snapshotID: Int, on connection: PostgresConnection) async throws -> [String] {
        try await connection.query(
            """
            SELECT DISTINCT ON (child_id) allocated_worker FROM \(AnnexATables.table(.childrenInNeed))
            WHERE snapshot_id = $1 AND case_status <> 'CLOSED' AND cin_closure_date IS NULL AND btrim(coalesce(allocated_worker, '')) <> ''
            ORDER BY child_id, row_number
            """, [snapshotID]
        ).map { try $0.decode(String.self, "allocated_worker") }
    }
}
