import Authorities
import Postgres

/// Works out each indicator's comparators for one authority from the loaded published values and
/// statistical-neighbour model.
///
/// 1. For each series the indicator reads, load every published cell (all years and levels).
/// 2. Make the indicator's figure per year and area (a value, 100 minus it, or a rate of two).
/// 3. The latest year is the newest with any authority's value. For it: the authority's own
///    figure, England's, its region's, its ten neighbours' (median and range of those with a
///    value), and its rank among all authorities with a value.
/// 4. The same own, England, region and neighbour median for each of the five years to it.
/// 5. For a workforce rate, the authority's own current figure from the workforce register, and
///    where it would rank among the other authorities' published figures of the latest year.
struct ComparatorCalculator {
    /// The authority compared.
    let authority: Authority

    /// How many years the trend covers.
    static let trendYears = 5

    /// The comparators of every indicator whose files are loaded, in catalogue order, and the ids
    /// of those whose files are not; the workforce rates carry their `register` figure.
    /// - Throws: `PublishedStatisticsError` when no neighbour model is loaded, or the authority
    ///   is not in it.
    func comparators(
        for indicators: [BenchmarkIndicator] = BenchmarkIndicator.catalogue, register: RegisterFigures = .none, on connection: PostgresConnection
    ) async throws -> (comparators: [Comparison], notLoaded: [String]) {
        let neighbours = try await neighbourCodes(on: connection)
        var comparators: [Comparison] = []
        var notLoaded: [String] = []
        for indicator in indicators {
            let figures = try await IndicatorFigures.load(indicator.source, on: connection)
            guard let comparator = comparator(indicator, figures: figures, neighbours: neighbours, register: register) else {
                notLoaded.append(indicator.id)
                continue
            }
            comparators.append(comparator)
        }
        return (comparators, notLoaded)
    }

    private func neighbourCodes(on connection: PostgresConnection) async throws -> [String] {
        guard let neighbours = try await NeighbourTable().neighbours(of: authority, on: connection) else {
            throw PublishedStatisticsError(
                description: "no statistical-neighbour model is loaded; `ilacs-admin benchmarks import sn_model_2025_wide.csv` loads the DfE's")
        }
        guard neighbours.isEmpty else { return neighbours.map(\.code) }
        throw PublishedStatisticsError(
            description:
                "ILACS_AUTHORITY \(authority.oldCode) (\(authority.name)) has no row in the statistical-neighbour model loaded; import a model that covers it")
    }

    /// The comparator of `indicator`, or nil when none of its figures is loaded.
    func comparator(
        _ indicator: BenchmarkIndicator, figures: IndicatorFigures, neighbours: [String], register: RegisterFigures = .none
    ) -> Comparison? {
        guard let year = figures.latestYear else { return nil }
        let own = figures.figure(year: year, level: .localAuthority, area: authority.oldCode)
        let neighbourFigures = neighbours.map { code in
            Comparison.AreaFigure(code: code, name: figures.name(of: code), figure: figures.figure(year: year, level: .localAuthority, area: code))
        }
        let trend = figures.years.filter { $0 > year - Self.trendYears && $0 <= year }.sorted().map { trendYear in
            Comparison.Year(
                year: trendYear, own: figures.figure(year: trendYear, level: .localAuthority, area: authority.oldCode),
                england: figures.figure(year: trendYear, level: .national, area: Self.england),
                region: figures.figure(year: trendYear, level: .regional, area: authority.regionCode),
                neighbourMedian: Self.median(neighbours.compactMap { figures.figure(year: trendYear, level: .localAuthority, area: $0).value }))
        }
        let authorities = figures.areas(year: year, level: .localAuthority).map { code in
            Comparison.AreaFigure(code: code, name: figures.name(of: code), figure: figures.figure(year: year, level: .localAuthority, area: code))
        }
        let values = neighbourFigures.compactMap(\.figure.value)
        var current = indicator.register.flatMap { register[$0] }
        if let value = current?.value {
            let others = authorities.filter { $0.code != authority.oldCode }.compactMap(\.figure.value)
            current?.rank = Self.rank(value, among: others + [value], direction: indicator.direction)
        }
        return Comparison(
            indicator: indicator.id, title: indicator.title, unit: indicator.unit, direction: indicator.direction, year: year,
            own: Comparison.AreaFigure(code: authority.oldCode, name: authority.name, figure: own),
            england: figures.figure(year: year, level: .national, area: Self.england),
            region: Comparison.AreaFigure(
                code: authority.regionCode, name: authority.regionName, figure: figures.figure(year: year, level: .regional, area: authority.regionCode)),
            neighbours: Comparison.Neighbours(
                median: Self.median(values), lowest: values.min(), highest: values.max(), withValue: values.count, of: neighbours.count,
                figures: neighbourFigures),
            rank: own.value.map { Self.rank($0, among: authorities.compactMap(\.figure.value), direction: indicator.direction) },
            trend: trend, authorities: authorities, published: indicator.published, annexA: indicator.annexA, register: current)
    }

    /// England's code in the national rows.
    static let england = "E92000001"

    /// The median: the middle value, or the mean of the middle two; nil for none.
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// `value`'s position among `values` (which include it): 1 + how many are strictly better.
    static func rank(_ value: Double, among values: [Double], direction: BenchmarkIndicator.Direction) -> Comparison.Rank {
        let better = values.count { direction == .lowerIsBetter ? $0 < value : $0 > value }
        let position = better + 1
        let quarter = (values.count + 3) / 4
        return Comparison.Rank(position: position, of: values.count, bestQuarter: direction != .context && position <= quarter)
    }
}
