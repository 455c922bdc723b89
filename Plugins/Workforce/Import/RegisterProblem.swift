/// Something wrong in a register file, located as a coordinator looks for it: the file, the row
/// as a spreadsheet shows it (header 1) and the column. Never the value: staff ids, names and
/// dates are personal data.
struct RegisterProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file's name (`staff.csv`).
    var file: String
    /// The row, header 1; nil for a problem of the whole file.
    var row: Int?
    /// The column's name as the register's files name it (`manager_id`); nil for a whole row or file.
    var column: String?
    /// What is wrong and what to do.
    var problem: String

    /// `staff.csv, row 4, column 'role': not a known role; …`.
    var description: String {
        var place = [file]
        if let row { place.append("row \(row)") }
        if let column { place.append("column '\(column)'") }
        return place.joined(separator: ", ") + ": " + problem
    }
}
