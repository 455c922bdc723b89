/// The parts of `xl/styles.xml` the reader needs: for each cell style index (a cell's `s`
/// attribute), whether its number format shows a date or a time.
struct Styles: XMLPartHandler {
    private var formatCodes: [Int: String] = [:]
    private var formatIDs: [Int] = []
    private var inNumberFormats = false
    private var inCellFormats = false

    /// Whether each cell style index, in order, formats numbers as dates or times.
    var dateStyles: [Bool] {
        formatIDs.map { NumberFormat.isDateOrTime(id: $0, code: formatCodes[$0]) }
    }

    mutating func start(_ element: String, attributes: [String: String]) throws {
        switch element {
        // Differential formats (`dxfs`) and cell-style formats (`cellStyleXfs`) also hold
        // `numFmt` and `xf` elements; only the top-level lists describe cells.
        case "numFmts": inNumberFormats = true
        case "cellXfs": inCellFormats = true
        case "numFmt" where inNumberFormats:
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] {
                formatCodes[id] = code
            }
        case "xf" where inCellFormats:
            formatIDs.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default:
            break
        }
    }

    mutating func end(_ element: String) throws {
        switch element {
        case "numFmts": inNumberFormats = false
        case "cellXfs": inCellFormats = false
        default: break
        }
    }

    mutating func text(_ text: String) throws {}
}
