import ArgumentParser
import CommandLineSupport
import PluginKit

/// `ilacs-admin benchmarks list`: what is loaded, by measure, year and coverage.
struct BenchmarksListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Show the published statistics loaded: by file, measure and year, with coverage.",
        discussion: """
            One line per file, measure and year: whether England has a value, how many regions \
            and authorities have one, and how many authorities' values are suppressed (summed over \
            the file's breakdowns). The last line says which statistical-neighbour model is loaded.

            Examples:
              ilacs-admin benchmarks list
              ilacs-admin benchmarks list --measure rereferral_percent
              ilacs-admin benchmarks list --year 2025 --format json
            """
    )

    @Option(help: "Only this measure (a column of the published file, e.g. rereferral_percent).")
    var measure: String?

    @Option(help: "Only this year.")
    var year: Int?

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    /// One line of the listing.
    struct Coverage: Encodable {
        var file: String
        var measure: String
        var year: Int
        var breakdowns: Int
        var england: Int
        var regions: Int
        var authorities: Int
        var suppressed: Int
    }

    /// The whole listing as JSON prints it.
    struct Listing: Encodable {
        var coverage: [Coverage]
        var neighbourModel: String?
    }

    func run() async throws {
        try await AdminRuntime.run(for: PublishedStatisticsPlugin.pluginName) { runtime in
            let result = try await runtime.pool.query(
                """
                SELECT file_key, measure, year, count(DISTINCT breakdown),
                       count(*) FILTER (WHERE level = 'national' AND value IS NOT NULL),
                       count(*) FILTER (WHERE level = 'regional' AND value IS NOT NULL),
                       count(*) FILTER (WHERE level = 'local authority' AND value IS NOT NULL),
                       count(*) FILTER (WHERE level = 'local authority' AND suppression IS NOT NULL)
                FROM published_values
                WHERE ($1::text IS NULL OR measure = $1) AND ($2::integer IS NULL OR year = $2)
                GROUP BY file_key, measure, year ORDER BY file_key, measure, year DESC
                """, [measure, year])
            let lines = try result.map { row in
                Coverage(
                    file: try row.decode(at: 0), measure: try row.decode(at: 1), year: try row.decode(at: 2), breakdowns: try row.decode(at: 3),
                    england: try row.decode(at: 4), regions: try row.decode(at: 5), authorities: try row.decode(at: 6), suppressed: try row.decode(at: 7))
            }
            let model = try await runtime.pool.query(
                """
                SELECT file_name, (SELECT count(DISTINCT authority_code) FROM statistical_neighbours)
                FROM published_imports WHERE file_key = 'sn_model' ORDER BY id DESC LIMIT 1
                """
            ).single
            let modelFile: String? = try model?.decode(at: 0)
            let modelLine = try model.map { "Statistical neighbours: \(modelFile ?? ""), \(try $0.decode(Int.self, at: 1)) authorities" }
            switch format {
            case .json:
                print(try JSONOutput.encode(Listing(coverage: lines, neighbourModel: modelFile)))
                return
            case .text:
                guard !lines.isEmpty else {
                    print("No published statistics loaded; `ilacs-admin benchmarks import FOLDER` loads them.")
                    return
                }
                let width = max(7, lines.map(\.measure.count).max() ?? 0)
                print("File".padded(17), "Measure".padded(width), "Year", "Breakdowns", "England", "Regions", "Authorities", "Suppressed")
                for line in lines {
                    print(
                        line.file.padded(17), line.measure.padded(width), String(line.year), String(line.breakdowns).padded(10),
                        String(line.england).padded(7), String(line.regions).padded(7), String(line.authorities).padded(11), line.suppressed)
                }
            }
            print(modelLine ?? "Statistical neighbours: none loaded")
        }
    }
}
