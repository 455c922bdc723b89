import Domain
import Tabular

/// Something wrong with the input, located as a coordinator would look for it: list, file or
/// sheet, row as shown there, and column heading.
///
/// The offending value is shown only for coded and numeric columns, shortened; identifiers,
/// dates and free text may be personal data and are never repeated.
public struct ImportProblem: Sendable, Codable, Equatable {
    /// How bad it is.
    public enum Severity: String, Sendable, Codable {
        /// The row (or, in strict mode, the whole import) is refused.
        case error
        /// Imported, but worth checking.
        case warning
    }

    /// What a problem in one cell does to its row.
    public enum Effect: String, Sendable, Codable {
        /// The row cannot be identified or placed (no identifier, an unreadable placing date):
        /// it is left out of the snapshot and kept with its reasons.
        case rowLeftOut = "row left out"
        /// The row is kept; the cell is stored as given and its typed value is unknown.
        case valueUnknown = "value unknown"
        /// The row is kept; the cell is stored as given and its typed value was safely repaired.
        case valueRepaired = "value repaired"
    }

    public var severity: Severity
    /// For a problem in one cell, what it does to the row; nil for problems of a file or sheet.
    public var effect: Effect?
    /// For a problem in one cell, its kind, for grouping (`blank`, `not in the code list`,
    /// `fractional age`, …); never the value.
    public var kind: String?
    /// The list number, when the problem belongs to one list.
    public var list: Int?
    /// The file or sheet the problem is in.
    public var source: String
    /// The row as the file or sheet shows it (header = 1).
    public var row: Int?
    /// The column heading.
    public var column: String?
    /// The offending value, shortened, when it is safe to show.
    public var value: String?
    /// What is wrong and what to do.
    public var reason: String

    /// Creates a problem; `effect` and `kind` are set for a problem in one cell.
    public init(
        severity: Severity, effect: Effect? = nil, kind: String? = nil, list: Int? = nil, source: String, row: Int? = nil,
        column: String? = nil, value: String? = nil, reason: String
    ) {
        self.severity = severity
        self.effect = effect
        self.kind = kind
        self.list = list
        self.source = source
        self.row = row
        self.column = column
        self.value = value
        self.reason = reason
    }

    /// One line for a person.
    public var line: String {
        var parts: [String] = []
        parts.append(list.map { "List \($0) (\(source))" } ?? source)
        if let row { parts.append("row \(row)") }
        if let column { parts.append("column '\(column)'") }
        let place = parts.joined(separator: ", ")
        let shown = value.map { "'\($0)': " } ?? ""
        return "\(severity == .error ? "error" : "warning"): \(place): \(shown)\(reason)"
    }

    /// The problem for a file or sheet that could not be read (corrupt, empty, wrong encoding).
    static func unreadable(_ error: any Error, list: AnnexAList?, source: String) -> ImportProblem {
        if let failure = error as? ImportFailure, let first = failure.errors.first { return first }
        let tabular = error as? TabularError
        return ImportProblem(
            severity: .error, list: list?.number, source: source, row: tabular?.record,
            reason: tabular?.message ?? "\(error)")
    }

    /// `value` cut to 30 characters, for display.
    static func shortened(_ value: String) -> String {
        value.count <= 30 ? value : String(value.prefix(29)) + "…"
    }
}
