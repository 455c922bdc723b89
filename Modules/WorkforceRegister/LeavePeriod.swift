import Domain

/// A period of leave, both days included.
public struct LeavePeriod: Sendable, Hashable, Codable {
    /// Whose leave.
    public var staffID: String
    /// The first day away.
    public var from: CalendarDate
    /// The last day away; never before ``from``.
    public var to: CalendarDate

    /// Creates a period of leave.
    public init(staffID: String, from: CalendarDate, to: CalendarDate) {
        self.staffID = staffID
        self.from = from
        self.to = to
    }

    /// Whether the period includes `date`.
    public func covers(_ date: CalendarDate) -> Bool {
        from <= date && date <= to
    }
}
