/// The four files of a register import and the columns each must have, in order of reading.
enum RegisterFile: String, CaseIterable, Sendable {
    case staff, leave, supervision, training

    /// The file's name in the import directory (`staff.csv`).
    var fileName: String { "\(rawValue).csv" }

    /// The columns, as the header names them (any case; spaces for underscores allowed).
    var columns: [String] {
        switch self {
        case .staff: ["id", "name", "email", "team", "role", "manager_id", "fte", "agency", "start_date", "working_days"]
        case .leave: ["staff_id", "from", "to"]
        case .supervision: ["staff_id", "supervisor_id", "date", "type"]
        case .training: ["staff_id", "course", "date"]
        }
    }

    /// A header cell as a column name: trimmed, lower case, runs of spaces, hyphens and
    /// underscores as one underscore.
    static func columnName(_ heading: String) -> String {
        heading.lowercased().split { $0 == " " || $0 == "_" || $0 == "-" }.joined(separator: "_")
    }
}
