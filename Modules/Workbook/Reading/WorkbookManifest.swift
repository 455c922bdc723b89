/// What `xl/workbook.xml` says: the sheets in workbook order, each with the relationship that
/// locates its part, and which date system the serial numbers use.
struct WorkbookManifest: XMLPartHandler {
    /// One `<sheet>` entry.
    struct SheetEntry {
        var name: String
        var relationshipID: String
    }

    private(set) var sheets: [SheetEntry] = []
    /// True when serial 0 is 1 January 1904 (old Mac Excel) rather than 0 January 1900.
    private(set) var usesDate1904 = false

    mutating func start(_ element: String, attributes: [String: String]) throws {
        switch element {
        case "sheet":
            // The id attribute sits in the relationships namespace, nearly always as `r:id`.
            let id = attributes["r:id"] ?? attributes.first { $0.key.hasSuffix(":id") }?.value
            guard let name = attributes["name"], let id else {
                throw PartProblem(
                    code: .damagedWorkbook,
                    message:
                        "the workbook's list of sheets is damaged; open the file in Excel and save it again")
            }
            sheets.append(SheetEntry(name: name, relationshipID: id))
        case "workbookPr":
            usesDate1904 = ["1", "true"].contains(attributes["date1904"])
        default:
            break
        }
    }

    mutating func end(_ element: String) throws {}
    mutating func text(_ text: String) throws {}
}
