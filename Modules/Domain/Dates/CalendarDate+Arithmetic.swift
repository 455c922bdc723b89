extension CalendarDate {
    /// The first day ``init(daysSinceEpoch:)`` accepts: 0001-01-01.
    public static let minDaysSinceEpoch = -719_162
    /// The last day ``init(daysSinceEpoch:)`` accepts: 9999-12-31.
    public static let maxDaysSinceEpoch = 2_932_896

    /// Days since 1970-01-01 (which is day 0); negative before it.
    ///
    /// Howard Hinnant's days-from-civil algorithm, counting in 400-year eras that start on 1 March
    /// so the leap day falls at the end of each year.
    public var daysSinceEpoch: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` days after 1970-01-01 (Hinnant's civil-from-days algorithm).
    ///
    /// Precondition: `days` lies in ``minDaysSinceEpoch``...``maxDaysSinceEpoch``.
    public init(daysSinceEpoch days: Int) {
        precondition(
            (Self.minDaysSinceEpoch...Self.maxDaysSinceEpoch).contains(days),
            "day \(days) is outside years 1...9999")
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let marchBasedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * marchBasedMonth + 2) / 5 + 1
        let month = marchBasedMonth < 10 ? marchBasedMonth + 3 : marchBasedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(validYear: year, month: month, day: day)
    }

    /// The date `days` days later (earlier when negative).
    ///
    /// Precondition: the result lies in years 1...9999.
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// The same day `months` months later (earlier when negative), clamped to the end of a shorter
    /// month: 31 January plus one month is 28 or 29 February.
    ///
    /// Precondition: the result lies in years 1...9999.
    public func adding(months: Int) -> CalendarDate {
        let monthIndex = year * 12 + (month - 1) + months
        let newYear = monthIndex / 12
        let newMonth = monthIndex % 12 + 1
        precondition((1...9999).contains(newYear), "adding \(months) months leaves years 1...9999")
        return CalendarDate(
            validYear: newYear, month: newMonth,
            day: min(day, Self.daysIn(month: newMonth, year: newYear)))
    }

    /// The ISO weekday: 1 is Monday, 7 is Sunday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday (ISO 4); the double modulo keeps earlier dates positive.
        ((daysSinceEpoch + 3) % 7 + 7) % 7 + 1
    }
}
