import Domain
import PluginKit
import Postgres
import Testing

@testable import Reporting

@Suite("Readiness indicators against hand-worked values")
struct IndicatorTests {
    static func request(_ ids: (current: Int, previous: Int), childRows: Bool = false) -> ReportRequest {
        ReportRequest(
            snapshotID: ids.current, asOf: CalendarDate.parse(HandWorkedSnapshot.asOf)!, previousSnapshotID: ids.previous, includeChildRows: childRows)
    }

    /// Every indicator's counts for `snapshot` of the hand-worked data.
    static func figures(_ fixture: ReportingFixture, snapshot: Int) async throws -> [String: IndicatorFigures] {
        try await fixture.pool.withConnection { connection in
            try await IndicatorCalculator(indicators: IndicatorCatalogue.all)
                .figures(snapshotID: snapshot, asOf: CalendarDate.parse(HandWorkedSnapshot.asOf)!, on: connection)
        }
    }

    @Test("every indicator's numerator and denominator equal the hand-worked counts")
    func everyIndicator() async throws {
        try await ReportingFixture.with { fixture in
            let ids = try await HandWorkedSnapshot.write(fixture)
            let figures = try await Self.figures(fixture, snapshot: ids.current)
            #expect(Set(IndicatorCatalogue.all.map(\.id)) == Set(HandWorkedSnapshot.expected.keys), "every indicator has a hand-worked value")
            for (id, expected) in HandWorkedSnapshot.expected.sorted(by: { $0.key < $1.key }) {
                let total = figures[id]?.total
                #expect(
                    total?.numerator == expected.0 && total?.denominator == expected.1,
                    "\(id): got \(total.map { "\($0.numerator)/\($0.denominator)" } ?? "nothing"), expected \(expected.0)/\(expected.1)")
            }
        }
    }

    @Test("teams are broken down; cases per worker is an average per team")
    func teams() async throws {
        try await ReportingFixture.with { fixture in
            let ids = try await HandWorkedSnapshot.write(fixture)
            let figures = try await Self.figures(fixture, snapshot: ids.current)
            func teams(_ id: String) -> [String] {
                figures[id]!.teams.map { "\($0.team) \($0.figure.numerator)/\($0.figure.denominator)" }
            }
            #expect(teams("re_referrals") == ["Team A 1/2", "Team B 1/2"])
            #expect(teams("assessments_45_days") == ["Team A 1/2", "Team B 1/1"])
            #expect(teams("cic_placement_stability") == ["Team A 1/2", "Team B 1/2"])
            #expect(teams("cases_per_worker") == ["Team A 2/1", "Team B 1/1"])
            #expect(teams("unallocated_cases") == ["Team A 1/3", "Team B 1/2"])
            #expect(figures["adoption_14_months"]!.teams.isEmpty)
            #expect(figures["cases_per_worker"]!.total.value(percentage: false) == 1.5)
        }
    }

    @Test("the change since the previous snapshot is in percentage points; no cases is not a change")
    func changeSincePrevious() async throws {
        try await ReportingFixture.with { fixture in
            let ids = try await HandWorkedSnapshot.write(fixture)
            let results = try await fixture.pool.withConnection { connection in
                try await IndicatorsSection.results(IndicatorCatalogue.all, for: Self.request(ids), on: connection)
            }
            let byID = Dictionary(uniqueKeysWithValues: results.map { ($0.id, $0) })
            #expect(byID["re_referrals"]?.formattedChange == "no change") // 1 of 2 before, 2 of 4 now
            #expect(byID["referrals_nfa"]?.formattedChange == "up 50.0 points") // 0 of 2 before, 2 of 4 now
            #expect(byID["cic_health"]?.formattedChange == "n/a") // no children in care before
            #expect(byID["cic_health"]?.formatted(byID["cic_health"]?.value) == "75.0%")
        }
    }

    @Test("without a local list the not-in-school indicator says it is not available")
    func noLocalList() async throws {
        try await ReportingFixture.with { fixture in
            let ids = try await HandWorkedSnapshot.write(fixture, localList: false)
            let results = try await fixture.pool.withConnection { connection in
                try await IndicatorsSection.results(IndicatorCatalogue.all, for: Self.request(ids), on: connection)
            }
            let notInSchool = try #require(results.first { $0.id == "not_in_school" })
            #expect(notInSchool.current == nil)
            #expect(notInSchool.note?.contains("local-list import --name children-not-in-school FILE --snapshot \(ids.current)") == true)
        }
    }

    @Test("the SQL working-day function agrees with Domain's rule over four weeks of starts and ends")
    func workingDaysAgree() async throws {
        try await ReportingFixture.with { fixture in
            let rows = try await fixture.pool.query(
                """
                SELECT s::date AS start, e::date AS finish, reporting_working_days(s::date, e::date) AS days
                FROM generate_series(date '2024-02-19', date '2024-03-17', interval '1 day') s,
                     generate_series(date '2024-02-19', date '2024-04-14', interval '1 day') e
                """)
            var mismatches = 0
            for row in rows {
                let start = try row.decode(CalendarDate.self, "start")
                let finish = try row.decode(CalendarDate.self, "finish")
                if try row.decode(Int.self, "days") != start.workingDays(to: finish) { mismatches += 1 }
            }
            #expect(rows.count == 28 * 56)
            #expect(mismatches == 0)
        }
    }
}
