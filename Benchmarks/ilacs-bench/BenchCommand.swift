import ArgumentParser
import Domain
import Foundation
import Postgres
import SyntheticData

/// `ilacs-bench`: release-build benchmarks that print each figure as a ratio against a baseline
/// measured in the same run, on the same machine.
@main
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ilacs-bench",
        abstract: "Run the speed benchmarks and print ratios against baselines measured in the same run.",
        discussion: """
            Needs DATABASE_URL (`make bench` starts the private database and sets it).

            Examples:
              make bench
              DATABASE_URL=postgresql://ilacs@127.0.0.1:54329/ilacs .build/release/ilacs-bench --rows 200000
              DATABASE_URL=... .build/release/ilacs-bench --rows 100000 --population 100000 --import-size small --messages 500
              DATABASE_URL=... .build/release/ilacs-bench --only-national-record
              DATABASE_URL=... .build/release/ilacs-bench --only-audit-summary
              DATABASE_URL=... .build/release/ilacs-bench --only-published-statistics
              .build/release/ilacs-bench --only-week-scheduling     (no database needed)
              .build/release/ilacs-bench --only-sampling            (no database needed)
            """
    )

    @Option(help: "Rows for the COPY benchmark.")
    var rows = 1_000_000

    @Option(help: "Timed repetitions of each side of the COPY benchmark; the median is reported.")
    var repetitions = 3

    @Option(help: "Cases in the population of the sampling benchmark.")
    var population = 1_000_000

    @Option(help: "Size of the generated Annex A data the import benchmark loads: small, county or england.")
    var importSize = "england"

    @Option(help: "Invitations the mailer benchmark delivers through the outbox to a local aiosmtpd.")
    var messages = 2_000

    @Option(help: "The folder of the DfE's published files for the published-statistics benchmark.")
    var dfe = "../shared/reference/dfe"

    @Flag(help: "Run only the national record benchmark (import + calibrated window).")
    var onlyNationalRecord = false

    @Flag(help: "Run only the audit summary benchmark (20,000 audits of 40 questions).")
    var onlyAuditSummary = false

    @Flag(help: "Run only the week scheduling benchmark (against PuLP + CBC's exact solve); needs no database.")
    var onlyWeekScheduling = false

    @Flag(help: "Run only the sampling benchmark (against consistent-sampler's tickets); needs no database.")
    var onlySampling = false

    @Flag(help: "Run only the import benchmark (against psql \\copy of the same files), e.g. before and after an importer change.")
    var importOnly = false

    @Flag(
        help: """
            Run only the published-statistics benchmarks: importing the DfE's files (against psql \\copy of them) and the \
            --import-size report with comparators (against it without); the Annex A data and register are generated and imported first.
            """)
    var onlyPublishedStatistics = false

    func run() async throws {
        if onlyWeekScheduling { return print(BenchmarkResult.table([try WeekSchedulingBenchmark().run()])) }
        if onlySampling { return print(BenchmarkResult.table([try SamplingBenchmark(population: population).run()])) }
        guard let url = ProcessInfo.processInfo.environment["DATABASE_URL"] else {
            throw ValidationError("DATABASE_URL is not set; run `make bench`, which starts the database")
        }
        let server = try PostgresConfiguration(connectionString: url)
        let nationalRecord = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/reference/ofsted/ilacs_inspection_history.csv").path
        if onlyAuditSummary { return print(BenchmarkResult.table([try await AuditSummaryBenchmark(server: server).run()])) }
        var results: [BenchmarkResult] = []
        if !importOnly && !onlyPublishedStatistics {
            let nationalResult = try await NationalRecordBenchmark(server: server, path: nationalRecord).run()
            if onlyNationalRecord { return print(BenchmarkResult.table([nationalResult])) }
            results.append(try await CopyBenchmark(server: server, serverURL: url, rows: rows, repetitions: repetitions).run())
            results.append(try SamplingBenchmark(population: population).run())
            results.append(try WeekSchedulingBenchmark().run())
            results.append(nationalResult)
        }

        guard let size = GeneratorSize(rawValue: importSize) else { throw ValidationError("--import-size must be small, county or england") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ilacs-bench-annex-a").path
        try? FileManager.default.removeItem(atPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        log("Generating \(size.rawValue)-size Annex A data")
        let generated = try AnnexAGenerator(size: size, seed: 7, asOf: ReadinessBenchmark.asOf).write(to: folder)
        log("  \(generated.annexARows) Annex A rows")
        if !importOnly && !onlyPublishedStatistics { results.append(try CSVParseBenchmark(path: folder + "/List_1.csv").run()) }
        let (importResult, peak) = try await ImportBenchmark(server: server, folder: folder).run()
        if !onlyPublishedStatistics { results.append(importResult) }
        if importOnly {
            print("")
            print(BenchmarkResult.table(results))
            return Self.printPeakMemory(peak)
        }
        let published = PublishedStatisticsBenchmark(server: server, folder: dfe, repetitions: repetitions)
        log("Published statistics: importing the DfE's files")
        results.append(try await published.importFiles())
        log("Published statistics: the \(size.rawValue)-size report with and without comparators")
        results.append(try await published.report(database: ImportBenchmark.database, generated: folder, label: "\(size.rawValue) size"))
        if onlyPublishedStatistics {
            print("")
            print(BenchmarkResult.table(results))
            return
        }
        results.append(
            try await ReadinessBenchmark(
                server: server, database: ImportBenchmark.database, folder: folder, label: "\(size.rawValue) size",
                limit: size == .england ? .seconds(10) : .seconds(1), importCurrent: false
            ).run())
        if size != .county {
            let county = FileManager.default.temporaryDirectory.appendingPathComponent("ilacs-bench-county").path
            try? FileManager.default.removeItem(atPath: county)
            defer { try? FileManager.default.removeItem(atPath: county) }
            _ = try AnnexAGenerator(size: .county, seed: 7, asOf: ReadinessBenchmark.asOf).write(to: county)
            results.append(
                try await ReadinessBenchmark(
                    server: server, database: "ilacs_bench_readiness", folder: county, label: "county size", limit: .seconds(1),
                    importCurrent: true
                ).run())
        }
        results.append(try await AuditSummaryBenchmark(server: server).run())
        let (mailerResult, perSecond) = try await MailerBenchmark(server: server, messages: messages).run()
        results.append(mailerResult)
        print("")
        print(BenchmarkResult.table(results))
        Self.printPeakMemory(peak)
        print(
            "outbox delivery to a local aiosmtpd: \(Int(perSecond)) messages/s (goal: at least \(Int(MailerBenchmark.goalPerSecond))/s) "
                + (perSecond >= MailerBenchmark.goalPerSecond ? "met" : "NOT MET"))
    }

    private static func printPeakMemory(_ mebibytes: Int) {
        print("peak memory of the import (this process, from the start of the import): \(mebibytes) MiB (goal: under 500 MiB)")
    }
}
