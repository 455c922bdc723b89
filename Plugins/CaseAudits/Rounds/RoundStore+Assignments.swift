import PluginKit
import Postgres
import Tabular

extension RoundStore {
    /// One person's work in a round: no child is named.
    public struct Load: Sendable, Codable, Equatable {
        public var auditorID: String
        public var team: String
        public var role: String
        public var toAudit: Int
        public var toModerate: Int
        public var submitted: Int
    }

    /// Each person's cases to audit and to moderate in round `id`, and their submitted audits.
    public func loads(_ id: Int) async throws -> [Load] {
        _ = try await round(id)
        return try await pool.query(
            """
            SELECT a.auditor_id, a.team, a.role,
                   (SELECT count(*) FROM case_audit_cases c WHERE c.round_id = a.round_id AND c.auditor_id = a.auditor_id) AS to_audit,
                   (SELECT count(*) FROM case_audit_cases c WHERE c.round_id = a.round_id AND c.moderator_id = a.auditor_id) AS to_moderate,
                   (SELECT count(*) FROM case_audit_submissions s WHERE s.round_id = a.round_id AND s.reviewer_id = a.auditor_id
                      AND s.state = 'final') AS submitted
            FROM case_audit_auditors a WHERE a.round_id = $1 ORDER BY a.auditor_id
            """, [id]
        ).map { row in
            Load(
                auditorID: try row.decode(String.self, "auditor_id"), team: try row.decode(String.self, "team"), role: try row.decode(String.self, "role"),
                toAudit: try row.decode(Int.self, "to_audit"), toModerate: try row.decode(Int.self, "to_moderate"),
                submitted: try row.decode(Int.self, "submitted"))
        }
    }

    /// Writes round `id`'s assignments to the CSV file `path` (Child Unique ID, Team, Service
    /// area, Stratum, Auditor, Moderator), with the audit event, and returns the rows written.
    public func exportAssignments(_ id: Int, to path: String, reason: String, actor: String) async throws -> Int {
        _ = try await round(id)
        let rows = try await pool.query(
            "SELECT child_id, team, service_area, stratum, auditor_id, coalesce(moderator_id, '') AS moderator FROM case_audit_cases WHERE round_id = $1 ORDER BY child_id",
            [id])
        try await AuditLog.record(
            AuditEvent(
                actor: actor, action: "audits.assignments_export", recordType: "case_audit_round", recordID: String(id), reason: reason,
                details: ["rows": String(rows.count)]), pool: pool)
        let writer = try CSVWriter(path: path)
        try writer.write(["Child Unique ID", "Team", "Service area", "Stratum", "Auditor", "Moderator"])
        for row in rows {
            try writer.write(try ["child_id", "team", "service_area", "stratum", "auditor_id", "moderator"].map { try row.decode(String.self, $0) })
        }
        try writer.close()
        return rows.count
    }
}
