import Domain
import WeekScheduling

/// Checks a hand-made booking (`week move`) against the week's hard rules, as the scheduler keeps
/// them: a day on site, a slot of the day's shape, an inspector on the team (the children's tracking
/// inspector when there is one), the practitioner and manager available that day, nobody
/// double-booked, the inspector under capacity, and a free room when it is in person.
struct MoveCheck: Sendable {
    /// The conversation moved.
    var conversationID: Int
    /// The day wanted.
    var day: CalendarDate
    /// The slot's start wanted, minutes after midnight.
    var at: Int
    /// The inspector wanted; nil: its current one, else its tracking inspector, else the first free.
    var inspector: String?
    /// The room wanted; nil: its current room when free, else the first free one.
    var room: String?
    /// Online wanted.
    var online = false

    /// The booking, every rule holding against the week's other bookings.
    /// - Throws: ``WeekRefusal`` naming the option and the rule broken, never a person.
    func booking(in inputs: WeekInputs) throws -> Booking {
        let problem = inputs.problem
        if let session = inputs.conversations.first(where: { $0.id == conversationID }), let start = session.fixedStart {
            throw WeekRefusal(
                "CONVERSATION: conversation \(conversationID) is a carers' group session held when its campaign says (\(start)); change the session in the campaign, then run `week conversations` and `week plan`"
            )
        }
        guard let conversation = inputs.conversation(conversationID) else {
            throw WeekRefusal("CONVERSATION: conversation \(conversationID) is not a planned conversation of inspection \(inputs.inspectionID)")
        }
        let current = inputs.bookings.first { $0.conversationID == conversation.id }
        let others = inputs.bookings.filter { $0.conversationID != conversation.id && $0.day == day }
        guard problem.days.contains(day) else {
            throw WeekRefusal("--day: \(day.iso) is not a day on site (\(problem.days.map(\.iso).joined(separator: ", ")))")
        }
        let slots = try problem.dayShape.slots()
        guard let slot = slots.first(where: { $0.start == at }) else {
            throw WeekRefusal("--at: no slot starts then; the day's slots are \(slots.map(\.label).joined(separator: ", "))")
        }
        let when = "\(slot.label) on \(day.iso)"
        guard conversation.participantIDs.allSatisfy({ problem.isAvailable($0, on: day) }) else {
            throw WeekRefusal("--day: the practitioner or invited manager is on leave or not working on \(day.iso)")
        }
        let team = problem.inspectors.map(\.id).sorted { (Int($0) ?? 0, $0) < (Int($1) ?? 0, $1) }
        let inspector = try chooseInspector(conversation, team: team, current: current, others: others, slot: slot)
        if let taken = others.first(where: { $0.slot == slot && $0.inspectorID == inspector }) {
            throw WeekRefusal("--at: inspector \(inspector) already holds conversation \(taken.conversationID) at \(when)")
        }
        let participants = Set(conversation.participantIDs)
        if let clash = others.first(where: {
            $0.slot == slot && !participants.isDisjoint(with: inputs.conversation(Int($0.conversationID) ?? 0)?.participantIDs ?? [])
        }) {
            throw WeekRefusal("--at: the practitioner or invited manager already has conversation \(clash.conversationID) at \(when)")
        }
        if let capacity = problem.inspectors.first(where: { $0.id == inspector })?.capacityPerDay,
            others.count(where: { $0.inspectorID == inspector }) >= capacity
        {
            throw WeekRefusal("--day: inspector \(inspector) already holds \(capacity) conversations on \(day.iso) (the plan's --capacity)")
        }
        return Booking(
            conversationID: conversation.id, day: day, slot: slot, inspectorID: inspector,
            place: try place(conversation, current: current, others: others, slot: slot, problem: problem))
    }

    /// The inspector asked for, checked against the team and the tracking rule, else a default.
    private func chooseInspector(_ conversation: Conversation, team: [String], current: Booking?, others: [Booking], slot: TimeRange) throws -> String {
        if let inspector {
            guard team.contains(inspector) else { throw WeekRefusal("--inspector: inspector \(inspector) is not on the inspection's team") }
            if let required = conversation.requiredInspectorID, required != inspector {
                throw WeekRefusal("--inspector: the conversation's children are tracked by inspector \(required), who must hold it")
            }
            return inspector
        }
        if let required = conversation.requiredInspectorID { return required }
        if let current { return current.inspectorID }
        let busy = Set(others.filter { $0.slot == slot }.map(\.inspectorID))
        return team.first { !busy.contains($0) } ?? team[0]
    }

    /// The room or online, checked against the conversation's mode and the rooms taken then.
    private func place(_ conversation: Conversation, current: Booking?, others: [Booking], slot: TimeRange, problem: WeekProblem) throws -> Booking.Place {
        let taken = Dictionary(
            others.filter { $0.slot == slot }.compactMap { booking -> (String, String)? in
                if case .room(let name) = booking.place { return (name, booking.conversationID) }
                return nil
            }, uniquingKeysWith: { first, _ in first })
        if online {
            guard conversation.mode != .inPerson else { throw WeekRefusal("--online: conversation \(conversationID) is in person; give --room") }
            return .online
        }
        if let room {
            guard conversation.mode != .online else { throw WeekRefusal("--room: conversation \(conversationID) is online; give --online") }
            guard problem.rooms.contains(room) else { throw WeekRefusal("--room: not one of the plan's rooms (\(problem.rooms.joined(separator: ", ")))") }
            if let holder = taken[room] { throw WeekRefusal("--room: taken by conversation \(holder) at \(slot.label) on \(day.iso)") }
            return .room(room)
        }
        if conversation.mode == .online { return .online }
        if case .room(let name) = current?.place, taken[name] == nil, problem.rooms.contains(name) { return .room(name) }
        if let free = problem.rooms.sorted().first(where: { taken[$0] == nil }) { return .room(free) }
        guard conversation.mode == .either else { throw WeekRefusal("--room: no room is free at \(slot.label) on \(day.iso)") }
        return .online
    }
}
