/// A ``RoundSummary`` as the text `audits summary` prints: each table of ``SummaryTables``
/// under its caption, then the weakest sections and the agreement.
enum SummaryText {
    static func render(_ summary: RoundSummary) -> String {
        var lines = ["Round \(summary.roundID) '\(summary.name)': \(summary.overall.total) cases audited"]
        for table in SummaryTables.tables(summary) {
            lines += ["", "\(table.caption):", AuditCommands.table(table.columns, table.rows)]
        }
        return (lines + [""] + SummaryTables.findings(summary)).joined(separator: "\n")
    }
}
