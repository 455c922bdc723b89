import Testing
import WeekScheduling

@Suite("The day's shape and the problem's own errors")
struct DayShapeTests {
    @Test("slots run back to back and restart after a break")
    func slotsAroundABreak() throws {
        let shape = DayShape(start: 9 * 60, end: 13 * 60, slotLength: 60, breaks: [TimeRange(10, 30, to: 11, 0)])
        #expect(try shape.slots().map(\.label) == ["09:00-10:00", "11:00-12:00", "12:00-13:00"])
    }

    @Test("a day that ends before it starts is a one-line error")
    func endsBeforeItStarts() throws {
        let error = try #require(throws: WeekSchedulingError.self) { try DayShape(start: 17 * 60, end: 9 * 60, slotLength: 60).slots() }
        #expect(error.description == "the day on site ends (09:00) before it starts (17:00)")
        #expect(error.code == .dayShape)
    }

    @Test("a break outside the day names the break")
    func breakOutsideTheDay() throws {
        let shape = DayShape(start: 9 * 60, end: 12 * 60, slotLength: 60, breaks: [TimeRange(12, 30, to: 13, 0)])
        let error = try #require(throws: WeekSchedulingError.self) { try shape.slots() }
        #expect(error.description == "break 1 (12:30-13:00) must be a non-empty time inside the day 09:00-12:00")
    }

    @Test("no rooms while a conversation is in person is a one-line error naming the conversation")
    func noRooms() throws {
        var problem = Fixture.problem(conversations: [Fixture.conversation("C2", "P2", mode: .online), Fixture.conversation("C1", "P1")])
        problem.rooms = []
        let error = try #require(throws: WeekSchedulingError.self) { try WeekScheduler.plan(problem) }
        #expect(error.description == "the room list has no rooms, but conversation C1 is in person")
        #expect(error.code == .rooms)
    }

    @Test("a conversation that requires an inspector who is not on the team is an error")
    func unknownInspector() throws {
        let problem = Fixture.problem(conversations: [Fixture.conversation("C1", "P1", inspector: "I9")])
        let error = try #require(throws: WeekSchedulingError.self) { try WeekScheduler.plan(problem) }
        #expect(error.description == "conversation C1 requires inspector I9, who is not on the team")
    }
}
