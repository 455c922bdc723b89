import PluginKit
import Postgres

/// What a child's allocated worker recorded: the child agreed (how they would like to talk, and
/// any access needs), or declined.
enum ChildAnswer: Sendable, Equatable {
    case agreed(ChildWay, accessNeeds: String?)
    case declined

    /// What recording an answer did to the child's conversation.
    enum Change: String, Sendable {
        /// Agreed: a conversation was added.
        case added
        /// Agreed: the conversation was planned again, or its mode or tracking inspector changed (sequence raised).
        case updated
        /// Agreed as before: nothing changed.
        case unchanged
        /// Declined: the conversation was cancelled (sequence raised) and its booking removed.
        case cancelled
        /// Declined, with no conversation planned: nothing to do.
        case noConversation
    }

    /// Records this answer for case `caseKey` of inspection `inspectionID`, and adds, updates or
    /// cancels the child's conversation, on `connection` (call it in a transaction); audit-logged
    /// with the change only, never the case key, answer or access needs.
    /// - Throws: `WeekRefusal` when the case's worker was not asked.
    func record(caseKey: String, inspectionID: Int, actor: String, on connection: PostgresConnection) async throws -> Change {
        let way: ChildWay? = if case .agreed(let way, _) = self { way } else { nil }
        let accessNeeds: String? = if case .agreed(_, let needs) = self { needs.flatMap { $0.isEmpty ? nil : $0 } } else { nil }
        let updated = try await connection.execute(
            """
            UPDATE week_child_requests SET answer = $3, way = $4, access_needs = $5, answered_at = now()
            WHERE inspection_id = $1 AND case_key = $2
            """, [inspectionID, caseKey, way == nil ? "declined" : "agreed", way?.stored, accessNeeds])
        guard updated == 1 else {
            throw WeekRefusal(
                "--case: case \(caseKey)'s allocated worker was not asked for inspection \(inspectionID); run `ilacs-admin week ask-child` first")
        }
        let change = try await Self.conversation(of: caseKey, way: way, inspectionID: inspectionID, on: connection)
        try await AuditLog.record(
            AuditEvent(
                actor: actor, action: "week.child-answer", recordType: "inspection", recordID: String(inspectionID),
                details: ["conversation": change.rawValue]), on: connection)
        return change
    }

    /// Adds, updates or cancels the child's conversation: agreed (`way` given) plans it, in the
    /// mode the way asks, held by the inspector tracking the child; declined cancels it and
    /// removes its booking, so a child who said no is never scheduled.
    private static func conversation(of caseKey: String, way: ChildWay?, inspectionID: Int, on connection: PostgresConnection) async throws -> Change {
        let existing = try await connection.query(
            """
            SELECT id, status, mode, tracking_inspector FROM week_conversations
            WHERE inspection_id = $1 AND kind = 'child' AND subject = $2 FOR UPDATE
            """, [inspectionID, caseKey]
        ).single
        guard let way else {
            guard let existing, try existing.decode(String.self, "status") == "planned" else { return .noConversation }
            let id = try existing.decode(Int.self, "id")
            try await connection.execute("UPDATE week_conversations SET status = 'cancelled', sequence = sequence + 1 WHERE id = $1", [id])
            try await connection.execute("DELETE FROM week_bookings WHERE conversation_id = $1", [id])
            return .cancelled
        }
        let tracking = try await connection.query(
            "SELECT inspector_id::text FROM week_tracking WHERE inspection_id = $1 AND case_key = $2", [inspectionID, caseKey]
        ).single?.decode(String.self, at: 0)
        guard let existing else {
            let id = try await connection.query(
                """
                INSERT INTO week_conversations (inspection_id, kind, subject, mode, tracking_inspector) VALUES ($1, 'child', $2, $3, $4) RETURNING id
                """, [inspectionID, caseKey, way.mode, tracking])[0].decode(Int.self, at: 0)
            try await connection.execute("INSERT INTO week_conversation_cases (conversation_id, case_key) VALUES ($1, $2)", [id, caseKey])
            return .added
        }
        if try existing.decode(String.self, "status") == "planned", try existing.decode(String.self, "mode") == way.mode,
            try existing.decode(String?.self, "tracking_inspector") == tracking
        {
            return .unchanged
        }
        try await connection.execute(
            "UPDATE week_conversations SET status = 'planned', mode = $2, tracking_inspector = $3, sequence = sequence + 1 WHERE id = $1",
            [try existing.decode(Int.self, "id"), way.mode, tracking])
        return .updated
    }
}
