import Foundation
import Tabular
import Workbook

/// One register file (a CSV file or a workbook's sheet) read as rows of named cells, or the
/// problems of its header.
struct RegisterTable {
    /// One data row: its number as a spreadsheet shows it and its cells by column name, trimmed.
    struct Row {
        var number: Int
        var cells: [String: String]

        subscript(_ column: String) -> String { cells[column] ?? "" }
    }

    /// The rows, in file order.
    var rows: [Row] = []
    /// False when the header had problems, so no row was read.
    var isReadable = false

    /// Reads the CSV file at `path` as `file`.
    /// - Throws: `TabularError` when the file cannot be read as CSV.
    static func csv(_ file: RegisterFile, path: String, problems: inout [RegisterProblem]) throws -> RegisterTable {
        let reader = try CSVReader(path: path)
        var records: [(number: Int, cells: [String])] = []
        while let record = try reader.nextRecord() { records.append((reader.recordNumber, record)) }
        return RegisterTable(file, source: file.fileName, records: records, problems: &problems)
    }

    /// Reads the sheet named after `file` (`staff`) of `workbook`; `source` names it in problems.
    /// - Throws: `WorkbookError` for a missing or damaged sheet.
    static func sheet(_ file: RegisterFile, of workbook: XLSXReader, source: String, problems: inout [RegisterProblem]) throws -> RegisterTable {
        var records: [(number: Int, cells: [String])] = []
        try workbook.rows(ofSheet: file.rawValue) { number, cells in
            // A spreadsheet's blank rows are not records, as a CSV file's blank lines are not.
            if cells.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) { records.append((number, cells)) }
        }
        return RegisterTable(file, source: source, records: records, problems: &problems)
    }

    /// `records` (header first) as `file`'s rows; header problems (an unknown, missing or
    /// repeated column) are added to `problems` under `source` and no rows are read, since no
    /// cell can be placed.
    private init(_ file: RegisterFile, source: String, records: [(number: Int, cells: [String])], problems: inout [RegisterProblem]) {
        let header = (records.first?.cells ?? []).map(RegisterFile.columnName)
        var headerProblems: [RegisterProblem] = []
        for (index, name) in header.enumerated() {
            if !file.columns.contains(name) {
                headerProblems.append(
                    RegisterProblem(
                        file: source, row: 1, column: name.isEmpty ? "column \(index + 1)" : name,
                        problem: "unknown column; \(source) has the columns \(file.columns.joined(separator: ", "))"))
            } else if header[..<index].contains(name) {
                headerProblems.append(RegisterProblem(file: source, row: 1, column: name, problem: "the column is given twice; keep one"))
            }
        }
        for name in file.columns where !header.contains(name) {
            headerProblems.append(RegisterProblem(file: source, row: 1, column: name, problem: "missing column; add it (its cells may be blank where allowed)"))
        }
        problems += headerProblems
        guard headerProblems.isEmpty else { return }
        isReadable = true
        for (number, record) in records.dropFirst() {
            var cells: [String: String] = [:]
            for (name, value) in zip(header, record) {
                cells[name] = value.trimmingCharacters(in: .whitespaces)
            }
            if record.count > header.count, record[header.count...].contains(where: { !$0.isEmpty }) {
                problems.append(
                    RegisterProblem(
                        file: source, row: number, column: nil,
                        problem: "the row has \(record.count) cells but the header \(header.count); check for a stray comma"))
            }
            rows.append(Row(number: number, cells: cells))
        }
    }
}
