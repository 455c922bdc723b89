import Postgres

/// Stores an inspection's conversations idempotently: a new one is added, one whose children
/// changed has its case keys replaced and its sequence raised, one no longer drawn is cancelled
/// (sequence raised), and an unchanged one is left alone. A carers' session whose time, venue or
/// mode changed in its campaign counts as changed. Only the kinds it builds (practitioners,
/// carers' sessions) are ever cancelled: children's conversations and ones added by `week add` stay;
/// an added one for a practitioner the sample now draws becomes theirs.
enum ConversationStore {
    /// How many conversations a save added, changed, cancelled and left unchanged.
    struct Counts: Sendable, Equatable {
        var added = 0
        var changed = 0
        var cancelled = 0
        var unchanged = 0
    }

    /// Saves `drafts` as inspection `inspectionID`'s conversations, on `connection` (call it in
    /// a transaction).
    static func save(_ drafts: [ConversationDraft], inspectionID: Int, on connection: PostgresConnection) async throws -> Counts {
        var counts = Counts()
        var kept: Set<Int> = []
        for draft in drafts {
            let existing = try await connection.query(
                """
                SELECT id, status, added, mode, fixed_place, to_char(fixed_start, 'YYYY-MM-DD HH24:MI') AS fixed_start
                FROM week_conversations WHERE inspection_id = $1 AND kind = $2 AND subject = $3
                """,
                [inspectionID, draft.kind.rawValue, draft.subject]
            ).single
            guard let existing else {
                let id = try await connection.query(
                    """
                    INSERT INTO week_conversations (inspection_id, kind, subject, mode, fixed_start, fixed_place)
                    VALUES ($1, $2, $3, $4, $5::timestamp, $6) RETURNING id
                    """, [inspectionID, draft.kind.rawValue, draft.subject, draft.mode, draft.fixedStart, draft.fixedPlace])[0].decode(Int.self, at: 0)
                try await insertCases(draft.caseKeys, conversation: id, on: connection)
                kept.insert(id)
                counts.added += 1
                continue
            }
            let id = try existing.decode(Int.self, "id")
            kept.insert(id)
            let keys = try await connection.query("SELECT case_key FROM week_conversation_cases WHERE conversation_id = $1", [id])
                .map { try $0.decode(String.self, "case_key") }
            let sameTime =
                try existing.decode(String?.self, "fixed_start") == draft.fixedStart && existing.decode(String?.self, "fixed_place") == draft.fixedPlace
                && existing.decode(String.self, "mode") == draft.mode
            if Set(keys) == Set(draft.caseKeys), sameTime, try existing.decode(String.self, "status") == "planned", try !existing.decode(Bool.self, "added") {
                counts.unchanged += 1
                continue
            }
            try await connection.execute("DELETE FROM week_conversation_cases WHERE conversation_id = $1", [id])
            try await insertCases(draft.caseKeys, conversation: id, on: connection)
            try await connection.execute(
                """
                UPDATE week_conversations SET status = 'planned', added = false, sequence = sequence + 1, mode = $2, fixed_start = $3::timestamp,
                    fixed_place = $4
                WHERE id = $1
                """, [id, draft.mode, draft.fixedStart, draft.fixedPlace])
            counts.changed += 1
        }
        let planned = try await connection.query(
            """
            SELECT id FROM week_conversations
            WHERE inspection_id = $1 AND status = 'planned' AND kind IN ('practitioner', 'carers') AND NOT added ORDER BY id
            """, [inspectionID]
        ).map { try $0.decode(Int.self, "id") }
        for id in planned where !kept.contains(id) {
            try await connection.execute("UPDATE week_conversations SET status = 'cancelled', sequence = sequence + 1 WHERE id = $1", [id])
            counts.cancelled += 1
        }
        return counts
    }

    private static func insertCases(_ keys: [String], conversation: Int, on connection: PostgresConnection) async throws {
        for key in keys {
            try await connection.execute("INSERT INTO week_conversation_cases (conversation_id, case_key) VALUES ($1, $2)", [conversation, key])
        }
    }
}
