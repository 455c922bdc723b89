import Domain

/// The problem indexed by integers, and what the plan so far takes: who is busy in which slot,
/// each inspector's load per day, the rooms used per slot. Every hard rule is checked here, in
/// ``canPlace(_:day:slot:inspector:)``, and nowhere else.
struct Occupancy {
    /// One conversation to place, by index.
    struct Item {
        /// The conversation, as given.
        let conversation: Conversation
        /// The inspectors who may hold it (indexes, ascending).
        let inspectors: [Int]
        /// The participants (person indexes).
        let people: [Int]
        /// In person: it takes a room.
        var needsRoom: Bool { conversation.mode == .inPerson }
    }

    /// Where an item is placed, by index; `room` says whether it takes one of the slot's rooms.
    struct Placement: Hashable {
        var day: Int
        var slot: Int
        var inspector: Int
        var room: Bool
    }

    let days: [CalendarDate]
    let slots: [TimeRange]
    let inspectorIDs: [String]
    let capacity: [Int]
    let roomCount: Int
    let items: [Item]
    /// Person by day: whether they can be met.
    private let available: [Bool]
    private var inspectorBusy: [Bool]
    private var personBusy: [Bool]
    private(set) var load: [Int]
    private(set) var roomsUsed: [Int]
    /// Items placed per day and slot: zero means the slot is untouched on that day.
    private var slotUse: [Int]
    private(set) var placements: [Placement?]

    /// How many people take part in some conversation.
    let personCount: Int
    var dayCount: Int { days.count }
    var slotCount: Int { slots.count }

    /// The problem, sorted (days, inspectors and conversations by id), with nothing placed yet.
    init(_ problem: WeekProblem) throws {
        days = problem.days.sorted()
        slots = try problem.dayShape.slots()
        let inspectors = problem.inspectors.sorted { $0.id < $1.id }
        let ids = inspectors.map(\.id)
        inspectorIDs = ids
        capacity = inspectors.map(\.capacityPerDay)
        roomCount = problem.rooms.count
        let conversations = problem.conversations.sorted { $0.id < $1.id }
        let people = Array(Set(conversations.flatMap(\.participantIDs))).sorted()
        let personIndex = Dictionary(uniqueKeysWithValues: people.enumerated().map { ($1, $0) })
        let inspectorIndex = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        items = conversations.map { conversation in
            Item(
                conversation: conversation,
                inspectors: conversation.requiredInspectorID.map { [inspectorIndex[$0]!] } ?? Array(ids.indices),
                people: conversation.participantIDs.map { personIndex[$0]! })
        }
        personCount = people.count
        let days = days
        available = people.flatMap { person in days.map { problem.isAvailable(person, on: $0) } }
        inspectorBusy = Array(repeating: false, count: inspectors.count * days.count * slots.count)
        personBusy = Array(repeating: false, count: people.count * days.count * slots.count)
        load = Array(repeating: 0, count: inspectors.count * days.count)
        roomsUsed = Array(repeating: 0, count: days.count * slots.count)
        slotUse = roomsUsed
        placements = Array(repeating: nil, count: conversations.count)
    }

    /// Whether every participant of `item` can be met on `day`.
    func isAvailable(_ item: Int, day: Int) -> Bool {
        items[item].people.allSatisfy { available[$0 * dayCount + day] }
    }

    /// Whether inspector `inspector` has capacity left on `day`.
    func hasCapacity(_ inspector: Int, day: Int) -> Bool {
        load[inspector * dayCount + day] < capacity[inspector]
    }

    /// Whether the inspector is free in `slot` of `day`.
    func isFree(inspector: Int, day: Int, slot: Int) -> Bool {
        !inspectorBusy[(inspector * dayCount + day) * slotCount + slot]
    }

    /// Whether every participant of `item` is free in `slot` of `day`.
    func areFree(_ item: Int, day: Int, slot: Int) -> Bool {
        items[item].people.allSatisfy { isFree(person: $0, day: day, slot: slot) }
    }

    /// Whether person `person` is free in `slot` of `day`.
    func isFree(person: Int, day: Int, slot: Int) -> Bool {
        !personBusy[(person * dayCount + day) * slotCount + slot]
    }

    /// Whether a room is left in `slot` of `day`.
    func hasRoom(day: Int, slot: Int) -> Bool { roomsUsed[day * slotCount + slot] < roomCount }

    /// Whether nothing is placed yet in `slot` of `day` (all such slots of a day are alike).
    func isUntouched(day: Int, slot: Int) -> Bool { slotUse[day * slotCount + slot] == 0 }

    /// How many slots of `day` the inspector still has free, up to their remaining capacity.
    func openings(inspector: Int, day: Int) -> Int {
        let free = (0..<slotCount).count(where: { isFree(inspector: inspector, day: day, slot: $0) })
        return max(0, min(free, capacity[inspector] - load[inspector * dayCount + day]))
    }

    /// Every hard rule: participants available that day, inspector allowed, under capacity and
    /// free, participants free, and a room left when it is in person.
    func canPlace(_ item: Int, day: Int, slot: Int, inspector: Int) -> Bool {
        isAvailable(item, day: day) && hasCapacity(inspector, day: day) && isFree(inspector: inspector, day: day, slot: slot)
            && areFree(item, day: day, slot: slot) && (!items[item].needsRoom || hasRoom(day: day, slot: slot))
            && items[item].inspectors.contains(inspector)
    }

    /// Takes the placement's inspector, participants and (if it says so) room.
    mutating func place(_ item: Int, at placement: Placement) {
        mark(item, placement, busy: true)
        placements[item] = placement
    }

    /// Gives back what ``place(_:at:)`` took.
    mutating func remove(_ item: Int) {
        guard let placement = placements[item] else { return }
        mark(item, placement, busy: false)
        placements[item] = nil
    }

    private mutating func mark(_ item: Int, _ placement: Placement, busy: Bool) {
        let step = busy ? 1 : -1
        let (day, slot) = (placement.day, placement.slot)
        inspectorBusy[(placement.inspector * dayCount + day) * slotCount + slot] = busy
        for person in items[item].people { personBusy[(person * dayCount + day) * slotCount + slot] = busy }
        load[placement.inspector * dayCount + day] += step
        slotUse[day * slotCount + slot] += step
        if placement.room { roomsUsed[day * slotCount + slot] += step }
    }
}
