/// Streams one worksheet part: builds each `<row>`'s cells and hands the row over when it ends,
/// so only one row is in memory at a time.
struct SheetRows: XMLPartHandler {
    typealias RowHandler = (_ rowNumber: Int, _ cells: [XLSXCell]) throws -> Void

    /// The number of the row being read (1-based), or of the last row read; 0 before the first.
    private(set) var rowNumber = 0

    private let sharedStrings: [String]
    private let dateStyles: [Bool]
    private let usesDate1904: Bool
    private let onRow: RowHandler

    private var cells: [XLSXCell] = []
    private var column = 0
    private var previousColumn = -1
    private var cellType: String?
    private var cellStyle = 0
    private var text = CellText()
    private var hasValue = false
    private var inCell = false
    private var inInlineString = false
    private var phoneticDepth = 0

    init(sharedStrings: [String], dateStyles: [Bool], usesDate1904: Bool, onRow: @escaping RowHandler) {
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
        self.usesDate1904 = usesDate1904
        self.onRow = onRow
    }

    mutating func start(_ element: String, attributes: [String: String]) throws {
        switch element {
        case "row":
            try startRow(reference: attributes["r"])
        case "c":
            try startCell(reference: attributes["r"])
            cellType = attributes["t"]
            cellStyle = attributes["s"].flatMap(Int.init) ?? 0
        case "v" where inCell:
            text.beginRun()
            hasValue = true
        case "is" where inCell:
            inInlineString = true
            hasValue = true
        case "rPh":
            phoneticDepth += 1
        case "t" where inInlineString && phoneticDepth == 0:
            text.beginRun()
        default:
            break
        }
    }

    mutating func end(_ element: String) throws {
        switch element {
        case "v", "t":
            text.endRun()
        case "is":
            inInlineString = false
        case "rPh":
            phoneticDepth -= 1
        case "c" where inCell:
            place(try makeCell())
            inCell = false
        case "row":
            // Cells that are empty but formatted still appear in the XML; a row ends at its
            // last cell with content, and a row without any is not handed over.
            while cells.last?.text.isEmpty == true { cells.removeLast() }
            if !cells.isEmpty { try onRow(rowNumber, cells) }
        default:
            break
        }
    }

    mutating func text(_ piece: String) throws {
        guard text.append(piece) else {
            throw PartProblem(
                code: .limitExceeded, row: rowNumber, column: column,
                message: "the cell holds more than \(CellText.maximumBytes >> 20) MiB of text; "
                    + "shorten it in Excel and save again")
        }
    }

    private mutating func startRow(reference: String?) throws {
        // `r` is optional in the format: without it a row follows the previous one.
        let number = reference.map { Int($0) } ?? rowNumber + 1
        guard let number, number > rowNumber, number <= CellReference.maximumRows else {
            throw PartProblem(
                code: .damagedWorkbook, row: rowNumber + 1,
                message: "a row number is missing, out of order or past Excel's last row; "
                    + "open the file in Excel and save it again")
        }
        rowNumber = number
        cells.removeAll(keepingCapacity: true)
        previousColumn = -1
    }

    private mutating func startCell(reference: String?) throws {
        // Like rows, a cell without `r` follows the previous one.
        let index = reference.map(CellReference.columnIndex(of:)) ?? previousColumn + 1
        guard let index, index < CellReference.maximumColumns else {
            throw PartProblem(
                code: .damagedWorkbook, row: rowNumber,
                message: "a cell reference is not valid or is past Excel's last column (XFD); "
                    + "open the file in Excel and save it again")
        }
        column = index
        previousColumn = index
        text.reset()
        hasValue = false
        inCell = true
    }

    private func makeCell() throws -> XLSXCell {
        guard hasValue else { return XLSXCell(text: "") }
        let value = text.value
        switch cellType {
        case "s":
            guard let index = Int(value), sharedStrings.indices.contains(index) else {
                throw PartProblem(
                    code: .damagedWorkbook, row: rowNumber, column: column,
                    message: "the cell refers to a shared string that does not exist; "
                        + "open the file in Excel and save it again")
            }
            return XLSXCell(text: sharedStrings[index])
        case "b":
            switch value {
            case "1", "true": return XLSXCell(text: "TRUE")
            case "0", "false": return XLSXCell(text: "FALSE")
            default: return XLSXCell(text: value)
            }
        case nil, "n":
            let isDate = dateStyles.indices.contains(cellStyle) && dateStyles[cellStyle]
            return XLSXCell(text: value, isDate: isDate && !value.isEmpty, usesDate1904: usesDate1904)
        default:
            // `inlineStr`, `str` (a formula's text), `e` (an error such as #N/A) and `d`
            // (an ISO 8601 date, rare outside Strict files) are all kept as their text.
            return XLSXCell(text: value)
        }
    }

    private mutating func place(_ cell: XLSXCell) {
        if column < cells.count {
            cells[column] = cell
            return
        }
        cells.append(contentsOf: repeatElement(XLSXCell(text: ""), count: column - cells.count))
        cells.append(cell)
    }
}
