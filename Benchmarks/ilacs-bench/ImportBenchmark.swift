import AnnexA
import Configuration
import Domain
import Foundation
import PluginKit
import Postgres
import Synchronization

/// Importing the england-size generated lists with `ilacs-admin`'s importer (validation,
/// hashing, cross-list checks included), against `psql \copy` of the same CSV files into plain
/// tables of text columns. Both run in a scratch database created for the run, which is left
/// for the readiness benchmark to report on (it drops it).
struct ImportBenchmark {
    let server: PostgresConfiguration
    let folder: String

    static let database = "ilacs_bench_import"

    func run() async throws -> (BenchmarkResult, peakMemoryMiB: Int) {
        let admin = try await PostgresConnection.connect(server)
        try await admin.execute("DROP DATABASE IF EXISTS \(Self.database) WITH (FORCE)")
        try await admin.execute("CREATE DATABASE \(Self.database)")
        let target = server.database(Self.database)
        let connection = try await PostgresConnection.connect(target)
        let host = try PluginHost(linked: [AnnexAPlugin()], configuration: ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: [:])))
        try await Migrator().apply(host.migrations, on: connection)

        log("Import benchmark: psql \\copy of the 11 list files into plain tables")
        var script = ""
        for list in AnnexAList.allCases {
            let columns = list.columns.indices.map { "c\($0) text" }.joined(separator: ", ")
            try await connection.execute("CREATE TABLE plain_list_\(list.number) (\(columns))")
            script += "\\copy plain_list_\(list.number) FROM '\(folder)/\(list.sheetName).csv' WITH (FORMAT csv, HEADER true)\n"
        }
        let scriptPath = folder + "/copy.psql"
        try script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        let baseline = try timeProcess("/usr/bin/psql", ["-q", "-v", "ON_ERROR_STOP=1", "-d", target.connectionString, "-f", scriptPath])
        log("  psql \\copy: \(BenchmarkResult.format(baseline.seconds)) s")
        // Dropped before the importer runs: autovacuum would otherwise analyse the freshly loaded
        // tables on the same two cores while the importer is timed (about a tenth of the machine).
        try await connection.execute("DROP TABLE " + AnnexAList.allCases.map { "plain_list_\($0.number)" }.joined(separator: ", "))

        log("Import benchmark: ilacs-admin's importer")
        let pool = PostgresPool(configuration: target, maxConnections: 2)
        let clock = ContinuousClock()
        resetPeakMemory()
        let processorStart = processorSeconds()
        let start = clock.now
        // When each list was finished (read, validated and handed to the connection; the server
        // ends its COPY and indexes it while the next lists are read), for the breakdown.
        let finished = Mutex<[(list: Int, at: Duration)]>([])
        let (outcome, _) = try await AnnexAImporter(pool: pool).run(
            .init(path: folder, asOf: CalendarDate(year: 2026, month: 11, day: 20)!, actor: "bench")
        ) { progress in
            if progress.finished { finished.withLock { $0.append((progress.list, clock.now - start)) } }
        }
        let ours = clock.now - start
        let processor = processorSeconds() - processorStart
        pool.close()
        guard case .imported(let summary) = outcome else { throw BenchmarkFailure("the import created no snapshot") }
        let rows = summary.rowsByList.values.reduce(0, +)
        log(
            "  importer: \(BenchmarkResult.format(ours.seconds)) s for \(rows) rows, of which \(BenchmarkResult.format(processor)) s "
                + "processor time in this process (reading, validating, checking, hashing, formatting COPY)")
        var previous = Duration.zero
        let steps = finished.withLock { $0 }.map { step in
            defer { previous = step.at }
            return "List \(step.list) \(BenchmarkResult.format((step.at - previous).seconds))"
        }
        log(
            "  steps (s): \(steps.joined(separator: ", ")); then the last lists ending on the server, findings stored and commit \(BenchmarkResult.format((ours - previous).seconds))"
        )
        return (
            BenchmarkResult(
                name: "import \(rows / 1000)k Annex A rows", ours: ours, baselineName: "the floor: psql \\copy of the same files into plain tables",
                baseline: baseline, goal: 1.5), peakMemory()
        )
    }
}
