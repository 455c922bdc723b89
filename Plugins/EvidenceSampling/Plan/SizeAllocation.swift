/// Turns a plan's sizing into a size per stratum, once the population is known.
///
/// Proportional allocation: each stratum first gets the minimum (or all its cases when it has
/// fewer); the rest of the total is shared in proportion to the cases each stratum has left,
/// whole numbers by the largest remainder, ties to the stratum whose name sorts first.
enum SizeAllocation {
    /// The rules the selection walk applies to `cases` under `plan`: sizes resolved, caps, quotas.
    static func rules(_ plan: SamplingPlan, cases: [ManifestCase]) throws -> SelectionRules {
        let counts = Dictionary(grouping: cases, by: \.stratum).mapValues(\.count)
        return SelectionRules(
            sizes: try sizes(plan.sizing, counts: counts),
            perWorkerCap: plan.perWorkerCap, perTeamCap: plan.perTeamCap,
            quotas: plan.quotas.map { .init(theme: $0.theme.description, minimum: $0.minimum) })
    }

    /// Sizes for the strata in `counts` (cases per stratum).
    /// - Throws: `SelectionError` when the sizing cannot be met by this population.
    static func sizes(_ sizing: SamplingPlan.Sizing, counts: [String: Int]) throws -> [String: Int] {
        switch sizing {
        case .perStratum(let sizes):
            for stratum in sizes.keys.sorted() where counts[stratum] == nil {
                throw SelectionError(
                    "sample: stratum '\(stratum)' is not in the population; its strata are \(counts.keys.sorted().map { "'\($0)'" }.joined(separator: ", "))")
            }
            return sizes
        case .proportional(let total, let minimum):
            return try proportional(total: total, minimum: minimum, counts: counts)
        }
    }

    private static func proportional(total: Int, minimum: Int, counts: [String: Int]) throws -> [String: Int] {
        let population = counts.values.reduce(0, +)
        guard total <= population else {
            throw SelectionError("sample: a total of \(total) is more than the \(population) cases in the population")
        }
        let strata = counts.keys.sorted()
        var sizes = Dictionary(uniqueKeysWithValues: strata.map { ($0, min(minimum, counts[$0]!)) })
        let floor = sizes.values.reduce(0, +)
        guard floor <= total else {
            throw SelectionError(
                "sample: a total of \(total) cannot give each of the \(strata.count) strata its minimum of \(minimum) (that needs \(floor)); raise the total or lower the minimum"
            )
        }
        let room = strata.map { counts[$0]! - sizes[$0]! }
        let roomTotal = room.reduce(0, +)
        let rest = total - floor
        guard rest > 0, roomTotal > 0 else { return sizes }
        var shares = strata.indices.map { (index: $0, whole: rest * room[$0] / roomTotal, remainder: rest * room[$0] % roomTotal) }
        var left = rest - shares.map(\.whole).reduce(0, +)
        for share in shares.sorted(by: { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index }) where left > 0 {
            shares[share.index].whole += 1
            left -= 1
        }
        for share in shares { sizes[strata[share.index]]! += share.whole }
        return sizes.filter { $0.value > 0 }
    }
}
