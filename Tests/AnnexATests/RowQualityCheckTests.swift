import AnnexAStore
import Domain
import Foundation
import Postgres
import Testing

@testable import AnnexA

/// The checks within one list, made while the rows stream in, find exactly what SQL over the
/// stored rows finds: the statements the import ran before, kept here as the oracle.
@Suite("Row quality checks")
struct RowQualityCheckTests {
    @Test("date checks and duplicates made while streaming equal SQL's over the stored rows")
    func streamingEqualsSQL() async throws {
        try await AnnexAFixture.with { fixture in
            // List 7: an end before its start, a visit before the birth, a review after the as-of
            // date, and one row three times (the copies later in the file).
            var plans = try fixture.records(of: 7)
            plans[1][12] = "02/02/2026"
            plans[1][6] = "03/02/2026"
            plans[2][9] = "01/01/1990"
            plans[3][11] = "01/01/2030"
            plans += [plans[4], plans[4]]
            // List 8: one row twice with a blank placement postcode (blanks are equal in a key).
            var care = try fixture.records(of: 8)
            care[1][24] = ""
            care.insert(care[1], at: 3)
            // List 1: a contact after the as-of date, and a row twice with an unreadable source.
            var contacts = try fixture.records(of: 1)
            contacts[1][5] = "01/06/2027"
            contacts[2][6] = "not a source"
            contacts.append(contacts[2])
            let folder = try fixture.folder(replacing: [
                7: AnnexAFixture.csv(plans), 8: AnnexAFixture.csv(care), 1: AnnexAFixture.csv(contacts)
            ])
            defer { try? FileManager.default.removeItem(atPath: folder) }

            let summary = try await fixture.importedSnapshot(folder)
            let kinds = [QualityChecks.Kind.futureDate, .beforeBirth, .endBeforeStart, .duplicate].map(\.rawValue)
            let stored = try await fixture.pool.query(
                """
                SELECT kind || '|' || list || '|' || row_number || '|' || coalesce(column_key, '-') || '|' || message
                FROM annex_a_quality_issues WHERE snapshot_id = $1 AND kind = ANY($2) ORDER BY 1
                """, [summary.snapshotID, kinds]
            ).map { try $0.decode(String.self, at: 0) }
            let expected = try await fixture.pool.query(
                "SELECT line FROM (\(Self.oracle())) findings ORDER BY 1", [summary.snapshotID, AnnexAFixture.asOf]
            ).map { try $0.decode(String.self, at: 0) }
            #expect(stored == expected)
            for kind in kinds { #expect(expected.contains { $0.hasPrefix(kind + "|") }, "the data should make a \(kind) finding") }
            #expect(
                expected.contains(
                    "duplicate|8|4|-|same child id, date started looked after, legal status, placement type, placement provider, placement postcode as row 2"))
            #expect(expected.filter { $0.hasPrefix("duplicate|7|") && $0.hasSuffix("as row 5") }.count == 2)
            #expect(summary.qualityIssues >= expected.count)
        }
    }

    /// Every list's date checks and duplicates as one SELECT of `kind|list|row|column|message`
    /// lines; `$1` is the snapshot, `$2` the as-of date.
    private static func oracle() -> String {
        AnnexAList.allCases.map { list in
            let table = AnnexATables.table(list)
            let dates = list.columns.filter { $0.kind == .date }.map(\.key)
            var checks = dates.map { "('future_date', '\($0)', t.\($0) > $2::date, 'this date is after the as-of date')" }
            if dates.contains("date_of_birth") {
                checks += dates.filter { $0 != "date_of_birth" }.map {
                    "('date_before_birth', '\($0)', t.\($0) < t.date_of_birth, 'this date is before the child''s date of birth')"
                }
            }
            checks += (RowQualityChecks.periods[list] ?? []).map {
                "('end_before_start', '\($0.end)', t.\($0.end) < t.\($0.start), 'this date is before \($0.start.replacingOccurrences(of: "_", with: " "))')"
            }
            let key = list.naturalKey.joined(separator: ", ")
            let dateFindings =
                checks.isEmpty
                ? ""
                : """
                SELECT c.kind || '|\(list.number)|' || t.row_number || '|' || c.key || '|' || c.message AS line
                FROM \(table) t CROSS JOIN LATERAL (VALUES \(checks.joined(separator: ", "))) AS c(kind, key, failed, message)
                WHERE t.snapshot_id = $1 AND c.failed
                UNION ALL

                """
            return dateFindings + """
                SELECT 'duplicate|\(list.number)|' || row_number || '|-|same \(key.replacingOccurrences(of: "_", with: " ")) as row ' || first_row
                FROM (SELECT row_number, min(row_number) OVER (PARTITION BY \(key)) AS first_row
                      FROM \(table) WHERE snapshot_id = $1) duplicates
                WHERE row_number <> first_row
                """
        }.joined(separator: "\nUNION ALL\n")
    }
}
