import PluginKit
import Postgres

/// The children sampled for an inspection, for ``SampledCase/point``: every pick of every
/// sample drawn from a manifest frozen for the inspection, in sample then pick order, with the
/// child's other rows in the same manifest.
struct SampledCaseReader: InspectionReader {
    func records(for inspectionID: Int, on connection: PostgresConnection) async throws -> [SampledCase] {
        try await connection.query(
            """
            SELECT s.id AS sample_id, m.id AS manifest_id, m.snapshot_id, p.position, p.stratum, c.case_key, c.child_id, c.worker, c.team,
                   ARRAY[c.list::integer] || ARRAY(SELECT o.list::integer FROM sampling_manifest_cases o
                                                   WHERE o.manifest_id = m.id AND o.child_id = c.child_id AND o.case_key <> c.case_key
                                                   ORDER BY o.list, o.row_number) AS lists,
                   ARRAY[c.row_number] || ARRAY(SELECT o.row_number FROM sampling_manifest_cases o
                                                WHERE o.manifest_id = m.id AND o.child_id = c.child_id AND o.case_key <> c.case_key
                                                ORDER BY o.list, o.row_number) AS row_numbers
            FROM sampling_manifests m
            JOIN sampling_samples s ON s.manifest_id = m.id
            JOIN sampling_picks p ON p.sample_id = s.id
            JOIN sampling_manifest_cases c ON c.manifest_id = m.id AND c.case_key = p.case_key
            WHERE m.inspection_id = $1
            ORDER BY s.id, p.position
            """, [inspectionID]
        ).map { row in
            let lists = try row.decode([Int].self, "lists")
            let numbers = try row.decode([Int].self, "row_numbers")
            return SampledCase(
                sampleID: try row.decode(Int.self, "sample_id"), manifestID: try row.decode(Int.self, "manifest_id"),
                snapshotID: try row.decode(Int.self, "snapshot_id"), position: try row.decode(Int.self, "position"),
                caseKey: try row.decode(String.self, "case_key"), stratum: try row.decode(String.self, "stratum"),
                childID: try row.decode(String.self, "child_id"),
                rows: zip(lists, numbers).map { SampledCase.Row(list: $0, rowNumber: $1) }, worker: try row.decode(String.self, "worker"),
                team: try row.decode(String.self, "team"))
        }
    }
}
