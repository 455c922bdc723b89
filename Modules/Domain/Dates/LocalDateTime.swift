/// A wall-clock moment in the authority's time zone, to the minute (`2026-11-25 16:00`), as the
/// notification call and checklist due times are given.
public struct LocalDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The day.
    public var date: CalendarDate
    /// The hour, 0...23.
    public var hour: Int
    /// The minute, 0...59.
    public var minute: Int

    /// The moment, or nil when the hour or minute is out of range.
    public init?(date: CalendarDate, hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.date = date
        self.hour = hour
        self.minute = minute
    }

    /// Reads `YYYY-MM-DD HH:MM` or `YYYY-MM-DDTHH:MM` (seconds, if given, are ignored); a date
    /// alone means 09:00. Any date form ``CalendarDate/parse(_:)`` reads is accepted.
    public static func parse(_ text: String) -> LocalDateTime? {
        let trimmed = text.trimmingSpaces
        let parts = trimmed.split(whereSeparator: { $0 == " " || $0 == "T" }).map(String.init)
        guard let first = parts.first, let date = CalendarDate.parse(first), parts.count <= 2 else { return nil }
        guard parts.count == 2 else { return LocalDateTime(date: date, hour: 9, minute: 0) }
        let clock = parts[1].split(separator: ":").map(String.init)
        guard (2...3).contains(clock.count), clock[0].count <= 2, clock[1].count == 2,
            let hour = Int(clock[0]), let minute = Int(clock[1])
        else { return nil }
        return LocalDateTime(date: date, hour: hour, minute: minute)
    }

    /// `2026-11-25 16:00`.
    public var description: String {
        date.iso + " " + (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    /// Earlier moments sort first.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.date, lhs.hour, lhs.minute) < (rhs.date, rhs.hour, rhs.minute)
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs (Domain imports no Foundation).
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
