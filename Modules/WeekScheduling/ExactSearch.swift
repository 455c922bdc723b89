/// Branch and bound over slot-level placements: the exact answer when the fast plan falls short
/// of the flow bound (invited managers and practitioners with several conversations make the
/// slot problem more than bipartite edge colouring, and rooms must fit in every slot).
///
/// Conversations are decided one at a time, fewest places first: each place where every hard rule
/// holds, then leaving it out. A branch is cut when what it has placed plus
/// ``Occupancy/upperBound(_:)`` of the rest cannot beat the best plan so far. Slots of a day with
/// nothing in them yet are interchangeable, so only the first of them is tried.
struct ExactSearch {
    private var state: Occupancy
    private let order: [Int]
    private let nodeLimit: Int
    /// The bound at the root: a plan that reaches it is optimal, and the search ends there.
    private let ceiling: Int
    private var nodes = 0
    /// The most conversations placed so far, and the placements that do it.
    private(set) var best: Int
    private(set) var bestPlacements: [Occupancy.Placement?]
    /// Whether the node limit stopped the search before it proved `best` optimal.
    private(set) var stopped = false

    /// A search for `candidates` on top of `base`, starting from `incumbent` (a plan of `base` plus
    /// some of the candidates, placing `incumbentCount` of them); `ceiling` is
    /// `base.upperBound(candidates)`.
    init(base: Occupancy, candidates: [Int], incumbent: Occupancy, incumbentCount: Int, ceiling: Int, nodeLimit: Int) {
        state = base
        let options = Dictionary(uniqueKeysWithValues: candidates.map { ($0, base.placeCount($0)) })
        order = candidates.sorted { (options[$0]!, $0) < (options[$1]!, $1) }
        best = incumbentCount
        bestPlacements = incumbent.placements
        self.nodeLimit = nodeLimit
        self.ceiling = ceiling
    }

    /// Runs the search to the end or to the node limit.
    mutating func run() {
        search(0, placed: 0)
    }

    private mutating func search(_ depth: Int, placed: Int) {
        nodes += 1
        guard nodes <= nodeLimit else {
            stopped = true
            return
        }
        if placed > best {
            best = placed
            bestPlacements = state.placements
        }
        guard best < ceiling, depth < order.count, placed + state.upperBound(order[depth...]) > best else { return }
        let item = order[depth]
        for day in 0..<state.dayCount where state.isAvailable(item, day: day) {
            var triedUntouched = false
            for slot in 0..<state.slotCount {
                let untouched = state.isUntouched(day: day, slot: slot)
                if untouched && triedUntouched { continue }
                for inspector in state.items[item].inspectors where state.canPlace(item, day: day, slot: slot, inspector: inspector) {
                    triedUntouched = triedUntouched || untouched
                    state.place(item, at: .init(day: day, slot: slot, inspector: inspector, room: state.items[item].needsRoom))
                    search(depth + 1, placed: placed + 1)
                    state.remove(item)
                    if stopped { return }
                }
            }
        }
        search(depth + 1, placed: placed)
    }
}
