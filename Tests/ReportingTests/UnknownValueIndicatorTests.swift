import Domain
import Postgres
import Testing

@testable import Reporting

/// Rows an import kept with values as given: counted in the denominators' notes, and a row whose
/// allocated team is unknown is grouped under `(unknown)` without disturbing the total.
@Suite("Indicators over values kept as given")
struct UnknownValueIndicatorTests {
    @Test("an indicator notes how many of its denominator carry values kept as given, and an unknown team leaves the total as it was")
    func unknownsInNotes() async throws {
        try await ReportingFixture.with { fixture in
            let ids = try await HandWorkedSnapshot.write(fixture)
            let row = try await fixture.pool.query(
                "SELECT min(row_number) FROM annex_a_list_3 WHERE snapshot_id = $1", [ids.current])[0].decode(Int.self, at: 0)
            try await fixture.pool.query(
                """
                UPDATE annex_a_list_3 SET ethnicity = NULL, allocated_team = NULL,
                       raw_values = '{"allocated_team": "", "ethnicity": "Not given"}'::jsonb
                WHERE snapshot_id = $1 AND row_number = $2
                """, [ids.current, row])
            let results = try await fixture.pool.withConnection { connection in
                try await IndicatorsSection.results(IndicatorCatalogue.all, for: IndicatorTests.request(ids), on: connection)
            }
            let reReferrals = try #require(results.first { $0.id == "re_referrals" })
            #expect(reReferrals.current?.total.numerator == 2 && reReferrals.current?.total.denominator == 4)
            #expect(reReferrals.current?.total.unknowns == 1)
            #expect(reReferrals.note?.hasPrefix("1 of the 4 in the denominator have values kept as given at import") == true)
            #expect(reReferrals.current?.teams.contains { $0.team == "(unknown)" } == true)
            let cicHealth = try #require(results.first { $0.id == "cic_health" })
            #expect(cicHealth.note == nil)
        }
    }
}
