/// An import that stopped: every problem found. Nothing was imported and the register is as it was.
struct RegisterImportFailure: Error, Sendable, CustomStringConvertible {
    /// Every problem, by file, row and column.
    var problems: [RegisterProblem]

    /// One line: how many problems; the problems themselves are printed one per line before it.
    var description: String {
        "\(problems.count) \(problems.count == 1 ? "problem" : "problems") in the register files; nothing was imported and the register is unchanged"
    }
}
