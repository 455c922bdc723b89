extension Occupancy {
    /// The fast plan for `candidates` (item indexes, ascending), on top of what is placed:
    ///
    /// 1. ``balancedPairs(_:)`` gives each conversation an inspector and a day by maximum flow,
    ///    raising every (inspector, day) cap one level at a time so the load spreads evenly.
    /// 2. Each day's conversations then take slots, the most constrained first (an invited manager,
    ///    then in person), each in a free slot with the fewest rooms taken.
    /// 3. A practitioner's conversations placed on several days move, where a place is free, to the
    ///    day of their first (soft rule: one day each, ahead of an even spread).
    /// 4. Any conversation still out takes the least loaded place where every hard rule holds, so
    ///    the plan is maximal: whatever is left out is blocked by a rule (``blockingRule(_:)``).
    mutating func construct(_ candidates: [Int]) {
        let chosen = balancedPairs(candidates)
        for day in 0..<dayCount {
            let today = candidates.filter { chosen[$0]?.day == day }.sorted {
                (items[$1].people.count, items[$1].needsRoom ? 1 : 0, $0) < (items[$0].people.count, items[$0].needsRoom ? 1 : 0, $1)
            }
            for item in today {
                let inspector = chosen[item]!.inspector
                let open = (0..<slotCount).filter { canPlace(item, day: day, slot: $0, inspector: inspector) }
                let taken = (0..<slotCount).map { items[item].needsRoom ? roomsUsed[day * slotCount + $0] : 0 }
                if let slot = open.min(by: { (taken[$0], $0) < (taken[$1], $1) }) {
                    place(item, at: Placement(day: day, slot: slot, inspector: inspector, room: items[item].needsRoom))
                }
            }
        }
        gatherPractitioners(candidates)
        for item in candidates where placements[item] == nil {
            var best: (load: Int, placement: Placement)?
            for day in 0..<dayCount where isAvailable(item, day: day) {
                for inspector in items[item].inspectors where best == nil || load[inspector * dayCount + day] < best!.load {
                    if let slot = (0..<slotCount).first(where: { canPlace(item, day: day, slot: $0, inspector: inspector) }) {
                        best = (load[inspector * dayCount + day], Placement(day: day, slot: slot, inspector: inspector, room: items[item].needsRoom))
                    }
                }
            }
            if let best { place(item, at: best.placement) }
        }
    }

    /// Step 3 of ``construct(_:)``.
    private mutating func gatherPractitioners(_ candidates: [Int]) {
        let byPractitioner = Dictionary(grouping: candidates.filter { placements[$0] != nil }) { items[$0].conversation.practitionerID ?? "" }
        for (practitioner, group) in byPractitioner.sorted(by: { $0.key < $1.key }) where !practitioner.isEmpty && group.count > 1 {
            let day = placements[group[0]]!.day
            for item in group.dropFirst() where placements[item]!.day != day {
                let before = placements[item]!
                remove(item)
                var moved: Placement?
                for inspector in items[item].inspectors.sorted(by: { (load[$0 * dayCount + day], $0) < (load[$1 * dayCount + day], $1) }) {
                    if let slot = (0..<slotCount).first(where: { canPlace(item, day: day, slot: $0, inspector: inspector) }) {
                        moved = Placement(day: day, slot: slot, inspector: inspector, room: items[item].needsRoom)
                        break
                    }
                }
                place(item, at: moved ?? before)
            }
        }
    }

    /// An (inspector, day) for as many of `candidates` as the inspectors' openings allow, found by
    /// augmenting paths from each conversation, level by level: at level k no pair holds more than
    /// k conversations in all, so no inspector-day fills up while another is idle. A practitioner's
    /// later conversations try the days of their earlier ones first (soft rule: one day each).
    func balancedPairs(_ candidates: [Int]) -> [Int: (inspector: Int, day: Int)] {
        let pairs = inspectorIDs.count * dayCount
        var network = FlowNetwork(nodes: 1 + candidates.count + pairs)
        let pairNode = { (pair: Int) in 1 + candidates.count + pair }
        let sinkEdges = (0..<pairs).map { network.addEdge(from: pairNode($0), to: 0, capacity: 0) }
        let openings = (0..<pairs).map { self.openings(inspector: $0 / dayCount, day: $0 % dayCount) }
        // The day each edge leads to, by edge index / 2 (edges come in forward-reverse pairs).
        var edgeDay = Array(repeating: -1, count: pairs)
        for (node, item) in zip(1..., candidates) {
            for day in 0..<dayCount where isAvailable(item, day: day) {
                for inspector in items[item].inspectors where openings[inspector * dayCount + day] > 0 {
                    network.addEdge(from: node, to: pairNode(inspector * dayCount + day), capacity: 1)
                    edgeDay.append(day)
                }
            }
        }
        var granted = Array(repeating: 0, count: pairs)
        var assigned = Array(repeating: false, count: candidates.count)
        var practitionerDays: [String: Set<Int>] = [:]
        let dayOf = { [edgeDay] (edge: Int) in edgeDay[edge / 2] }
        for level in 1...max(1, min(slotCount, capacity.max() ?? 0)) {
            for pair in 0..<pairs {
                let target = min(openings[pair], max(0, level - load[pair]))
                if target > granted[pair] {
                    network.raise(sinkEdges[pair], by: target - granted[pair])
                    granted[pair] = target
                }
            }
            for (offset, item) in candidates.enumerated() where !assigned[offset] {
                let preferred = items[item].conversation.practitionerID.flatMap { practitionerDays[$0] } ?? []
                network.order(offset + 1) { (preferred.contains(dayOf($0)) ? 0 : 1, $0) < (preferred.contains(dayOf($1)) ? 0 : 1, $1) }
                if network.augment(from: offset + 1, to: 0) {
                    assigned[offset] = true
                    if let practitioner = items[item].conversation.practitionerID {
                        practitionerDays[practitioner, default: []].formUnion(
                            network.adjacency[offset + 1].filter { $0 % 2 == 0 && network.flow(on: $0) > 0 }.map(dayOf))
                    }
                }
            }
        }
        var chosen: [Int: (inspector: Int, day: Int)] = [:]
        for (offset, item) in candidates.enumerated() {
            if let edge = network.adjacency[offset + 1].first(where: { $0 % 2 == 0 && network.flow(on: $0) > 0 }) {
                let pair = network.target(of: edge) - 1 - candidates.count
                chosen[item] = (pair / dayCount, pair % dayCount)
            }
        }
        return chosen
    }
}
