/// The children of a round from a CSV file: a `Child Unique ID` column and, optionally, a
/// `Stratum` column. The CSV that `ilacs-sampler export ID --format csv` writes is such a file,
/// so a round can audit exactly the children the inspectors sampled.
enum ChildrenFile {
    /// One child as listed: the row it is on and its stratum.
    struct Entry: Equatable {
        let childID: String
        let row: Int
        let stratum: String
    }

    /// The distinct children in the file, in file order (a child listed twice keeps its first row).
    /// - Throws: `CaseAuditError` naming the row of a blank id, or a file with no child listed.
    static func read(path: String) throws -> (file: String, entries: [Entry]) {
        let table = try CSVTable(path: path, required: ["Child Unique ID"])
        var seen = Set<String>()
        var entries: [Entry] = []
        for row in table.rows {
            let id = row["Child Unique ID"]
            guard !id.isEmpty else {
                throw CaseAuditError.cell(file: table.name, row: row.number, column: "Child Unique ID", "is blank; every row needs a child's id")
            }
            if seen.insert(id).inserted {
                entries.append(Entry(childID: id, row: row.number, stratum: row["Stratum"].isEmpty ? "unstratified" : row["Stratum"]))
            }
        }
        guard !entries.isEmpty else { throw CaseAuditError("\(table.name): no children listed; a round needs at least one") }
        return (table.name, entries)
    }
}
