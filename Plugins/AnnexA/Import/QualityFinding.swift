import Postgres

/// A data-quality finding made while the rows stream in: a cell kept as given (its list, row
/// and column, and what was wrong with it, never the value), a row that fails a date check or
/// repeats another's natural key (``RowQualityChecks``), or a row that disagrees with another
/// list (``CrossListChecks``). All are stored alike, so `quality`, the readiness report and
/// `--with-child-rows` show them all alike.
struct QualityFinding {
    let list: Int
    let row: Int
    /// The column's key; nil for a whole row.
    let columnKey: String?
    let kind: QualityChecks.Kind
    let message: String

    /// A finding of `kind` about `row` of `list`.
    init(list: Int, row: Int, columnKey: String?, kind: QualityChecks.Kind, message: String) {
        self.list = list
        self.row = row
        self.columnKey = columnKey
        self.kind = kind
        self.message = message
    }

    /// The finding for a value problem found by ``RowValidator``.
    init(list: Int, row: Int, columnKey: String?, problem: ImportProblem) {
        self.init(
            list: list, row: row, columnKey: columnKey, kind: problem.effect == .valueRepaired ? .repairedValue : .unknownValue,
            message: [problem.kind, problem.reason].compactMap { $0 }.joined(separator: ": "))
    }

    /// Stores `findings` for snapshot `snapshotID` with one COPY.
    static func store(_ findings: [QualityFinding], snapshotID: Int, on connection: PostgresConnection) async throws {
        guard !findings.isEmpty else { return }
        try await connection.copy(
            into: "annex_a_quality_issues", columns: ["snapshot_id", "kind", "list", "row_number", "column_key", "message"]
        ) { writer in
            for finding in findings {
                writer.field(snapshotID)
                writer.field(finding.kind.rawValue)
                writer.field(finding.list)
                writer.field(finding.row)
                writer.field(finding.columnKey)
                writer.field(finding.message)
                try await writer.endRow()
            }
        }
    }
}
