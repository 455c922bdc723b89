import AnnexAStore
import Domain
import Foundation
import Postgres

/// Cross-list data-quality checks, run in SQL over a snapshot right after it is loaded (the
/// checks within one list are made while it streams in: ``RowQualityChecks``). Each finding is a
/// warning stored in `annex_a_quality_issues`; `ilacs-admin quality` shows them.
enum QualityChecks {
    /// The kinds of finding, as stored and as shown.
    enum Kind: String, CaseIterable {
        case missingFromChildrenInNeed = "missing_from_list_6"
        case caseStatusMismatch = "case_status_mismatch"
        case futureDate = "future_date"
        case beforeBirth = "date_before_birth"
        case endBeforeStart = "end_before_start"
        case duplicate = "duplicate"
        /// Recorded by the import, not by SQL: a cell kept as given, its typed value unknown.
        case unknownValue = "unknown_value"
        /// Recorded by the import: a cell kept as given, its typed value safely repaired.
        case repairedValue = "repaired_value"

        /// A heading for people.
        var title: String {
            switch self {
            case .missingFromChildrenInNeed: "Child on a plan missing from children in need (List 6)"
            case .caseStatusMismatch: "Case status does not match Lists 7 and 8"
            case .futureDate: "Dates after the as-of date"
            case .beforeBirth: "Dates before the child's date of birth"
            case .endBeforeStart: "End dates before start dates"
            case .duplicate: "Duplicate rows (same natural key)"
            case .unknownValue: "Values kept as given, their typed value unknown (blank, not in the code list, not a date or number)"
            case .repairedValue: "Values kept as given and repaired (fractional ages, ages that disagree with the date of birth)"
            }
        }
    }

    /// Runs every cross-list check for `snapshotID`, in the import's transaction.
    /// - Returns: how many findings were recorded.
    static func run(snapshotID: Int, on connection: PostgresConnection) async throws -> Int {
        var total = 0
        for statement in statements() {
            total += try await connection.execute(statement, [snapshotID])
        }
        return total
    }

    /// The INSERT statements; `$1` is the snapshot id.
    static func statements() -> [String] {
        let insert = "INSERT INTO annex_a_quality_issues (snapshot_id, kind, list, row_number, column_key, message)"
        let t6 = AnnexATables.table(.childrenInNeed)
        let t7 = AnnexATables.table(.childProtection)
        let t8 = AnnexATables.table(.childrenInCare)
        return [
            """
            \(insert)
            SELECT $1, '\(Kind.missingFromChildrenInNeed.rawValue)', 7, p.row_number, 'child_id',
                   'this child has a child protection plan but is not in List 6 (children in need)'
            FROM \(t7) p
            WHERE p.snapshot_id = $1
              AND NOT EXISTS (SELECT 1 FROM \(t6) c WHERE c.snapshot_id = $1 AND c.child_id = p.child_id)
            """,
            """
            \(insert)
            SELECT $1, '\(Kind.caseStatusMismatch.rawValue)', 6, c.row_number, 'case_status',
                   CASE WHEN c.case_status = 'LAC'
                        THEN 'case status is looked after but the child is not in care in List 8'
                        ELSE 'the child is in care in List 8 but the case status is not looked after' END
            FROM \(t6) c
            WHERE c.snapshot_id = $1
              AND (c.case_status = 'LAC') <> EXISTS (
                  SELECT 1 FROM \(t8) l WHERE l.snapshot_id = $1 AND l.child_id = c.child_id AND l.date_ceased_looked_after IS NULL)
            """,
            """
            \(insert)
            SELECT $1, '\(Kind.caseStatusMismatch.rawValue)', 6, c.row_number, 'case_status',
                   CASE WHEN c.case_status = 'CPP'
                        THEN 'case status is child protection plan but List 7 has no open plan for the child'
                        ELSE 'List 7 has an open plan for the child but the case status is neither child protection plan nor looked after' END
            FROM \(t6) c
            WHERE c.snapshot_id = $1 AND c.case_status <> 'LAC'
              AND (c.case_status = 'CPP') <> EXISTS (
                  SELECT 1 FROM \(t7) p WHERE p.snapshot_id = $1 AND p.child_id = c.child_id AND p.plan_end_date IS NULL)
            """
        ]
    }
}
