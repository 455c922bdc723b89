/// Plans an inspection's week on site: places conversations in days, slots, inspectors and rooms.
///
/// ```swift
/// let plan = try WeekScheduler.plan(problem)                       // a first plan
/// let again = try WeekScheduler.plan(changed, keeping: plan.bookings) // after week move|cancel|add
/// ```
///
/// Hard rules (never broken): nobody (inspector, practitioner, invited manager, room) is in two
/// places at once; a participant on leave or not working that day is not booked; a conversation
/// that requires its child's tracking inspector gets that inspector; no inspector holds more than
/// their capacity in a day; an in-person conversation has a room. Soft rules (as far as the hard
/// ones allow): load spread evenly over inspectors and days; a practitioner's conversations on one
/// day.
///
/// Guarantees:
/// - Exact: the number placed is the most any plan that keeps the still-valid bookings can place
///   (so if every conversation can be placed, every one is). The fast plan is compared with a
///   flow bound (``Occupancy/upperBound(_:)``); when it falls short, ``ExactSearch`` settles it.
///   ``WeekPlan/provenOptimal`` is false only if that search hit its node limit.
/// - Keeps bookings: every booking in `keeping` that is still valid (the conversation, day, slot,
///   inspector and room still exist and every hard rule holds with the bookings kept before it,
///   in time order) is in the plan unchanged.
/// - Deterministic: inputs are sorted by id before use, so the same problem in any order, with the
///   same bookings to keep, gives the same plan.
/// - Pure: no database, clock or randomness; the plugin stores and sends what it returns.
public enum WeekScheduler {
    /// How many branches ``ExactSearch`` may visit, divided by the number of conversations it
    /// decides: it keeps a pathological large case to seconds.
    static let searchBudget = 4_000_000

    /// The plan for `problem`, keeping every booking of `keeping` that is still valid.
    /// - Throws: ``WeekSchedulingError`` when the problem is malformed (``WeekProblem/validate()``).
    public static func plan(_ problem: WeekProblem, keeping: [Booking] = []) throws -> WeekPlan {
        try problem.validate()
        let rooms = problem.rooms.sorted()
        var state = try Occupancy(problem)
        // 1. Keep the still-valid bookings, in time order.
        let keptRooms = keep(keeping.sorted(), in: &state, rooms: rooms)
        let base = state
        let open = state.items.indices.filter { state.placements[$0] == nil }
        // 2. The fast plan, and the bound it is measured against.
        state.construct(open)
        let placed = open.count { state.placements[$0] != nil }
        var proven = true
        let bound = base.upperBound(open)
        if placed < bound {
            // 3. Short of the bound: settle it exactly.
            var search = ExactSearch(
                base: base, candidates: open, incumbent: state, incumbentCount: placed, ceiling: bound,
                nodeLimit: max(1_000, searchBudget / max(1, open.count)))
            search.run()
            proven = !search.stopped
            if search.best > placed {
                state = base
                for item in open { if let placement = search.bestPlacements[item] { state.place(item, at: placement) } }
            }
        }
        // 4. Rooms by name, then the answer.
        let bookings = book(&state, keptRooms: keptRooms, rooms: rooms)
        let unplaced = state.items.indices.filter { state.placements[$0] == nil }.map {
            UnplacedConversation(conversationID: state.items[$0].conversation.id, rule: state.blockingRule($0))
        }
        return WeekPlan(bookings: bookings, unplaced: unplaced, keptCount: keptRooms.count, provenOptimal: proven)
    }

    /// Places each booking that is still valid; returns the kept items with their room names.
    private static func keep(_ bookings: [Booking], in state: inout Occupancy, rooms: [String]) -> [Int: String?] {
        let itemIndex = Dictionary(uniqueKeysWithValues: state.items.enumerated().map { ($1.conversation.id, $0) })
        var kept: [Int: String?] = [:]
        var taken: Set<[String]> = []
        for booking in bookings {
            guard let item = itemIndex[booking.conversationID], state.placements[item] == nil,
                let day = state.days.firstIndex(of: booking.day), let slot = state.slots.firstIndex(of: booking.slot),
                let inspector = state.inspectorIDs.firstIndex(of: booking.inspectorID),
                state.canPlace(item, day: day, slot: slot, inspector: inspector)
            else { continue }
            var room: String?
            switch (booking.place, state.items[item].conversation.mode) {
            case (.online, .online), (.online, .either): room = nil
            case (.room(let name), .inPerson), (.room(let name), .either):
                guard rooms.contains(name), state.hasRoom(day: day, slot: slot), !taken.contains([booking.day.iso, "\(slot)", name]) else { continue }
                taken.insert([booking.day.iso, "\(slot)", name])
                room = name
            default: continue
            }
            state.place(item, at: .init(day: day, slot: slot, inspector: inspector, room: room != nil))
            kept[item] = room
        }
        return kept
    }

    /// Names the rooms (kept bookings keep theirs; others take the first free name; a conversation
    /// that may be either gets a room if one is left) and lists the bookings in time order.
    private static func book(_ state: inout Occupancy, keptRooms: [Int: String?], rooms: [String]) -> [Booking] {
        var used: [Int: Set<String>] = [:]
        for (item, name) in keptRooms {
            if let name, let placement = state.placements[item] { used[placement.day * state.slotCount + placement.slot, default: []].insert(name) }
        }
        var bookings: [Booking] = []
        for item in state.items.indices {
            guard var placement = state.placements[item] else { continue }
            let key = placement.day * state.slotCount + placement.slot
            var name: String? = keptRooms[item] ?? nil
            if keptRooms[item] == nil, placement.room || state.items[item].conversation.mode == .either {
                if !placement.room, state.hasRoom(day: placement.day, slot: placement.slot) {
                    state.remove(item)
                    placement.room = true
                    state.place(item, at: placement)
                }
                if placement.room {
                    name = rooms.first { !used[key, default: []].contains($0) }
                    used[key, default: []].insert(name!)
                }
            }
            bookings.append(
                Booking(
                    conversationID: state.items[item].conversation.id, day: state.days[placement.day], slot: state.slots[placement.slot],
                    inspectorID: state.inspectorIDs[placement.inspector], place: name.map { .room($0) } ?? .online))
        }
        return bookings.sorted()
    }
}
