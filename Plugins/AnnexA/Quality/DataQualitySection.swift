import PluginKit
import Postgres

/// The data-quality section of the readiness report: the snapshot's data-quality findings (from
/// the checks run at import) by kind and list, with a chart; with child rows, each finding's
/// list, row and column. AnnexA's contribution to ``ReportSections/point``.
struct DataQualitySection: ReportSection {
    let title = "Data quality"
    let anchor = "data-quality"
    let order = 100

    func content(for request: ReportRequest, on connection: PostgresConnection) async throws -> ReportSectionContent {
        let groups = try await QualityCommand.groups(snapshot: request.snapshotID, on: connection)
        let total = groups.map(\.count).reduce(0, +)
        guard total > 0 else {
            return ReportSectionContent(summary: "Snapshot \(request.snapshotID) has no data-quality findings.")
        }
        let kinds = QualityChecks.Kind.allCases.compactMap { kind -> (String, Int)? in
            let count = groups.filter { $0.kind == kind.rawValue }.map(\.count).reduce(0, +)
            return count > 0 ? (kind.title, count) : nil
        }
        let largest = kinds.max { $0.1 < $1.1 }!
        var part = ReportPart(
            charts: [
                ReportChart(
                    title: "Data-quality findings by kind",
                    summary: "Bar chart of \(total) findings in \(kinds.count) kind(s); the most common is \(largest.0.lowercased()) (\(largest.1)).",
                    unit: "findings", series: ["Findings"], bars: kinds.map { ReportChart.Bar(label: $0.0, values: [Double($0.1)]) })
            ],
            tables: [
                ReportTable(
                    caption: "Data-quality findings by kind and list, with an example message",
                    columns: ["Kind", "List", "Findings", "Example"],
                    rows: groups.map { [$0.title, "List \($0.list)", String($0.count), $0.example] })
            ])
        if request.includeChildRows {
            let rows = try await connection.query(
                """
                SELECT kind, list, row_number, coalesce(column_key, '') AS column_key, message
                FROM annex_a_quality_issues WHERE snapshot_id = $1 ORDER BY list, row_number, kind
                """, [request.snapshotID]
            ).map { row in
                [
                    QualityChecks.Kind(rawValue: try row.decode(String.self, "kind"))?.title ?? "", "List \(try row.decode(Int.self, "list"))",
                    (try row.decode(Int?.self, "row_number")).map(String.init) ?? "", try row.decode(String.self, "column_key"),
                    try row.decode(String.self, "message")
                ]
            }
            part.tables.append(
                ReportTable(
                    caption: "Every finding, by list and row as seen in the imported file", columns: ["Kind", "List", "Row", "Column", "Message"],
                    rows: rows, childLevel: true))
        }
        return ReportSectionContent(
            summary:
                "\(total) warning(s) found in the lists when snapshot \(request.snapshotID) was imported. Fix them at source before the lists go to inspectors.",
            parts: [part])
    }
}
