import Foundation
import Tabular

/// Reads one of the DfE's statistics files as it is: byte-order mark or not, columns in any
/// order, `""` or empty codes, and a suppression letter kept as missing with its code.
///
/// Errors name the file, the row as a spreadsheet shows it (1 = the header) and the column;
/// they never repeat a cell.
struct PublishedFileReader {
    /// What the file is.
    let file: PublishedFile
    /// Its path, as given.
    let path: String

    /// What a whole file gave: its values, and the value columns that held no number at all.
    struct Contents: Sendable {
        var values: [PublishedValue]
        var rows: Int
        /// Columns whose every cell was a suppression code, with the codes seen.
        var allSuppressed: [(column: String, codes: [SuppressionCode])]
    }

    /// Reads every row.
    /// - Throws: `PublishedStatisticsError` for a missing column, a row cut short, an unknown
    ///   level or year, a blank area code, or a value that is neither a number nor a code.
    func read() throws -> Contents {
        let reader = try CSVReader(path: path)
        guard let header = try reader.nextRecord() else { throw PublishedStatisticsError.file(path, "has no header row") }
        let index = Dictionary(header.enumerated().map { ($1.trimmingCharacters(in: .whitespaces), $0) }, uniquingKeysWith: { first, _ in first })
        for column in PublishedFile.geographicColumns + file.breakdownColumns + file.measureColumns where index[column] == nil {
            throw PublishedStatisticsError.file(
                path, "column `\(column)` is missing; export the file again from Explore Education Statistics with all its columns")
        }
        let known = Set(PublishedFile.geographicColumns + file.breakdownColumns)
        let measures = header.enumerated().filter { !known.contains($0.element) }
        var contents = Contents(values: [], rows: 0, allSuppressed: [])
        var numbers = Array(repeating: 0, count: measures.count)
        var codes = Array(repeating: Set<SuppressionCode>(), count: measures.count)
        while let record = try reader.nextRecord() {
            let row = reader.recordNumber
            guard record.count == header.count else {
                throw PublishedStatisticsError.file(
                    path, "row \(row) has \(record.count) fields where the header has \(header.count); the file may be truncated or damaged")
            }
            func cell(_ column: String) -> String { record[index[column]!].trimmingCharacters(in: .whitespaces) }
            guard let year = Int(cell("time_period")), (1990...2100).contains(year) else {
                throw PublishedStatisticsError.cell(path, row: row, column: "time_period", "is not a year")
            }
            guard let level = PublishedValue.Level(published: cell("geographic_level")) else {
                throw PublishedStatisticsError.cell(path, row: row, column: "geographic_level", "is not National, Regional or Local authority")
            }
            let (codeColumn, nameColumn) =
                switch level {
                case .national: ("country_code", "country_name")
                case .regional: ("region_code", "region_name")
                case .localAuthority: ("old_la_code", "la_name")
                }
            guard !cell(codeColumn).isEmpty else {
                throw PublishedStatisticsError.cell(path, row: row, column: codeColumn, "is blank on a \(level.rawValue) row")
            }
            let breakdown = file.breakdownColumns.map(cell).joined(separator: " | ")
            contents.rows += 1
            for (position, measure) in measures.enumerated() {
                let text = record[measure.offset].trimmingCharacters(in: .whitespaces)
                if text.isEmpty { continue }
                var value = PublishedValue(
                    year: year, level: level, areaCode: cell(codeColumn), areaName: cell(nameColumn), breakdown: breakdown,
                    measure: measure.element, value: nil, suppression: nil)
                if let code = SuppressionCode(rawValue: text.lowercased()) {
                    value.suppression = code
                    codes[position].insert(code)
                } else if Double(text) != nil, text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) {
                    value.value = text
                    numbers[position] += 1
                } else {
                    throw PublishedStatisticsError.cell(
                        path, row: row, column: measure.element, "is neither a number nor a suppression code (c, x, z, u, k, low)")
                }
                contents.values.append(value)
            }
        }
        guard contents.rows > 0 else { throw PublishedStatisticsError.file(path, "has a header but no rows") }
        for (position, measure) in measures.enumerated() where numbers[position] == 0 && !codes[position].isEmpty {
            contents.allSuppressed.append((measure.element, codes[position].sorted { $0.rawValue < $1.rawValue }))
        }
        return contents
    }
}
