import Foundation

/// Appends rows to one sheet of an ``XLSXWriter``; handed to the closure of
/// ``XLSXWriter/addSheet(named:_:)`` and valid only inside it.
///
/// Rows go to a private temporary file through a 64 KiB buffer, so memory stays bounded
/// whatever the number of rows.
public struct XLSXSheetWriter {
    /// The sheet's name.
    public let name: String
    /// The number of rows appended so far; the next row is row `rowCount + 1`.
    public private(set) var rowCount = 0

    private let file: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var columnLetters: [[UInt8]] = []

    private static let flushThreshold = 1 << 16

    init(name: String, file: String, handle: FileHandle) {
        self.name = name
        self.file = file
        self.handle = handle
        buffer.reserveCapacity(Self.flushThreshold + 4096)
        buffer.append(
            contentsOf: """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                """.utf8)
    }

    /// Appends a row; `cells[0]` goes in column A. `bold` sets the row's cells in bold, as for
    /// a header row.
    ///
    /// Every cell is written as text (an inline string), exactly as given: `0123` keeps its
    /// zero and `01/02/2024` is not turned into a date. Text starting with `=`, `+`, `-` or `@`
    /// is not a formula either, since Excel evaluates only cells stored as formulas; a caller
    /// exporting to CSV must neutralise such text itself. An empty string leaves the cell empty.
    /// Excel shows at most 32,767 characters in a cell: longer text is written in full, but
    /// Excel may cut it when the file is opened.
    /// - Throws: ``WorkbookError`` (`limitExceeded`) past Excel's 1,048,576 rows or 16,384
    ///   columns, or (`writeFailed`) when the temporary file cannot be written.
    public mutating func appendRow(_ cells: [String], bold: Bool = false) throws {
        guard rowCount < CellReference.maximumRows, cells.count <= CellReference.maximumColumns else {
            throw WorkbookError(
                .limitExceeded, file: file, sheet: name, row: rowCount + 1,
                "the row is past Excel's limit of 1,048,576 rows or 16,384 columns; split the data across sheets")
        }
        rowCount += 1
        let rowDigits = Array(String(rowCount).utf8)
        buffer.append(contentsOf: "<row r=\"".utf8)
        buffer.append(contentsOf: rowDigits)
        buffer.append(contentsOf: "\">".utf8)
        for (column, text) in cells.enumerated() where !text.isEmpty {
            buffer.append(contentsOf: "<c r=\"".utf8)
            buffer.append(contentsOf: letters(ofColumn: column))
            buffer.append(contentsOf: rowDigits)
            buffer.append(contentsOf: bold ? "\" s=\"1\" t=\"inlineStr\"><is>".utf8 : "\" t=\"inlineStr\"><is>".utf8)
            let preserve = XMLEscaping.needsPreservedSpace(text)
            buffer.append(contentsOf: preserve ? "<t xml:space=\"preserve\">".utf8 : "<t>".utf8)
            XMLEscaping.append(text, to: &buffer)
            buffer.append(contentsOf: "</t></is></c>".utf8)
        }
        buffer.append(contentsOf: "</row>".utf8)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Closes the sheet's XML and writes out what is buffered.
    mutating func finish() throws {
        buffer.append(contentsOf: "</sheetData></worksheet>".utf8)
        try flush()
    }

    private mutating func flush() throws {
        try WorkbookError.whileWriting(
            file, sheet: name, "the sheet could not be written to the temporary folder; check it has free space"
        ) {
            try handle.write(contentsOf: buffer)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func letters(ofColumn column: Int) -> [UInt8] {
        while columnLetters.count <= column {
            columnLetters.append(Array(CellReference.letters(ofColumn: columnLetters.count).utf8))
        }
        return columnLetters[column]
    }
}
