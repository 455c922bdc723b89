import AnnexA
import AnnexAStore
import Configuration
import Domain
import Foundation
import Logging
import PluginKit
import Postgres
import Reporting

/// Writing the HTML readiness report (every indicator for the snapshot and the one before it,
/// the inspection and data-quality sections) of generated Annex A data, against a full count
/// of both snapshots' rows in every list: the least any report must read. The goal is a time.
struct ReadinessBenchmark {
    let server: PostgresConfiguration
    /// The database; when `importCurrent` is false it already holds the current snapshot.
    let database: String
    /// The generated lists of the current snapshot.
    let folder: String
    let label: String
    let limit: Duration
    let importCurrent: Bool

    static let asOf = CalendarDate(year: 2026, month: 11, day: 20)!

    func run() async throws -> BenchmarkResult {
        let admin = try await PostgresConnection.connect(server)
        if importCurrent {
            try await admin.execute("DROP DATABASE IF EXISTS \(database) WITH (FORCE)")
            try await admin.execute("CREATE DATABASE \(database)")
        }
        let target = server.database(database)
        let configuration = ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: [:]))
        let host = try PluginHost(linked: [AnnexAPlugin(), ReportingPlugin()], configuration: configuration)
        try await Migrator().apply(host.migrations, on: try await PostgresConnection.connect(target))
        let pool = PostgresPool(configuration: target, maxConnections: 2)
        defer { pool.close() }

        log("Readiness benchmark (\(label)): importing the snapshots")
        let importer = AnnexAImporter(pool: pool)
        if importCurrent {
            _ = try await importer.run(.init(path: folder, asOf: Self.asOf, actor: "bench"))
        }
        let previous = try previousLists()
        defer { try? FileManager.default.removeItem(atPath: previous) }
        _ = try await importer.run(.init(path: previous, asOf: Self.asOf.adding(days: -7), actor: "bench"))
        let current = try await pool.query("SELECT id FROM annex_a_snapshots ORDER BY as_of DESC LIMIT 1")[0].decode(Int.self, at: 0)
        try await LocalListImporter.store(
            try LocalListParser.read(path: folder + "/children_not_in_school.csv"), name: LocalListStore.childrenNotInSchool,
            snapshotID: current, source: "bench", actor: "bench", pool: pool)

        let sections = try host.implementations(
            of: ReportSections.point, context: PluginContext(configuration: configuration, pool: pool, host: host, logger: Logger(label: "bench")))
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("ilacs-bench-readiness.html").path
        defer { try? FileManager.default.removeItem(atPath: page) }
        let clock = ContinuousClock()
        var ours: [Duration] = []
        var baseline: [Duration] = []
        for _ in 0..<3 {
            let start = clock.now
            try await ReportWriter(pool: pool, sections: sections)
                .write(snapshotID: current, to: page, format: .html, withChildRows: false, actor: "bench", reason: nil)
            ours.append(clock.now - start)
            let scan = clock.now
            for list in AnnexAList.allCases {
                _ = try await pool.query("SELECT count(*) FROM annex_a_list_\(list.number)")
            }
            baseline.append(clock.now - scan)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: page)[.size] as? Int) ?? 0
        log("  report: \(BenchmarkResult.format(median(ours).seconds)) s (median of 3), \(size / 1024) KiB of HTML")
        pool.close()
        try await admin.execute("DROP DATABASE \(database) WITH (FORCE)")
        return BenchmarkResult(
            name: "readiness report, \(label)", ours: median(ours), baselineName: "count(*) of every list, both snapshots",
            baseline: median(baseline), goal: nil, limit: limit)
    }

    /// A copy of the lists with the last 500 referrals left out, as the week-earlier snapshot.
    private func previousLists() throws -> String {
        let copy = folder + "-previous"
        try? FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(atPath: folder, toPath: copy)
        try FileManager.default.removeItem(atPath: copy + "/List_3.csv")
        _ = try timeProcess("/bin/sh", ["-c", "head -n -500 \"$0\" > \"$1\"", folder + "/List_3.csv", copy + "/List_3.csv"])
        return copy
    }
}
