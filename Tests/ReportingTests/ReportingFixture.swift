import AnnexAStore
import Configuration
import Domain
import Foundation
import Logging
import PluginKit
import Postgres
import TestSupport

@testable import AnnexA
@testable import Reporting

/// A migrated database of its own for one test, with helpers to write small Annex A snapshots
/// by hand: only the columns a test names are set, every other required column gets a filler.
struct ReportingFixture {
    let database: TestDatabase
    let pool: PostgresPool
    /// The checklist items of the enabled plugins (AnnexA's and Reporting's).
    let checklistItems: [any ChecklistItem]

    /// Runs `body` with a fresh database migrated for AnnexA and Reporting, then drops it.
    static func with<T>(isolation: isolated (any Actor)? = #isolation, _ body: (ReportingFixture) async throws -> T) async throws -> T {
        try await PluginTestDatabase.with(plugins: [AnnexAPlugin(), ReportingPlugin()]) { migrated in
            let items = try migrated.host.implementations(of: ChecklistItems.point, context: migrated.context(for: ReportingPlugin.pluginName))
            return try await body(ReportingFixture(database: migrated.database, pool: migrated.pool, checklistItems: items))
        }
    }

    /// Creates an empty snapshot as of `asOf` and returns its id.
    func snapshot(asOf: String) async throws -> Int {
        try await pool.query(
            "INSERT INTO annex_a_snapshots (as_of, imported_by, source_name, content_sha256, lenient) VALUES ($1::date, 'tester', 'fixture', $2, false) RETURNING id",
            [asOf, UUID().uuidString])[0].decode(Int.self, at: 0)
    }

    /// Adds rows to `list` in `snapshot`: each row maps column keys to text values (nil for NULL).
    func insert(_ list: AnnexAList, snapshot: Int, _ rows: [[String: String?]]) async throws {
        let partition = AnnexATables.partition(list, snapshot: snapshot)
        try await pool.withConnection { connection in
            if try await connection.query("SELECT to_regclass($1) IS NULL", [partition])[0].decode(Bool.self, at: 0) {
                try await connection.executeScript(AnnexATables.createPartition(list, snapshot: snapshot))
                try await connection.executeScript(AnnexATables.attachPartition(list, snapshot: snapshot))
            }
            for (index, row) in rows.enumerated() {
                let columns = list.columns
                let values: [String?] = columns.map { column in
                    if let given = row[column.key] { return given }
                    guard column.required && !column.since2024 else { return nil }
                    return Self.filler(column)
                }
                let placeholders = columns.enumerated().map { "$\($0.offset + 3)::\(AnnexATables.sqlType($0.element))" }
                try await connection.execute(
                    "INSERT INTO \(AnnexATables.table(list)) (snapshot_id, row_number, \(columns.map(\.key).joined(separator: ", "))) VALUES ($1, $2, \(placeholders.joined(separator: ", ")))",
                    [snapshot, index + 2] + values)
            }
        }
    }

    /// A valid value for a required column the test does not care about.
    private static func filler(_ column: AnnexAColumn) -> String {
        switch column.kind {
        case .text: column.key == "allocated_team" ? "Team A" : column.key == "allocated_worker" ? "Worker 1" : "x"
        case .date: "2020-01-01"
        case .integer: "0"
        case .code(let codes): codes.codes.first ?? "x"
        }
    }
}
