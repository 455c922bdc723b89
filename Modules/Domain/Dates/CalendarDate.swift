/// A calendar day with no time of day and no time zone, as Annex A dates are (`05/03/2024`).
///
/// Years run from 1 to 9999 so every date renders with four year digits. Ordering is
/// chronological. Stored in 4 bytes, because lists carry millions of dates.
public struct CalendarDate: Sendable, Hashable, Comparable {
    private let storedYear: Int16
    private let storedMonth: UInt8
    private let storedDay: UInt8

    /// The year, 1...9999.
    public var year: Int { Int(storedYear) }
    /// The month, 1...12.
    public var month: Int { Int(storedMonth) }
    /// The day of the month, 1...31.
    public var day: Int { Int(storedDay) }

    /// The date, or nil when it does not exist (month 13, 29 February in a common year, year 0).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= Self.daysIn(month: month, year: year)
        else { return nil }
        self.init(validYear: year, month: month, day: day)
    }

    /// For callers that have already checked the ranges.
    init(validYear year: Int, month: Int, day: Int) {
        storedYear = Int16(year)
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
    }

    /// Whether `year` is a Gregorian leap year.
    public static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// The number of days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Earlier dates sort first.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.storedYear, lhs.storedMonth, lhs.storedDay) < (rhs.storedYear, rhs.storedMonth, rhs.storedDay)
    }
}
