import Domain
import Tabular

/// One Annex A list found in the input: which list, where it came from, and its rows.
struct ListSource {
    /// The list it holds.
    let list: AnnexAList
    /// The file or sheet name, for messages.
    let name: String
    /// Its rows, header first.
    let rows: any RowSource
}

/// Rows of a table, read one at a time, header first.
protocol RowSource: AnyObject {
    /// Reads the next row's cells into `cells` as UTF-8 bytes, reusing its storage.
    /// - Returns: the row's number as a spreadsheet shows it (header = 1), or nil at the end.
    func nextRow(into cells: inout CSVRecord) throws -> Int?
}

extension RowSource {
    /// The next row and its number as strings, or nil at the end: for the few rows read before
    /// the data (the header).
    func nextRow() throws -> (number: Int, cells: [String])? {
        var cells = CSVRecord()
        guard let number = try nextRow(into: &cells) else { return nil }
        return (number, cells.strings)
    }
}

/// Recognises which list a file or sheet holds from its name.
enum ListName {
    /// The list named by `name`: `List_8.csv`, `list8.csv`, `List 8 - Children in care.csv`,
    /// `LIST-8`, sheet `List_8`; nil for anything else (guidance sheets, other files).
    static func list(in name: String) -> AnnexAList? {
        var rest = Substring(name.lowercased())
        if let dot = rest.lastIndex(of: "."), rest[dot...].count <= 5 { rest = rest[..<dot] }
        rest = rest.drop { $0 == " " }
        guard rest.hasPrefix("list") else { return nil }
        rest = rest.dropFirst(4).drop { $0 == " " || $0 == "_" || $0 == "-" }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2, let number = Int(digits) else { return nil }
        let after = rest.dropFirst(digits.count)
        // "List 8 - Children in care" and "List_8" are list 8; "List 80" or "List 8b" are not.
        guard after.isEmpty || after.first == " " || after.first == "_" || after.first == "-" else { return nil }
        return AnnexAList(rawValue: number)
    }
}
