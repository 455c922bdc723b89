extension CalendarDate {
    /// Whether the day is a Saturday or a Sunday.
    public var isWeekend: Bool { weekday >= 6 }

    /// The number of working days (Monday to Friday) after this date, up to and including
    /// `end`: 0 when `end` is this date or earlier.
    ///
    /// This is how statutory timescales count ("within 45 working days"): a Friday start and a
    /// completion on the Friday nine weeks later is 45 working days. Bank holidays are not
    /// excluded. The Reporting plugin's SQL function `reporting_working_days` counts the same way.
    public func workingDays(to end: CalendarDate) -> Int {
        max(0, Self.workingDaysSinceReference(end) - Self.workingDaysSinceReference(self))
    }

    /// The first working day after this date (Friday and Saturday give the next Monday).
    public var nextWorkingDay: CalendarDate {
        var day = adding(days: 1)
        while day.isWeekend { day = day.adding(days: 1) }
        return day
    }

    /// The first Monday strictly after this date: a call on a Monday means on site a week later.
    public var followingMonday: CalendarDate {
        adding(days: 8 - weekday)
    }

    /// Working days from a reference Sunday (1600-01-02) to `date`, counting by whole weeks.
    private static func workingDaysSinceReference(_ date: CalendarDate) -> Int {
        let days = date.daysSinceEpoch - referenceSunday
        let weeks = days >= 0 ? days / 7 : (days - 6) / 7
        return weeks * 5 + min(days - weeks * 7, 5)
    }

    private static let referenceSunday = CalendarDate(validYear: 1600, month: 1, day: 2).daysSinceEpoch
}
