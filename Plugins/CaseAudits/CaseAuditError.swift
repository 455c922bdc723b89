/// A case-audit command cannot go on: one line saying what is wrong and what to do.
///
/// It names files, rows, columns, rounds and questions, never a child's id or an auditor's
/// details: a cell may hold personal data.
public struct CaseAuditError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and what to do.
    public let description: String

    /// Creates the error.
    public init(_ description: String) {
        self.description = description
    }

    /// A problem in a row of a CSV file, as `FILE, row N, column "C": message`.
    public static func cell(file: String, row: Int, column: String, _ message: String) -> CaseAuditError {
        CaseAuditError("\(file), row \(row), column \"\(column)\": \(message)")
    }
}
