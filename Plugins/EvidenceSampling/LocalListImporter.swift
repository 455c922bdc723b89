import Foundation
import PluginKit
import Postgres
import Tabular

/// Imports a local list (e.g. children not attending school) from a CSV of Child Unique IDs,
/// replacing any list of the same name, in one transaction with its audit event.
public struct LocalListImporter: Sendable {
    let pool: PostgresPool

    /// An importer on `pool`.
    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// The Child Unique IDs in the file: the `Child Unique ID` column, or the only column.
    /// - Throws: `TabularError` naming the file and row of a blank id or a missing column.
    public static func read(path: String) throws -> [String] {
        let reader = try CSVReader(path: path)
        guard let header = try reader.nextRecord() else { throw TabularError(file: path, "the file is empty; it needs a `Child Unique ID` column") }
        let wanted = header.firstIndex { $0.lowercased().filter(\.isLetter) == "childuniqueid" } ?? (header.count == 1 ? 0 : nil)
        guard let column = wanted else { throw TabularError(file: path, record: 1, "no `Child Unique ID` column in the header") }
        var ids: [String] = []
        while let record = try reader.nextRecord() {
            let id = column < record.count ? record[column].trimmingCharacters(in: .whitespaces) : ""
            guard !id.isEmpty else { throw TabularError(file: path, record: reader.recordNumber, "column `Child Unique ID` is blank") }
            ids.append(id)
        }
        return ids
    }

    /// Stores `ids` as the local list `name`; returns how many distinct children it holds.
    /// - Throws: `SamplingError` when the name is not lower-case letters, digits and hyphens.
    public func store(name: String, ids: [String], source: String, actor: String) async throws -> Int {
        guard name.range(of: "^[a-z0-9][a-z0-9-]*$", options: .regularExpression) != nil else {
            throw SamplingError("--name '\(name)': use lower-case letters, digits and hyphens, e.g. children-not-in-school")
        }
        let distinct = Array(Set(ids)).sorted()
        try await pool.transaction { connection in
            try await connection.execute("DELETE FROM local_lists WHERE name = $1", [name])
            try await connection.execute(
                "INSERT INTO local_lists (name, imported_by, source_name, children) VALUES ($1, $2, $3, $4)",
                [name, actor, source, distinct.count])
            try await connection.copy(into: "local_list_children", columns: ["list_name", "child_id"]) { writer in
                for id in distinct {
                    writer.field(name)
                    writer.field(id)
                    try await writer.endRow()
                }
            }
            try await AuditLog.record(AuditEvent(actor: actor, action: "local_list.import", recordType: "local_list", recordID: name,
                                                 details: ["children": String(distinct.count), "source": source]), on: connection)
        }
        return distinct.count
    }
}
