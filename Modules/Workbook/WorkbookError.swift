/// A workbook could not be read or written: one line naming the file (and the sheet, row and
/// column when known), what went wrong and what to do.
///
/// It never quotes a cell: the data is about children, so a problem is located by sheet, row and
/// column instead. ``detail`` carries the underlying error for `--verbose` output; it holds
/// library error codes and XML line numbers, never cell text.
public struct WorkbookError: Error, Sendable, CustomStringConvertible {
    /// The kind of failure. New kinds can be added without breaking callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case fileUnreadable, notAWorkbook, damagedWorkbook, sheetNotFound
            case limitExceeded, invalidSheetName, writeFailed
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The file does not exist or cannot be opened.
        public static let fileUnreadable = Code(.fileUnreadable)
        /// The file is not an .xlsx workbook at all: not a ZIP archive, truncated, an old .xls,
        /// password-protected, or a ZIP without a workbook in it.
        public static let notAWorkbook = Code(.notAWorkbook)
        /// The file is an .xlsx workbook but one of its parts is damaged (bad XML, bad compressed
        /// data, a reference to something that is not there).
        public static let damagedWorkbook = Code(.damagedWorkbook)
        /// The workbook has no sheet with the name asked for.
        public static let sheetNotFound = Code(.sheetNotFound)
        /// A size limit was reached: a cell too large to hold in memory, or more rows or columns
        /// than Excel allows.
        public static let limitExceeded = Code(.limitExceeded)
        /// A sheet name Excel would refuse (empty, too long, a forbidden character, a duplicate).
        public static let invalidSheetName = Code(.invalidSheetName)
        /// The workbook could not be written (disk full, no permission, a missing folder).
        public static let writeFailed = Code(.writeFailed)

        public var description: String { base.rawValue }
    }

    /// What kind of failure this is.
    public var code: Code
    /// The workbook's path, as the caller gave it.
    public var file: String
    /// The sheet, when the problem is in one sheet.
    public var sheet: String?
    /// The row number as Excel shows it (1-based), when the problem is in one row.
    public var row: Int?
    /// The column letters as Excel shows them (`A`, `AB`), when the problem is in one cell.
    public var column: String?
    /// What went wrong and what to do; never contains cell text.
    public var message: String
    /// The underlying error, for verbose output; never contains cell text.
    public var detail: String?

    /// Creates an error; `message` and `detail` must not contain cell text.
    public init(
        _ code: Code, file: String, sheet: String? = nil, row: Int? = nil, column: String? = nil,
        _ message: String, detail: String? = nil
    ) {
        self.code = code
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
        self.message = message
        self.detail = detail
    }

    /// One line: `file.xlsx, sheet 'List_8', row 12, column C: what went wrong; what to do`.
    public var description: String {
        // The file name alone: a full path can be long and says nothing more to the reader.
        var location = [file.split(separator: "/").last.map(String.init) ?? file]
        if let sheet { location.append("sheet '\(sheet)'") }
        if let row { location.append("row \(row)") }
        if let column { location.append("column \(column)") }
        return location.joined(separator: ", ") + ": " + message
    }
}
