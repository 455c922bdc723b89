extension Occupancy {
    /// An upper bound on how many of `candidates` can still be placed on top of what is placed:
    /// the smallest of three maximum flows, each a relaxation of the slot-level problem that keeps
    /// one kind of resource. A conversation may use a (day, inspector) only if some slot of that day
    /// meets every hard rule for it now.
    ///
    /// 1. Inspectors: conversation -> (inspector, day), capped at the inspector's openings that day.
    /// 2. Rooms: in-person conversation -> day, capped at the day's free room-slots.
    /// 3. People: conversation -> (its manager, or else its practitioner; day), capped at that
    ///    person's free slots that day.
    ///
    /// A conversation the relaxation leaves unconstrained (no room needed; nobody but an inspector)
    /// counts one if it has any place at all.
    func upperBound(_ candidates: some Collection<Int>) -> Int {
        let options = candidates.map { item in (item: item, places: openPlaces(item)) }
        let byInspector = relaxation(options, groups: inspectorIDs.count * dayCount) { _, option in
            option.inspector * dayCount + option.day
        } capacity: {
            openings(inspector: $0 / dayCount, day: $0 % dayCount)
        }
        let byRoom = relaxation(options, groups: dayCount) { item, option in
            items[item].needsRoom ? option.day : nil
        } capacity: { day in
            (0..<slotCount).reduce(0) { $0 + roomCount - roomsUsed[day * slotCount + $1] }
        }
        let byPerson = relaxation(options, groups: personCount * dayCount) { item, option in
            items[item].people.last.map { $0 * dayCount + option.day }
        } capacity: { group in
            (0..<slotCount).count(where: { isFree(person: group / dayCount, day: group % dayCount, slot: $0) })
        }
        return min(byInspector, byRoom, byPerson)
    }

    /// The (day, inspector) pairs where some slot meets every hard rule for `item` now.
    func openPlaces(_ item: Int) -> [(day: Int, inspector: Int)] {
        (0..<dayCount).filter { isAvailable(item, day: $0) }.flatMap { day in
            items[item].inspectors.filter { inspector in
                hasCapacity(inspector, day: day) && (0..<slotCount).contains { canPlace(item, day: day, slot: $0, inspector: inspector) }
            }.map { (day: day, inspector: $0) }
        }
    }

    /// How many (day, slot, inspector) places meet every hard rule for `item` now.
    func placeCount(_ item: Int) -> Int {
        var count = 0
        for day in 0..<dayCount where isAvailable(item, day: day) {
            for inspector in items[item].inspectors {
                count += (0..<slotCount).count(where: { canPlace(item, day: day, slot: $0, inspector: inspector) })
            }
        }
        return count
    }

    /// The maximum flow conversation -> group -> sink, where `group` names the group an option of
    /// an item falls in (nil: the relaxation does not constrain it) and `capacity` caps a group.
    private func relaxation(
        _ options: [(item: Int, places: [(day: Int, inspector: Int)])], groups: Int, group: (Int, (day: Int, inspector: Int)) -> Int?, capacity: (Int) -> Int
    ) -> Int {
        var network = FlowNetwork(nodes: 2 + options.count + groups)
        var unconstrained = 0
        var used = Array(repeating: false, count: groups)
        for (offset, (item, places)) in options.enumerated() where !places.isEmpty {
            let keys = Set(places.compactMap { group(item, $0) }).sorted()
            if keys.isEmpty {
                unconstrained += 1
                continue
            }
            network.addEdge(from: 0, to: 2 + offset, capacity: 1)
            for key in keys {
                network.addEdge(from: 2 + offset, to: 2 + options.count + key, capacity: 1)
                used[key] = true
            }
        }
        for key in 0..<groups where used[key] { network.addEdge(from: 2 + options.count + key, to: 1, capacity: capacity(key)) }
        return unconstrained + network.maximise(from: 0, to: 1)
    }
}
