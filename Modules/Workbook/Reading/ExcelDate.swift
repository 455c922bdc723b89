/// Turns Excel date serial numbers into the text a UK user sees: `DD/MM/YYYY`, with
/// ` HH:MM:SS` when the serial has a time of day.
enum ExcelDate {
    /// The serials Excel accepts: up to 31/12/9999.
    private static let serials = 0.0..<2_958_466.0

    /// The text of `serial` (Excel's number text, e.g. `45292` or `45292.5`), or nil when it is
    /// not a number or outside Excel's date range.
    ///
    /// In the 1900 system Excel counts a 29 February 1900 that never was (serial 60), kept for
    /// Lotus 1-2-3 compatibility; the text follows Excel, so serials before it are one day
    /// earlier than a plain count from 30/12/1899. Serial 0 has no date, only a time of day.
    static func text(serial: String, usesDate1904: Bool) -> String? {
        guard let value = Double(serial), serials.contains(value) else { return nil }
        var day = Int(value.rounded(.down))
        var seconds = Int(((value - Double(day)) * 86_400).rounded())
        if seconds == 86_400 {
            day += 1
            seconds = 0
        }
        var parts: [String] = []
        if usesDate1904 {
            parts.append(dayMonthYear(civilDay: daysFrom1970(year: 1904, month: 1, day: 1) + day))
        } else if day == 60 {
            parts.append("29/02/1900")
        } else if day > 0 {
            let epoch = daysFrom1970(year: 1899, month: 12, day: day < 60 ? 31 : 30)
            parts.append(dayMonthYear(civilDay: epoch + day))
        }
        if seconds > 0 || parts.isEmpty {
            parts.append("\(twoDigits(seconds / 3600)):\(twoDigits(seconds / 60 % 60)):\(twoDigits(seconds % 60))")
        }
        return parts.joined(separator: " ")
    }

    private static func dayMonthYear(civilDay: Int) -> String {
        let (year, month, day) = civilDate(daysFrom1970: civilDay)
        return "\(twoDigits(day))/\(twoDigits(month))/\(year)"
    }

    private static func twoDigits(_ number: Int) -> String {
        number < 10 ? "0\(number)" : "\(number)"
    }

    // Proleptic Gregorian conversions after Howard Hinnant's `days_from_civil` and
    // `civil_from_days`; plain integer arithmetic avoids `Calendar` and its time zones.

    private static func daysFrom1970(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civilDate(daysFrom1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
