import Configuration
import Domain
import Logging
import PluginKit
import Postgres
import Testing

@testable import AnnexA
@testable import CaseAudits

/// Audit rounds that belong to a rehearsal (issue 16's dry run): left out of live lists, the
/// report and comparisons, reviewers' access only under the rehearsal, all removed at its end.
@Suite("Audit rounds of a rehearsal")
struct RehearsalRoundTests {
    /// A live inspection and a running rehearsal, by id.
    static func inspections(_ pool: PostgresPool) async throws -> (live: Int, rehearsal: Int) {
        let insert = "INSERT INTO inspections (type, started_on, created_by, rehearsal) VALUES ('short', '2026-12-07', 'tester', $1) RETURNING id"
        return (
            try await pool.query(insert, [false])[0].decode(Int.self, "id"), try await pool.query(insert, [true])[0].decode(Int.self, "id")
        )
    }

    /// A round of every fixture child under `inspection`.
    static func round(_ fixture: AuditFixture, name: String, inspection: Int?) async throws -> RoundStore.Round {
        try await RoundStore(pool: fixture.pool).create(
            .init(
                name: name, tool: try AuditTool.parse(AuditToolExample.text, file: "tool.yaml"), children: .file(try fixture.childrenFile()),
                auditors: AuditorFile(path: try fixture.auditorsFile()), snapshotID: nil, inspectionID: inspection, moderationShare: 0.2,
                seed: "1", actor: "coordinator"))
    }

    @Test("a rehearsal's round is listed only with --rehearsal, never in the report, and removed with every row when the rehearsal ends")
    func rehearsalRound() async throws {
        try await AuditFixture.with { fixture in
            let (live, rehearsal) = try await Self.inspections(fixture.pool)
            let liveRound = try await Self.round(fixture, name: "Live", inspection: nil)
            let dryRun = try await Self.round(fixture, name: "Dry run", inspection: rehearsal)
            let store = RoundStore(pool: fixture.pool)
            #expect(try await store.all().map(\.name) == ["Live"])
            #expect(try await store.all(rehearsal: true).map(\.name) == ["Dry run"])
            let request = ReportRequest(snapshotID: liveRound.snapshotID, asOf: AuditFixture.asOf, previousSnapshotID: nil, includeChildRows: false)
            let section = try await fixture.pool.withConnection { try await CaseAuditsSection().content(for: request, on: $0) }
            #expect(section.summary?.hasPrefix("Round \(liveRound.id) 'Live'") == true)

            let links = ReviewerLinks(pool: fixture.pool)
            let until = CalendarDate.today.adding(days: 7)
            await #expect(throws: CaseAuditError("--inspection \(live): round \(dryRun.id) belongs to inspection \(rehearsal); give --inspection \(rehearsal)"))
            {
                _ = try await links.issue(round: dryRun.id, inspectionID: live, from: .today, until: until, linkHours: 12, actor: "c")
            }
            await #expect(throws: CaseAuditError("--inspection \(rehearsal) is a rehearsal, and round \(liveRound.id) is live; give a live inspection's id")) {
                _ = try await links.issue(round: liveRound.id, inspectionID: rehearsal, from: .today, until: until, linkHours: 12, actor: "c")
            }
            #expect(!(try await links.issue(round: dryRun.id, inspectionID: rehearsal, from: .today, until: until, linkHours: 12, actor: "c")).isEmpty)
            let configuration = ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: [:]))
            let host = try PluginHost(linked: [AnnexAPlugin(), CaseAuditsPlugin()], configuration: configuration)
            let records = try host.implementations(
                of: Rehearsals.point, context: PluginContext(configuration: configuration, pool: fixture.pool, host: host, logger: Logger(label: "test")))
            let liveCases = try await fixture.pool.query("SELECT count(*) AS n FROM case_audit_cases WHERE round_id = $1", [liveRound.id])[0]
                .decode(Int.self, "n")
            let removed = try await fixture.pool.transaction { connection in
                try await Rehearsals.discard(rehearsal, plugins: records, on: connection)
            }
            // The round, its cases and auditors, and the reviewers' access to the pages.
            #expect((removed["audits"] ?? 0) >= 1 + dryRun.cases + 6 + 1)
            #expect(try await store.all(rehearsal: true).isEmpty)
            #expect(try await store.all().map(\.name) == ["Live"])
            let left = try await fixture.pool.query("SELECT count(*) AS n FROM case_audit_cases WHERE round_id = $1", [liveRound.id])[0]
                .decode(Int.self, "n")
            #expect(left == liveCases)
            #expect(try await fixture.pool.query("SELECT 1 FROM inspections WHERE id = $1", [rehearsal]).single == nil)
        }
    }
}
