import Foundation
import Tabular

/// One register file read as rows of named cells, or the problems of its header.
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

    /// Reads `file` at `path`; header problems (an unknown, missing or repeated column) are added
    /// to `problems` and no rows are read, since no cell can be placed.
    /// - Throws: `TabularError` when the file cannot be read as CSV.
    init(_ file: RegisterFile, path: String, problems: inout [RegisterProblem]) throws {
        let reader = try CSVReader(path: path)
        let header = (try reader.nextRecord() ?? []).map(RegisterFile.columnName)
        var headerProblems: [RegisterProblem] = []
        for (index, name) in header.enumerated() {
            if !file.columns.contains(name) {
                headerProblems.append(
                    RegisterProblem(
                        file: file.fileName, row: 1, column: name.isEmpty ? "column \(index + 1)" : name,
                        problem: "unknown column; \(file.fileName) has the columns \(file.columns.joined(separator: ", "))"))
            } else if header[..<index].contains(name) {
                headerProblems.append(RegisterProblem(file: file.fileName, row: 1, column: name, problem: "the column is given twice; keep one"))
            }
        }
        for name in file.columns where !header.contains(name) {
            headerProblems.append(
                RegisterProblem(file: file.fileName, row: 1, column: name, problem: "missing column; add it (its cells may be blank where allowed)"))
        }
        problems += headerProblems
        guard headerProblems.isEmpty else { return }
        isReadable = true
        while let record = try reader.nextRecord() {
            var cells: [String: String] = [:]
            for (name, value) in zip(header, record) {
                cells[name] = value.trimmingCharacters(in: .whitespaces)
            }
            if record.count > header.count {
                problems.append(
                    RegisterProblem(
                        file: file.fileName, row: reader.recordNumber, column: nil,
                        problem: "the row has \(record.count) cells but the header \(header.count); check for a stray comma"))
            }
            rows.append(Row(number: reader.recordNumber, cells: cells))
        }
    }
}
