import Tabular

/// A CSV file's records as rows, numbered as a spreadsheet shows them.
final class CSVRowSource: RowSource {
    private let reader: CSVReader

    init(path: String) throws {
        reader = try CSVReader(path: path)
    }

    func nextRow(into cells: inout CSVRecord) throws -> Int? {
        try reader.nextRecord(into: &cells) ? reader.recordNumber : nil
    }
}
