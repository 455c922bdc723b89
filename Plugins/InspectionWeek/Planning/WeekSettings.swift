import Domain
import Postgres
import WeekScheduling

/// How an inspection's week is planned: the days on site, the shape of a day, the rooms and each
/// inspector's capacity. `week plan` saves them (options given override the saved ones), so a
/// re-plan or `week move` uses the same week.
struct WeekSettings: Sendable, Equatable {
    /// The first day on site; nil: the inspection's `started_on`.
    var firstDay: CalendarDate?
    /// How many working days (Monday to Friday) on site.
    var days = 5
    /// Minutes after midnight at which the first slot may start.
    var start = 9 * 60
    /// Minutes after midnight by which the last slot ends.
    var end = 17 * 60
    /// Minutes per conversation.
    var slotMinutes = 60
    /// Breaks in which no conversation runs.
    var breaks = [TimeRange(12, 30, to: 13, 30)]
    /// The rooms for conversations in person.
    var rooms: [String] = []
    /// Every conversation online, none in a room.
    var onlineOnly = false
    /// The most conversations an inspector holds in a day.
    var capacity = 6
    /// Invite each practitioner's team manager too.
    var withManagers = false

    /// The day shape the scheduler cuts into slots.
    var dayShape: DayShape { DayShape(start: start, end: end, slotLength: slotMinutes, breaks: breaks) }

    /// The settings saved for `inspectionID`, or the defaults.
    static func load(_ inspectionID: Int, on connection: PostgresConnection) async throws -> WeekSettings? {
        guard
            let row = try await connection.query(
                """
                SELECT first_day, days, day_start, day_end, slot_minutes, breaks, rooms, online_only, capacity, with_managers
                FROM week_settings WHERE inspection_id = $1
                """, [inspectionID]
            ).single
        else { return nil }
        return WeekSettings(
            firstDay: try row.decode(CalendarDate?.self, "first_day"), days: try row.decode(Int.self, "days"),
            start: try row.decode(Int.self, "day_start"), end: try row.decode(Int.self, "day_end"),
            slotMinutes: try row.decode(Int.self, "slot_minutes"),
            breaks: try row.decode([String].self, "breaks").compactMap(Self.range), rooms: try row.decode([String].self, "rooms"),
            onlineOnly: try row.decode(Bool.self, "online_only"), capacity: try row.decode(Int.self, "capacity"),
            withManagers: try row.decode(Bool.self, "with_managers"))
    }

    /// Saves these as `inspectionID`'s settings, replacing any saved before.
    func save(_ inspectionID: Int, on connection: PostgresConnection) async throws {
        try await connection.execute(
            """
            INSERT INTO week_settings (inspection_id, first_day, days, day_start, day_end, slot_minutes, breaks, rooms, online_only, capacity, with_managers)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            ON CONFLICT (inspection_id) DO UPDATE SET
                first_day = excluded.first_day, days = excluded.days, day_start = excluded.day_start, day_end = excluded.day_end,
                slot_minutes = excluded.slot_minutes, breaks = excluded.breaks, rooms = excluded.rooms, online_only = excluded.online_only,
                capacity = excluded.capacity, with_managers = excluded.with_managers, updated_at = now()
            """,
            [inspectionID, firstDay, days, start, end, slotMinutes, breaks.map(\.label), rooms, onlineOnly, capacity, withManagers])
    }

    /// `days` working days (Monday to Friday) from `first`, `first` itself when it is one.
    func workingDays(from first: CalendarDate) -> [CalendarDate] {
        var result: [CalendarDate] = []
        var day = first
        while result.count < days {
            if day.weekday <= 5 { result.append(day) }
            day = day.adding(days: 1)
        }
        return result
    }

    /// Minutes after midnight for `HH:MM` (`9:00`, `17:30`), or nil.
    static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]), (0...24).contains(hours),
            (0..<60).contains(minutes)
        else { return nil }
        return hours * 60 + minutes
    }

    /// The range `HH:MM-HH:MM`, or nil.
    static func range(_ text: String) -> TimeRange? {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let start = minutes(String(parts[0])), let end = minutes(String(parts[1])) else { return nil }
        return TimeRange(start: start, end: end)
    }
}
