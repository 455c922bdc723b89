import Configuration
import PluginKit
import Postgres
import WorkforceRegister

/// The report's published benchmarks: for each indicator, a dot plot of every authority with the
/// neighbours highlighted, England as a line and the authority marked, with its numbers in
/// tables beside it, the five-year trend, and how the Annex A definition differs.
struct BenchmarksSection: ReportSection {
    let configuration: ConfigReader
    /// The workforce register, for the workforce rates' own current figures.
    let register: WorkforceRegister
    let title = "Published benchmarks: England, the region and the statistical neighbours"
    let anchor = "published-benchmarks"
    let order = 120

    func content(for request: ReportRequest, on connection: PostgresConnection) async throws -> ReportSectionContent {
        switch try await ComparisonsLoader.load(configuration: configuration, request: request, register: register, on: connection) {
        case .unavailable(let reason):
            return ReportSectionContent(summary: reason)
        case .compared(let authority, let comparisons):
            return ReportSectionContent(
                summary: "\(authority.name)'s published figures (DfE, latest year of each) beside England, \(authority.regionName) and its ten statistical "
                    + "neighbours (2025 model), and its rank among all authorities. Published figures are for a year to 31 March; the Annex A "
                    + "figures of this report look back from the snapshot's as-of date: comparable, not identical.",
                parts: comparisons.map(Self.part))
        }
    }

    static func part(_ comparison: Comparison) -> ReportPart {
        let unit = comparison.unit == "%" ? "%" : comparison.unit
        let neighbours = Set(comparison.neighbours.figures.map(\.code))
        let points = comparison.authorities.compactMap { area -> ReportDotPlot.Point? in
            guard let value = area.figure.value else { return nil }
            let emphasis: ReportDotPlot.Emphasis =
                area.code == comparison.own.code ? .marked : neighbours.contains(area.code) ? .highlighted : .background
            return ReportDotPlot.Point(label: area.name, value: value, emphasis: emphasis)
        }
        let plot = ReportDotPlot(
            title: "\(comparison.title), \(comparison.year): every authority",
            summary: ComparisonSummary.sentence(comparison), unit: unit, points: points,
            lines: (comparison.england.value.map { [ReportDotPlot.Line(label: "England", value: $0)] } ?? [])
                + (comparison.register?.value.map { [ReportDotPlot.Line(label: "\(comparison.own.name) now (workforce register)", value: $0)] } ?? []))
        let median = comparison.neighbours
        let latest = ReportTable(
            caption: "\(comparison.title), \(comparison.year): \(comparison.own.name) and its comparators (\(comparison.direction.rawValue))",
            columns: ["Comparator", "Value", "Note"],
            rows: [
                [comparison.own.name, comparison.own.figure.text, "the authority's own published figure"],
                ["England", comparison.england.text, ""],
                [comparison.region.name, comparison.region.figure.text, "region"],
                [
                    "Statistical neighbours' median", median.median.map(Figure.format) ?? "none",
                    "\(median.withValue) of \(median.of) neighbours with a value"
                        + (median.lowest.map { "; range \(Figure.format($0)) to \(Figure.format(median.highest ?? $0))" } ?? "")
                ],
                [
                    "Rank among all authorities", comparison.rank.map { "\($0.position) of \($0.of)" } ?? "not ranked",
                    comparison.direction == .context ? "1 = highest" : "1 = best" + (comparison.rank?.bestQuarter == true ? "; in the best quarter" : "")
                ]
            ] + registerRows(comparison) + median.figures.map { ["Neighbour: \($0.name)", $0.figure.text, ""] })
        let trend = ReportTable(
            caption: "\(comparison.title): the five years to \(comparison.year)",
            columns: ["Year", comparison.own.name, "England", comparison.region.name, "Neighbours' median"],
            rows: comparison.trend.map { year in
                [String(year.year), year.own.text, year.england.text, year.region.text, year.neighbourMedian.map(Figure.format) ?? "none"]
            })
        return ReportPart(
            heading: "\(comparison.title) (\(comparison.unit))",
            paragraphs: ["Published: \(comparison.published)", "Annex A: \(comparison.annexA)"]
                + (comparison.register.map { ["Workforce register: \($0.differs)"] } ?? []),
            tables: [latest, trend], dotPlots: [plot])
    }

    /// The workforce register's own current figure and its rank, for the workforce rates.
    static func registerRows(_ comparison: Comparison) -> [[String]] {
        guard let register = comparison.register else { return [] }
        return [
            ["\(comparison.own.name) now (workforce register at \(register.asOf))", register.text, register.basis],
            [
                "Rank of the register's figure among all authorities' published \(comparison.year) figures",
                register.rank.map { "\($0.position) of \($0.of)" } ?? "not ranked",
                register.rank.map { "1 = best" + ($0.bestQuarter ? "; in the best quarter" : "") } ?? ""
            ]
        ]
    }
}
