import Domain
import Foundation
import Hashing
import Tabular

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
        /// The column's entry in ``codeSets``: kept there, since matching a payload here copies
        /// the descriptor (five references to count) for every cell.
        case code
    }

    /// What each cell's checks read: plain values only, so that reading one counts no
    /// references. The column's names and code set are beside it, read only on a problem or a
    /// spelling not seen before.
    private struct Column: Sendable {
        let sourceIndex: Int?
        let rule: Rule
        let required: Bool
        /// Blank or unreadable, the row cannot be identified or placed.
        let placesRow: Bool
    }

    /// What checking one row found besides its stored values.
    struct ValidatedRow: Sendable {
        /// The problems found.
        var problems: [ImportProblem] = []
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
    /// Each column's key and heading (trimmed), for problems and the cells kept as given.
    private let names: [(key: String, heading: String)]
    /// Each code column's code set.
    private let codeSets: [CodeSetDescriptor?]
    private let ageIndex: Int?
    private let birthIndex: Int?
    /// Each code column's spellings already parsed (empty for other columns).
    private var memos: [Memo]

    /// A code column's spellings already parsed, by their bytes, and the code each stands for.
    private struct Memo: Sendable {
        var spellings = ByteNumbering()
        var codes: [[UInt8]] = []
    }

    /// How many values a row is stored as: one per list column.
    var width: Int { columns.count }

    init(mapping: HeaderMapping, source: String, strict: Bool, asOf: CalendarDate) {
        list = mapping.list
        self.source = source
        self.strict = strict
        self.asOf = asOf
        let placing = [list.hasChildID ? "child_id" : "adopter_id", list.placingDate]
        let listColumns = mapping.list.columns
        let columns = zip(listColumns, mapping.sourceIndex).map { column, sourceIndex in
            let rule: Rule =
                switch column.kind {
                case .text: .text
                case .date: .date
                case .integer: column.key == "age" ? .age : .integer(lowest: 0)
                case .code: .code
                }
            return Column(sourceIndex: sourceIndex, rule: rule, required: column.required, placesRow: placing.contains(column.key))
        }
        self.columns = columns
        names = listColumns.map { ($0.key, $0.heading.trimmingCharacters(in: .whitespaces)) }
        codeSets = listColumns.map {
            guard case .code(let codeSet) = $0.kind else { return nil }
            return codeSet
        }
        ageIndex = listColumns.indices.first { listColumns[$0].key == "age" && columns[$0].sourceIndex != nil }
        birthIndex = listColumns.indices.first { listColumns[$0].key == "date_of_birth" && columns[$0].sourceIndex != nil }
        memos = Array(repeating: Memo(), count: columns.count)
    }

    /// Validates `cells` (row `row` of the file), appending its stored values to `values`, one
    /// per list column, and the bytes of its text values to `text` (so that a batch of rows
    /// keeps its values in two arrays, with no allocation per row). Cells are read from their
    /// bytes: a `String` is made only of a cell that needs trimming, a code spelling not seen
    /// before, a number not written plainly, or a cell kept as given.
    /// - Returns: the problems found, the cells kept as given, whether the row is left out.
    mutating func validate(_ cells: CSVRecord, row: Int, appendingTo values: inout [CellValue], text: inout [UInt8]) -> ValidatedRow {
        var result = ValidatedRow()
        let start = values.count
        for index in columns.indices {
            let column = columns[index]
            guard let sourceIndex = column.sourceIndex else {
                values.append(.null)
                continue
            }
            let failure: CellFailure
            do {
                let value = try Self.withTrimmedCell(cells, sourceIndex) { cell throws(CellFailure) in
                    try parse(cell, column, at: index, text: &text)
                }
                guard value.isNull && column.required else {
                    values.append(value)
                    continue
                }
                failure = CellFailure(kind: "blank", reason: "is blank")
            } catch {
                failure = error
            }
            if failure.refusesImport {
                result.problems.append(problem(row, index, failure, effect: nil, outcome: ""))
                values.append(.null)
            } else if column.placesRow {
                result.leftOut = true
                result.problems.append(problem(row, index, failure, effect: .rowLeftOut, outcome: "; the row cannot be placed, so it is left out"))
                values.append(.null)
            } else {
                let effect: ImportProblem.Effect = failure.repaired == nil ? .valueUnknown : .valueRepaired
                let outcome = failure.repaired == nil ? "; kept as given, its value unknown" : "; kept as given, stored as \(failure.repairedAs)"
                result.problems.append(problem(row, index, failure, effect: effect, outcome: outcome))
                result.raw.append((names[index].key, Self.trimmedText(cells, sourceIndex)))
                values.append(failure.repaired ?? .null)
            }
        }
        if let finding = checkAgeAgainstBirth(row: row, cells: cells, values: &values[start...], into: &result) { result.problems.append(finding) }
        return result
    }

    /// Runs `body` on the bytes of cell `index` without surrounding white space (none when the
    /// row has fewer cells). Most cells start and end with a visible ASCII character and are
    /// read in place; any other is trimmed as a string, by the same rules as ``trimmedText``.
    private static func withTrimmedCell<Value, Failure: Error>(
        _ cells: CSVRecord, _ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Value
    ) throws(Failure) -> Value {
        let range = index < cells.count ? cells.range(of: index) : 0..<0
        func visible(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x80 }
        if !range.isEmpty, visible(cells.bytes[range.lowerBound]), visible(cells.bytes[range.upperBound - 1]) {
            return try cells.bytes.withUnsafeBufferPointer { all throws(Failure) in try body(UnsafeBufferPointer(rebasing: all[range])) }
        }
        var text = trimmedText(cells, index)
        return try text.withUTF8 { bytes in Result { () throws(Failure) in try body(bytes) } }.get()
    }

    /// Cell `index` as given, without surrounding white space; blank when the row is shorter.
    private static func trimmedText(_ cells: CSVRecord, _ index: Int) -> String {
        index < cells.count ? cells.string(index).trimmedCell : ""
    }

    /// Replaces an age more than a year away from the one the date of birth gives at the as-of
    /// date (the list's own figure may be out of date or a formula's result), keeping the given
    /// age. A finding, not an error, in every mode. `values` are the row's, one per list column.
    private func checkAgeAgainstBirth(
        row: Int, cells: CSVRecord, values: inout ArraySlice<CellValue>, into result: inout ValidatedRow
    ) -> ImportProblem? {
        guard let ageIndex, let birthIndex, case .integer(let age) = values[values.startIndex + ageIndex],
            case .date(let birth) = values[values.startIndex + birthIndex], birth <= asOf
        else { return nil }
        let computed = birth.age(on: asOf)
        guard abs(computed - age) > 1 else { return nil }
        let key = names[ageIndex].key
        if !result.raw.contains(where: { $0.key == key }), let sourceIndex = columns[ageIndex].sourceIndex {
            result.raw.append((key, Self.trimmedText(cells, sourceIndex)))
        }
        values[values.startIndex + ageIndex] = .integer(computed)
        return ImportProblem(
            severity: .warning, effect: .valueRepaired, kind: "age disagrees with date of birth", list: list.number, source: source, row: row,
            column: names[ageIndex].heading,
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

    /// The stored value of a non-blank `cell` of `column` (the list column at `index`), `.null`
    /// for a blank one; a text value's bytes are appended to `text`.
    /// - Throws: why the cell cannot be read as its column says.
    private mutating func parse(
        _ cell: UnsafeBufferPointer<UInt8>, _ column: Column, at index: Int, text: inout [UInt8]
    ) throws(CellFailure) -> CellValue {
        if cell.isEmpty { return .null }
        switch column.rule {
        case .text:
            guard cell.count <= Self.longestText else {
                throw CellFailure(
                    kind: "too long",
                    reason: "is longer than \(Self.longestText) characters; Annex A cells are short, so check the column holds what its heading says",
                    refusesImport: true)
            }
            // A record's bytes are valid UTF-8 (`CSVRecord`), as the server needs them.
            return Self.text(cell, appendingTo: &text)
        case .date:
            guard let date = CalendarDate.parse(utf8: cell), (1900...2100).contains(date.year) else {
                throw CellFailure(kind: "not a date", reason: "is not a date; write it as DD/MM/YYYY")
            }
            return .date(date)
        case .integer(let lowest):
            if let number = Self.plainInteger(cell) { return try Self.inRange(number, lowest: lowest) }
            return try Self.number(String(decoding: cell, as: UTF8.self), lowest: lowest)
        case .age:
            if let number = Self.plainInteger(cell) { return try Self.inRange(number, lowest: -1) }
            let text = String(decoding: cell, as: UTF8.self)
            if let double = Double(text), double.isFinite, double >= 0, double < 200, double.rounded(.down) != double {
                let years = Int(double.rounded(.down))
                throw CellFailure(
                    kind: "fractional age", reason: "is not a whole number of years", repaired: .integer(years), repairedAs: "its whole years")
            }
            return try Self.number(text, lowest: -1)
        case .code:
            if let known = memos[index].spellings.existingNumber(UnsafeRawBufferPointer(cell)) {
                return memos[index].codes[Int(known)].withUnsafeBufferPointer { Self.text($0, appendingTo: &text) }
            }
            let codeSet = codeSets[index]!
            guard let code = codeSet.parse(String(decoding: cell, as: UTF8.self)) else {
                let allowed =
                    codeSet.allowedForms.count <= 8
                    ? codeSet.allowedForms.joined(separator: "; ")
                    : codeSet.codes.joined(separator: ", ")
                throw CellFailure(kind: "not in the code list", reason: "is not a \(codeSet.name) code (allowed: \(allowed))")
            }
            let bytes = Array(code.utf8)
            if memos[index].codes.count < Self.memoLimit {
                _ = memos[index].spellings.number(UnsafeRawBufferPointer(cell))
                memos[index].codes.append(bytes)
            }
            return bytes.withUnsafeBufferPointer { Self.text($0, appendingTo: &text) }
        }
    }

    /// A text value of `bytes`, which are appended to `text`.
    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, appendingTo text: inout [UInt8]) -> CellValue {
        let start = text.count
        text.append(contentsOf: bytes)
        return .text(start: Int32(start), count: Int32(bytes.count))
    }

    /// A whole number written as an optional minus and at most 18 ASCII digits, read straight
    /// from the bytes; nil for anything else (which the string path then reads or refuses).
    private static func plainInteger(_ cell: UnsafeBufferPointer<UInt8>) -> Int? {
        let negative = cell.first == UInt8(ascii: "-")
        let digits = UnsafeBufferPointer(rebasing: cell[(negative ? 1 : 0)...])
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return negative ? -value : value
    }

    private static func number(_ text: String, lowest: Int) throws(CellFailure) -> CellValue {
        guard let number = wholeNumber(text) else {
            throw CellFailure(kind: "not a whole number", reason: "is not a whole number")
        }
        return try inRange(number, lowest: lowest)
    }

    /// `number` as a value when it is at least `lowest`, otherwise the range's failure.
    private static func inRange(_ number: Int, lowest: Int) throws(CellFailure) -> CellValue {
        guard number >= lowest else {
            let allowed = lowest == -1 ? "-1 (unborn) or more" : "0 or more"
            throw CellFailure(kind: "out of range", reason: "must be \(allowed)")
        }
        return .integer(number)
    }

    /// Whole numbers as text, also written as spreadsheets store them (`3.0`).
    private static func wholeNumber(_ text: String) -> Int? {
        if let number = Int(text) { return number }
        guard let double = Double(text), double.rounded() == double, abs(double) < 1e9 else { return nil }
        return Int(double)
    }

    private func problem(_ row: Int, _ column: Int, _ failure: CellFailure, effect: ImportProblem.Effect?, outcome: String) -> ImportProblem {
        let severity: ImportProblem.Severity = effect == .valueUnknown || effect == .valueRepaired ? (strict ? .error : .warning) : .error
        // In strict mode nothing is imported, so what would have happened to the row is not said.
        return ImportProblem(
            severity: severity, effect: effect, kind: failure.kind, list: list.number, source: source, row: row,
            column: names[column].heading, reason: failure.reason + (strict ? "" : outcome))
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
