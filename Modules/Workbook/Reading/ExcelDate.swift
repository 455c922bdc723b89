import Domain

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
        CalendarDate(daysSinceEpoch: civilDay).ddmmyyyy
    }

    private static func twoDigits(_ number: Int) -> String {
        number < 10 ? "0\(number)" : "\(number)"
    }

    private static func daysFrom1970(year: Int, month: Int, day: Int) -> Int {
        CalendarDate(year: year, month: month, day: day)!.daysSinceEpoch
    }
}
