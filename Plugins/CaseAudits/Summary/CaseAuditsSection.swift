import PluginKit
import Postgres

/// The readiness report's section on case audits: the latest live round's summary (a
/// rehearsal's rounds are left out) in aggregates;
/// with child rows asked for (`--with-child-rows --reason`, audit-logged by the report), the
/// table of cases with their grades too.
struct CaseAuditsSection: ReportSection {
    let title = "Case audits"
    let anchor = "case-audits"
    let order = 150

    func content(for request: ReportRequest, on connection: PostgresConnection) async throws -> ReportSectionContent {
        guard
            let row = try await connection.query(
                "SELECT id, snapshot_id FROM case_audit_rounds r WHERE \(Rehearsals.scope("r.inspection_id", rehearsal: false)) ORDER BY id DESC LIMIT 1"
            ).single
        else {
            return ReportSectionContent(summary: "No audit round has been made yet (`ilacs-admin audits round create`).")
        }
        let roundID = try row.decode(Int.self, "id")
        let summary = try await SummaryReader.summary(round: roundID, on: connection)
        var tables = SummaryTables.tables(summary)
        if request.includeChildRows {
            let tool = try await AuditToolStore.tool(ofRound: roundID, on: connection)
            let cases = try await PackCase.all(round: roundID, tool: tool, on: connection)
            tables.append(
                ReportTable(caption: "Cases of round \(roundID) and their grades", columns: PackCase.headings(tool), rows: cases.map(\.cells), childLevel: true)
            )
        }
        return ReportSectionContent(
            summary: "Round \(roundID) '\(summary.name)' (snapshot \(try row.decode(Int.self, "snapshot_id"))): \(summary.overall.total) cases audited.",
            parts: [
                ReportPart(
                    paragraphs: SummaryTables.findings(summary),
                    charts: [
                        ReportChart(
                            title: "Mean score by section",
                            summary: "The auditors' mean score per section; weakest: \(summary.weakestSections.first ?? "none yet").",
                            unit: "score", series: ["This round", "Previous round"],
                            bars: summary.sections.map { .init(label: $0.name, values: [$0.figures.meanScore, $0.previousMeanScore]) })
                    ],
                    tables: tables)
            ])
    }
}
