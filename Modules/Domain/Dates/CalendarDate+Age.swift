extension CalendarDate {
    /// Whole years from `self` (a date of birth) to `date`, as "Age of Child (Years)" counts them.
    public func age(on date: CalendarDate) -> Int {
        let years = date.year - year
        return (date.month, date.day) < (month, day) ? years - 1 : years
    }
}
