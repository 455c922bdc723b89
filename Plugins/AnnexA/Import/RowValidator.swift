import Domain
import Foundation

/// Checks one row of a list and turns its cells into stored values.
///
/// Codes are accepted in every form the code sets parse; Y/N as `a) Yes`, `Yes`, `Y`; dates as
/// DD/MM/YYYY, D/M/YYYY, ISO or Excel serial numbers (years 1900–2100); whole numbers, with
/// -1 allowed only for the age of an unborn child.
///
/// A cell that cannot be read as its column says makes one of two kinds of problem:
/// 1. A *row* problem, when the row cannot be identified or placed: a blank identifier, or a
///    placing date (``AnnexAList/placingDate``) that is unreadable or blank where required. The
///    row is left out.
/// 2. A *value* problem otherwise (a blank where a value is expected, a code outside the list, a
///    Yes/No that is neither, a number that is not one): the row is kept, the cell is kept as
///    given in ``ValidatedRow/raw`` and its typed value is unknown (NULL). A fractional age (what
///    an Excel formula on the date of birth gives) is repaired to its whole years, and an age that
///    disagrees with the date of birth at the as-of date by more than a year is replaced by the
///    age worked out from it; both keep the given value too.
///
/// In strict mode every problem but the age finding is an error. Problems never repeat the
/// value: it may be personal data. A text cell longer than ``longestText`` is an error in every
/// mode, since it usually means a broken file (an unclosed quote swallowing rows).
///
/// It runs for every cell of millions of rows, so the per-column rules are worked out once and
/// each code column remembers the spellings it has already parsed.
struct RowValidator: Sendable {
    /// The longest free-text cell accepted: Annex A text is identifiers, names and postcodes.
    static let longestText = 1_000
    /// How many distinct spellings a code column remembers.
    private static let memoLimit = 4_096

    private enum Rule: Sendable {
        case text
        case date
        case integer(lowest: Int)
        case age
        /// The column's ``Column/codeSet``: kept there, since matching a payload here copies
        /// the descriptor (five references to count) for every cell.
        case code
    }

    /// A class, so that handing one to each cell's checks costs one reference count, not one
    /// for each of its strings.
    private final class Column: Sendable {
        let key: String
        let sourceIndex: Int?
        let rule: Rule
        let codeSet: CodeSetDescriptor?
        let required: Bool
        /// Blank or unreadable, the row cannot be identified or placed.
        let placesRow: Bool
        let heading: String

        init(key: String, sourceIndex: Int?, rule: Rule, codeSet: CodeSetDescriptor?, required: Bool, placesRow: Bool, heading: String) {
            self.key = key
            self.sourceIndex = sourceIndex
            self.rule = rule
            self.codeSet = codeSet
            self.required = required
            self.placesRow = placesRow
            self.heading = heading
        }
    }

    /// One row's stored values and the cells kept as given.
    struct ValidatedRow: Sendable {
        /// One value per list column.
        var values: [CellValue] = []
        /// `(column key, cell as given)` for each cell with a value problem.
        var raw: [(key: String, value: String)] = []
        /// The row cannot be identified or placed.
        var leftOut = false
    }

    private let list: AnnexAList
    private let source: String
    private let strict: Bool
    private let asOf: CalendarDate
    private let columns: [Column]
    private let ageIndex: Int?
    private let birthIndex: Int?
    private var memos: [[String: String]]

    init(mapping: HeaderMapping, source: String, strict: Bool, asOf: CalendarDate) {
        list = mapping.list
        self.source = source
        self.strict = strict
        self.asOf = asOf
        let placing = [list.hasChildID ? "child_id" : "adopter_id", list.placingDate]
        columns = zip(mapping.list.columns, mapping.sourceIndex).map { column, sourceIndex in
            var codeSet: CodeSetDescriptor?
            let rule: Rule
            switch column.kind {
            case .text: rule = .text
            case .date: rule = .date
            case .integer: rule = column.key == "age" ? .age : .integer(lowest: 0)
            case .code(let set):
                rule = .code
                codeSet = set
            }
            return Column(
                key: column.key, sourceIndex: sourceIndex, rule: rule, codeSet: codeSet, required: column.required,
                placesRow: placing.contains(column.key), heading: column.heading.trimmingCharacters(in: .whitespaces))
        }
        ageIndex = columns.firstIndex { $0.key == "age" && $0.sourceIndex != nil }
        birthIndex = columns.firstIndex { $0.key == "date_of_birth" && $0.sourceIndex != nil }
        memos = Array(repeating: [:], count: columns.count)
    }

    /// Validates `cells` (row `row` of the file) into `result`.
    /// - Returns: the problems found.
    mutating func validate(_ cells: [String], row: Int, into result: inout ValidatedRow) -> [ImportProblem] {
        result.values.removeAll(keepingCapacity: true)
        result.raw.removeAll(keepingCapacity: true)
        result.leftOut = false
        var problems: [ImportProblem] = []
        for index in columns.indices {
            let column = columns[index]
            guard let sourceIndex = column.sourceIndex else {
                result.values.append(.null)
                continue
            }
            let text = (sourceIndex < cells.count ? cells[sourceIndex] : "").trimmedCell
            let failure: CellFailure
            switch parse(text, column, memo: index) {
            case .success(let value):
                guard value == .null && column.required else {
                    result.values.append(value)
                    continue
                }
                failure = CellFailure(kind: "blank", reason: "is blank")
            case .failure(let found):
                failure = found
            }
            if failure.refusesImport {
                problems.append(problem(row, column, failure, effect: nil, outcome: ""))
                result.values.append(.null)
            } else if column.placesRow {
                result.leftOut = true
                problems.append(problem(row, column, failure, effect: .rowLeftOut, outcome: "; the row cannot be placed, so it is left out"))
                result.values.append(.null)
            } else {
                let effect: ImportProblem.Effect = failure.repaired == nil ? .valueUnknown : .valueRepaired
                let outcome = failure.repaired == nil ? "; kept as given, its value unknown" : "; kept as given, stored as \(failure.repairedAs)"
                problems.append(problem(row, column, failure, effect: effect, outcome: outcome))
                result.raw.append((column.key, text))
                result.values.append(failure.repaired ?? .null)
            }
        }
        if let finding = checkAgeAgainstBirth(row: row, cells: cells, into: &result) { problems.append(finding) }
        return problems
    }

