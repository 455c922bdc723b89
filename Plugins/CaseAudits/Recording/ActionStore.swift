import Domain
import PluginKit
import Postgres

/// The actions opened for cases graded at the tool's worst grade: listed for the coordinator
/// (no child is named: an action is known by its id, round and team) and closed with a note.
public struct ActionStore: Sendable {
    /// One action as listed.
    public struct Action: Sendable, Codable, Equatable {
        public var id: Int
        public var roundID: Int
        public var team: String
        public var managerID: String?
        public var dueOn: CalendarDate
        public var closed: Bool
        public var overdue: Bool
    }

    let pool: PostgresPool

    /// A store on `pool`.
    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// The actions, by due date; only open ones past their due date when `overdueOnly`.
    public func list(overdueOnly: Bool, today: CalendarDate = .today) async throws -> [Action] {
        try await pool.query(
            """
            SELECT id, round_id, team, manager_id, due_on, closed_at IS NOT NULL AS closed,
                   closed_at IS NULL AND due_on < $1 AS overdue
            FROM case_audit_actions WHERE NOT $2 OR (closed_at IS NULL AND due_on < $1) ORDER BY due_on, id
            """, [today, overdueOnly]
        ).map { row in
            Action(
                id: try row.decode(Int.self, "id"), roundID: try row.decode(Int.self, "round_id"), team: try row.decode(String.self, "team"),
                managerID: try row.decode(String?.self, "manager_id"), dueOn: try row.decode(CalendarDate.self, "due_on"),
                closed: try row.decode(Bool.self, "closed"), overdue: try row.decode(Bool.self, "overdue"))
        }
    }

    /// Closes action `id` with `note`, audit-logged.
    /// - Throws: `CaseAuditError` when there is no such open action.
    public func close(_ id: Int, note: String, actor: String) async throws {
        try await pool.transaction { connection in
            guard
                try await connection.query(
                    "UPDATE case_audit_actions SET closed_at = now(), closed_by = $2, note = $3 WHERE id = $1 AND closed_at IS NULL RETURNING id",
                    [id, actor, note]
                ).single != nil
            else { throw CaseAuditError("there is no open action \(id); `ilacs-admin audits actions` lists them") }
            try await AuditLog.record(
                AuditEvent(actor: actor, action: "audits.action_close", recordType: "case_audit_action", recordID: String(id), reason: note), on: connection)
        }
    }
}
