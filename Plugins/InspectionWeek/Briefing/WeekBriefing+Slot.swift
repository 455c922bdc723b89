import Domain
import Postgres

extension WeekBriefing.Slot {
    /// The select list a booking is read with, for ``init(row:)``: `week_bookings` as `b`.
    static let columns = """
        b.day, b.inspector, b.room,
        extract(hour FROM b.starts)::int AS start_hour, extract(minute FROM b.starts)::int AS start_minute,
        extract(hour FROM b.ends)::int AS end_hour, extract(minute FROM b.ends)::int AS end_minute
        """

    /// The room as the plan names it, or `Online`.
    var place: String { room ?? "Online" }

    /// The booking read with ``columns``, or nil when the row has none (a LEFT JOIN missed).
    init?(row: PostgresRow) throws {
        guard let day = try row.decode(CalendarDate?.self, "day"), let inspector = try row.decode(String?.self, "inspector"),
            let starts = LocalDateTime(date: day, hour: try row.decode(Int.self, "start_hour"), minute: try row.decode(Int.self, "start_minute")),
            let ends = LocalDateTime(date: day, hour: try row.decode(Int.self, "end_hour"), minute: try row.decode(Int.self, "end_minute"))
        else { return nil }
        self.init(day: day, starts: starts, ends: ends, inspectorID: Int(inspector) ?? 0, room: try row.decode(String?.self, "room"))
    }
}
