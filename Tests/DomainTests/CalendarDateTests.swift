import Domain
import Testing

@Suite("CalendarDate")
struct CalendarDateTests {
    private func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: day)!
    }

    @Test("day numbers round-trip and step one calendar day at a time, 1900 to 2100")
    func dayNumbersRoundTrip() {
        var previous = date(1899, 12, 31)
        for days in date(1900, 1, 1).daysSinceEpoch...date(2100, 12, 31).daysSinceEpoch {
            let current = CalendarDate(daysSinceEpoch: days)
            #expect(current.daysSinceEpoch == days)
            let isNextDay =
                (current.year == previous.year && current.month == previous.month && current.day == previous.day + 1)
                || (current.day == 1 && previous.day == CalendarDate.daysIn(month: previous.month, year: previous.year)
                    && (current.month == previous.month + 1 || (current.month == 1 && previous.month == 12 && current.year == previous.year + 1)))
            #expect(isNextDay, "\(previous) -> \(current)")
            #expect(previous < current)
            previous = current
        }
    }

    @Test("day numbers round-trip across the whole supported range")
    func wholeRange() {
        #expect(CalendarDate(daysSinceEpoch: CalendarDate.minDaysSinceEpoch) == date(1, 1, 1))
        #expect(CalendarDate(daysSinceEpoch: CalendarDate.maxDaysSinceEpoch) == date(9999, 12, 31))
        for days in stride(from: CalendarDate.minDaysSinceEpoch, through: CalendarDate.maxDaysSinceEpoch, by: 997) {
            #expect(CalendarDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
    }

    @Test("known day numbers and weekdays")
    func knownDays() {
        #expect(date(1970, 1, 1).daysSinceEpoch == 0)
        #expect(date(1969, 12, 31).daysSinceEpoch == -1)
        #expect(date(2000, 3, 1).daysSinceEpoch == 11_017)
        #expect(date(2024, 1, 1).daysSinceEpoch == 19_723)
        #expect(date(1970, 1, 1).weekday == 4) // Thursday
        #expect(date(2024, 1, 1).weekday == 1) // Monday
        #expect(date(2024, 3, 10).weekday == 7) // Sunday
        #expect(date(1900, 1, 1).weekday == 1) // Monday
    }

    @Test("leap years", arguments: [(2024, true), (2023, false), (2000, true), (1900, false), (2100, false), (2400, true)])
    func leapYears(_ year: Int, _ isLeap: Bool) {
        #expect(CalendarDate.isLeapYear(year) == isLeap)
        #expect((CalendarDate(year: year, month: 2, day: 29) != nil) == isLeap)
    }

    @Test("the validating initialiser rejects days that do not exist")
    func rejectsImpossibleDates() {
        #expect(CalendarDate(year: 2024, month: 4, day: 31) == nil)
        #expect(CalendarDate(year: 2024, month: 13, day: 1) == nil)
        #expect(CalendarDate(year: 2024, month: 0, day: 1) == nil)
        #expect(CalendarDate(year: 2024, month: 1, day: 0) == nil)
        #expect(CalendarDate(year: 0, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 10_000, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 2024, month: 12, day: 31) != nil)
    }

    @Test("adding days and months")
    func arithmetic() {
        #expect(date(2024, 2, 28).adding(days: 1) == date(2024, 2, 29))
        #expect(date(2024, 2, 29).adding(days: 1) == date(2024, 3, 1))
        #expect(date(2024, 1, 1).adding(days: -1) == date(2023, 12, 31))
        #expect(date(2024, 1, 31).adding(months: 1) == date(2024, 2, 29))
        #expect(date(2023, 1, 31).adding(months: 1) == date(2023, 2, 28))
        #expect(date(2024, 3, 31).adding(months: -1) == date(2024, 2, 29))
        #expect(date(2024, 5, 15).adding(months: 12) == date(2025, 5, 15))
        #expect(date(2024, 5, 15).adding(months: -17) == date(2022, 12, 15))
        #expect(date(2024, 5, 20).adding(months: 36) == date(2027, 5, 20))
    }

    @Test("Excel serials in the 1900 date system, including the fictitious 1900-02-29")
    func excelSerials() {
        #expect(CalendarDate(excelSerial: 1) == date(1900, 1, 1))
        #expect(CalendarDate(excelSerial: 59) == date(1900, 2, 28))
        // Serial 60 is Excel's 29 February 1900, which never existed: it maps to the 28th.
        #expect(CalendarDate(excelSerial: 60) == date(1900, 2, 28))
        #expect(CalendarDate(excelSerial: 61) == date(1900, 3, 1))
        #expect(CalendarDate(excelSerial: 25_569) == date(1970, 1, 1))
        #expect(CalendarDate(excelSerial: 45_292) == date(2024, 1, 1))
        #expect(CalendarDate(excelSerial: 45_292.75) == date(2024, 1, 1))
        #expect(CalendarDate(excelSerial: 2_958_465) == date(9999, 12, 31))
        #expect(date(1900, 1, 1).excelSerial == 1)
        #expect(date(1900, 2, 28).excelSerial == 59)
        #expect(date(1900, 3, 1).excelSerial == 61)
        #expect(date(2024, 1, 1).excelSerial == 45_292)
    }

    @Test("Excel serials round-trip for every day from 1900-03-01 to 2100")
    func excelRoundTrip() {
        for serial in 61...date(2100, 12, 31).excelSerial {
            #expect(CalendarDate(excelSerial: Double(serial)).excelSerial == serial)
        }
    }

    @Test("rendering")
    func rendering() {
        #expect(date(2024, 3, 5).ddmmyyyy == "05/03/2024")
        #expect(date(2024, 3, 5).iso == "2024-03-05")
        #expect(date(2024, 12, 31).ddmmyyyy == "31/12/2024")
        #expect(date(987, 1, 2).iso == "0987-01-02")
        #expect(date(2024, 3, 5).description == "2024-03-05")
    }

    @Test(
        "parses every accepted form",
        arguments: [
            ("05/03/2024", "2024-03-05"),
            ("5/3/2024", "2024-03-05"),
            ("05/3/2024", "2024-03-05"),
            ("31/12/1999", "1999-12-31"),
            ("29/02/2024", "2024-02-29"),
            ("05-03-2024", "2024-03-05"),
            ("05.03.2024", "2024-03-05"),
            ("05/03/2024 00:00:00", "2024-03-05"),
            ("2024-03-05", "2024-03-05"),
            ("2024-3-5", "2024-03-05"),
            ("2024-03-05T14:30:00", "2024-03-05"),
            ("2024-03-05 14:30:00", "2024-03-05"),
            ("2024-03-05T14:30:00.000Z", "2024-03-05"),
            ("2024-03-05T14:30:00+01:00", "2024-03-05"),
            ("  05/03/2024  ", "2024-03-05"),
            ("45292", "2024-01-01"),
            ("45292.0", "2024-01-01"),
            ("45292.999988426", "2024-01-01"),
            ("1", "1900-01-01"),
            ("60", "1900-02-28"),
            ("61", "1900-03-01")
        ])
    func parsesAcceptedForms(_ text: String, _ iso: String) {
        #expect(CalendarDate.parse(text)?.iso == iso)
    }

    @Test(
        "rejects text that is not a real date",
        arguments: [
            "", "   ", "abc", "32/01/2024", "29/02/2023", "31/04/2024", "00/01/2024", "01/13/2024",
            "01/00/2024", "1/1/24", "05/03/20245", "2024-02-30", "2024-13-01", "2024/03/05", "05/03-2024",
            "05/03/2024 junk", "05/03/2024T", "2024-03-05X", "0", "0.5", "-1", "2958466", "12345678",
            "45292.5.1", "45292a", "05/03/2024 25", "O5/03/2024", "5th March 2024", "2024-03"
        ])
    func rejectsBadText(_ text: String) {
        #expect(CalendarDate.parse(text) == nil)
    }

    @Test("renders and parses back for every day of 2023 and 2024")
    func renderParseRoundTrip() {
        for days in date(2023, 1, 1).daysSinceEpoch...date(2024, 12, 31).daysSinceEpoch {
            let day = CalendarDate(daysSinceEpoch: days)
            #expect(CalendarDate.parse(day.ddmmyyyy) == day)
            #expect(CalendarDate.parse(day.iso) == day)
            #expect(CalendarDate.parse(String(day.excelSerial)) == day)
        }
    }
}
