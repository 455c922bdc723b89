/// A stretch of one day in whole minutes after midnight, `start` inclusive and `end` exclusive
/// (a slot, or a break).
public struct TimeRange: Sendable, Hashable, Comparable, Codable {
    /// Minutes after midnight at which it starts.
    public var start: Int
    /// Minutes after midnight at which it ends (not included).
    public var end: Int

    /// A range from `start` to `end`, in minutes after midnight.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// A range from hours and minutes: `TimeRange(9, 0, to: 10, 30)`.
    public init(_ startHour: Int, _ startMinute: Int, to endHour: Int, _ endMinute: Int) {
        self.init(start: startHour * 60 + startMinute, end: endHour * 60 + endMinute)
    }

    /// Whether the two ranges share at least one minute.
    public func overlaps(_ other: TimeRange) -> Bool {
        start < other.end && other.start < end
    }

    /// `09:00-10:30`.
    public var label: String { Self.clock(start) + "-" + Self.clock(end) }

    /// `HH:MM` for minutes after midnight.
    static func clock(_ minutes: Int) -> String {
        let hours = minutes / 60
        let rest = minutes % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    public static func < (lhs: TimeRange, rhs: TimeRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
