import AnnexA
import Configuration
import Domain
import Foundation
import PluginKit
import Postgres
import Reporting

/// Importing the real national record of ILACS reports and printing the calibrated window (the
/// measured pairs and the Kaplan-Meier weeks), against the Python oracle
/// (`scripts/oracles/window_calibration.py`: csv, numpy, lifelines) computing the same figures
/// from the same file. The goal is a time: under 1 s.
struct NationalRecordBenchmark {
    let server: PostgresConfiguration
    /// The real file, `../shared/reference/ofsted/ilacs_inspection_history.csv` beside the repository.
    let path: String

    static let database = "ilacs_bench_national_record"

    func run() async throws -> BenchmarkResult {
        let target = try await BenchDatabase.migrated(Self.database, on: server, plugins: [AnnexAPlugin(), ReportingPlugin()])
        let pool = PostgresPool(configuration: target, maxConnections: 2)
        log("National record benchmark: importing \(path) and printing the window")
        let clock = ContinuousClock()
        let start = clock.now
        _ = try await NationalRecordRun.importFile(path: path, sourceName: "history.csv", authority: "Nottinghamshire", actor: "bench", pool: pool)
        let window = try await NationalRecordRun.window(
            today: CalendarDate(year: 2026, month: 12, day: 4)!, pairsFrom: WindowCalibration.defaultFrom, pool: pool)
        let ours = clock.now - start
        log("  \(window.split(separator: "\n").count) lines of window")
        pool.close()
        try await PostgresConnection.connect(server).execute("DROP DATABASE \(Self.database) WITH (FORCE)")
        let oracle = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scripts/oracles/window_calibration.py").path
        let baseline = try timeProcess("/usr/bin/env", ["python3", oracle, path, "2020-07-01", "2024-05-20", "2026-12-04"])
        return BenchmarkResult(
            name: "national record import + window", ours: ours, baselineName: "Python csv + numpy + lifelines, same figures",
            baseline: baseline, goal: nil, limit: .seconds(1))
    }
}
