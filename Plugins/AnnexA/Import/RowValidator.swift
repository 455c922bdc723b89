import Domain
import Foundation

/// Checks one row of a list and turns its cells into stored values.
///
/// Codes are accepted in every form the code sets parse; Y/N as `a) Yes`, `Yes`, `Y`; dates as
/// DD/MM/YYYY, D/M/YYYY, ISO or Excel serial numbers (years 1900–2100); whole numbers, with
/// -1 allowed only for the age of an unborn child. Required cells must not be blank.
///
/// It runs for every cell of millions of rows, so the per-column rules are worked out once and
/// each code column remembers the spellings it has already parsed.
struct RowValidator {
    /// The longest free-text cell accepted: Annex A text is identifiers, names and postcodes.
    static let longestText = 1_000
    /// How many distinct spellings a code column remembers.
    private static let memoLimit = 4_096

    private enum Rule {
        case text
        case date
        case integer(lowest: Int)
        case code(CodeSetDescriptor)
    }

    private struct Column {
        let sourceIndex: Int?
        let rule: Rule
        let required: Bool
        let heading: String
    }

    private let list: AnnexAList
    private let source: String
    private let columns: [Column]
    private var memos: [[String: String]]

    init(mapping: HeaderMapping, source: String) {
        list = mapping.list
        self.source = source
        columns = zip(mapping.list.columns, mapping.sourceIndex).map { column, sourceIndex in
            let rule: Rule =
                switch column.kind {
                case .text: .text
                case .date: .date
                case .integer: .integer(lowest: column.key == "age" ? -1 : 0)
                case .code(let codeSet): .code(codeSet)
                }
            return Column(
                sourceIndex: sourceIndex, rule: rule, required: column.required,
                heading: column.heading.trimmingCharacters(in: .whitespaces))
        }
        memos = Array(repeating: [:], count: columns.count)
    }

    /// Validates `cells` (row `row` of the file) into `values`, one per list column.
    /// - Returns: the problems found; the row is valid when none is an error.
    mutating func validate(_ cells: [String], row: Int, into values: inout [CellValue]) -> [ImportProblem] {
        values.removeAll(keepingCapacity: true)
        var problems: [ImportProblem] = []
        for index in columns.indices {
            let column = columns[index]
            guard let sourceIndex = column.sourceIndex else {
                values.append(.null)
                continue
            }
            let raw = sourceIndex < cells.count ? cells[sourceIndex] : ""
            switch parse(raw, column, memo: index) {
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

    private struct CellFailure: Error {
        var reason: String
        /// Codes and counts are not personal data; identifiers, dates and free text may be.
        var showsValue: Bool
    }

    private mutating func parse(_ raw: String, _ column: Column, memo: Int) -> Result<CellValue, CellFailure> {
        let text = raw.trimmedCell
        if text.isEmpty { return .success(.null) }
        switch column.rule {
        case .text:
            guard text.utf8.count <= Self.longestText else {
                return .failure(
                    CellFailure(
                        reason: "is longer than \(Self.longestText) characters; Annex A cells are short, so check the column holds what its heading says",
                        showsValue: false))
            }
            return .success(.text(text))
        case .date:
            guard let date = CalendarDate.parse(text), (1900...2100).contains(date.year) else {
                return .failure(CellFailure(reason: "is not a date; write it as DD/MM/YYYY (value withheld: may be personal data)", showsValue: false))
            }
            return .success(.date(date))
        case .integer(let lowest):
            guard let number = Self.wholeNumber(text) else {
                return .failure(CellFailure(reason: "is not a whole number", showsValue: true))
            }
            guard number >= lowest else {
                let allowed = lowest == -1 ? "-1 (unborn) or more" : "0 or more"
                return .failure(CellFailure(reason: "must be \(allowed)", showsValue: true))
            }
            return .success(.integer(number))
        case .code(let codeSet):
            if let code = memos[memo][text] { return .success(.text(code)) }
            guard let code = codeSet.parse(text) else {
                let allowed =
                    codeSet.allowedForms.count <= 8
                    ? codeSet.allowedForms.joined(separator: "; ")
                    : codeSet.codes.joined(separator: ", ")
                return .failure(CellFailure(reason: "is not a \(codeSet.name) code; allowed: \(allowed)", showsValue: true))
            }
            if memos[memo].count < Self.memoLimit { memos[memo][text] = code }
            return .success(.text(code))
        }
    }

    /// Whole numbers as text, also written as spreadsheets store them (`3.0`).
    private static func wholeNumber(_ text: String) -> Int? {
        if let number = Int(text) { return number }
        guard let double = Double(text), double.rounded() == double, abs(double) < 1e9 else { return nil }
        return Int(double)
    }

    private func problem(_ row: Int, _ column: Column, _ value: String?, _ reason: String) -> ImportProblem {
        ImportProblem(
            severity: .error, list: list.number, source: source, row: row,
            column: column.heading, value: value, reason: reason)
    }
}

extension String {
    /// The cell without surrounding white space. Most cells have none, and Foundation's
    /// trimming costs more than everything else an import does to a cell, so the first and last
    /// bytes are checked before handing over to it.
    var trimmedCell: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        func mayBeSpace(_ byte: UInt8) -> Bool { byte <= 0x20 || byte >= 0x80 }
        guard mayBeSpace(first) || mayBeSpace(last) else { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
