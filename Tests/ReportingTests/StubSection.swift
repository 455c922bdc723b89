import PluginKit
import Postgres

/// A section as another plugin would write one, with text that must be escaped, a chart, and a
/// child-level table: it shows that the renderers render any section.
struct StubSection: ReportSection {
    let title = "Sampling <balance> & \"composition\""
    let anchor = "stub-sampling"
    let order = 110

    func content(for request: ReportRequest, on connection: PostgresConnection) async throws -> ReportSectionContent {
        ReportSectionContent(
            summary: "<script>alert('x')</script>",
            parts: [
                ReportPart(
                    heading: "Balance", paragraphs: ["Ages & genders"],
                    charts: [
                        ReportChart(
                            title: "Sample by age", summary: "Bar chart of 2 age groups: <5 has 3, 5-9 has 4.", unit: "cases",
                            series: ["Sample"], bars: [.init(label: "<5", values: [3]), .init(label: "5-9", values: [4])])
                    ],
                    tables: [
                        ReportTable(caption: "Sample by age", columns: ["Age", "Cases"], rows: [["<5", "3"], ["=5-9", "4"]]),
                        ReportTable(caption: "Cases sampled", columns: ["Child Unique ID"], rows: [["CHILD-SECRET-1"]], childLevel: true)
                    ])
            ])
    }
}
