import Domain
import WeekScheduling

/// Every hard rule checked directly on a plan's bookings, independently of the scheduler's own
/// bookkeeping: returns one line per broken rule (empty when the plan is sound).
enum HardRules {
    static func violations(of plan: WeekPlan, for problem: WeekProblem) throws -> [String] {
        var found: [String] = []
        let slots = try problem.dayShape.slots()
        let conversations = Dictionary(uniqueKeysWithValues: problem.conversations.map { ($0.id, $0) })
        let inspectors = Dictionary(uniqueKeysWithValues: problem.inspectors.map { ($0.id, $0) })
        var seen: Set<String> = []
        var busy: Set<[String]> = []
        var perDay: [[String]: Int] = [:]
        for booking in plan.bookings {
            guard let conversation = conversations[booking.conversationID] else {
                found.append("\(booking.conversationID): unknown conversation")
                continue
            }
            let at = [booking.day.iso, booking.slot.label]
            if !seen.insert(conversation.id).inserted { found.append("\(conversation.id): booked twice") }
            if !problem.days.contains(booking.day) { found.append("\(conversation.id): not a day on site") }
            if !slots.contains(booking.slot) { found.append("\(conversation.id): not a slot of the day") }
            guard let inspector = inspectors[booking.inspectorID] else {
                found.append("\(conversation.id): unknown inspector")
                continue
            }
            if let required = conversation.requiredInspectorID, required != inspector.id { found.append("\(conversation.id): not its tracking inspector") }
            for person in conversation.participantIDs where !problem.isAvailable(person, on: booking.day) {
                found.append("\(conversation.id): \(person) unavailable that day")
            }
            for who in ["inspector " + inspector.id] + conversation.participantIDs.map({ "person " + $0 }) where !busy.insert(at + [who]).inserted {
                found.append("\(conversation.id): \(who) in two places at once")
            }
            switch (booking.place, conversation.mode) {
            case (.room(let name), .inPerson), (.room(let name), .either):
                if !problem.rooms.contains(name) { found.append("\(conversation.id): unknown room") }
                if !busy.insert(at + ["room " + name]).inserted { found.append("\(conversation.id): room \(name) taken twice") }
            case (.online, .online), (.online, .either): break
            default: found.append("\(conversation.id): place does not suit mode \(conversation.mode)")
            }
            perDay[[inspector.id, booking.day.iso], default: 0] += 1
        }
        for (key, count) in perDay.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) where count > inspectors[key[0]]!.capacityPerDay {
            found.append("inspector \(key[0]) over capacity on \(key[1])")
        }
        let unplaced = Set(plan.unplaced.map(\.conversationID))
        if unplaced.count + seen.count != problem.conversations.count || !unplaced.isDisjoint(with: seen) {
            found.append("every conversation must be either booked or listed as unplaced, once")
        }
        return found
    }
}
