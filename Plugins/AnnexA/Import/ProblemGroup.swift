/// Problems in cells of one kind in one column of one list, counted: how an import with value
/// problems is summed up for the coordinator (`List 8, column 'Ethnicity': blank, 12 values
/// unknown`), and the same in `--format json`.
public struct ProblemGroup: Sendable, Codable, Equatable, Hashable {
    /// The list number.
    public var list: Int
    /// The column heading.
    public var column: String
    /// The kind of problem (`blank`, `not in the code list`, `fractional age`, …).
    public var kind: String
    /// What the problems did to their rows.
    public var effect: ImportProblem.Effect
    /// How many cells had it.
    public var count: Int

    /// Where and what, without the count: `List 8, column 'Ethnicity': blank`.
    public var place: String { "List \(list), column '\(column)': \(kind)" }

    /// One line for a person, after an import.
    public var line: String {
        let noun: String =
            switch effect {
            case .rowLeftOut: count == 1 ? "row left out" : "rows left out"
            case .valueUnknown: count == 1 ? "value kept as given, unknown" : "values kept as given, unknown"
            case .valueRepaired: count == 1 ? "value kept as given, repaired" : "values kept as given, repaired"
            }
        return "\(place): \(count) \(noun)"
    }
}
