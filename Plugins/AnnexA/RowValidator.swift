import Foundation
import Domain

/// Checks one row of a list and turns its cells into stored values.
///
/// Codes are accepted in every form the code sets parse; Y/N as `a) Yes`, `Yes`, `Y`; dates as
/// DD/MM/YYYY, D/M/YYYY, ISO or Excel serial numbers (years 1900–2100); whole numbers, with
/// -1 allowed only for the age of an unborn child. Required cells must not be blank.
struct RowValidator {
    let mapping: HeaderMapping
    let source: String

    /// Validates `cells` (row `row` of the file) into `values`, one per list column.
    /// - Returns: the problems found; the row is valid when none is an error.
    func validate(_ cells: [String], row: Int, into values: inout [CellValue]) -> [ImportProblem] {
        let columns = mapping.list.columns
        values.removeAll(keepingCapacity: true)
        var problems: [ImportProblem] = []
        for (index, column) in columns.enumerated() {
            guard let fileIndex = mapping.sourceIndex[index] else {
                values.append(.null)
                continue
            }
            let raw = fileIndex < cells.count ? cells[fileIndex] : ""
            switch parse(raw, column) {
            case .success(let value):
                if value == .null && column.required {
                    problems.append(problem(row, column, nil, "must not be blank"))
                }
                values.append(value)
            case .failure(let failure):
                problems.append(problem(row, column, failure.showsValue ? ImportProblem.shortened(raw) : nil, failure.reason))
                values.append(.null)
            }
        }
        return problems
    }

    /// The longest free-text cell accepted: Annex A text is identifiers, names and postcodes.
    static let longestText = 1_000

    private struct CellFailure: Error {
        var reason: String
        /// Codes and counts are not personal data; identifiers, dates and free text may be.
        var showsValue: Bool
    }

    private func parse(_ raw: String, _ column: AnnexAColumn) -> Result<CellValue, CellFailure> {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return .success(.null) }
        switch column.kind {
        case .text:
            guard text.utf8.count <= Self.longestText else {
                return .failure(CellFailure(
                    reason: "is longer than \(Self.longestText) characters; Annex A cells are short, so check the column holds what its heading says",
                    showsValue: false))
            }
            return .success(.text(text))
        case .date:
            guard let date = CalendarDate.parse(text), (1900...2100).contains(date.year) else {
                return .failure(CellFailure(reason: "is not a date; write it as DD/MM/YYYY (value withheld: may be personal data)", showsValue: false))
            }
            return .success(.date(date))
        case .integer:
            guard let number = Self.wholeNumber(text) else {
                return .failure(CellFailure(reason: "is not a whole number", showsValue: true))
            }
            let lowest = column.key == "age" ? -1 : 0
            guard number >= lowest else {
                let allowed = lowest == -1 ? "-1 (unborn) or more" : "0 or more"
                return .failure(CellFailure(reason: "must be \(allowed)", showsValue: true))
            }
            return .success(.integer(number))
        case .code(let codeSet):
            guard let code = codeSet.parse(text) else {
                let allowed = codeSet.allowedForms.count <= 8
                    ? codeSet.allowedForms.joined(separator: "; ")
                    : codeSet.codes.joined(separator: ", ")
                return .failure(CellFailure(reason: "is not a \(codeSet.name) code; allowed: \(allowed)", showsValue: true))
            }
            return .success(.text(code))
        }
    }

    /// Whole numbers as text, also written as spreadsheets store them (`3.0`).
    private static func wholeNumber(_ text: String) -> Int? {
        if let number = Int(text) { return number }
        guard let double = Double(text), double.rounded() == double, abs(double) < 1e9 else { return nil }
        return Int(double)
    }

    private func problem(_ row: Int, _ column: AnnexAColumn, _ value: String?, _ reason: String) -> ImportProblem {
        ImportProblem(severity: .error, list: mapping.list.number, source: source, row: row,
                      column: column.heading.trimmingCharacters(in: .whitespaces), value: value, reason: reason)
    }
}
