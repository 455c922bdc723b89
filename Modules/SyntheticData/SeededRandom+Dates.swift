import Domain

extension SeededRandom {
    /// A day in `first...last`, uniformly; `first` itself when `last` is earlier.
    mutating func date(from first: CalendarDate, through last: CalendarDate) -> CalendarDate {
        let low = first.daysSinceEpoch
        return CalendarDate(daysSinceEpoch: int(in: low...max(low, last.daysSinceEpoch)))
    }

    /// A day between `first` and `last` when there is room, else nil.
    mutating func dateIfAny(from first: CalendarDate, through last: CalendarDate) -> CalendarDate? {
        first <= last ? date(from: first, through: last) : nil
    }
}
