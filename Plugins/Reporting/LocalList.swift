import AnnexAStore
import Foundation
import PluginKit
import Postgres
import Tabular

/// The authority's local list of children not attending school, attached to a snapshot for the
/// indicator of that key line of enquiry.
public enum LocalList {
    /// The distinct identifiers in the file's `Child Unique ID` column.
    public static func read(_ path: String) throws -> [String] {
        let reader = try CSVReader(path: path)
        guard let header = try reader.nextRecord(),
              let column = header.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).lowercased() == "child unique id" })
        else {
            throw ReportingError("\(path) has no Child Unique ID column in its first row")
        }
        var identifiers = Set<String>()
        while let record = try reader.nextRecord() {
            if column < record.count {
                let identifier = record[column].trimmingCharacters(in: .whitespaces)
                if !identifier.isEmpty { identifiers.insert(identifier) }
            }
        }
        return identifiers.sorted()
    }

    /// Stores `identifiers` as snapshot `snapshot`'s local list, replacing any before.
    public static func attach(_ identifiers: [String], source: String, snapshot: Int, actor: String, pool: PostgresPool) async throws {
        try await pool.transaction { connection in
            guard try await AnnexASnapshot.find(snapshot, on: connection) != nil else {
                throw ReportingError.unknownSnapshot(snapshot)
            }
            try await connection.execute("DELETE FROM reporting_local_lists WHERE snapshot_id = $1", [snapshot])
            try await connection.execute(
                "INSERT INTO reporting_local_lists (snapshot_id, source_name, children, imported_by) VALUES ($1, $2, $3, $4)",
                [snapshot, source, identifiers.count, actor])
            try await connection.execute(
                "INSERT INTO reporting_children_not_in_school (snapshot_id, child_id) SELECT $1, unnest($2::text[])", [snapshot, identifiers])
            try await AuditLog.record(AuditEvent(
                actor: actor, action: "report.local_list.attach", recordType: "annex_a_snapshot", recordID: String(snapshot),
                details: ["source": source, "children": String(identifiers.count)]), on: connection)
        }
    }
}
