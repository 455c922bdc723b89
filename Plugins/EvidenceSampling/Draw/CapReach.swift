/// How many picks a cap per worker (or per team) allows in each sampled stratum: the sum over
/// the stratum's workers of the smaller of the cap and the worker's cases there.
struct CapReach {
    /// The cap.
    let cap: Int
    /// `worker` or `team`, for messages.
    let kind: String
    /// Per stratum number: its cases within the cap of their group, and its distinct groups.
    private var within: [Int], groups: [Int]

    /// Counts each sampled stratum's cases by `group` (numbered `0..<groupCount`) in one pass.
    init(cap: Int, kind: String, groups group: [Int32], groupCount: Int, index: SelectionIndex, sizes: [Int]) {
        (self.cap, self.kind) = (cap, kind)
        within = [Int](repeating: 0, count: index.strata.count)
        groups = within
        // Cases so far per (stratum, group) pair: a flat table when it is small, a dictionary otherwise.
        let pairs = index.strata.count * groupCount
        if pairs <= 1 << 22 {
            var counts = [UInt32](repeating: 0, count: pairs)
            tally(group, groupCount: groupCount, index: index, sizes: sizes) { pair in
                counts[pair] += 1
                return Int(counts[pair])
            }
        } else {
            var counts: [Int: Int] = [:]
            tally(group, groupCount: groupCount, index: index, sizes: sizes) { pair in
                counts[pair, default: 0] += 1
                return counts[pair]!
            }
        }
    }

    /// How many picks the cap allows in the stratum numbered `stratum`.
    func reachable(_ stratum: Int) -> Int {
        cap > 0 ? within[stratum] : cap * groups[stratum]
    }

    /// Walks the sampled strata's cases once; `count` adds a case to its pair and returns the
    /// pair's cases so far.
    private mutating func tally(_ group: [Int32], groupCount: Int, index: SelectionIndex, sizes: [Int], count: (Int) -> Int) {
        for item in group.indices {
            let stratum = Int(index.stratum[item])
            guard sizes[stratum] > 0 else { continue }
            let cases = count(stratum * groupCount + Int(group[item]))
            if cases == 1 { groups[stratum] += 1 }
            if cases <= cap { within[stratum] += 1 }
        }
    }
}
