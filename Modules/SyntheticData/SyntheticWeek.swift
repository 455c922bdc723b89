import Domain
import WeekScheduling

/// A generated week on site for the scheduler's tests and benchmark: practitioners (some part time,
/// some on leave during the week, some with a team manager invited or a second conversation),
/// children's conversations through their allocated worker, foster carers' group sessions, each
/// mostly with its child's tracking inspector. The same settings and seed give the same problem.
public struct SyntheticWeek: Sendable {
    /// Conversations to place.
    public var conversations: Int
    /// Inspectors on site.
    public var inspectors: Int
    /// Working days on site, from Monday 7 December 2026.
    public var days: Int
    /// Rooms.
    public var rooms: Int
    /// The day's slots.
    public var dayShape: DayShape
    /// Each inspector's capacity per day.
    public var capacityPerDay: Int
    /// Share of practitioner conversations with the team manager invited.
    public var managerShare = 0.2
    /// Share of participants with leave during the week.
    public var leaveShare = 0.15
    /// Share of participants who work part time (three or four days a week).
    public var partTimeShare = 0.2
    /// Share of practitioners with a second conversation.
    public var repeatShare = 0.1
    /// Share of conversations held in person (the rest online or either, half each).
    public var inPersonShare = 0.6

    /// Settings for a week; the shares start at typical values.
    public init(conversations: Int, inspectors: Int, days: Int, rooms: Int, dayShape: DayShape, capacityPerDay: Int) {
        self.conversations = conversations
        self.inspectors = inspectors
        self.days = days
        self.rooms = rooms
        self.dayShape = dayShape
        self.capacityPerDay = capacityPerDay
    }

    /// The problem for `seed`.
    public func problem(seed: UInt64) -> WeekProblem {
        var random = SeededRandom(seed: seed, stream: 13)
        let monday = CalendarDate(year: 2026, month: 12, day: 7)!
        let dates = (0..<(days / 5 + 1) * 7).map { monday.adding(days: $0) }.filter { !$0.isWeekend }.prefix(days)
        let team = (1...max(1, inspectors)).map { Inspector(id: "I\($0.zeroPadded(to: 2))", displayName: "Inspector \($0)", capacityPerDay: capacityPerDay) }
        let managers = (1...max(1, conversations / 8)).map { "M\($0.zeroPadded(to: 3))" }
        var list: [Conversation] = []
        var practitioner = 0
        while list.count < conversations {
            let id = "C\((list.count + 1).zeroPadded(to: 4))"
            let roll = random.unit()
            let mode: Conversation.Mode = random.chance(inPersonShare) ? .inPerson : random.chance(0.5) ? .online : .either
            let tracker = random.chance(0.9) ? random.element(of: team).id : nil
            if roll < 0.1 {
                list.append(Conversation(id: id, kind: .fosterCarersGroup, practitionerID: nil, mode: mode))
                continue
            }
            if practitioner == 0 || !random.chance(repeatShare) { practitioner += 1 }
            let worker = "P\(practitioner.zeroPadded(to: 4))"
            let manager = random.chance(managerShare) ? random.element(of: managers) : nil
            let kind: Conversation.Kind = roll < 0.2 ? .childOrYoungPerson : .practitioner
            list.append(Conversation(id: id, kind: kind, practitionerID: worker, managerID: manager, mode: mode, requiredInspectorID: tracker))
        }
        var availability: [String: Availability] = [:]
        for person in Set(list.flatMap(\.participantIDs)).sorted() {
            var weekdays: Set<Int> = [1, 2, 3, 4, 5]
            if random.chance(partTimeShare) {
                // Two draws: three or four days a week.
                for _ in 0..<2 { weekdays.remove(random.int(in: 1...5)) }
            }
            var leave: [ClosedRange<CalendarDate>] = []
            if random.chance(leaveShare), let first = dates.first {
                let start = first.adding(days: random.int(below: max(1, days + days / 5 * 2)))
                leave.append(start...start.adding(days: random.int(in: 0...3)))
            }
            availability[person] = Availability(workingWeekdays: weekdays, leave: leave)
        }
        return WeekProblem(
            days: Array(dates), dayShape: dayShape, inspectors: team, rooms: (0..<rooms).map { "Room \($0 + 1)" },
            conversations: list, availability: availability)
    }
}
