import ArgumentParser
import Foundation
import Postgres

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
            """
    )

    @Option(help: "Rows for the COPY benchmark.")
    var rows = 1_000_000

    @Option(help: "Timed repetitions of each side; the median is reported.")
    var repetitions = 3

    func run() async throws {
        guard let url = ProcessInfo.processInfo.environment["DATABASE_URL"] else {
            throw ValidationError("DATABASE_URL is not set; run `make bench`, which starts the database")
        }
        let server = try PostgresConfiguration(connectionString: url)
        let results = [try await CopyBenchmark(server: server, serverURL: url, rows: rows, repetitions: repetitions).run()]
        print("")
        print(BenchmarkResult.table(results))
    }
}
