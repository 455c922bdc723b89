import AnnexAStore
import Postgres
import WorkforceRegister

/// A practitioner's caseload now: the children of an Annex A snapshot that any list's
/// "Allocated Worker" gives to them, each child counted once per worker however many lists hold
/// them, names matched to staff by ``WorkforceRegister/caseloads(allocatedWorkerNames:)``.
enum Caseload {
    /// One allocated worker's name per child and worker in snapshot `snapshotID` (names compared
    /// as ``WorkerName/key(_:)`` compares them): pass them to
    /// ``WorkforceRegister/caseloads(allocatedWorkerNames:)`` for caseloads by staff id.
    static func workerNames(snapshot snapshotID: Int, on connection: PostgresConnection) async throws -> [String] {
        var names: [String: String] = [:]
        for list in AllocatedWorkerMatcher.lists where list.hasChildID {
            let rows = try await connection.query(
                """
                SELECT DISTINCT child_id, allocated_worker FROM \(AnnexATables.table(list))
                WHERE snapshot_id = $1 AND btrim(coalesce(allocated_worker, '')) <> '' AND child_id IS NOT NULL
                """, [snapshotID])
            for row in rows {
                let name = try row.decode(String.self, "allocated_worker")
                names[try row.decode(String.self, "child_id") + "\u{0}" + WorkerName.key(name)] = name
            }
        }
        return Array(names.values)
    }
}
