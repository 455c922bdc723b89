import Domain
import Foundation
import Postgres

/// One conversation of an inspection with what its invitation and the export need: its booking
/// (if it has one), the invitation last queued for it (if any), and who takes part besides the
/// inspector. Case keys only, never a child's details.
struct ScheduledConversation: Sendable, Equatable {
    /// When and where a conversation is: Europe/London wall times, and the room or "Online".
    struct Slot: Sendable, Equatable {
        var start: LocalDateTime
        var end: LocalDateTime
        var location: String
    }

    /// The booking: the slot and the inspector's `people` id (as text).
    struct Booking: Sendable, Equatable {
        var slot: Slot
        var inspector: String
    }

    /// The invitation last queued: its SEQUENCE, its slot and the address it went to per role.
    struct Invited: Sendable, Equatable {
        var sequence: Int
        var slot: Slot
        var recipients: [String: String]
    }

    var id: Int
    var kind: ConversationDraft.Kind
    /// The practitioner's staff id, the group session's id, or the child's case key.
    var subject: String
    var cancelled: Bool
    var sequence: Int
    /// The team manager's staff id, when the plan invites one.
    var manager: String?
    /// For a child's conversation: the allocated worker's staff id, who brings or connects the child.
    var worker: String?
    var caseKeys: [String]
    var booking: Booking?
    var invited: Invited?

    /// Inspection `inspectionID`'s conversations in id order: with `pending`, those changed since
    /// their last invitation (or never invited), locked for the caller's transaction; without,
    /// the planned ones with a booking (of `inspector` only, when given).
    static func read(inspection inspectionID: Int, pending: Bool, inspector: String? = nil, on connection: PostgresConnection) async throws
        -> [ScheduledConversation]
    {
        let filter =
            pending
            ? "(c.invited_sequence IS NULL OR c.sequence > c.invited_sequence)"
            : "c.status = 'planned' AND b.conversation_id IS NOT NULL AND ($2::text IS NULL OR b.inspector = $2)"
        let parameters: [any PostgresEncodable] = pending ? [inspectionID] : [inspectionID, inspector]
        return try await connection.query(
            """
            SELECT c.id, c.kind, c.subject, c.status, c.sequence, c.manager, r.worker,
                (SELECT string_agg(k.case_key, E'\\n' ORDER BY k.case_key) FROM week_conversation_cases k WHERE k.conversation_id = c.id) AS case_keys,
                \(WeekBriefing.Slot.columns),
                i.sequence AS invited_sequence, i.day AS invited_day, to_char(i.starts, 'HH24:MI') AS invited_starts,
                to_char(i.ends, 'HH24:MI') AS invited_ends, i.location AS invited_location, i.recipients::text AS invited_recipients
            FROM week_conversations c
            LEFT JOIN week_bookings b ON b.conversation_id = c.id
            LEFT JOIN week_invitations i ON i.conversation_id = c.id
            LEFT JOIN week_child_requests r ON c.kind = 'child' AND r.inspection_id = c.inspection_id AND r.case_key = c.subject
            WHERE c.inspection_id = $1 AND \(filter)
            ORDER BY b.day, b.starts, c.id
            \(pending ? "FOR UPDATE OF c" : "")
            """, parameters
        ).map(Self.init(row:))
    }

    private init(row: PostgresRow) throws {
        id = try row.decode(Int.self, "id")
        kind = ConversationDraft.Kind(rawValue: try row.decode(String.self, "kind")) ?? .practitioner
        subject = try row.decode(String.self, "subject")
        cancelled = try row.decode(String.self, "status") == "cancelled"
        sequence = try row.decode(Int.self, "sequence")
        manager = try row.decode(String?.self, "manager")
        worker = try row.decode(String?.self, "worker")
        caseKeys = (try row.decode(String?.self, "case_keys") ?? "").split(separator: "\n").map(String.init)
        if let booked = try WeekBriefing.Slot(row: row) {
            booking = Booking(slot: Slot(start: booked.starts, end: booked.ends, location: booked.place), inspector: try row.decode(String.self, "inspector"))
        }
        if let sequence = try row.decode(Int?.self, "invited_sequence"), let day = try row.decode(CalendarDate?.self, "invited_day") {
            let recipients = try JSONDecoder().decode([String: String].self, from: Data(try row.decode(String.self, "invited_recipients").utf8))
            invited = Invited(
                sequence: sequence,
                slot: try Self.slot(
                    day, row.decode(String.self, "invited_starts"), row.decode(String.self, "invited_ends"), row.decode(String.self, "invited_location")),
                recipients: recipients)
        }
    }

    /// The slot of an invitation on `day` from `starts` to `ends` (`HH:MM`, as the database wrote them).
    private static func slot(_ day: CalendarDate, _ starts: String, _ ends: String, _ location: String) throws -> Slot {
        guard let start = LocalDateTime.parse("\(day.iso) \(starts)"), let end = LocalDateTime.parse("\(day.iso) \(ends)") else {
            throw WeekRefusal("a booking's time could not be read; run `ilacs-admin week show` to check the plan")
        }
        return Slot(start: start, end: end, location: location)
    }
}