    /// Replaces an age more than a year away from the one the date of birth gives at the as-of
    /// date (the list's own figure may be out of date or a formula's result), keeping the given
    /// age. A finding, not an error, in every mode.
    private func checkAgeAgainstBirth(row: Int, cells: [String], into result: inout ValidatedRow) -> ImportProblem? {
        guard let ageIndex, let birthIndex, case .integer(let age) = result.values[ageIndex],
            case .date(let birth) = result.values[birthIndex], birth <= asOf
        else { return nil }
        let computed = birth.age(on: asOf)
        guard abs(computed - age) > 1 else { return nil }
        let column = columns[ageIndex]
        if !result.raw.contains(where: { $0.key == column.key }), let sourceIndex = column.sourceIndex {
            result.raw.append((column.key, (sourceIndex < cells.count ? cells[sourceIndex] : "").trimmedCell))
        }
        result.values[ageIndex] = .integer(computed)
        return ImportProblem(
            severity: .warning, effect: .valueRepaired, kind: "age disagrees with date of birth", list: list.number, source: source, row: row,
            column: column.heading,
            reason: "is more than a year away from the age the date of birth gives at the as-of date; kept as given, stored as the age worked out")
    }

    private struct CellFailure: Error {
        /// For grouping: `blank`, `not in the code list`, …
        var kind: String
        var reason: String
        /// The safe repair, when there is one.
        var repaired: CellValue?
        /// The repair in words, for the message.
        var repairedAs = ""
        /// The cell is so odd that the file itself is probably broken.
        var refusesImport = false
    }

    private mutating func parse(_ text: String, _ column: Column, memo: Int) -> Result<CellValue, CellFailure> {
        if text.isEmpty { return .success(.null) }
        switch column.rule {
        case .text:
            guard text.utf8.count <= Self.longestText else {
                return .failure(
                    CellFailure(
                        kind: "too long",
                        reason: "is longer than \(Self.longestText) characters; Annex A cells are short, so check the column holds what its heading says",
                        refusesImport: true))
            }
            return .success(.text(text))
        case .date:
            guard let date = CalendarDate.parse(text), (1900...2100).contains(date.year) else {
                return .failure(CellFailure(kind: "not a date", reason: "is not a date; write it as DD/MM/YYYY"))
            }
            return .success(.date(date))
        case .integer(let lowest):
            return Self.number(text, lowest: lowest)
        case .age:
            if let number = Int(text) { return Self.inRange(number, lowest: -1) }
            if let double = Double(text), double.isFinite, double >= 0, double < 200, double.rounded(.down) != double {
                let years = Int(double.rounded(.down))
                return .failure(
                    CellFailure(
                        kind: "fractional age", reason: "is not a whole number of years", repaired: .integer(years), repairedAs: "its whole years"))
            }
            return Self.number(text, lowest: -1)
        case .code:
            if let code = memos[memo][text] { return .success(.text(code)) }
            let codeSet = column.codeSet!
            guard let code = codeSet.parse(text) else {
                let allowed =
                    codeSet.allowedForms.count <= 8
                    ? codeSet.allowedForms.joined(separator: "; ")
                    : codeSet.codes.joined(separator: ", ")
                return .failure(CellFailure(kind: "not in the code list", reason: "is not a \(codeSet.name) code (allowed: \(allowed))"))
            }
            if memos[memo].count < Self.memoLimit { memos[memo][text] = code }
            return .success(.text(code))
        }
    }

    private static func number(_ text: String, lowest: Int) -> Result<CellValue, CellFailure> {
        guard let number = wholeNumber(text) else {
            return .failure(CellFailure(kind: "not a whole number", reason: "is not a whole number"))
        }
        return inRange(number, lowest: lowest)
    }

    /// `number` as a value when it is at least `lowest`, otherwise the range's failure.
    private static func inRange(_ number: Int, lowest: Int) -> Result<CellValue, CellFailure> {
        guard number >= lowest else {
            let allowed = lowest == -1 ? "-1 (unborn) or more" : "0 or more"
            return .failure(CellFailure(kind: "out of range", reason: "must be \(allowed)"))
        }
        return .success(.integer(number))
    }

    /// Whole numbers as text, also written as spreadsheets store them (`3.0`).
    private static func wholeNumber(_ text: String) -> Int? {
        if let number = Int(text) { return number }
        guard let double = Double(text), double.rounded() == double, abs(double) < 1e9 else { return nil }
        return Int(double)
    }

    private func problem(_ row: Int, _ column: Column, _ failure: CellFailure, effect: ImportProblem.Effect?, outcome: String) -> ImportProblem {
        let severity: ImportProblem.Severity = effect == .valueUnknown || effect == .valueRepaired ? (strict ? .error : .warning) : .error
        // In strict mode nothing is imported, so what would have happened to the row is not said.
        return ImportProblem(
            severity: severity, effect: effect, kind: failure.kind, list: list.number, source: source, row: row,
            column: column.heading, reason: failure.reason + (strict ? "" : outcome))
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
