import Configuration
import Domain
import Foundation
import Logging
import Messaging
import PluginKit
import Postgres
import SyntheticData
import TestSupport
import WorkforceRegister

@testable import AnnexA
@testable import EvidenceSampling
@testable import InspectionWeek
@testable import Workforce

/// A small generated authority: Annex A imported, the workforce register imported and matched,
/// and a sample drawn for one inspection, in a database migrated for the week's plugins (and the
/// Messaging outbox the week queues through).
struct WeekFixture {
    static let asOf = CalendarDate(year: 2026, month: 11, day: 20)!

    /// A plan that fits the small generated authority.
    static let plan = """
        name: Week sample
        population:
          - cohort: children in need
            list: 6
            where:
              case_status: c) Child in need plan
          - cohort: children in care
            list: 8
            where:
              Date Ceased to be Looked After: empty
        strata: [cohort]
        sample:
          total: 10
          minimum per stratum: 3
        """

    let pool: PostgresPool
    /// The inspection the sample was drawn for.
    let inspectionID: Int
    /// An inspection with no sample.
    let unsampledID: Int

    static func with<T>(isolation: isolated (any Actor)? = #isolation, _ body: (WeekFixture) async throws -> T) async throws -> T {
        try await PluginTestDatabase.with(plugins: [AnnexAPlugin(), EvidenceSamplingPlugin(), WorkforcePlugin(), MessagingPlugin(), InspectionWeekPlugin()]) {
            migrated in
            let pool = migrated.pool
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("week-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: folder) }
            _ = try AnnexAGenerator(size: .small, seed: 11, asOf: asOf).write(to: folder)
            let (outcome, _) = try await AnnexAImporter(pool: pool).run(.init(path: folder, asOf: asOf, strict: false, actor: "tester"))
            guard case .imported(let summary) = outcome else { throw TestSetupError("expected a snapshot, got \(outcome)") }
            let version = try await RegisterImporter.run(path: folder, actor: "tester", pool: pool).version
            _ = try await pool.transaction { connection in
                try await AllocatedWorkerMatcher.match(snapshotID: summary.snapshotID, registerImportID: version.id, on: connection)
            }
            let (inspection, unsampled) = (try await Self.inspection(pool), try await Self.inspection(pool))
            let (record, _) = try await ManifestStore(pool: pool).freeze(
                plan: try SamplingPlan.parse(plan, file: "plan.yaml"), file: "plan.yaml", snapshotID: summary.snapshotID, inspectionID: inspection,
                actor: "coordinator")
            _ = try await SampleStore(pool: pool).draw(manifestID: record.id, seed: "31415926535897932384626433", allowShortSeed: false, actor: "inspector")
            return try await body(WeekFixture(pool: pool, inspectionID: inspection, unsampledID: unsampled))
        }
    }

    /// A new (live) inspection row.
    static func inspection(_ pool: PostgresPool) async throws -> Int {
        try await pool.query("INSERT INTO inspections (type, started_on, created_by) VALUES ('standard', '2026-12-07', 'tester') RETURNING id")[0]
            .decode(Int.self, at: 0)
    }

    /// The sources for `inspection`, read through the extension points as `ilacs-admin` reads them.
    func source(_ inspection: Int) async throws -> ConversationSource {
        let configuration = ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: [:]))
        let host = try PluginHost(linked: [AnnexAPlugin(), EvidenceSamplingPlugin(), InspectionWeekPlugin()], configuration: configuration)
        let context = PluginContext(configuration: configuration, pool: pool, host: host, logger: Logger(label: "test"))
        let caseReaders = try host.implementations(of: SampledCase.point, context: context)
        let sessionReaders = try host.implementations(of: GroupSession.point, context: context)
        return try await pool.withConnection { connection in
            try await ConversationSource.read(inspection: inspection, caseReaders: caseReaders, sessionReaders: sessionReaders, on: connection)
        }
    }

    /// Builds and saves `inspection`'s conversations as `week conversations` does.
    func conversations(_ inspection: Int) async throws -> (ConversationBuilder.Outcome, ConversationStore.Counts) {
        let source = try await source(inspection)
        let register = WorkforceRegister(pool: pool)
        let outcome = try await ConversationBuilder.build(cases: source.cases, sessions: source.sessions) { sampled in
            try await register.staffID(ofAllocatedWorker: sampled.worker, snapshot: sampled.snapshotID)
        }
        let counts = try await pool.transaction { try await ConversationStore.save(outcome.conversations, inspectionID: inspection, on: $0) }
        return (outcome, counts)
    }
}
