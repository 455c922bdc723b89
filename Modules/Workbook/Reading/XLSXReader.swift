import Foundation

/// Reads the sheets of an .xlsx workbook row by row, in memory bounded by one row (plus the
/// workbook's shared-string table), whatever the sheet's size.
///
/// ```swift
/// let workbook = try XLSXReader(path: "annex-a.xlsx")
/// print(workbook.sheetNames)                      // ["Front_Sheet", …, "List_1", …]
/// try workbook.rows(ofSheet: "List_8") { rowNumber, cells in
///     // rowNumber as Excel shows it; cells[2] is column C, "" where a cell is empty;
///     // a date-formatted cell arrives as DD/MM/YYYY.
/// }
/// ```
///
/// Opening reads the workbook's sheet list, shared strings and styles; each sheet is then
/// streamed from the file when asked for: unzipped to a private temporary file, parsed with
/// `XMLParser`, and deleted. The reader is a value and `Sendable`, so several tasks may read
/// different sheets at once. Its calls block on file I/O: from async code, run them off the
/// cooperative thread pool.
///
/// Errors are ``WorkbookError``s that name the file, sheet and row, never a cell's content.
public struct XLSXReader: Sendable {
    /// The most UTF-8 bytes one cell (or shared string) may hold; a larger one is refused
    /// rather than exhausting memory. Excel itself stops at 32,767 characters.
    public static let maximumCellBytes = CellText.maximumBytes

    /// The workbook's path, as given.
    public let path: String
    /// The sheets' names, in the order of the workbook's tabs (hidden sheets included).
    public var sheetNames: [String] { sheets.map(\.name) }

    private struct Sheet: Sendable {
        var name: String
        var part: String
    }

    private let sheets: [Sheet]
    private let sharedStrings: [String]
    private let dateStyles: [Bool]
    private let usesDate1904: Bool

    /// Opens the workbook at `path` and reads its sheet list, shared strings and styles.
    /// - Throws: ``WorkbookError`` when the file is missing or unreadable (`fileUnreadable`),
    ///   is not an .xlsx workbook, e.g. truncated, an old .xls or password-protected
    ///   (`notAWorkbook`), or has a damaged part (`damagedWorkbook`).
    public init(path: String) throws {
        self.path = path
        let package = try Self.open(path)

        var packageRelationships = Relationships(of: "")
        try Self.read("_rels/.rels", of: path, from: package, into: &packageRelationships, ifPresent: true)
        let workbookPart = packageRelationships.first(ofType: "officeDocument")?.target ?? "xl/workbook.xml"
        guard package.contains(workbookPart) else {
            throw WorkbookError(
                .notAWorkbook, file: path,
                "the file is a ZIP archive but not an .xlsx workbook; open it in Excel and save it as .xlsx")
        }
        var manifest = WorkbookManifest()
        try Self.read(workbookPart, of: path, from: package, into: &manifest)
        var relationships = Relationships(of: workbookPart)
        try Self.read(Relationships.partName(for: workbookPart), of: path, from: package, into: &relationships)

        sheets = try manifest.sheets.map { entry in
            guard let target = relationships[id: entry.relationshipID]?.target else {
                throw WorkbookError(
                    .damagedWorkbook, file: path, sheet: entry.name,
                    "the workbook does not say where this sheet is stored; open the file in Excel and save it again")
            }
            return Sheet(name: entry.name, part: target)
        }
        var strings = SharedStrings()
        if let part = relationships.first(ofType: "sharedStrings")?.target {
            try Self.read(part, of: path, from: package, into: &strings)
        }
        sharedStrings = strings.strings
        var styles = Styles()
        if let part = relationships.first(ofType: "styles")?.target {
            try Self.read(part, of: path, from: package, into: &styles)
        }
        dateStyles = styles.dateStyles
        usesDate1904 = manifest.usesDate1904
    }

    /// Hands over the rows of sheet `name` one at a time, as text.
    ///
    /// - `rowNumber` is the row number Excel shows (1-based). Rows with no content are skipped,
    ///   so numbers can jump.
    /// - `cells[i]` is column `i` (0 is A). A gap between cells is `""`. A row ends at its last
    ///   non-empty cell, so rows differ in length: treat a missing index as `""`.
    /// - Each cell is ``XLSXCell/displayText``: text as stored, numbers as Excel wrote them
    ///   (`45292`, `0.1`), booleans `TRUE`/`FALSE`, and date-formatted numbers as `DD/MM/YYYY`,
    ///   so a date typed in as text and a real Excel date both arrive as `DD/MM/YYYY`.
    ///
    /// `name` is matched exactly, then ignoring case (Excel's names are unique ignoring case).
    /// An error thrown by `body` stops the reading and is rethrown unchanged.
    /// - Throws: ``WorkbookError`` for a missing sheet (`sheetNotFound`) or a damaged one.
    public func rows(ofSheet name: String, _ body: (_ rowNumber: Int, _ cells: [String]) throws -> Void) throws {
        try cells(ofSheet: name) { rowNumber, cells in
            try body(rowNumber, cells.map(\.displayText))
        }
    }

    /// Like ``rows(ofSheet:_:)``, but hands over each cell's stored text and whether it is a
    /// date, for callers that need a date's serial number or its time of day.
    public func cells(ofSheet name: String, _ body: (_ rowNumber: Int, _ cells: [XLSXCell]) throws -> Void) throws {
        guard
            let sheet = sheets.first(where: { $0.name == name })
                ?? sheets.first(where: { $0.name.lowercased() == name.lowercased() })
        else {
            throw WorkbookError(
                .sheetNotFound, file: path,
                "the workbook has no sheet named '\(name)'; check the sheet's tab name in Excel")
        }
        let package = try Self.open(path)
        try withoutActuallyEscaping(body) { body in
            var rows = SheetRows(
                sharedStrings: sharedStrings, dateStyles: dateStyles, usesDate1904: usesDate1904, onRow: body)
            do {
                try package.parse(sheet.part, into: &rows)
            } catch {
                throw WorkbookError.reading(
                    error, file: path, part: sheet.part, sheet: sheet.name,
                    row: rows.rowNumber > 0 ? rows.rowNumber : nil)
            }
        }
    }

    private static func open(_ path: String) throws -> ZipPackage {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            FileManager.default.isReadableFile(atPath: path)
        else {
            throw WorkbookError(
                .fileUnreadable, file: path, "the file does not exist or cannot be read; check its name and folder")
        }
        do {
            return try ZipPackage(url: URL(fileURLWithPath: path))
        } catch {
            throw WorkbookError.notAZip(file: path, detail: String(describing: error))
        }
    }

    /// Parses one of the workbook's own parts (not a sheet), failing with a ``WorkbookError``.
    private static func read<Handler: XMLPartHandler>(
        _ part: String, of path: String, from package: ZipPackage, into handler: inout Handler,
        ifPresent: Bool = false
    ) throws {
        guard !ifPresent || package.contains(part) else { return }
        do {
            try package.parse(part, into: &handler)
        } catch {
            throw WorkbookError.reading(error, file: path, part: part, sheet: nil, row: nil)
        }
    }
}
