import Workbook

/// Test shorthands for reading a whole sheet into memory.
extension XLSXReader {
    /// Every row of `sheet` as (row number, display text of each cell).
    func allRows(_ sheet: String) throws -> [(number: Int, cells: [String])] {
        var collected: [(number: Int, cells: [String])] = []
        try rows(ofSheet: sheet) { collected.append(($0, $1)) }
        return collected
    }
}
