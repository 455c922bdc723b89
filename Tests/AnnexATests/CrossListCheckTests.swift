import AnnexAStore
import Domain
import Foundation
import Testing

@testable import AnnexA

/// The checks across Lists 6, 7 and 8, made while the rows stream in, find exactly what SQL over
/// the stored rows finds: the statements the import ran before, kept here as the oracle.
@Suite("Cross-list checks")
struct CrossListCheckTests {
    @Test("the checks across lists made while streaming equal SQL's over the stored rows")
    func streamingEqualsSQL() async throws {
        try await AnnexAFixture.with { fixture in
            let child = try Self.column("child_id", of: .childrenInNeed)
            let status = try Self.column("case_status", of: .childrenInNeed)
            let planEnd = try Self.column("plan_end_date", of: .childProtection)
            let ceased = try Self.column("date_ceased_looked_after", of: .childrenInCare)
            var inNeed = try fixture.records(of: 6)
            var plans = try fixture.records(of: 7)
            var care = try fixture.records(of: 8)
            func inNeedRow(_ id: String, _ caseStatus: String) -> [String] {
                var row = inNeed[2]
                row[child] = id
                row[status] = caseStatus
                return row
            }
            // The first child is in care in List 8; its status says child in need plan.
            let inCare = try #require(care.dropFirst().first { $0[ceased].isEmpty })[child]
            let first = try #require(inNeed.firstIndex { $0[child] == inCare })
            inNeed[first][status] = "CIN plan"
            // Looked after with no period of care, or only a closed one; a plan's status with no
            // plan; an open plan with a closed status; blank and unknown statuses (no finding).
            var closedCare = care[1]
            closedCare[child] = "CLOSED-CARE"
            closedCare[ceased] = "01/10/2026"
            care.append(closedCare)
            var openPlan = plans[1]
            openPlan[child] = "OPEN-PLAN"
            openPlan[planEnd] = ""
            // A plan for a child missing from List 6, and one whose id differs from a List 6 id
            // only in how "é" is encoded (different bytes, so a different id to SQL).
            var orphan = openPlan
            orphan[child] = "NOT-IN-LIST-6"
            var decomposed = openPlan
            decomposed[child] = "CHILD-e\u{301}"
            plans += [openPlan, orphan, decomposed]
            inNeed += [
                inNeedRow("NO-CARE", "Looked after"), inNeedRow("CLOSED-CARE", "Looked after"), inNeedRow("NO-PLAN", "CP plan"),
                inNeedRow("OPEN-PLAN", "Closed"), inNeedRow("BLANK", ""), inNeedRow("UNKNOWN", "not a status"),
                inNeedRow("CHILD-\u{E9}", "CIN plan")
            ]
            let folder = try fixture.folder(replacing: [
                6: AnnexAFixture.csv(inNeed), 7: AnnexAFixture.csv(plans), 8: AnnexAFixture.csv(care)
            ])
            defer { try? FileManager.default.removeItem(atPath: folder) }

            let summary = try await fixture.importedSnapshot(folder)
            let kinds = [QualityChecks.Kind.missingFromChildrenInNeed, .caseStatusMismatch].map(\.rawValue)
            let stored = try await fixture.pool.query(
                """
                SELECT kind || '|' || list || '|' || row_number || '|' || column_key || '|' || message
                FROM annex_a_quality_issues WHERE snapshot_id = $1 AND kind = ANY($2) ORDER BY 1
                """, [summary.snapshotID, kinds]
            ).map { try $0.decode(String.self, at: 0) }
            let expected = try await fixture.pool.query("SELECT line FROM (\(Self.oracle)) findings ORDER BY 1", [summary.snapshotID])
                .map { try $0.decode(String.self, at: 0) }
            #expect(stored == expected)
            for message in [
                "this child has a child protection plan but is not in List 6", "case status is looked after but the child is not in care",
                "the child is in care in List 8 but", "case status is child protection plan but", "List 7 has an open plan for the child but"
            ] {
                #expect(expected.contains { $0.contains(message) }, "the data should make a finding: \(message)")
            }
            #expect(expected.filter { $0.hasPrefix("case_status_mismatch|6|") }.count >= 5)
            #expect(expected.filter { $0.hasPrefix("missing_from_list_6|7|") }.count >= 2)
        }
    }

    private static func column(_ key: String, of list: AnnexAList) throws -> Int {
        try #require(list.columns.firstIndex { $0.key == key })
    }

    /// The three checks as one SELECT of `kind|list|row|column|message` lines; `$1` is the snapshot.
    private static let oracle: String = {
        let t6 = AnnexATables.table(.childrenInNeed)
        let t7 = AnnexATables.table(.childProtection)
        /// List 6 rows whose status is `code` exactly when the child has no open row in `table`.
        func statusCheck(_ code: String, _ table: String, openWhen open: String, saying messages: (String, String), where extra: String = "") -> String {
            """
            SELECT 'case_status_mismatch|6|' || c.row_number || '|case_status|'
                   || CASE WHEN c.case_status = '\(code)' THEN '\(messages.0)' ELSE '\(messages.1)' END
            FROM \(t6) c
            WHERE c.snapshot_id = $1 \(extra)
              AND (c.case_status = '\(code)') <> EXISTS (
                  SELECT 1 FROM \(table) o WHERE o.snapshot_id = $1 AND o.child_id = c.child_id AND o.\(open) IS NULL)
            """
        }
        return """
            SELECT 'missing_from_list_6|7|' || p.row_number
                   || '|child_id|this child has a child protection plan but is not in List 6 (children in need)' AS line
            FROM \(t7) p
            WHERE p.snapshot_id = $1
              AND NOT EXISTS (SELECT 1 FROM \(t6) c WHERE c.snapshot_id = $1 AND c.child_id = p.child_id)
            UNION ALL
            \(statusCheck(
                "LAC", AnnexATables.table(.childrenInCare), openWhen: "date_ceased_looked_after",
                saying: (
                    "case status is looked after but the child is not in care in List 8",
                    "the child is in care in List 8 but the case status is not looked after"
                )))
            UNION ALL
            \(statusCheck(
                "CPP", t7, openWhen: "plan_end_date",
                saying: (
                    "case status is child protection plan but List 7 has no open plan for the child",
                    "List 7 has an open plan for the child but the case status is neither child protection plan nor looked after"
                ), where: "AND c.case_status <> 'LAC'"))
            """
    }()
}
