import Foundation
import Tabular

/// Reads the statistical-neighbour model (`sn_model_2025_wide.csv`): for each authority, its ten
/// closest authorities by old LA code, each with its closeness band (`Very close`, ...).
struct NeighbourModelReader {
    /// One neighbour of one authority.
    struct Neighbour: Sendable, Equatable {
        /// The authority's old LA code.
        var authority: String
        /// 1 for the closest.
        var position: Int
        /// The neighbour's old LA code.
        var neighbour: String
        /// The band as published, trimmed (`Close`).
        var closeness: String
        /// The file's row, for errors.
        var row: Int
        /// The file's column holding `neighbour`, for errors.
        var column: String
    }

    /// How many neighbours each authority has in the model.
    static let neighbourCount = 10

    /// Its path, as given.
    let path: String

    /// Reads every row.
    /// - Throws: `PublishedStatisticsError` for a missing column, a row cut short, a blank code
    ///   or an authority listed twice.
    func read() throws -> [Neighbour] {
        let reader = try CSVReader(path: path)
        guard let header = try reader.nextRecord() else { throw PublishedStatisticsError.file(path, "has no header row") }
        let index = Dictionary(header.enumerated().map { ($1.trimmingCharacters(in: .whitespaces), $0) }, uniquingKeysWith: { first, _ in first })
        let positions = 1...Self.neighbourCount
        for column in ["old_la_code"] + positions.flatMap({ ["SN_\($0)", "SN_\($0)P"] }) where index[column] == nil {
            throw PublishedStatisticsError.file(
                path, "column `\(column)` is missing; the statistical-neighbour model needs old_la_code and SN_1 … SN_10 with SN_1P … SN_10P")
        }
        var neighbours: [Neighbour] = []
        var seen: Set<String> = []
        while let record = try reader.nextRecord() {
            let row = reader.recordNumber
            guard record.count == header.count else {
                throw PublishedStatisticsError.file(
                    path, "row \(row) has \(record.count) fields where the header has \(header.count); the file may be truncated or damaged")
            }
            func cell(_ column: String) -> String { record[index[column]!].trimmingCharacters(in: .whitespaces) }
            let authority = cell("old_la_code")
            guard !authority.isEmpty else { throw PublishedStatisticsError.cell(path, row: row, column: "old_la_code", "is blank") }
            guard seen.insert(authority).inserted else {
                throw PublishedStatisticsError.cell(path, row: row, column: "old_la_code", "names an authority an earlier row already gave")
            }
            for position in positions {
                let neighbour = cell("SN_\(position)")
                guard !neighbour.isEmpty else { throw PublishedStatisticsError.cell(path, row: row, column: "SN_\(position)", "is blank") }
                neighbours.append(
                    Neighbour(
                        authority: authority, position: position, neighbour: neighbour, closeness: cell("SN_\(position)P"), row: row,
                        column: "SN_\(position)"))
            }
        }
        guard !neighbours.isEmpty else { throw PublishedStatisticsError.file(path, "has a header but no rows") }
        return neighbours
    }
}
