import ArgumentParser
import Foundation
import PluginKit
import Postgres
import Tabular

/// `ilacs-admin report local-list`: attaches the local list of children not attending school to
/// a snapshot, for the readiness indicator of that key line of enquiry.
struct LocalListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "local-list",
        abstract: "Attach the local list of children not attending school (a CSV with a Child Unique ID column) to a snapshot.",
        discussion: """
            Replaces any list attached to the snapshot before. Identifiers are kept as given, to \
            match List 6; nothing else in the file is read. Audit-logged.

            Examples:
              ilacs-admin report local-list children_not_in_school.csv --snapshot 4
            """
    )

    @Argument(help: "The CSV file.")
    var file: String

    @Option(help: "The snapshot's id.")
    var snapshot: Int

    func run() async throws {
        let identifiers = try Self.read(file)
        let runtime = try await AdminRuntime.start(for: ReportingPlugin.pluginName)
        defer { runtime.shutdown() }
        try await Self.attach(identifiers, source: (file as NSString).lastPathComponent, snapshot: snapshot, actor: runtime.actor, pool: runtime.pool)
        print("Attached \(identifiers.count) children not attending school to snapshot \(snapshot).")
    }

    /// The distinct identifiers in the file's `Child Unique ID` column.
    static func read(_ path: String) throws -> [String] {
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
    static func attach(_ identifiers: [String], source: String, snapshot: Int, actor: String, pool: PostgresPool) async throws {
        try await pool.transaction { connection in
            guard try await connection.query("SELECT 1 FROM annex_a_snapshots WHERE id = $1", [snapshot]).single != nil else {
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
