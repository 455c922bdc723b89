import Domain
import SyntheticData
import Testing
import WeekScheduling

@Suite("The week scheduler's rules, reasons, determinism and re-planning")
struct WeekSchedulerTests {
    @Test("a practitioner on leave every day on site is listed as unavailable; the others are placed")
    func leaveBlocks() throws {
        let away = Availability(leave: [Fixture.monday...Fixture.tuesday])
        let problem = Fixture.problem(
            conversations: [Fixture.conversation("C1", "P1"), Fixture.conversation("C2", "P2")], availability: ["P1": away])
        let plan = try WeekScheduler.plan(problem)
        #expect(plan.bookings.map(\.conversationID) == ["C2"])
        #expect(plan.unplaced == [UnplacedConversation(conversationID: "C1", rule: .participantUnavailable)])
    }

    @Test("a practitioner who does not work Mondays is booked on Tuesday")
    func workingDays() throws {
        let problem = Fixture.problem(conversations: [Fixture.conversation("C1", "P1")], availability: ["P1": Availability(workingWeekdays: [2, 3])])
        #expect(try WeekScheduler.plan(problem).bookings.map(\.day) == [Fixture.tuesday])
    }

    @Test("the tracking inspector holds the child's conversation, and when they are full it is listed as such")
    func requiredInspectorFull() throws {
        let conversations = ["C1", "C2", "C3"].enumerated().map { Fixture.conversation($1, "P\($0)", inspector: "I2") }
        let plan = try WeekScheduler.plan(Fixture.problem(conversations: conversations, days: [Fixture.monday], capacity: 2))
        #expect(plan.bookings.map(\.inspectorID) == ["I2", "I2"])
        #expect(plan.unplaced == [UnplacedConversation(conversationID: "C3", rule: .requiredInspectorFull)])
    }

    @Test("with one room and one slot, a second in-person conversation has no room; one that may be either goes online")
    func rooms() throws {
        let inPerson = [Fixture.conversation("C1", "P1"), Fixture.conversation("C2", "P2")]
        let plan = try WeekScheduler.plan(Fixture.problem(conversations: inPerson, days: [Fixture.monday], slots: 1, rooms: ["A"]))
        #expect(plan.unplaced == [UnplacedConversation(conversationID: "C2", rule: .noRoom)])
        let mixed = [Fixture.conversation("C1", "P1"), Fixture.conversation("C3", "P3", mode: .either)]
        let both = try WeekScheduler.plan(Fixture.problem(conversations: mixed, days: [Fixture.monday], slots: 1, rooms: ["A"]))
        #expect(Dictionary(uniqueKeysWithValues: both.bookings.map { ($0.conversationID, $0.place) }) == ["C1": .room("A"), "C3": .online])
    }

    @Test("a manager invited to two conversations is never in two places: with one slot they go on two days")
    func sharedManager() throws {
        let conversations = [Fixture.conversation("C1", "P1", manager: "M1"), Fixture.conversation("C2", "P2", manager: "M1")]
        let plan = try WeekScheduler.plan(Fixture.problem(conversations: conversations, slots: 1))
        #expect(Set(plan.bookings.map(\.day)) == [Fixture.monday, Fixture.tuesday])
        let oneDay = try WeekScheduler.plan(Fixture.problem(conversations: conversations, days: [Fixture.monday], slots: 1))
        #expect(oneDay.unplaced == [UnplacedConversation(conversationID: "C2", rule: .noCommonFreeSlot)])
    }

    @Test("load spreads evenly: eight conversations give each inspector two a day")
    func balance() throws {
        let conversations = (1...8).map { Fixture.conversation("C\($0)", "P\($0)", mode: .online) }
        let plan = try WeekScheduler.plan(Fixture.problem(conversations: conversations, slots: 4, capacity: 8))
        let loads = Dictionary(grouping: plan.bookings) { [$0.inspectorID, $0.day.iso] }.mapValues(\.count)
        #expect(loads.count == 4 && loads.values.allSatisfy { $0 == 2 })
    }

    @Test("a practitioner's two conversations are kept on one day")
    func oneDayPerPractitioner() throws {
        let conversations = [Fixture.conversation("C1", "P1"), Fixture.conversation("C2", "P2"), Fixture.conversation("C3", "P1")]
        let plan = try WeekScheduler.plan(Fixture.problem(conversations: conversations))
        let days = plan.bookings.filter { ["C1", "C3"].contains($0.conversationID) }.map(\.day)
        #expect(days.count == 2 && days[0] == days[1])
    }

    @Test("the same problem in any order gives the same plan", arguments: [3, 11, 29])
    func deterministic(seed: Int) throws {
        let week = SyntheticWeek(
            conversations: 40, inspectors: 3, days: 3, rooms: 2, dayShape: DayShape(start: 9 * 60, end: 15 * 60, slotLength: 60), capacityPerDay: 5)
        let problem = week.problem(seed: UInt64(seed))
        var shuffled = problem
        var generator = SystemRandomNumberGenerator()
        shuffled.conversations.shuffle(using: &generator)
        shuffled.inspectors.reverse()
        shuffled.days.reverse()
        shuffled.rooms.reverse()
        #expect(try WeekScheduler.plan(problem) == WeekScheduler.plan(shuffled))
    }

    @Test("re-planning after a cancel, an add and new leave keeps every booking that is still valid", arguments: [5, 17, 23])
    func replanKeepsValidBookings(seed: Int) throws {
        let week = SyntheticWeek(
            conversations: 30, inspectors: 3, days: 3, rooms: 2, dayShape: DayShape(start: 9 * 60, end: 14 * 60, slotLength: 60), capacityPerDay: 4)
        var problem = week.problem(seed: UInt64(seed))
        let first = try WeekScheduler.plan(problem)
        let cancelled = first.bookings[0].conversationID
        let withPractitioner = first.bookings.compactMap { booking in
            problem.conversations.first { $0.id == booking.conversationID }?.practitionerID.map { ($0, booking.day) }
        }
        let onLeave = try #require(withPractitioner.last)
        problem.conversations.removeAll { $0.id == cancelled }
        problem.conversations.append(Conversation(id: "C9999", kind: .practitioner, practitionerID: "P9999", mode: .online))
        problem.availability[onLeave.0, default: Availability()].leave.append(onLeave.1...onLeave.1)
        let second = try WeekScheduler.plan(problem, keeping: first.bookings)
        let stillValid = first.bookings.filter { booking in
            booking.conversationID != cancelled
                && !(problem.conversations.first { $0.id == booking.conversationID }?.practitionerID == onLeave.0 && booking.day == onLeave.1)
        }
        #expect(Set(stillValid).isSubset(of: Set(second.bookings)))
        #expect(second.keptCount == stillValid.count)
        #expect(!second.bookings.contains { $0.conversationID == cancelled })
        #expect(try HardRules.violations(of: second, for: problem) == [])
    }
}
