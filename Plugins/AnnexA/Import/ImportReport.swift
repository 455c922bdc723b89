/// The readable summaries `import annex-a` prints.
enum ImportReport {
    /// After a successful import: rows per list, then the problems grouped and counted, then the
    /// other problems worth a look.
    static func text(_ summary: ImportSummary, problems: [ImportProblem]) -> String {
        var lines = ["Imported snapshot \(summary.snapshotID) (as of \(summary.asOf.ddmmyyyy)):"]
        for (list, rows) in summary.rowsByList.sorted(by: { $0.key < $1.key }) {
            lines.append("  List \(list): \(rows) rows")
        }
        lines.append("  total: \(summary.rowsByList.values.reduce(0, +)) rows; content SHA-256 \(summary.contentSHA256.prefix(16))…")
        if summary.hasProblems {
            lines.append(
                "Imported with problems: \(count(summary.rowsWithValueProblems, "row")) kept with \(count(summary.valuesKeptAsGiven, "value")) "
                    + "kept as given (unknown or repaired); \(count(summary.rejectedRows, "row")) left out (no identifier or placing date) "
                    + "and kept with their reasons:")
            lines += summary.problemGroups.map { "  " + $0.line }
        }
        lines += shown(problems.filter { $0.effect == nil }, limit: 15)
        lines.append("\(summary.qualityIssues) data-quality findings; see them with: ilacs-admin quality --snapshot \(summary.snapshotID)")
        return lines.joined(separator: "\n")
    }

    /// After a refused import: the count, the problems grouped, the first errors, and where to
    /// find them all.
    static func failureText(_ failure: ImportFailure, reportPath: String?) -> String {
        let errors = failure.errors
        var lines = ["Nothing was imported: \(errors.count) error\(errors.count == 1 ? "" : "s") found."]
        if !failure.groups.isEmpty {
            lines.append("By list, column and kind:")
            lines += failure.groups.map { "  \($0.place): \($0.count)" }
        }
        lines += shown(errors, limit: 20)
        lines.append(reportPath.map { "Every problem is in \($0)." } ?? "Use --report problems.csv to get every problem in a file.")
        return lines.joined(separator: "\n")
    }

    /// `1 row`, `2 rows`.
    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    private static func shown(_ problems: [ImportProblem], limit: Int) -> [String] {
        guard !problems.isEmpty else { return [] }
        var lines = problems.prefix(limit).map { "  " + $0.line }
        if problems.count > limit { lines.append("  … and \(problems.count - limit) more") }
        return lines
    }
}
