import Domain
import PluginKit
import Postgres
import PracticeStandards
import Testing

@testable import Reporting

@Suite("Practice standards set the timescale the indicators measure")
struct PracticeStandardsTests {
    static func content(_ fixture: ReportingFixture, standards: String) async throws -> ReportSectionContent {
        let ids = try await HandWorkedSnapshot.write(fixture)
        let parsed = try PracticeStandards.parse(standards, file: "standards.yaml")
        return try await fixture.pool.transaction { connection in
            try await PracticeStandardsStore.replace(with: parsed, source: "standards.yaml", actor: "tester", on: connection)
            return try await IndicatorsSection().content(for: IndicatorTests.request(ids), on: connection)
        }
    }

    static func row(_ content: ReportSectionContent, startingWith title: String) -> [String]? {
        content.parts.flatMap(\.tables).flatMap(\.rows).first { $0.first?.hasPrefix(title) == true }
    }

    @Test("the national timescales written as local standards give the hand-worked counts, and the report judges each target")
    func nationalAsLocal() async throws {
        try await ReportingFixture.with { fixture in
            let content = try await Self.content(
                fixture,
                standards: """
                    standards:
                      - indicator: cp_visits
                        title: Children on a plan are seen at least every 10 working days
                        every: 10 working days
                        target: 100%
                      - indicator: cic_visits
                        title: Statutory visits at least every 6 weeks
                        every: 6 weeks
                        target: 0%
                    """)
            let cpVisits = HandWorkedSnapshot.expected["cp_visits"]!
            let cicVisits = HandWorkedSnapshot.expected["cic_visits"]!
            #expect(Self.row(content, startingWith: "Child protection visits within 10 working days (local standard)")?[4] == "\(cpVisits.0) / \(cpVisits.1)")
            #expect(Self.row(content, startingWith: "Social-work visits within 6 weeks (local standard)")?[4] == "\(cicVisits.0) / \(cicVisits.1)")
            let standards = content.parts.first { $0.heading == "The authority's practice standards" }?.tables.first?.rows
            #expect(standards?.count == 2)
            #expect(standards?.first { $0[0].hasPrefix("Statutory visits") }?[4] == "met")
        }
    }

    @Test("a tighter local timescale counts fewer children as seen in time, and says so in the title")
    func tighterStandard() async throws {
        try await ReportingFixture.with { fixture in
            let content = try await Self.content(
                fixture, standards: "standards:\n  - indicator: cic_visits\n    every: 1 day\n    target: 95%\n")
            let row = Self.row(content, startingWith: "Social-work visits within 1 day (local standard)")
            let counted = Int(row?[4].split(separator: "/").first?.trimmingCharacters(in: .whitespaces) ?? "")
            #expect(counted != nil && counted! <= HandWorkedSnapshot.expected["cic_visits"]!.0)
        }
    }

    @Test("a negative timescale, an unknown indicator and a target over 100% are refused naming the file and line")
    func badFiles() {
        let cases = [
            (
                "standards:\n  - indicator: cp_visits\n    every: -10 working days\n    target: 90%\n",
                "standards.yaml, line 3: `every` must be 1 or more, not -10: a timescale cannot be zero or negative"
            ),
            (
                "standards:\n  - indicator: cp_visit\n    every: 10 working days\n    target: 90%\n",
                "standards.yaml, line 2: `cp_visit` is not an indicator a standard can set; use one of cp_visits, cic_visits, assessments_45_days, s47_icpc_15_days, supervision"
            ),
            (
                "standards:\n  - indicator: cp_visits\n    every: 10 working days\n    target: 120%\n",
                "standards.yaml, line 4: `target` must be a share from 0% to 100%, e.g. `target: 95%`"
            )
        ]
        for (text, message) in cases {
            #expect(throws: PracticeStandardsError.self) { try PracticeStandards.parse(text, file: "standards.yaml") }
            do {
                _ = try PracticeStandards.parse(text, file: "standards.yaml")
            } catch {
                #expect("\(error)" == message)
            }
        }
    }

    @Test("the example holds the statutory minimums and loads as it is")
    func example() throws {
        let standards = try PracticeStandards.parse(PracticeStandards.example, file: "example")
        #expect(standards.map(\.indicator) == MeasuredIndicator.all.map(\.id))
        #expect(standards.first { $0.indicator == "cp_visits" }?.timescale == Timescale(10, .workingDays))
        #expect(standards.first { $0.indicator == "cic_visits" }?.timescale == Timescale(6, .weeks))
    }
}
