import Foundation
import PluginKit
import PracticeStandards
import PublishedStatistics
import TestSupport
import Testing

@testable import AnnexA
@testable import Reporting

/// The opening summary's Annex A findings: indicators that miss the authority's own target and
/// those that got worse since the previous snapshot, ranked with the published comparisons.
@Suite("The opening summary: own targets missed and worse since the last snapshot")
struct SnapshotFindingsTests {
    @Test("of two snapshots, NFA got worse (0% to 50%) and CP visits miss a 90% target (33.3%): both ranked by how far, in JSON and CSV too")
    func missedAndWorse() async throws {
        let plugins: [any Plugin] = [AnnexAPlugin(), ReportingPlugin(), PublishedStatisticsPlugin()]
        try await PluginTestDatabase.with(plugins: plugins) { migrated in
            let fixture = ReportingFixture(database: migrated.database, pool: migrated.pool, checklistItems: [])
            let ids = try await HandWorkedSnapshot.write(fixture)
            let standards = try PracticeStandards.parse(
                "standards:\n  - indicator: cp_visits\n    every: 10 working days\n    target: 90%\n", file: "standards.yaml")
            try await migrated.pool.transaction { connection in
                try await PracticeStandardsStore.replace(with: standards, source: "standards.yaml", actor: "tester", on: connection)
            }
            let sections = try migrated.host.implementations(of: ReportSections.point, context: migrated.context(for: ReportingPlugin.pluginName))
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("findings-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let writer = ReportWriter(pool: migrated.pool, sections: sections)
            let report = try await writer.write(
                snapshotID: ids.current, to: "\(folder)/report.json", format: .json, withChildRows: false, actor: "tester", reason: nil)
            _ = try await writer.write(snapshotID: ids.current, to: "\(folder)/report.csv", format: .csv, withChildRows: false, actor: "tester", reason: nil)

            let summary = try #require(report.sections.first)
            #expect(summary.anchor == "where-we-look-weak")
            #expect(summary.content.summary?.hasPrefix("Published comparisons: Not available: ILACS_AUTHORITY is not set.") == true)
            let weak = try #require(summary.content.parts.first?.tables.first)
            #expect(weak.columns == ["Rank", "Indicator", "This authority", "Why", "From"])
            let source = "Annex A snapshot \(ids.current)"
            #expect(
                weak.rows == [
                    ["1", "Referrals with no further action", "50.0%", "worse than snapshot \(ids.previous) (0.0%)", source],
                    [
                        "2", "Child protection visits within 10 working days (local standard)", "33.3%",
                        "misses the authority's target of 90.0% (every 10 working days) by 56.7 points", source
                    ]
                ])
            let json = try String(contentsOfFile: "\(folder)/report.json", encoding: .utf8)
            #expect(json.contains("misses the authority's target of 90.0% (every 10 working days) by 56.7 points"))
            let csv = try String(contentsOfFile: "\(folder)/report.csv", encoding: .utf8)
            #expect(csv.contains("worse than snapshot \(ids.previous) (0.0%)") && csv.contains("by 56.7 points"))
        }
    }

    @Test("a change of less than a tenth, a context figure and a met target are not weaknesses")
    func notWeak() {
        let request = ReportRequest(snapshotID: 2, asOf: .today, previousSnapshotID: 1, includeChildRows: false)
        func result(_ id: String, now: Int, before: Int) -> IndicatorResult {
            IndicatorResult(
                id: id, title: id, numerator: "", denominator: "", percentage: true,
                current: IndicatorFigures(total: IndicatorFigure(numerator: now, denominator: 1000), teams: []),
                previous: IndicatorFigure(numerator: before, denominator: 1000), note: nil)
        }
        #expect(SnapshotFindings.finding(result("cp_visits", now: 900, before: 900), standard: nil, request: request) == nil)
        #expect(SnapshotFindings.finding(result("cic_kinship", now: 100, before: 300), standard: nil, request: request) == nil)
        let met = PracticeStandard(indicator: "cp_visits", title: "Visits", timescale: Timescale(10, .workingDays), target: 90)
        #expect(SnapshotFindings.finding(result("cp_visits", now: 950, before: 900), standard: met, request: request) == nil)
        let worse = SnapshotFindings.finding(result("re_referrals", now: 300, before: 200), standard: nil, request: request)
        #expect(abs((worse?.distance ?? 0) - 0.5) < 1e-9 && worse?.reasons == ["worse than snapshot 1 (20.0%)"])
    }
}
