import Tabular

/// A CSV file's records as rows, numbered as a spreadsheet shows them.
final class CSVRowSource: RowSource {
    private let reader: CSVReader

    init(path: String) throws {
        reader = try CSVReader(path: path)
    }

    func nextRow() throws -> (number: Int, cells: [String])? {
        guard let record = try reader.nextRecord() else { return nil }
        return (reader.recordNumber, record)
    }
}
