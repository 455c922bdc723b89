import Foundation
import Tabular

/// A published CSV file read row by row: its columns found by name (whatever their order), and
/// each row checked to have as many fields as the header, so a truncated file names its row.
struct PublishedCSV {
    /// The file's path, as given.
    let path: String
    /// The headings, as written.
    let header: [String]
    private let reader: CSVReader
    private let index: [String: Int]

    /// Opens `path` and reads its header.
    /// - Throws: `PublishedStatisticsError` (or the CSV reader's error) when it cannot be read.
    init(path: String) throws {
        self.path = path
        reader = try CSVReader(path: path)
        guard let header = try reader.nextRecord() else { throw PublishedStatisticsError.file(path, "has no header row") }
        self.header = header
        index = Dictionary(header.enumerated().map { ($1.trimmingCharacters(in: .whitespaces), $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Refuses the file when one of `columns` is missing, naming it; `hint` says what to do.
    func require(_ columns: [String], hint: String) throws {
        for column in columns where index[column] == nil {
            throw PublishedStatisticsError.file(path, "column `\(column)` is missing; \(hint)")
        }
    }

    /// The next row and its number as a spreadsheet shows it (1 = the header), or nil at the end.
    /// - Throws: `PublishedStatisticsError` for a row with more or fewer fields than the header.
    func next() throws -> Row? {
        guard let fields = try reader.nextRecord() else { return nil }
        guard fields.count == header.count else {
            throw PublishedStatisticsError.file(
                path, "row \(reader.recordNumber) has \(fields.count) fields where the header has \(header.count); the file may be truncated or damaged")
        }
        return Row(fields: fields, number: reader.recordNumber, index: index)
    }

    /// One row's fields, read by column name.
    struct Row {
        let fields: [String]
        /// The row's number as a spreadsheet shows it.
        let number: Int
        fileprivate let index: [String: Int]

        /// The trimmed cell of a column the file was required to have.
        subscript(column: String) -> String {
            fields[index[column]!].trimmingCharacters(in: .whitespaces)
        }
    }
}
