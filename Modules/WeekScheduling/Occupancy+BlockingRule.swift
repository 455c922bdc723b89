extension Occupancy {
    /// The first rule, in ``BlockingRule``'s order, that keeps `item` out of every day, inspector
    /// and slot as things stand. Only meaningful for an item that fits nowhere.
    func blockingRule(_ item: Int) -> BlockingRule {
        let days = (0..<dayCount).filter { isAvailable(item, day: $0) }
        guard !days.isEmpty else { return .participantUnavailable }
        let open = days.flatMap { day in items[item].inspectors.filter { openings(inspector: $0, day: day) > 0 }.map { (day, $0) } }
        guard !open.isEmpty else { return items[item].conversation.requiredInspectorID == nil ? .inspectorsFull : .requiredInspectorFull }
        let together = open.contains { day, inspector in
            (0..<slotCount).contains { isFree(inspector: inspector, day: day, slot: $0) && areFree(item, day: day, slot: $0) }
        }
        return together ? .noRoom : .noCommonFreeSlot
    }
}
