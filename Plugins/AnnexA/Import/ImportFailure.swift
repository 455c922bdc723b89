/// An import that stopped: every problem found, of which at least one is an error. Nothing was
/// imported.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    /// Everything found, errors and warnings, in the order found.
    public var problems: [ImportProblem]
    /// The problems in cells, counted by list, column and kind (empty when the import stopped
    /// before reading rows).
    public var groups: [ProblemGroup] = []

    /// The errors among `problems`.
    public var errors: [ImportProblem] { problems.filter { $0.severity == .error } }

    public var description: String {
        let errors = errors
        guard let first = errors.first else { return "the import stopped; nothing was imported" }
        let more = errors.count > 1 ? " (and \(errors.count - 1) more errors)" : ""
        return "\(first.line)\(more); nothing was imported"
    }
}
