import ArgumentParser
import PluginKit
import Postgres

/// Published statistics: the DfE's children's social care figures for every authority, the
/// statistical-neighbour model, and the comparators that set the authority's own figures beside
/// England, its region and its neighbours.
public struct PublishedStatisticsPlugin: Plugin {
    public let name = PublishedStatisticsPlugin.pluginName
    public let summary = "DfE published statistics and statistical neighbours: import, list, and comparators per indicator."
    public let configurationKeys = [ConfiguredAuthority.configurationKey]
    public let migrations = PublishedStatisticsSchema.migrations
    public let adminCommands: [any ParsableCommand.Type] = [BenchmarksCommand.self]

    /// The plugin's name, as `ILACS_PLUGINS` and its commands refer to it.
    static let pluginName = "PublishedStatistics"

    public init() {}
}
