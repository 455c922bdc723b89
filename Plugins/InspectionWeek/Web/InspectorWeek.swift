import Domain
import PluginKit
import Postgres
import WorkforceRegister

/// What the sampler's week pages read for one signed-in inspector: their own bookings, and the
/// briefing of a conversation only when it is one of them.
///
/// "Their own" is a booking held by the inspector (`week_bookings.inspector` is their person id)
/// for a planned conversation of their inspection; a child's conversation counts only once the
/// child agreed. Cancelled conversations and children who declined never appear.
struct InspectorWeek: Sendable {
    /// One booking on the inspector's week.
    struct Booked: Sendable, Equatable {
        var conversationID: Int
        var kind: WeekBriefing.Kind
        var title: String
        var slot: WeekBriefing.Slot
        /// Children covered (case keys on the conversation).
        var children: Int
        /// The conversation's SEQUENCE, raised on every change.
        var sequence: Int
    }

    let pool: PostgresPool
    /// The enabled readers of ``SampledCase/point``, for the briefings.
    let caseReaders: [any InspectionReader<SampledCase>]

    /// The inspector's bookings by day and start time.
    func bookings(of inspector: Person) async throws -> [Booked] {
        let register = WorkforceRegister(pool: pool)
        var booked: [Booked] = []
        for row in try await own(inspector) {
            guard let kind = WeekBriefing.Kind(rawValue: try row.decode(String.self, "kind")), let slot = try WeekBriefing.Slot(row: row) else { continue }
            let subject = try row.decode(String.self, "subject")
            let staff = kind == .practitioner ? try await register.staff(id: subject) : nil
            booked.append(
                Booked(
                    conversationID: try row.decode(Int.self, "id"), kind: kind, title: WeekBriefing.title(kind: kind, subject: subject, staff: staff),
                    slot: slot, children: max(try row.decode(Int.self, "children"), kind == .child ? 1 : 0), sequence: try row.decode(Int.self, "sequence")))
        }
        return booked
    }

    /// The briefing of conversation `id` at `date` when it is one of the inspector's bookings;
    /// nil for anything else (another inspector's, cancelled, declined, unknown, not a number).
    func briefing(_ id: String?, of inspector: Person, at date: CalendarDate) async throws -> WeekBriefing? {
        guard let id = id.flatMap(Int.init), try await own(inspector, only: id).single != nil else { return nil }
        return try await BriefingReader(pool: pool, caseReaders: caseReaders).briefing(id, at: date)
    }

    /// The inspector's own bookings with their conversations, or only conversation `only`'s
    /// when it is one of them.
    private func own(_ inspector: Person, only conversationID: Int? = nil) async throws -> PostgresResult {
        try await pool.query(
            """
            SELECT c.id, c.kind, c.subject, c.sequence, \(WeekBriefing.Slot.columns),
                   (SELECT count(*) FROM week_conversation_cases k WHERE k.conversation_id = c.id) AS children
            FROM week_bookings b
            JOIN week_conversations c ON c.id = b.conversation_id
            LEFT JOIN week_child_requests r ON c.kind = 'child' AND r.inspection_id = c.inspection_id AND r.case_key = c.subject
            WHERE c.inspection_id = $1 AND b.inspector = $2 AND c.status = 'planned' AND (c.kind <> 'child' OR r.answer = 'agreed')
              AND ($3::bigint IS NULL OR c.id = $3)
            ORDER BY b.day, b.starts, c.id
            """, [inspector.inspectionID, String(inspector.id), conversationID])
    }
}
