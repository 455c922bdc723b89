/// The comparators of one indicator for the authority: its own published figure beside England,
/// its region, its statistical neighbours and every authority, for the latest year and the
/// five years to it.
struct Comparison: Sendable, Encodable {
    /// The neighbours' figures summarised: median and range of those with a value.
    struct Neighbours: Sendable, Encodable {
        /// The median of the neighbours with a value (the mean of the middle two for an even count).
        var median: Double?
        var lowest: Double?
        var highest: Double?
        /// How many of the neighbours had a value.
        var withValue: Int
        /// How many neighbours the model gives.
        var of: Int
        /// Each neighbour's figure, closest first, by old LA code.
        var figures: [AreaFigure]
    }

    /// An area's figure, by code and name.
    struct AreaFigure: Sendable, Encodable {
        var code: String
        var name: String
        var figure: Figure
    }

    /// Where the authority ranks among all authorities with a value that year.
    struct Rank: Sendable, Encodable {
        /// 1 is the best (for a context figure, the highest); ties share the better position.
        var position: Int
        var of: Int
        /// True when in the best quarter of authorities (never for a context figure).
        var bestQuarter: Bool
    }

    /// One year of the trend.
    struct Year: Sendable, Encodable {
        var year: Int
        var own: Figure
        var england: Figure
        var region: Figure
        var neighbourMedian: Double?
    }

    var indicator: String
    var title: String
    var unit: String
    var direction: BenchmarkIndicator.Direction
    /// The latest published year.
    var year: Int
    var own: AreaFigure
    var england: Figure
    var region: AreaFigure
    var neighbours: Neighbours
    var rank: Rank?
    /// The five years to ``year`` (fewer when fewer are published), oldest first.
    var trend: [Year]
    /// Every authority's value that year (for the dot plot), by old LA code.
    var authorities: [AreaFigure]
    /// The published definition.
    var published: String
    /// How the Annex A figure differs.
    var annexA: String
    /// The authority's own current figure from the workforce register (workforce rates only).
    var register: RegisterFigure?
}
