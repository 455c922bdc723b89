import Domain

/// Everything the scheduler needs to plan one inspection's week on site. Pure data: the plugin
/// reads it from the workforce register, the sample and the inspection's settings.
///
/// Input order does not matter: the scheduler sorts days, inspectors, rooms and conversations
/// (by id) before it looks at them, so the same problem in any order gives the same plan.
public struct WeekProblem: Sendable, Hashable, Codable {
    /// The days on site.
    public var days: [CalendarDate]
    /// The slots of every day.
    public var dayShape: DayShape
    /// The inspectors on site.
    public var inspectors: [Inspector]
    /// Room names. May be empty only when no conversation is in person.
    public var rooms: [String]
    /// The conversations to place.
    public var conversations: [Conversation]
    /// Working days and leave by participant id; anyone missing is available every day.
    public var availability: [String: Availability]

    /// A problem; see the properties for each argument.
    public init(
        days: [CalendarDate], dayShape: DayShape, inspectors: [Inspector], rooms: [String], conversations: [Conversation],
        availability: [String: Availability]
    ) {
        self.days = days
        self.dayShape = dayShape
        self.inspectors = inspectors
        self.rooms = rooms
        self.conversations = conversations
        self.availability = availability
    }

    /// Whether participant `id` can be met on `day`.
    public func isAvailable(_ id: String, on day: CalendarDate) -> Bool {
        availability[id]?.isAvailable(on: day) ?? true
    }

    /// Checks everything that makes the problem malformed rather than merely hard.
    /// - Throws: ``WeekSchedulingError`` naming the first fault.
    public func validate() throws {
        _ = try dayShape.slots()
        guard !days.isEmpty else { throw WeekSchedulingError(.days, "there are no days on site") }
        if let day = Self.firstDuplicate(days) { throw WeekSchedulingError(.days, "day \(day.iso) is listed twice") }
        if let room = Self.firstDuplicate(rooms) { throw WeekSchedulingError(.rooms, "room \(room) is listed twice") }
        if rooms.isEmpty, let first = conversations.map(\.self).sorted(by: { $0.id < $1.id }).first(where: { $0.mode == .inPerson }) {
            throw WeekSchedulingError(.rooms, "the room list has no rooms, but conversation \(first.id) is in person")
        }
        if let id = Self.firstDuplicate(inspectors.map(\.id)) { throw WeekSchedulingError(.inspectors, "inspector \(id) is listed twice") }
        if let inspector = inspectors.sorted(by: { $0.id < $1.id }).first(where: { $0.capacityPerDay < 0 }) {
            throw WeekSchedulingError(.inspectors, "inspector \(inspector.id) has a negative capacity per day")
        }
        if let id = Self.firstDuplicate(conversations.map(\.id)) {
            throw WeekSchedulingError(.conversations, "conversation \(id) is listed twice")
        }
        let known = Set(inspectors.map(\.id))
        for conversation in conversations.sorted(by: { $0.id < $1.id }) {
            if let required = conversation.requiredInspectorID, !known.contains(required) {
                throw WeekSchedulingError(.conversations, "conversation \(conversation.id) requires inspector \(required), who is not on the team")
            }
        }
    }

    /// The smallest value that occurs more than once.
    private static func firstDuplicate<Value: Comparable>(_ values: [Value]) -> Value? {
        let sorted = values.sorted()
        return zip(sorted, sorted.dropFirst()).first { $0 == $1 }?.0
    }
}
