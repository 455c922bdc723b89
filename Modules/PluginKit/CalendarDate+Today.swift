import Domain
import Foundation

extension CalendarDate {
    /// Today's date where the software runs (the authority's local time zone).
    public static var today: CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
