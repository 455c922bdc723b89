import AnnexAStore
import Domain
import Foundation
import Postgres

/// Cross-list data-quality checks, run in SQL over a snapshot right after it is loaded. Each
/// finding is a warning stored in `annex_a_quality_issues`; `ilacs-admin quality` shows them.
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

    /// Pairs of (start, end) columns per list where the end must not precede the start.
    static let periods: [AnnexAList: [(start: String, end: String)]] = [
        .earlyHelp: [("assessment_start_date", "assessment_completion_date")],
        .assessments: [("assessment_start_date", "assessment_authorisation_date")],
        .section47: [("strategy_discussion_date", "icpc_date")],
        .childrenInNeed: [("cin_start_date", "cin_closure_date")],
        .childProtection: [("plan_start_date", "plan_end_date")],
        .childrenInCare: [
            ("date_started_looked_after", "date_ceased_looked_after"),
            ("date_started_looked_after", "legal_status_start_date")
        ],
        .adoption: [
            ("date_entered_care", "date_of_decision_to_place"),
            ("date_of_decision_to_place", "date_placed_for_adoption")
        ],
        .adopters: [("date_stage_1_started", "date_stage_1_ended"), ("date_stage_2_started", "date_stage_2_ended")]
    ]

    /// Runs every check for `snapshotID`.
    /// - Returns: how many findings were recorded.
    static func run(snapshotID: Int, asOf: CalendarDate, on connection: PostgresConnection) async throws -> Int {
        var total = 0
        for statement in statements() {
            // Only the future-date checks compare with the as-of date.
            let parameters: [any PostgresEncodable] = statement.contains("$2") ? [snapshotID, asOf] : [snapshotID]
            total += try await connection.execute(statement, parameters)
        }
        return total
    }

    /// The INSERT statements; `$1` is the snapshot id and `$2`, where used, the as-of date.
    static func statements() -> [String] {
        let insert = "INSERT INTO annex_a_quality_issues (snapshot_id, kind, list, row_number, column_key, message)"
        let t6 = AnnexATables.table(.childrenInNeed)
        let t7 = AnnexATables.table(.childProtection)
        let t8 = AnnexATables.table(.childrenInCare)
        var statements = [
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
        for list in AnnexAList.allCases {
            let table = AnnexATables.table(list)
            // One scan per list for every date check: each check is a row of a lateral VALUES list
            // (kind, column, whether the row fails it, message).
            let dates = list.columns.filter { $0.kind == .date }.map(\.key)
            var checks = dates.map { "('\(Kind.futureDate.rawValue)', '\($0)', t.\($0) > $2::date, 'this date is after the as-of date')" }
            if dates.contains("date_of_birth") {
                checks += dates.filter { $0 != "date_of_birth" }.map {
                    "('\(Kind.beforeBirth.rawValue)', '\($0)', t.\($0) < t.date_of_birth, 'this date is before the child''s date of birth')"
                }
            }
            checks += (periods[list] ?? []).map {
                "('\(Kind.endBeforeStart.rawValue)', '\($0.end)', t.\($0.end) < t.\($0.start), "
                    + "'this date is before \($0.start.replacingOccurrences(of: "_", with: " "))')"
            }
            if !checks.isEmpty {
                statements.append(
                    """
                    \(insert)
                    SELECT $1, c.kind, \(list.number), t.row_number, c.key, c.message
                    FROM \(table) t CROSS JOIN LATERAL (VALUES \(checks.joined(separator: ", "))) AS c(kind, key, failed, message)
                    WHERE t.snapshot_id = $1 AND c.failed
                    """)
            }
            let key = list.naturalKey.joined(separator: ", ")
            statements.append(
                """
                \(insert)
                SELECT $1, '\(Kind.duplicate.rawValue)', \(list.number), row_number, NULL,
                       'same ' || '\(key.replacingOccurrences(of: "_", with: " "))' || ' as row ' || first_row
                FROM (SELECT row_number, min(row_number) OVER (PARTITION BY \(key)) AS first_row
                      FROM \(table) WHERE snapshot_id = $1) duplicates
                WHERE row_number <> first_row
                """)
        }
        return statements
    }
}
