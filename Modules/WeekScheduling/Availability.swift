import Domain

/// When one participant (a practitioner or a team manager) can be met: the weekdays they work and
/// their leave. Someone the problem gives no availability for can be met on every day on site.
public struct Availability: Sendable, Hashable, Codable {
    /// ISO weekdays worked: 1 is Monday, 7 is Sunday.
    public var workingWeekdays: Set<Int>
    /// Leave, each range inclusive of both ends; ranges may overlap.
    public var leave: [ClosedRange<CalendarDate>]

    /// Someone who works `workingWeekdays` (ISO, Monday 1) and is away on `leave`.
    public init(workingWeekdays: Set<Int> = [1, 2, 3, 4, 5], leave: [ClosedRange<CalendarDate>] = []) {
        self.workingWeekdays = workingWeekdays
        self.leave = leave
    }

    /// Whether they work on `day` and are not on leave.
    public func isAvailable(on day: CalendarDate) -> Bool {
        workingWeekdays.contains(day.weekday) && !leave.contains { $0.contains(day) }
    }
}
