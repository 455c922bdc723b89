import AnnexAStore
import Domain
import Postgres

/// Matches Annex A's "Allocated Worker" names to the register's staff ids for one snapshot,
/// stores the result (what ``WorkforceRegister/staffID(ofAllocatedWorker:snapshot:)`` reads) and
/// returns the names that match no one or several people as data-quality findings.
///
/// A name matches a member of staff when ``WorkerName/key(_:)`` of both is equal. Blank cells
/// (an unallocated child) are not names and are left out. Every list with an "Allocated Worker"
/// column is read; a name is counted once however many lists hold it.
public enum AllocatedWorkerMatcher {
    /// Where a name appears: one list's column, its first row (as the list shows it, header 1) and
    /// how many rows hold it.
    public struct Occurrence: Sendable, Hashable, Codable {
        /// The list.
        public var list: Int
        /// The column heading ("Allocated Worker").
        public var column: String
        /// The first row holding the name.
        public var firstRow: Int
        /// Rows holding the name.
        public var rows: Int
    }

    /// A name that matched no one (`candidates` 0) or several people.
    public struct Finding: Sendable, Hashable, Codable {
        /// The name as Annex A first gives it: staff's personal data, shown only on request.
        public var name: String
        /// How many members of staff share the name (0: none).
        public var candidates: Int
        /// Where it appears, by list.
        public var occurrences: [Occurrence]
        /// Rows affected across the lists.
        public var rows: Int { occurrences.reduce(0) { $0 + $1.rows } }
    }

    /// What a match found.
    public struct Outcome: Sendable, Hashable, Codable {
        /// The snapshot matched.
        public var snapshotID: Int
        /// The register version matched against.
        public var registerImportID: Int
        /// Distinct names (after normalisation) in the snapshot.
        public var names: Int
        /// Names matched to exactly one member of staff.
        public var matched: Int
        /// The other names, most rows first, then by list and row.
        public var findings: [Finding]
    }

    /// The lists with an "Allocated Worker" column.
    public static let lists = AnnexAList.allCases.filter { $0.columns.contains { $0.key == column } }

    private static let column = "allocated_worker"

    /// Matches `snapshotID`'s names against register version `registerImportID` (the current
    /// register) and replaces that snapshot's stored matches; run it in the caller's transaction.
    public static func match(snapshotID: Int, registerImportID: Int, on connection: PostgresConnection) async throws -> Outcome {
        var idsByKey: [String: [String]] = [:]
        for row in try await connection.query("SELECT id, name FROM workforce_staff ORDER BY id") {
            idsByKey[WorkerName.key(try row.decode(String.self, "name")), default: []].append(try row.decode(String.self, "id"))
        }
        var names: [String: (given: String, occurrences: [Occurrence])] = [:]
        for list in lists {
            let heading = list.columns.first { $0.key == column }?.heading ?? "Allocated Worker"
            let rows = try await connection.query(
                """
                SELECT \(column) AS name, min(row_number) AS first_row, count(*) AS row_count FROM \(AnnexATables.table(list))
                WHERE snapshot_id = $1 AND btrim(coalesce(\(column), '')) <> '' GROUP BY \(column) ORDER BY min(row_number)
                """, [snapshotID])
            for row in rows {
                let given = try row.decode(String.self, "name")
                let occurrence = Occurrence(
                    list: list.number, column: heading, firstRow: try row.decode(Int.self, "first_row"), rows: try row.decode(Int.self, "row_count"))
                names[WorkerName.key(given), default: (given, [])].occurrences.append(occurrence)
            }
        }
        try await connection.execute("DELETE FROM workforce_allocated_workers WHERE snapshot_id = $1", [snapshotID])
        let keys = names.keys.sorted()
        let candidates = keys.map { idsByKey[$0] ?? [] }
        try await connection.execute(
            """
            INSERT INTO workforce_allocated_workers (snapshot_id, register_import_id, name_key, staff_id, candidates, rows_affected)
            SELECT $1::bigint, $2::bigint, * FROM unnest($3::text[], $4::text[], $5::int[], $6::int[])
            """,
            [
                snapshotID, registerImportID, keys, candidates.map { $0.count == 1 ? $0[0] : nil }, candidates.map(\.count),
                keys.map { key in names[key]?.occurrences.reduce(0) { $0 + $1.rows } ?? 0 }
            ])
        let findings = zip(keys, candidates).compactMap { key, ids -> Finding? in
            guard ids.count != 1, let name = names[key] else { return nil }
            return Finding(
                name: name.given, candidates: ids.count, occurrences: name.occurrences.sorted { ($0.list, $0.firstRow) < ($1.list, $1.firstRow) })
        }
        return Outcome(
            snapshotID: snapshotID, registerImportID: registerImportID, names: keys.count, matched: keys.count - findings.count,
            findings: findings.sorted {
                ($1.rows, $0.occurrences[0].list, $0.occurrences[0].firstRow) < ($0.rows, $1.occurrences[0].list, $1.occurrences[0].firstRow)
            })
    }
}
