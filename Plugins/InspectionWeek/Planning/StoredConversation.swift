import Domain
import Postgres
import WeekScheduling

/// A planned conversation as stored, with what planning and showing it need: never a child's
/// details, only case keys.
struct StoredConversation: Sendable, Equatable {
    /// Its id (`week_conversations.id`).
    var id: Int
    /// `practitioner`, `carers` or `child`.
    var kind: String
    /// The practitioner's staff id, the group session's id, or the child's case key.
    var subject: String
    /// `in_person`, `online` or `either`.
    var mode: String
    /// The invited team manager's staff id.
    var manager: String?
    /// The practitioner's staff id (a child's: their allocated worker's); nil for carers.
    var practitioner: String?
    /// The children it is about, by case key, sorted.
    var caseKeys: [String]
    /// When a carers' session starts, fixed by its campaign; nil for one the plan places.
    var fixedStart: LocalDateTime? = nil
    /// A fixed session's venue; nil when online.
    var fixedPlace: String? = nil

    /// The scheduler's kind.
    var schedulingKind: Conversation.Kind {
        switch kind {
        case "carers": .fosterCarersGroup
        case "child": .childOrYoungPerson
        default: .practitioner
        }
    }

    /// The inspection's planned conversations, by id.
    static func planned(_ inspectionID: Int, on connection: PostgresConnection) async throws -> [StoredConversation] {
        try await connection.query(
            """
            SELECT c.id, c.kind, c.subject, c.mode, c.manager, c.fixed_place, to_char(c.fixed_start, 'YYYY-MM-DD HH24:MI') AS fixed_start,
                   CASE c.kind WHEN 'practitioner' THEN c.subject WHEN 'child' THEN r.worker END AS practitioner,
                   coalesce(array_agg(k.case_key ORDER BY k.case_key) FILTER (WHERE k.case_key IS NOT NULL), '{}') AS case_keys
            FROM week_conversations c
            LEFT JOIN week_child_requests r ON c.kind = 'child' AND r.inspection_id = c.inspection_id AND r.case_key = c.subject
            LEFT JOIN week_conversation_cases k ON k.conversation_id = c.id
            WHERE c.inspection_id = $1 AND c.status = 'planned'
            GROUP BY c.id, r.worker ORDER BY c.id
            """, [inspectionID]
        ).map { row in
            let kind = try row.decode(String.self, "kind")
            let subject = try row.decode(String.self, "subject")
            let keys = try row.decode([String].self, "case_keys")
            return StoredConversation(
                id: try row.decode(Int.self, "id"), kind: kind, subject: subject, mode: try row.decode(String.self, "mode"),
                manager: try row.decode(String?.self, "manager"), practitioner: try row.decode(String?.self, "practitioner"),
                caseKeys: kind == "child" && keys.isEmpty ? [subject] : keys,
                fixedStart: try row.decode(String?.self, "fixed_start").flatMap(LocalDateTime.parse), fixedPlace: try row.decode(String?.self, "fixed_place"))
        }
    }

    /// Makes the inspection's children's conversations follow their requests: a planned one for each
    /// child who agreed (in person unless they asked for online; with a trusted adult is in person),
    /// and a child who declined, or has not answered, is never scheduled (cancelled, sequence raised).
    /// One cancelled by `week cancel` stays cancelled.
    static func followChildRequests(_ inspectionID: Int, on connection: PostgresConnection) async throws {
        try await connection.execute(
            """
            INSERT INTO week_conversations (inspection_id, kind, subject, mode)
            SELECT inspection_id, 'child', case_key, CASE way WHEN 'online' THEN 'online' ELSE 'in_person' END
            FROM week_child_requests WHERE inspection_id = $1 AND answer = 'agreed'
            ON CONFLICT (inspection_id, kind, subject) DO UPDATE SET mode = excluded.mode, sequence = week_conversations.sequence + 1
            WHERE week_conversations.status = 'planned' AND week_conversations.mode <> excluded.mode
            """, [inspectionID])
        try await connection.execute(
            """
            UPDATE week_conversations c SET status = 'cancelled', sequence = sequence + 1
            WHERE c.inspection_id = $1 AND c.kind = 'child' AND c.status = 'planned'
              AND NOT EXISTS (SELECT 1 FROM week_child_requests r WHERE r.inspection_id = c.inspection_id AND r.case_key = c.subject AND r.answer = 'agreed')
            """, [inspectionID])
    }
}
