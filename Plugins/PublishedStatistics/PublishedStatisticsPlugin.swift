import ArgumentParser
import PluginKit
import Postgres
import WorkforceRegister

/// Published statistics: the DfE's children's social care figures for every authority, the
/// statistical-neighbour model, and the comparators that set the authority's own figures beside
/// England, its region and its neighbours.
public struct PublishedStatisticsPlugin: Plugin {
    public let name = PublishedStatisticsPlugin.pluginName
    public let summary = "DfE published statistics and statistical neighbours: import, list, and comparators per indicator."
    public let configurationKeys = [ConfiguredAuthority.configurationKey]
    public let migrations = PublishedStatisticsSchema.migrations
    public let adminCommands: [any ParsableCommand.Type] = [BenchmarksCommand.self, StandardsCommand.self]
    public let extensions = [
        ExtensionImplementation(
            ReportSections.point, name: "where-we-look-weak", summary: "the opening summary: where the authority looks weak, and what to celebrate"
        ) {
            context in
            WhereWeLookWeakSection(
                configuration: context.configuration, register: WorkforceRegister(pool: context.pool),
                sources: try context.host.implementations(of: SummaryFindings.point, context: context))
        },
        ExtensionImplementation(ReportSections.point, name: "published-benchmarks", summary: "per indicator: England, region, neighbours, rank, dot plot") {
            context in BenchmarksSection(configuration: context.configuration, register: WorkforceRegister(pool: context.pool))
        },
        ExtensionImplementation(StatisticalNeighbours.point, name: "dfe-model", summary: "each authority's ten statistical neighbours, as imported") { _ in
            NeighbourTable()
        }
    ]

    /// The plugin's name, as `ILACS_PLUGINS` and its commands refer to it.
    static let pluginName = "PublishedStatistics"

    public init() {}

    /// Imports published files as `ilacs-admin benchmarks import` does (for benchmarks and other
    /// apps' tests); returns how many files were read.
    /// - Throws: the import's one-line error naming the file, row and column; nothing is imported.
    @discardableResult
    public static func importFiles(_ paths: [String], actor: String, pool: PostgresPool) async throws -> Int {
        try await StatisticsImporter(actor: actor).importFiles(paths, pool: pool).count
    }
}
