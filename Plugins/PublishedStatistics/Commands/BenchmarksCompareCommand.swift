import AnnexAStore
import ArgumentParser
import CommandLineSupport
import PluginKit
import WorkforceRegister

/// `ilacs-admin benchmarks compare`: the authority's comparators per indicator.
struct BenchmarksCompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare the authority (ILACS_AUTHORITY) with England, its region and its statistical neighbours.",
        discussion: """
            For each indicator, in its latest published year: the authority's own published \
            figure, England's, its region's, the median and range of its ten statistical \
            neighbours (saying how many had a value; suppressed ones are missing, never zero), and \
            its rank among all authorities with a value (1 = best; for a context figure such as \
            children in care per 10,000, 1 = highest). Then the five years to it, and how the \
            Annex A figure's definition differs: comparable, not identical. For the workforce \
            rates, the authority's own current figure from the workforce register at the latest \
            snapshot's as-of date (agency rate and caseload; turnover and vacancies are not \
            computable from the register) and how its definition differs.

            Examples:
              ILACS_AUTHORITY=891 ilacs-admin benchmarks compare
              ilacs-admin benchmarks compare --indicator rereferrals --format json
            """
    )

    @Option(help: "Only this indicator (\(BenchmarkIndicator.catalogue.map(\.id).joined(separator: ", "))).")
    var indicator: String?

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if let indicator, !BenchmarkIndicator.catalogue.contains(where: { $0.id == indicator }) {
            throw ValidationError("--indicator \(indicator) is not one of \(BenchmarkIndicator.catalogue.map(\.id).joined(separator: ", "))")
        }
    }

    func run() async throws {
        try await AdminRuntime.run(for: PublishedStatisticsPlugin.pluginName) { runtime in
            let authority = try ConfiguredAuthority.require(from: runtime.host.configuration, for: "comparing with published statistics")
            let chosen = BenchmarkIndicator.catalogue.filter { indicator == nil || $0.id == indicator }
            let register = WorkforceRegister(pool: runtime.pool)
            let result = try await runtime.pool.withConnection { connection in
                var current = RegisterFigures.none
                if let snapshot = try await AnnexASnapshot.latest(on: connection) {
                    current = try await RegisterFigures.load(register: register, snapshotID: snapshot.id, asOf: snapshot.asOf, on: connection)
                }
                return try await ComparatorCalculator(authority: authority).comparators(for: chosen, register: current, on: connection)
            }
            switch format {
            case .json:
                print(try JSONOutput.encode(result.comparators))
            case .text:
                print("\(authority.name) (\(authority.oldCode)), \(authority.regionName); published figures, latest year of each")
                for comparator in result.comparators {
                    print("")
                    print(ComparatorText.lines(comparator).joined(separator: "\n"))
                }
                if !result.notLoaded.isEmpty {
                    print("\nNot loaded (import their files): \(result.notLoaded.joined(separator: ", "))")
                }
            }
        }
    }
}
