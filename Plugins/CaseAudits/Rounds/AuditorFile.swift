import Tabular

/// Auditors from a CSV file with the columns `id, name, email, team, role` (headings in any
/// case; role `auditor`, `moderator`, `both` or `manager`).
public struct AuditorFile: AuditorDirectory {
    /// The columns, in the order messages name them.
    static let columns = ["id", "name", "email", "team", "role"]

    /// The file's path.
    public let path: String

    /// A directory read from `path`.
    public init(path: String) {
        self.path = path
    }

    public func auditors() throws -> [Auditor] {
        let table = try CSVTable(path: path, required: Self.columns)
        var found: [Auditor] = []
        var ids = Set<String>()
        for row in table.rows {
            for column in Self.columns where row[column].isEmpty {
                throw CaseAuditError.cell(file: table.name, row: row.number, column: column, "is blank; every auditor needs an id, name, email, team and role")
            }
            guard row["email"].contains("@") else {
                throw CaseAuditError.cell(file: table.name, row: row.number, column: "email", "is not an email address")
            }
            guard let role = Auditor.Role(rawValue: row["role"].lowercased()) else {
                throw CaseAuditError.cell(
                    file: table.name, row: row.number, column: "role", "must be one of \(Auditor.Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard ids.insert(row["id"]).inserted else {
                throw CaseAuditError.cell(file: table.name, row: row.number, column: "id", "is used by an earlier row; give each person one row")
            }
            found.append(Auditor(id: row["id"], name: row["name"], email: row["email"], team: row["team"], role: role))
        }
        guard found.contains(where: \.role.audits) else {
            throw CaseAuditError("\(table.name): nobody has the role auditor or both; a round needs auditors")
        }
        return found
    }
}
