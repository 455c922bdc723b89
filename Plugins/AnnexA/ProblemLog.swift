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

    /// How many problems were found but not kept.
    var dropped: Int { errorCount + warningCount - kept.count }
}
