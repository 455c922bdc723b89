import AnnexA
import Configuration
import Foundation
import Logging
import PluginKit
import Postgres
import PublishedStatistics
import Reporting
import Workforce

/// The published benchmarks: importing the DfE's ten files (reading, checking, the long table
/// and the neighbour model, in one transaction) against `psql \copy` of the same files into plain
/// tables; and writing a readiness report with the comparator sections (the workforce rates with
/// the register's own figures, the generated register imported) against the same report without
/// them.
struct PublishedStatisticsBenchmark {
    let server: PostgresConfiguration
    /// The folder of the DfE's files.
    let folder: String
    let repetitions: Int

    static let database = "ilacs_bench_published"

    /// Import of the ten files, median of `repetitions`, each side starting from empty tables.
    func importFiles() async throws -> BenchmarkResult {
        let admin = try await PostgresConnection.connect(server)
        try await admin.execute("DROP DATABASE IF EXISTS \(Self.database) WITH (FORCE)")
        try await admin.execute("CREATE DATABASE \(Self.database)")
        let target = server.database(Self.database)
        let connection = try await PostgresConnection.connect(target)
        let host = try PluginHost(
            linked: [PublishedStatisticsPlugin()], configuration: ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: [:])))
        try await Migrator().apply(host.migrations, on: connection)

        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".csv") }.sorted()
        var script = ""
        for (index, name) in files.enumerated() {
            let header = try String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8).prefix { $0 != "\n" && $0 != "\r" }
            let columns = header.split(separator: ",").indices.map { "c\($0) text" }.joined(separator: ", ")
            try await connection.execute("CREATE TABLE plain_published_\(index) (\(columns))")
            script += "\\copy plain_published_\(index) FROM '\(folder)/\(name)' WITH (FORMAT csv, HEADER true)\n"
        }
        let scriptPath = FileManager.default.temporaryDirectory.appendingPathComponent("ilacs-bench-published.psql").path
        try script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: scriptPath) }

        let pool = PostgresPool(configuration: target, maxConnections: 2)
        defer { pool.close() }
        let clock = ContinuousClock()
        var ours: [Duration] = []
        var baseline: [Duration] = []
        for repetition in 1...repetitions {
            for index in files.indices { try await connection.execute("TRUNCATE plain_published_\(index)") }
            try await connection.execute("TRUNCATE published_values, published_imports, statistical_neighbours")
            baseline.append(try timeProcess("/usr/bin/psql", ["-q", "-v", "ON_ERROR_STOP=1", "-d", target.connectionString, "-f", scriptPath]))
            let start = clock.now
            try await PublishedStatisticsPlugin.importFiles([folder], actor: "bench", pool: pool)
            ours.append(clock.now - start)
            log(
                "  run \(repetition): psql \\copy \(BenchmarkResult.format(baseline.last!.seconds)) s, "
                    + "benchmarks import \(BenchmarkResult.format(ours.last!.seconds)) s")
        }
        return BenchmarkResult(
            name: "import the DfE's \(files.count) files", ours: median(ours), baselineName: "psql \\copy of the same files into plain tables",
            baseline: median(baseline), goal: nil)
    }

    /// The readiness report of the snapshot in `database` with the comparator sections (for
    /// Nottinghamshire) against the same report without them, median of `repetitions` each. The
    /// workforce register generated beside the lists in `generated` is imported first.
    func report(database: String, generated: String, label: String) async throws -> BenchmarkResult {
        let target = server.database(database)
        let configuration = ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: ["ILACS_AUTHORITY": "891"]))
        let host = try PluginHost(linked: [AnnexAPlugin(), ReportingPlugin(), PublishedStatisticsPlugin()], configuration: configuration)
        try await Migrator().apply(host.migrations, on: try await PostgresConnection.connect(target))
        let pool = PostgresPool(configuration: target, maxConnections: 2)
        defer { pool.close() }
        try await PublishedStatisticsPlugin.importFiles([folder], actor: "bench", pool: pool)
        try await WorkforcePlugin.importRegister(path: generated, actor: "bench", pool: pool)
        let snapshot = try await pool.query("SELECT id FROM annex_a_snapshots ORDER BY as_of DESC LIMIT 1")[0].decode(Int.self, at: 0)

        let all = try host.implementations(
            of: ReportSections.point, context: PluginContext(configuration: configuration, pool: pool, host: host, logger: Logger(label: "bench")))
        let comparators: Set = ["where-we-look-weak", "published-benchmarks"]
        let without = all.filter { !comparators.contains($0.anchor) }
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("ilacs-bench-comparators.html").path
        defer { try? FileManager.default.removeItem(atPath: page) }
        let clock = ContinuousClock()
        func time(_ sections: [any ReportSection]) async throws -> Duration {
            let start = clock.now
            try await ReportWriter(pool: pool, sections: sections)
                .write(snapshotID: snapshot, to: page, format: .html, withChildRows: false, actor: "bench", reason: nil)
            return clock.now - start
        }
        var ours: [Duration] = []
        var baseline: [Duration] = []
        for repetition in 1...repetitions {
            baseline.append(try await time(without))
            ours.append(try await time(all))
            log(
                "  run \(repetition): report without comparators \(BenchmarkResult.format(baseline.last!.seconds)) s, "
                    + "with \(BenchmarkResult.format(ours.last!.seconds)) s")
        }
        return BenchmarkResult(
            name: "report with comparators, \(label)", ours: median(ours), baselineName: "the same report without the comparator sections",
            baseline: median(baseline), goal: nil)
    }
}
