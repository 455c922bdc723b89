import Domain
import Postgres
import WeekScheduling

/// The stored bookings of an inspection's week (`week_bookings`), as the scheduler's ``Booking``s
/// (conversation and inspector ids as text).
enum WeekBookings {
    /// The planned conversations' bookings of inspection `inspectionID`, in time order.
    static func read(_ inspectionID: Int, on connection: PostgresConnection) async throws -> [Booking] {
        try await connection.query(
            """
            SELECT b.conversation_id, b.day, extract(hour FROM b.starts)::int * 60 + extract(minute FROM b.starts)::int AS starts,
                   extract(hour FROM b.ends)::int * 60 + extract(minute FROM b.ends)::int AS ends, b.inspector, b.room
            FROM week_bookings b JOIN week_conversations c ON c.id = b.conversation_id
            WHERE c.inspection_id = $1 AND c.status = 'planned'
            """, [inspectionID]
        ).map { row in
            Booking(
                conversationID: String(try row.decode(Int.self, "conversation_id")), day: try row.decode(CalendarDate.self, "day"),
                slot: TimeRange(start: try row.decode(Int.self, "starts"), end: try row.decode(Int.self, "ends")),
                inspectorID: try row.decode(String.self, "inspector"), place: try row.decode(String?.self, "room").map { .room($0) } ?? .online)
        }.sorted()
    }

    /// Stores `booking` as its conversation's only booking.
    static func store(_ booking: Booking, on connection: PostgresConnection) async throws {
        var room: String?
        if case .room(let name) = booking.place { room = name }
        try await connection.execute(
            """
            INSERT INTO week_bookings (conversation_id, day, starts, ends, inspector, room)
            VALUES ($1, $2, make_time($3::int / 60, $3::int % 60, 0), make_time($4::int / 60, $4::int % 60, 0), $5, $6)
            ON CONFLICT (conversation_id) DO UPDATE SET
                day = excluded.day, starts = excluded.starts, ends = excluded.ends, inspector = excluded.inspector, room = excluded.room
            """, [Int(booking.conversationID) ?? 0, booking.day, booking.slot.start, booking.slot.end, booking.inspectorID, room])
    }
}
