import Domain

/// The dates every list is cut against: the as-of day and Annex A's look-back periods.
///
/// "In the six months before" means on or after ``sixMonthsAgo`` and on or before ``asOf``; the
/// same for twelve months. No generated date is ever after ``asOf``.
struct ReportingWindow: Sendable {
    /// The day the lists are drawn up, as if on notification of an inspection.
    let asOf: CalendarDate
    /// The first day of the six-month look-back (Lists 1 to 8).
    let sixMonthsAgo: CalendarDate
    /// The first day of the twelve-month look-back (placements, Lists 10 and 11).
    let twelveMonthsAgo: CalendarDate

    init(asOf: CalendarDate) {
        self.asOf = asOf
        sixMonthsAgo = asOf.adding(months: -6)
        twelveMonthsAgo = asOf.adding(months: -12)
    }

    /// The latest date of birth for a child who is at least `years` old on ``asOf``.
    func latestBirth(forAge years: Int) -> CalendarDate {
        asOf.adding(months: -12 * years)
    }

    /// The earliest date of birth for a child who is at most `years` old on ``asOf``.
    func earliestBirth(forAge years: Int) -> CalendarDate {
        asOf.adding(months: -12 * (years + 1)).adding(days: 1)
    }
}
