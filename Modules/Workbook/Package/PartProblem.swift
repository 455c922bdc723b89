/// A problem a part handler found at a known place; the reader adds the file and sheet to make
/// a ``WorkbookError`` of it.
struct PartProblem: Error {
    var code: WorkbookError.Code
    /// The row number as Excel shows it, when known.
    var row: Int?
    /// The 0-based column, when known.
    var column: Int?
    /// What went wrong and what to do; never cell text.
    var message: String
}
