/// One authority to generate and how big each of its cohorts is.
struct AuthorityProfile: Sendable {
    /// Which authority.
    let authority: LocalAuthority
    /// How many rows of each kind to make for it.
    let sizes: CohortSizes

    /// The authorities a run of `size` generates, in LA-code order; `code` chooses the one
    /// authority of a small or county run.
    ///
    /// England's figures are shared out in proportion to each authority's relative size, varied by
    /// a seeded "need" factor (so that two runs with different seeds differ), and rounded so the
    /// authorities sum exactly to the national figures.
    static func profiles(for size: GeneratorSize, seed: UInt64, authority code: String? = nil) -> [AuthorityProfile] {
        switch size {
        case .small:
            return [AuthorityProfile(authority: .named(code ?? "857"), sizes: .small)]
        case .county:
            return [AuthorityProfile(authority: .named(code ?? "891"), sizes: .county)]
        case .england:
            let authorities = LocalAuthority.england
            let sizes = shares(of: .england, among: authorities, seed: seed)
            return zip(authorities, sizes).map { AuthorityProfile(authority: $0, sizes: $1) }
        }
    }

    private static func shares(
        of national: CohortSizes, among authorities: [LocalAuthority],
        seed: UInt64
    ) -> [CohortSizes] {
        // A stream of its own, so that the split does not shift any authority's rows.
        var random = SeededRandom(seed: seed, stream: 0x5EED_5A1E)
        // Need varies more between authorities than between one authority's cohorts: a deprived
        // city has more of everything, so one factor per authority and a little noise per cohort.
        let need = authorities.map { _ in 0.8 + 0.45 * random.unit() }
        var result = Array(repeating: CohortSizes.zero, count: authorities.count)
        for field in CohortSizes.fields {
            let weights = authorities.indices.map { index in
                Double(authorities[index].relativeSize) * need[index] * (0.9 + 0.2 * random.unit())
            }
            for (index, share) in apportion(national[keyPath: field], by: weights).enumerated() {
                result[index][keyPath: field] = share
            }
        }
        return result
    }

    /// Splits `total` in proportion to `weights` into whole numbers that sum to `total`
    /// (largest remainder; ties go to the earlier authority).
    static func apportion(_ total: Int, by weights: [Double]) -> [Int] {
        let sum = weights.reduce(0, +)
        let exact = weights.map { Double(total) * $0 / sum }
        var shares = exact.map { Int($0) }
        let remainders = exact.indices.sorted { lhs, rhs in
            let left = exact[lhs] - Double(shares[lhs])
            let right = exact[rhs] - Double(shares[rhs])
            return left != right ? left > right : lhs < rhs
        }
        for index in remainders.prefix(total - shares.reduce(0, +)) {
            shares[index] += 1
        }
        return shares
    }
}
