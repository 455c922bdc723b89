/// The problems of one import, kept in order up to a limit so a wholly wrong file cannot
/// exhaust memory; beyond it only counts are kept.
struct ProblemLog {
    static let limit = 10_000
    private(set) var kept: [ImportProblem] = []
    private(set) var errorCount = 0
    private(set) var warningCount = 0

    mutating func append(_ problem: ImportProblem) {
        if problem.severity == .error { errorCount += 1 } else { warningCount += 1 }
        if kept.count < Self.limit { kept.append(problem) }
    }

    mutating func append(contentsOf problems: [ImportProblem]) {
        for problem in problems { append(problem) }
    }

    /// The problems to report: those kept, then, when some were not kept, a warning that says
    /// how many more there were, so no report silently stops at the limit.
    var reported: [ImportProblem] {
        let dropped = errorCount + warningCount - kept.count
        guard dropped > 0 else { return kept }
        return kept + [
            ImportProblem(
                severity: .warning, source: "import",
                reason: "\(dropped) more problems were found but not listed (only the first \(Self.limit) are kept); fix these and import again")
        ]
    }
}
