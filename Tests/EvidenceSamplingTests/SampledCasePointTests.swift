import Configuration
import Domain
import Logging
import PluginKit
import Postgres
import Testing

@testable import AnnexA
@testable import EvidenceSampling

/// The sampled children read through `inspection.sampled-cases`, as a plugin that never reads
/// the sampler's tables sees them.
@Suite("Sampled cases through the inspection.sampled-cases point")
struct SampledCasePointTests {
    /// Every enabled reader of the point, made as an app's host would make them.
    static func readers(_ pool: PostgresPool) throws -> [any InspectionReader<SampledCase>] {
        let configuration = ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: [:]))
        let host = try PluginHost(linked: [AnnexAPlugin(), EvidenceSamplingPlugin()], configuration: configuration)
        return try host.implementations(
            of: SampledCase.point, context: PluginContext(configuration: configuration, pool: pool, host: host, logger: Logger(label: "test")))
    }

    /// A new inspection row, a rehearsal when `rehearsal`.
    static func inspection(_ pool: PostgresPool, rehearsal: Bool) async throws -> Int {
        try await pool.query(
            "INSERT INTO inspections (type, started_on, created_by, rehearsal) VALUES ('short', '2026-12-07', 'tester', $1) RETURNING id", [rehearsal]
        )[0].decode(Int.self, at: 0)
    }

    @Test("a sample drawn for an inspection reads back pick by pick with rows, worker and team; a rehearsal's only when it asks")
    func sampleThroughThePoint() async throws {
        try await SamplingFixture.with { fixture in
            let live = try await Self.inspection(fixture.pool, rehearsal: false)
            let rehearsal = try await Self.inspection(fixture.pool, rehearsal: true)
            let plan = try SamplingPlan.parse(SamplingFixture.plan, file: "plan.yaml")
            var drawn: [Int: (SampleRecord, ManifestRecord, Manifest)] = [:]
            for inspection in [live, rehearsal] {
                let (record, manifest) = try await ManifestStore(pool: fixture.pool).freeze(
                    plan: plan, file: "plan.yaml", snapshotID: fixture.snapshotID, inspectionID: inspection, actor: "coordinator")
                let sample = try await SampleStore(pool: fixture.pool).draw(
                    manifestID: record.id, seed: "31415926535897932384626433\(inspection)", allowShortSeed: false, actor: "inspector")
                drawn[inspection] = (sample, record, manifest)
            }
            // A manifest frozen for no inspection belongs to none.
            _ = try await fixture.drawn()
            let readers = try Self.readers(fixture.pool)
            let (liveCases, hidden, asked) = try await fixture.pool.withConnection { connection in
                (
                    try await InspectionReads.records(readers, for: live, on: connection),
                    try await InspectionReads.records(readers, for: rehearsal, on: connection),
                    try await InspectionReads.records(readers, for: rehearsal, rehearsal: true, on: connection)
                )
            }
            for (inspection, cases) in [(live, liveCases), (rehearsal, asked)] {
                let (sample, record, manifest) = try #require(drawn[inspection])
                let byKey = Dictionary(uniqueKeysWithValues: manifest.cases.map { ($0.key, $0) })
                #expect(cases.count == sample.picks.count && !cases.isEmpty)
                for (found, pick) in zip(cases, sample.picks) {
                    let expected = try #require(byKey[pick.key])
                    let others = manifest.cases.filter { $0.childID == expected.childID && $0.key != expected.key }
                        .sorted { ($0.list.number, $0.rowNumber) < ($1.list.number, $1.rowNumber) }
                    #expect(
                        found
                            == SampledCase(
                                sampleID: sample.id, manifestID: record.id, snapshotID: fixture.snapshotID, position: pick.position, caseKey: pick.key,
                                stratum: pick.stratum, childID: expected.childID,
                                rows: ([expected] + others).map { SampledCase.Row(list: $0.list.number, rowNumber: $0.rowNumber) },
                                worker: expected.worker, team: expected.team))
                    #expect(found.list == expected.list)
                }
            }
            #expect(hidden.isEmpty)
        }
    }
}
