import Domain
import Postgres

/// One section of the readiness report, contributed by a plugin through ``ReportSections/point``
/// (the sampling plugin's sample balance, the engagement plugin's invitation coverage, Annex A's
/// data quality).
///
/// A section reads what it needs on the connection it is given and returns plain content:
/// paragraphs, tables and chart data. The Reporting plugin renders that content as HTML, JSON
/// or CSV, so a section never formats output itself. Content is aggregates by default; a table
/// with one row per child is marked ``ReportTable/childLevel`` and is only returned when the
/// request allows it.
///
/// To add a section: conform a type to `ReportSection`, then offer it from the plugin with
/// `ExtensionImplementation(ReportSections.point, name: "my-section", summary: "...") { _ in MySection() }`.
/// Never put personal data in the title, the text or the charts.
public protocol ReportSection: Sendable {
    /// The section's heading (`Data quality`).
    var title: String { get }
    /// A stable HTML id for links and tests, lower case with hyphens (`data-quality`).
    var anchor: String { get }
    /// Where the section goes: lower comes first. The Reporting plugin's own sections use
    /// 0–99; others use 100 and up, in steps of 10. A summary that must open the report (the
    /// published benchmarks' "where we look weak") uses a negative order.
    var order: Int { get }
    /// The section's content for `request`, read on `connection` (a read-only transaction).
    func content(for request: ReportRequest, on connection: PostgresConnection) async throws -> ReportSectionContent
}

/// Where report sections plug in: every enabled implementation is used.
public enum ReportSections {
    /// The extension point, named `report.section`.
    public static let point = ExtensionPoint<any ReportSection>(name: "report.section")
}

/// What a report is about.
public struct ReportRequest: Sendable {
    /// The Annex A snapshot the report is computed from.
    public var snapshotID: Int
    /// The snapshot's as-of date: the day the figures describe.
    public var asOf: CalendarDate
    /// The snapshot before it (by as-of date), for changes over time; nil when there is none.
    public var previousSnapshotID: Int?
    /// True only when a coordinator asked for child-level tables (and the request is audit-logged).
    public var includeChildRows: Bool

    /// Creates a request.
    public init(snapshotID: Int, asOf: CalendarDate, previousSnapshotID: Int?, includeChildRows: Bool) {
        self.snapshotID = snapshotID
        self.asOf = asOf
        self.previousSnapshotID = previousSnapshotID
        self.includeChildRows = includeChildRows
    }
}

/// A section's content: an optional summary, then parts in order.
public struct ReportSectionContent: Sendable, Codable, Equatable {
    /// One or two sentences under the section heading.
    public var summary: String?
    /// The parts, each with an optional sub-heading.
    public var parts: [ReportPart]

    /// Creates content.
    public init(summary: String? = nil, parts: [ReportPart] = []) {
        self.summary = summary
        self.parts = parts
    }
}

/// A part of a section: a sub-heading, paragraphs, charts, then tables.
public struct ReportPart: Sendable, Codable, Equatable {
    /// The sub-heading, if any.
    public var heading: String?
    /// Paragraphs of plain text (renderers escape it).
    public var paragraphs: [String]
    /// Charts; each also needs a table that holds the same figures.
    public var charts: [ReportChart]
    /// Tables.
    public var tables: [ReportTable]
    /// Dot plots, drawn after the charts; nil (left out of JSON) when the part has none.
    public var dotPlots: [ReportDotPlot]?

    /// Creates a part.
    public init(
        heading: String? = nil, paragraphs: [String] = [], charts: [ReportChart] = [], tables: [ReportTable] = [], dotPlots: [ReportDotPlot]? = nil
    ) {
        self.heading = heading
        self.paragraphs = paragraphs
        self.charts = charts
        self.tables = tables
        self.dotPlots = dotPlots
    }
}

/// A table with a caption, column headings and rows of text cells.
public struct ReportTable: Sendable, Codable, Equatable {
    /// The caption, read out by screen readers: say what the table shows.
    public var caption: String
    /// The column headings.
    public var columns: [String]
    /// The rows; each has as many cells as there are columns.
    public var rows: [[String]]
    /// True when rows describe individual children: renderers drop such tables unless the
    /// request included child rows.
    public var childLevel: Bool

    /// Creates a table.
    public init(caption: String, columns: [String], rows: [[String]], childLevel: Bool = false) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.childLevel = childLevel
    }
}

/// Data for a horizontal bar chart, in one or two series (e.g. this snapshot and the previous).
public struct ReportChart: Sendable, Codable, Equatable {
    /// The chart's title.
    public var title: String
    /// The text alternative: one or two sentences saying what the chart shows and its main finding.
    public var summary: String
    /// The unit of the values (`%`, `cases`).
    public var unit: String
    /// The series names, in the order of each bar's values (`["This snapshot", "Previous"]`).
    public var series: [String]
    /// The bars.
    public var bars: [Bar]

    /// One labelled bar group: a value per series (nil where a series has no value).
    public struct Bar: Sendable, Codable, Equatable {
        /// The bar's label.
        public var label: String
        /// One value per series.
        public var values: [Double?]

        /// Creates a bar.
        public init(label: String, values: [Double?]) {
            self.label = label
            self.values = values
        }
    }

    /// Creates a chart.
    public init(title: String, summary: String, unit: String, series: [String], bars: [Bar]) {
        self.title = title
        self.summary = summary
        self.unit = unit
        self.series = series
        self.bars = bars
    }
}
