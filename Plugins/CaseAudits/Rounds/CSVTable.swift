import Foundation
import Tabular

/// A small CSV file read whole, with its rows addressed by heading: what the plugin's imports
/// (auditors, children, completed audits) share. Headings match ignoring case, spaces and
/// punctuation; rows keep the number a spreadsheet shows (the header is row 1).
struct CSVTable {
    /// One row: its number and its cells by normalised heading.
    struct Row {
        let number: Int
        let cells: [String: String]

        /// The trimmed cell under `heading`, empty when blank or absent.
        subscript(_ heading: String) -> String { cells[CSVTable.key(heading)] ?? "" }
    }

    /// The file's name (not its path), as messages give it.
    let name: String
    /// The normalised headings present.
    let headings: Set<String>
    /// The rows in file order.
    let rows: [Row]

    /// Reads `path`, requiring a column for each of `required`.
    /// - Throws: `CaseAuditError` for an unreadable file or a missing column.
    init(path: String, required: [String]) throws {
        name = URL(fileURLWithPath: path).lastPathComponent
        let reader: CSVReader
        do { reader = try CSVReader(path: path) } catch let error as TabularError { throw CaseAuditError("\(name): \(error.message)") }
        guard let header = try Self.next(reader, name) else { throw CaseAuditError("\(name): the file is empty") }
        let keys = header.map(Self.key)
        headings = Set(keys)
        for column in required where !headings.contains(Self.key(column)) {
            throw CaseAuditError("\(name), row 1: no column \"\(column)\"; the file needs \(required.joined(separator: ", "))")
        }
        var rows: [Row] = []
        while let record = try Self.next(reader, name) {
            var cells: [String: String] = [:]
            for (index, key) in keys.enumerated() where index < record.count {
                cells[key] = record[index].trimmingCharacters(in: .whitespaces)
            }
            rows.append(Row(number: reader.recordNumber, cells: cells))
        }
        self.rows = rows
    }

    /// Whether the file has a column for `heading`.
    func has(_ heading: String) -> Bool { headings.contains(Self.key(heading)) }

    static func key(_ heading: String) -> String { heading.lowercased().filter { $0.isLetter || $0.isNumber } }

    private static func next(_ reader: CSVReader, _ name: String) throws -> [String]? {
        do { return try reader.nextRecord() } catch let error as TabularError {
            throw CaseAuditError("\(name), row \(error.record.map(String.init) ?? "?"): \(error.message)")
        }
    }
}
