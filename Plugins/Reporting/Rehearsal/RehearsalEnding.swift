import PluginKit
import Postgres

/// Ends the running rehearsal in one transaction, audit-logged.
enum RehearsalEnding {
    /// Removes the running rehearsal with every plugin's records of it (`plugins`).
    /// - Returns: its inspection id and the rows removed.
    /// - Throws: ``ReportingError/noRehearsal`` when none is running.
    static func end(plugins: [any RehearsalRecords], actor: String, pool: PostgresPool) async throws -> (inspectionID: Int, rows: Int) {
        try await pool.transaction { connection in
            guard let id = try await Rehearsals.running(on: connection) else { throw ReportingError.noRehearsal }
            let removed = try await Rehearsals.discard(id, plugins: plugins, on: connection)
            let rows = removed.values.reduce(0, +)
            try await AuditLog.record(
                AuditEvent(
                    actor: actor, action: "rehearsal.end", recordType: "inspection", recordID: String(id),
                    details: removed.mapValues(String.init).merging(["rows": String(rows)]) { first, _ in first }), on: connection)
            return (id, rows)
        }
    }
}
