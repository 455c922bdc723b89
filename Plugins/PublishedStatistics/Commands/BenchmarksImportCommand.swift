import ArgumentParser
import CommandLineSupport
import Foundation
import PluginKit

/// `ilacs-admin benchmarks import PATH...`: loads published files in one transaction.
struct BenchmarksImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import the DfE's published statistics files and the statistical-neighbour model.",
        discussion: """
            Reads the files as the DfE publishes them: with or without a byte-order mark, columns \
            in any order, empty codes as `""` or nothing. A suppressed value (c, x, z, u, k, low) \
            is kept as missing with its code, never as zero. National, regional and local \
            authority rows are all kept; authorities are joined by their old LA code.

            Known files: b1 (children in need), c1 (referrals and re-referrals), d3 (repeat child \
            protection plans), d5 (plans by duration), cla_number_and_rate_per_10k_children, \
            la_cla_placement_stability, la_care_leavers_activity, \
            la_care_leavers_accommodation_suitability, csww_indicators (workforce) and sn_model \
            (statistical neighbours). Any other file is refused, naming it; a known file with a \
            column missing names the column. Everything is one transaction: any error and \
            nothing is imported. A file identical to its last import changes nothing.

            Examples:
              ilacs-admin benchmarks import ../shared/reference/dfe
              ilacs-admin benchmarks import c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv sn_model_2025_wide.csv
              ilacs-admin benchmarks import ./dfe --format json
            """
    )

    @Argument(help: "Files, or folders whose .csv files are all imported.")
    var paths: [String]

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func run() async throws {
        try await AdminRuntime.run(for: PublishedStatisticsPlugin.pluginName) { runtime in
            let display = ProgressDisplay()
            let outcomes = try await StatisticsImporter(actor: runtime.actor).importFiles(paths, pool: runtime.pool) { done, total in
                display.update("Reading published files", done: done, total: total, unit: "files")
            }
            display.finish("Reading published files", "\(outcomes.count) files")
            switch format {
            case .json:
                print(try JSONOutput.encode(outcomes))
            case .text:
                for outcome in outcomes {
                    let name = (outcome.file as NSString).lastPathComponent
                    let what = outcome.unchanged ? "unchanged (identical to its last import), nothing written" : "imported"
                    print("\(name): \(outcome.rows) rows, \(outcome.values) values (\(outcome.suppressed) suppressed, kept as missing): \(what)")
                    for finding in outcome.findings { print("  finding: \(finding)") }
                }
            }
        }
    }
}
