import Domain
import Hashing

/// The data-quality checks that need one list only, made on each row's stored values while the
/// rows stream in, so the database never scans the list again for them:
/// - a date after the as-of date;
/// - a date before the child's date of birth, in lists that hold it;
/// - an end date before its start date (``periods``);
/// - a row whose natural key (``AnnexAList/naturalKey``) equals an earlier row's: every such row
///   but the lowest-numbered is a duplicate "as row N".
///
/// A blank or unknown value fails no check, and equal keys are equal stored values (text byte
/// for byte, blanks equal to blanks), as SQL's comparisons and `PARTITION BY` have them. The
/// checks across lists are ``CrossListChecks``.
struct RowQualityChecks {
    /// Pairs of (start, end) columns per list where the end must not precede the start.
    static let periods: [AnnexAList: [(start: String, end: String)]] = [
        .earlyHelp: [("assessment_start_date", "assessment_completion_date")],
        .assessments: [("assessment_start_date", "assessment_authorisation_date")],
        .section47: [("strategy_discussion_date", "icpc_date")],
        .childrenInNeed: [("cin_start_date", "cin_closure_date")],
        .childProtection: [("plan_start_date", "plan_end_date")],
        .childrenInCare: [
            ("date_started_looked_after", "date_ceased_looked_after"),
            ("date_started_looked_after", "legal_status_start_date")
        ],
        .adoption: [
            ("date_entered_care", "date_of_decision_to_place"),
            ("date_of_decision_to_place", "date_placed_for_adoption")
        ],
        .adopters: [("date_stage_1_started", "date_stage_1_ended"), ("date_stage_2_started", "date_stage_2_ended")]
    ]

    /// One date check: the date in `column` fails when it is after the as-of date, or before the
    /// date in another column.
    private struct DateCheck {
        enum Limit {
            case asOf
            case notBefore(column: Int)
        }

        let kind: QualityChecks.Kind
        let column: Int
        let limit: Limit
        let message: String
    }

    private let list: AnnexAList
    private let asOf: CalendarDate
    private let columnKeys: [String]
    private let dateChecks: [DateCheck]
    private let keyColumns: [Int]
    private let duplicateMessage: String
    /// Every row's natural key, as bytes one after another (no allocation per row).
    private var naturalKeys: [UInt8] = []
    /// One entry per stored row, in the order they came.
    private var entries: [Entry] = []

    /// One stored row's natural key: its hash, where its bytes start in `naturalKeys`, its row.
    private struct Entry {
        let hash: UInt64
        let start: Int
        let row: Int
    }

    /// The checks for `list`, whose rows' values come one per list column, in the list's order.
    init(list: AnnexAList, asOf: CalendarDate) {
        self.list = list
        self.asOf = asOf
        let keys = list.columns.map(\.key)
        columnKeys = keys
        func column(_ key: String) -> Int { keys.firstIndex(of: key)! }
        let dates = list.columns.indices.filter { list.columns[$0].kind == .date }
        var checks = dates.map { DateCheck(kind: .futureDate, column: $0, limit: .asOf, message: "this date is after the as-of date") }
        if let birth = keys.firstIndex(of: "date_of_birth"), dates.contains(birth) {
            checks += dates.filter { $0 != birth }.map {
                DateCheck(kind: .beforeBirth, column: $0, limit: .notBefore(column: birth), message: "this date is before the child's date of birth")
            }
        }
        checks += (Self.periods[list] ?? []).map {
            DateCheck(
                kind: .endBeforeStart, column: column($0.end), limit: .notBefore(column: column($0.start)),
                message: "this date is before \($0.start.replacingOccurrences(of: "_", with: " "))")
        }
        dateChecks = checks
        keyColumns = list.naturalKey.map(column)
        duplicateMessage = "same \(list.naturalKey.joined(separator: ", ").replacingOccurrences(of: "_", with: " ")) as row "
    }

    /// Checks one stored row of the list, `row` its number in the file.
    /// - Returns: the row's date findings; duplicates come from ``finish()``.
    mutating func check(_ values: StoredRow, row: Int) -> [QualityFinding] {
        var findings: [QualityFinding] = []
        for check in dateChecks {
            guard case .date(let date) = values[check.column] else { continue }
            let fails: Bool
            switch check.limit {
            case .asOf: fails = date > asOf
            case .notBefore(let other):
                guard case .date(let limit) = values[other] else { continue }
                fails = date < limit
            }
            if fails {
                findings.append(QualityFinding(list: list.number, row: row, columnKey: columnKeys[check.column], kind: check.kind, message: check.message))
            }
        }
        let start = naturalKeys.count
        for column in keyColumns { Self.appendKey(values[column], of: values, to: &naturalKeys) }
        let hash = naturalKeys.withUnsafeBytes { ByteHash.hash(UnsafeRawBufferPointer(rebasing: $0[start...])) }
        entries.append(Entry(hash: hash, start: start, row: row))
        return findings
    }

    /// The duplicate findings of the whole list, by row: every row of a natural key seen more
    /// than once, but the lowest-numbered, which each names.
    func finish() -> [QualityFinding] {
        var findings: [QualityFinding] = []
        for group in repeatedKeys() {
            let first = group.map { entries[$0].row }.min()!
            for entry in group where entries[entry].row != first {
                findings.append(
                    QualityFinding(list: list.number, row: entries[entry].row, columnKey: nil, kind: .duplicate, message: duplicateMessage + String(first)))
            }
        }
        return findings.sorted { $0.row < $1.row }
    }

    /// The entries of each natural key stored more than once: the entries whose hash was also
    /// another's (rare), grouped by hash and then by bytes.
    private func repeatedKeys() -> [[Int]] {
        var repeated: [[Int]] = []
        for sameHash in RepeatedHashes.groups(in: entries.map(\.hash)) {
            var groups: [[Int]] = []
            for entry in sameHash {
                if let group = groups.firstIndex(where: { keyBytes(of: $0[0]) == keyBytes(of: entry) }) {
                    groups[group].append(entry)
                } else {
                    groups.append([entry])
                }
            }
            repeated += groups.filter { $0.count > 1 }
        }
        return repeated
    }

    /// The natural key bytes of entry `index`.
    private func keyBytes(of index: Int) -> ArraySlice<UInt8> {
        naturalKeys[entries[index].start..<(index + 1 < entries.count ? entries[index + 1].start : naturalKeys.count)]
    }

    /// A stored value's bytes in a natural key, each value tagged and text length-prefixed so
    /// that different values never make the same bytes. No array literal or raw buffer is
    /// appended: those take a generic path that cost more than the rest of the check.
    private static func appendKey(_ value: CellValue, of row: StoredRow, to bytes: inout [UInt8]) {
        switch value {
        case .null: bytes.append(0)
        case .text(_, let count):
            bytes.append(1)
            bytes.appendBigEndian(UInt32(count))
            row.withBytes(ofText: value) { bytes.append(contentsOf: $0) }
        case .date(let date):
            bytes.append(2)
            bytes.append(UInt8(truncatingIfNeeded: date.year >> 8))
            bytes.append(UInt8(truncatingIfNeeded: date.year))
            bytes.append(UInt8(date.month))
            bytes.append(UInt8(date.day))
        case .integer(let number):
            bytes.append(3)
            bytes.appendBigEndian(Int64(number))
        }
    }
}
