/// The problems of one import, kept in order up to a limit so a wholly wrong file cannot
/// exhaust memory; beyond it only counts are kept. Problems in cells are also counted by
/// list, column, kind and effect, without limit, for the grouped summary.
struct ProblemLog {
    static let limit = 10_000
    private(set) var kept: [ImportProblem] = []
    private(set) var errorCount = 0
    private(set) var warningCount = 0
    private var counts: [ProblemGroup: Int] = [:]

    mutating func append(_ problem: ImportProblem) {
        if problem.severity == .error { errorCount += 1 } else { warningCount += 1 }
        if kept.count < Self.limit { kept.append(problem) }
        if let effect = problem.effect, let list = problem.list, let column = problem.column, let kind = problem.kind {
            counts[ProblemGroup(list: list, column: column, kind: kind, effect: effect, count: 0), default: 0] += 1
        }
    }

    mutating func append(contentsOf problems: [ImportProblem]) {
        for problem in problems { append(problem) }
    }

    /// The problems in cells, grouped and counted, by list, then column, then kind.
    var groups: [ProblemGroup] {
        counts.map { group, count in
            var group = group
            group.count = count
            return group
        }.sorted { ($0.list, $0.column, $0.kind) < ($1.list, $1.column, $1.kind) }
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
