import Domain
import WeekScheduling

/// Small hand-made weeks: Monday 7 and Tuesday 8 December 2026, slots 09:00-10:00 and 10:00-11:00,
/// inspectors I1 and I2 (capacity 4), rooms A and B.
enum Fixture {
    static let monday = CalendarDate(year: 2026, month: 12, day: 7)!
    static let tuesday = CalendarDate(year: 2026, month: 12, day: 8)!

    static func problem(
        conversations: [Conversation], days: [CalendarDate] = [monday, tuesday], slots: Int = 2, capacity: Int = 4, rooms: [String] = ["A", "B"],
        availability: [String: Availability] = [:]
    ) -> WeekProblem {
        WeekProblem(
            days: days, dayShape: DayShape(start: 9 * 60, end: (9 + slots) * 60, slotLength: 60),
            inspectors: [
                Inspector(id: "I1", displayName: "First", capacityPerDay: capacity), Inspector(id: "I2", displayName: "Second", capacityPerDay: capacity)
            ],
            rooms: rooms, conversations: conversations, availability: availability)
    }

    static func conversation(
        _ id: String, _ practitioner: String, manager: String? = nil, mode: Conversation.Mode = .inPerson, inspector: String? = nil
    ) -> Conversation {
        Conversation(id: id, kind: .practitioner, practitionerID: practitioner, managerID: manager, mode: mode, requiredInspectorID: inspector)
    }
}
