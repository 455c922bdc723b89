import Domain
import Testing
import WeekScheduling

@testable import InspectionWeek

@Suite("Carers' group sessions booked at their campaign's time")
struct FixedTimePlacementTests {
    static let monday = CalendarDate(year: 2026, month: 12, day: 7)!

    /// A carers' session conversation starting on `day` at `hour`, at `venue` (nil: online).
    static func session(_ id: Int, _ day: CalendarDate, _ hour: Int, venue: String? = "County Hall") -> StoredConversation {
        StoredConversation(
            id: id, kind: "carers", subject: "1-\(id)", mode: venue == nil ? "online" : "in_person", manager: nil, practitioner: nil, caseKeys: [],
            fixedStart: LocalDateTime(date: day, hour: hour, minute: 0), fixedPlace: venue)
    }

    /// A scheduler's booking of conversation `id` for `inspector` on `day` from `hour` for an hour.
    static func booked(_ id: Int, _ inspector: String, _ day: CalendarDate, _ hour: Int) -> Booking {
        Booking(conversationID: String(id), day: day, slot: TimeRange(hour, 0, to: hour + 1, 0), inspectorID: inspector, place: .room("Room 1"))
    }

    @Test("a session keeps its time and venue, goes to the free inspector with fewest conversations that day, or to the one who had it")
    func booking() {
        let tuesday = Self.monday.adding(days: 1)
        let scheduled = [Self.booked(1, "1", tuesday, 9), Self.booked(2, "1", tuesday, 10), Self.booked(3, "2", tuesday, 12)]
        let outcome = FixedTimePlacement.place(
            [Self.session(10, tuesday, 12, venue: nil), Self.session(11, tuesday, 18)], days: [Self.monday, tuesday], inspectors: ["1", "2", "3"],
            minutes: 60, around: scheduled, previous: [])
        // 12:00: inspector 2 is busy, 3 has none that day; 18:00: 2 and 3 both have one, 2 comes first.
        #expect(
            outcome.bookings == [
                Booking(conversationID: "10", day: tuesday, slot: TimeRange(12, 0, to: 13, 0), inspectorID: "3", place: .online),
                Booking(conversationID: "11", day: tuesday, slot: TimeRange(18, 0, to: 19, 0), inspectorID: "2", place: .room("County Hall"))
            ])
        #expect(outcome.unplaced.isEmpty)
        let again = FixedTimePlacement.place(
            [Self.session(11, tuesday, 18)], days: [Self.monday, tuesday], inspectors: ["1", "2", "3"], minutes: 60, around: scheduled,
            previous: [Self.booked(11, "1", tuesday, 18)])
        #expect(again.bookings.map(\.inspectorID) == ["1"])
    }

    @Test("a session on no day on site, or when every inspector is busy, is left out with the reason")
    func leftOut() {
        let busy = ["1", "2"].map { Self.booked(Int($0)!, $0, Self.monday, 12) }
        let outcome = FixedTimePlacement.place(
            [Self.session(10, Self.monday.adding(days: 14), 18), Self.session(11, Self.monday, 12)], days: [Self.monday], inspectors: ["1", "2"],
            minutes: 60, around: busy, previous: [])
        #expect(outcome.bookings.isEmpty)
        #expect(
            outcome.unplaced == [
                .init(conversationID: 11, reason: "every inspector is busy at the session's time (2026-12-07 12:00)"),
                .init(conversationID: 10, reason: "the session (2026-12-21 18:00) is not on a day on site")
            ])
    }
}
