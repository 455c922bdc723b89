import Foundation
import Postgres
import Testing

@testable import EvidenceSampling

/// Rows an import kept with values as given (unknown) stay in the population, and the manifest
/// says which cases are placed by an unknown value, by list and row, never by child.
@Suite("Manifests over values kept as given", .serialized)
struct ValueProblemManifestTests {
    /// Stores what the import stores for a cell kept as given: the typed column NULL, the cell in `raw_values`.
    static func keepAsGiven(_ fixture: SamplingFixture, list: Int, row: Int, column: String, given: String) async throws {
        let raw = String(decoding: try JSONEncoder().encode([column: given]), as: UTF8.self)
        try await fixture.pool.query(
            "UPDATE annex_a_list_\(list) SET \(column) = NULL, raw_values = $3::jsonb WHERE snapshot_id = $1 AND row_number = $2",
            [fixture.snapshotID, row, raw])
    }

    @Test("cases with unknown values stay in the population, and those whose cap, quota or cohort filter reads one are reported")
    func unknownValuesReported() async throws {
        try await SamplingFixture.with { fixture in
            let inCare = try await fixture.pool.query(
                "SELECT row_number FROM annex_a_list_8 WHERE snapshot_id = $1 AND date_ceased_looked_after IS NULL ORDER BY row_number LIMIT 2",
                [fixture.snapshotID]
            ).map { try $0.decode(Int.self, at: 0) }
            let inNeed = try await fixture.pool.query(
                "SELECT min(row_number) FROM annex_a_list_6 WHERE snapshot_id = $1 AND case_status = 'CIN'", [fixture.snapshotID])[0].decode(Int.self, at: 0)
            try await Self.keepAsGiven(fixture, list: 8, row: inCare[0], column: "allocated_worker", given: "")
            try await Self.keepAsGiven(fixture, list: 8, row: inCare[1], column: "disability", given: "CS Assessment Updated")
            try await Self.keepAsGiven(fixture, list: 6, row: inNeed, column: "case_status", given: "Open?")

            let (_, manifest) = try await fixture.freeze()
            let kept = manifest.cases.filter { $0.list == .childrenInCare && inCare.contains($0.rowNumber) }
            #expect(kept.count == 2, "both rows stay in the population")
            #expect(kept.contains { $0.worker == PopulationRow.unknown })
            let problems = manifest.valueProblems
            #expect(problems.casesWithValueProblems == 2)
            #expect(
                problems.dependentCases == [
                    .init(list: 8, rowNumber: inCare[0], columns: ["allocated_worker"]),
                    .init(list: 8, rowNumber: inCare[1], columns: ["disability"])
                ])
            #expect(problems.unknownFilters == [.init(cohort: "children in need", list: 6, columns: ["case_status"], rows: 1)])
            let text = problems.lines.joined(separator: "\n")
            #expect(text.contains("List 8 row \(inCare[0]): allocated_worker unknown"))
            for item in kept { #expect(!text.contains(item.childID)) }
        }
    }
}
