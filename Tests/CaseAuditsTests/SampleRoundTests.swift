import Foundation
import PluginKit
import Postgres
import Testing

@testable import CaseAudits

/// Rounds whose children come straight from a sample, as the `inspection.sampled-cases` point
/// gives them (EvidenceSamplingTests read a real sample through the point).
@Suite("Audit rounds from a sample")
struct SampleRoundTests {
    /// The fixture's children as picks of sample 9 from `snapshot`, the first child picked again from another list.
    static func picks(_ fixture: AuditFixture, snapshot: Int) -> [SampledCase] {
        let children = fixture.children + [fixture.children[0]]
        return children.enumerated().map { index, child in
            SampledCase(
                sampleID: 9, manifestID: 4, snapshotID: snapshot, position: index + 1, caseKey: "L\(index == children.count - 1 ? 6 : 7):\(child.id)",
                stratum: index % 2 == 0 ? "child protection" : "children in need", childID: child.id, rows: [.init(list: 7, rowNumber: index + 2)],
                worker: "W", team: child.team)
        }
    }

    @Test("a round from a sample audits each picked child once, in the stratum it was picked in, from the sample's snapshot")
    func roundFromSample() async throws {
        try await AuditFixture.with { fixture in
            let snapshot = try await fixture.pool.query("SELECT max(id) AS id FROM annex_a_snapshots")[0].decode(Int.self, "id")
            let picks = Self.picks(fixture, snapshot: snapshot)
            let round = try await RoundStore(pool: fixture.pool).create(
                .init(
                    name: "Sampled", tool: try AuditTool.parse(AuditToolExample.text, file: "t.yaml"),
                    children: .sample(id: 9, cases: picks, inspectionID: nil),
                    auditors: AuditorFile(path: try fixture.auditorsFile()), snapshotID: nil, moderationShare: 0.2, seed: "1", actor: "c"))
            #expect(round.cases == fixture.children.count && round.snapshotID == snapshot)
            let stored = try await fixture.pool.query("SELECT child_id, stratum FROM case_audit_cases WHERE round_id = $1 ORDER BY child_id", [round.id])
                .map { [try $0.decode(String.self, "child_id"), try $0.decode(String.self, "stratum")] }
            #expect(stored == picks.dropLast().map { [$0.childID, $0.stratum] }.sorted { $0[0] < $1[0] })
            #expect(try await fixture.pool.query("SELECT source FROM case_audit_rounds")[0].decode(String.self, "source") == "sample 9")
        }
    }

    @Test("a sample no live inspection has is refused with what to do, and nothing is made")
    func unknownSample() async throws {
        try await AuditFixture.with { fixture in
            await #expect(
                throws: CaseAuditError(
                    "sample 5 is not drawn for a live inspection or the running rehearsal (or EvidenceSampling is not enabled); "
                        + "`ilacs-sampler samples` lists them, or give the sampler's CSV export with --children")
            ) {
                let children = try await fixture.pool.withConnection { try await RoundChildren.sample(5, readers: [], on: $0) }
                _ = try await RoundStore(pool: fixture.pool).create(
                    .init(
                        name: "R", tool: try AuditTool.parse(AuditToolExample.text, file: "t.yaml"), children: children,
                        auditors: AuditorFile(path: try fixture.auditorsFile()), snapshotID: nil, moderationShare: 0.2, seed: "1", actor: "c"))
            }
            let rounds = try await fixture.count("case_audit_rounds")
            #expect(rounds == 0)
        }
    }
}
