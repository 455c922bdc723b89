import Domain
import Testing

@Suite("Inspection window, notification timeline and working days")
struct InspectionWindowTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate.parse(text)! }

    static func inspection(_ type: InspectionType, _ start: String, judgements: [JudgementArea: Judgement] = [:]) -> Inspection {
        Inspection(id: start, type: type, startDate: date(start), endDate: date(start).adding(days: 4), judgements: judgements)
    }

    @Test("the window is six months either side of the three-year anniversary (ilacs.md's example)")
    func handbookExample() throws {
        let forecast = InspectionWindow.forecast(history: [Self.inspection(.short, "2024-05-20")], today: Self.date("2026-01-01"))
        let window = try #require(forecast.window)
        #expect(window.anniversary == Self.date("2027-05-20"))
        #expect(window.opens == Self.date("2026-11-20"))
        #expect(window.closes == Self.date("2027-11-20"))
        #expect(forecast.notes.last == "The window opens in 323 days.")
    }

    @Test("a 29 February start has its anniversary on 28 February")
    func leapDay() throws {
        let window = try #require(InspectionWindow.forecast(history: [Self.inspection(.standard, "2024-02-29")], today: Self.date("2026-01-01")).window)
        #expect(window.anniversary == Self.date("2027-02-28"))
        #expect(window.opens == Self.date("2026-08-28"))
        #expect(window.closes == Self.date("2027-08-28"))
    }

    @Test("with no graded inspection there is no window, and the notes say how to record one")
    func noGradedInspection() {
        let forecast = InspectionWindow.forecast(history: [Self.inspection(.focusedVisit, "2025-09-16")], today: Self.date("2026-01-01"))
        #expect(forecast.window == nil)
        #expect(forecast.notes.contains { $0.contains("No graded inspection") })
        #expect(forecast.notes.contains { $0.contains("ilacs-admin inspection record") })
    }

    @Test("a focused visit since does not move the window, and the notes explain it")
    func focusedVisitSince() throws {
        let history = [Self.inspection(.short, "2024-05-13", judgements: [.overallEffectiveness: .good]), Self.inspection(.focusedVisit, "2025-09-16")]
        let forecast = InspectionWindow.forecast(history: history, today: Self.date("2026-11-29"))
        #expect(try #require(forecast.window).opens == Self.date("2026-11-13"))
        #expect(forecast.notes.contains { $0.contains("focused visit started on 2025-09-16") && $0.contains("do not move the window") })
        #expect(forecast.notes.contains { $0.contains("likely a short inspection") })
        #expect(forecast.notes.last == "Today is inside the window: a call can come in any week.")
    }

    @Test("the window counts from the latest graded inspection; past its end the notes say overdue")
    func latestGradedAndOverdue() throws {
        let history = [Self.inspection(.standard, "2021-03-01"), Self.inspection(.short, "2022-06-06")]
        let forecast = InspectionWindow.forecast(history: history, today: Self.date("2026-01-07"))
        #expect(try #require(forecast.window).closes == Self.date("2025-12-06"))
        #expect(forecast.notes.last == "The window closed 32 days ago: by the usual rule an inspection is overdue.")
    }

    @Test(
        "a call brings inspectors on the following Monday; the lists may be as old as the Wednesday before",
        arguments: [
            ("2026-11-25 10:30", InspectionType.short, "2026-11-30", "2026-12-04", "2026-11-25"),
            ("2026-11-25 10:30", .standard, "2026-11-30", "2026-12-11", "2026-11-25"),
            ("2026-11-30 09:00", .short, "2026-12-07", "2026-12-11", "2026-12-02"),
            ("2026-11-29 18:00", .short, "2026-11-30", "2026-12-04", "2026-11-25"),
            ("2026-11-27 16:45", .short, "2026-11-30", "2026-12-04", "2026-11-25")
        ])
    func timeline(call: String, type: InspectionType, start: String, end: String, freshness: String) throws {
        let moment = try #require(LocalDateTime.parse(call))
        let timeline = try #require(NotificationTimeline(call: moment, type: type))
        #expect(timeline.onSiteStart == Self.date(start))
        #expect(timeline.onSiteStart.weekday == 1)
        #expect(timeline.onSiteEnd == Self.date(end))
        #expect(timeline.freshnessLimit == Self.date(freshness))
        #expect(timeline.freshnessLimit.weekday == 3)
    }

    @Test("only short and standard inspections are announced by a call")
    func notifiedTypes() {
        #expect(NotificationTimeline(call: LocalDateTime.parse("2026-11-25 10:30")!, type: .focusedVisit) == nil)
    }

    @Test(
        "working days count Monday to Friday after the start, up to and including the end",
        arguments: [
            ("2024-05-03", "2024-07-05", 45), // Friday to the Friday nine weeks later
            ("2024-05-03", "2024-07-08", 46), // one more: the Monday
            ("2024-05-04", "2024-07-05", 45), // a Saturday start counts from Monday
            ("2024-05-05", "2024-07-05", 45), // so does a Sunday start
            ("2024-05-03", "2024-05-06", 1), // Friday to Monday
            ("2024-05-03", "2024-05-05", 0), // Friday to Sunday
            ("2024-05-03", "2024-05-03", 0),
            ("2024-05-10", "2024-05-03", 0), // an end before the start
            ("1599-12-31", "1600-01-10", 6) // across the reference Sunday
        ])
    func workingDays(start: String, end: String, expected: Int) {
        #expect(Self.date(start).workingDays(to: Self.date(end)) == expected)
    }

    @Test("the next working day skips the weekend")
    func nextWorkingDay() {
        #expect(Self.date("2026-11-27").nextWorkingDay == Self.date("2026-11-30"))
        #expect(Self.date("2026-11-28").nextWorkingDay == Self.date("2026-11-30"))
        #expect(Self.date("2026-11-25").nextWorkingDay == Self.date("2026-11-26"))
    }

    @Test("call times read with a space or a T; a date alone means 09:00; nonsense is refused")
    func localDateTime() {
        #expect(LocalDateTime.parse("2026-11-25 10:30")?.description == "2026-11-25 10:30")
        #expect(LocalDateTime.parse(" 2026-11-25T07:05:00 ")?.description == "2026-11-25 07:05")
        #expect(LocalDateTime.parse("25/11/2026")?.description == "2026-11-25 09:00")
        #expect(LocalDateTime.parse("2026-11-25 25:00") == nil)
        #expect(LocalDateTime.parse("tomorrow") == nil)
        #expect(LocalDateTime.parse("2026-11-25 10:30 extra") == nil)
    }
}

@Suite("Inspection window with an announced inspection")
struct AnnouncedInspectionTests {
    @Test("an inspection announced for after today is noted, not counted as the last graded one")
    func announced() throws {
        let history = [InspectionWindowTests.inspection(.short, "2024-05-13"), InspectionWindowTests.inspection(.short, "2026-11-30")]
        let forecast = InspectionWindow.forecast(history: history, today: InspectionWindowTests.date("2026-11-27"))
        #expect(try #require(forecast.window).anniversary == InspectionWindowTests.date("2027-05-13"))
        #expect(forecast.notes.first == "A short inspection is announced: on site from 2026-11-30 to 2026-12-04.")
    }
}
