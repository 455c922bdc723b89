import AnnexAStore
import Configuration
import Domain
import Foundation
import PluginKit
import Postgres
import SyntheticData
import TestSupport

@testable import AnnexA
@testable import EvidenceSampling

/// A migrated database holding one imported snapshot of small generated data and a local list.
struct SamplingFixture {
    static let asOf = CalendarDate(year: 2026, month: 11, day: 20)!

    /// A plan that fits the small generated authority.
    static let plan = """
        name: Test sample
        population:
          - cohort: child protection
            list: 7
            where:
              plan_end_date: empty
          - cohort: children in care
            list: 8
            where:
              Date Ceased to be Looked After: empty
          - cohort: children in need
            list: 6
            where:
              case_status: c) Child in need plan
        strata: [cohort]
        sample:
          total: 12
          minimum per stratum: 2
        caps:
          per worker: 2
        quotas:
          - theme: disability
            minimum: 1
          - theme: uasc
            minimum: 1
          - local list: children-not-in-school
            minimum: 1
        """

    let pool: PostgresPool
    let snapshotID: Int
    /// The generated data's folder.
    let folder: String

    static func with<T>(isolation: isolated (any Actor)? = #isolation, _ body: (SamplingFixture) async throws -> T) async throws -> T {
        try await PluginTestDatabase.with(plugins: [AnnexAPlugin(), EvidenceSamplingPlugin()]) { migrated in
            let pool = migrated.pool
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sampling-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: folder) }
            _ = try AnnexAGenerator(size: .small, seed: 11, asOf: asOf).write(to: folder)
            let (outcome, _) = try await AnnexAImporter(pool: pool).run(.init(path: folder, asOf: asOf, actor: "tester"))
            guard case .imported(let summary) = outcome else { throw TestSetupError("expected a snapshot, got \(outcome)") }
            let ids = try LocalListParser.read(path: "\(folder)/children_not_in_school.csv")
            try await LocalListImporter.store(ids, name: "children-not-in-school", snapshotID: nil, source: "test", actor: "tester", pool: pool)
            return try await body(SamplingFixture(pool: pool, snapshotID: summary.snapshotID, folder: folder))
        }
    }

    /// Freezes `plan` over the snapshot.
    func freeze(_ plan: String = SamplingFixture.plan) async throws -> (ManifestRecord, Manifest) {
        try await ManifestStore(pool: pool).freeze(
            plan: try SamplingPlan.parse(plan, file: "plan.yaml"), file: "plan.yaml",
            snapshotID: snapshotID, inspectionID: nil, actor: "coordinator")
    }

    /// Freezes the default plan and draws with a fixed seed.
    func drawn(seed: String = "31415926535897932384626433") async throws -> SampleRecord {
        let (record, _) = try await freeze()
        return try await SampleStore(pool: pool).draw(manifestID: record.id, seed: seed, allowShortSeed: false, actor: "inspector")
    }

    /// The audit actions recorded, oldest first.
    func auditActions() async throws -> [String] {
        try await pool.query("SELECT action FROM audit_events ORDER BY id").map { try $0.decode(String.self, "action") }
    }
}
