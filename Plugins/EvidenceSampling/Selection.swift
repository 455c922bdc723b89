/// The deterministic selection walk, which anyone holding the manifest, the plan and the seed
/// can redo by hand.
///
/// 1. Order the eligible cases by ticket, ascending; equal tickets by case key.
/// 2. Quotas first, in the plan's order: walk the cases that qualify for the quota's theme and
///    are not yet picked, accepting each whose stratum still has room and whose worker and team
///    are under their caps, until the quota's minimum of picked qualifying cases is reached.
/// 3. Then walk all cases not yet picked, accepting on the same rule, until every stratum is full
///    or the cases run out.
///
/// A pick's rank is its position in that ticket order within its stratum (1 = lowest ticket).
public struct Selection: Sendable {
    /// One picked case and why.
    public struct Pick: Sendable, Equatable {
        /// The case key.
        public let key: String
        /// The case's stratum.
        public let stratum: String
        /// 1-based position in ticket order within the stratum.
        public let rank: Int
        /// The case's ticket, full precision.
        public let ticket: Ticket
        /// The rule that accepted it: `quota: <theme>`, `stratum size` or `extension <n>`.
        public let rule: String
    }

    /// Why a case was not picked.
    public enum Miss: Sendable, Equatable {
        /// Its stratum had all its cases.
        case stratumFull
        /// Its worker had reached the cap.
        case workerCapReached
        /// Its team had reached the cap.
        case teamCapReached
        /// Its ticket came too late in the order.
        case rankedTooLow
    }

    /// Picks in the order they were accepted.
    public private(set) var picks: [Pick] = []
    private let cases: [SamplingCase]
    /// Indices into `cases` in ticket order; the walk sorts integers, not whole cases.
    private let order: [Int]
    /// Each case's rank within its stratum, by index into `cases`.
    private let ranks: [Int]
    private let rules: SelectionRules
    /// Cases per stratum; extensions grow them.
    private var sizes: [String: Int]
    /// Why each case the walk passed over was not taken, the last time it was considered.
    private var misses: [Int: Miss] = [:]
    private var picked: Set<Int> = []
    private var perStratum: [String: Int] = [:]
    private var perWorker: [String: Int] = [:]
    private var perTeam: [String: Int] = [:]
    private var perTheme: [String: Int] = [:]

    /// Runs the walk.
    /// - Throws: `SelectionError` naming the rule when the rules cannot be met with this
    ///   population, before anything is drawn.
    public init(cases: [SamplingCase], rules: SelectionRules) throws {
        try SelectionFeasibility.check(cases: cases, rules: rules)
        self.cases = cases
        // Sort integers by the tickets' leading digits; the full tickets and keys only break ties.
        let leading = cases.map(\.ticket.leading)
        order = cases.indices.sorted { left, right in
            if leading[left] != leading[right] { return leading[left] < leading[right] }
            return (cases[left].ticket, cases[left].key) < (cases[right].ticket, cases[right].key)
        }
        self.rules = rules
        sizes = rules.sizes
        var counters: [String: Int] = [:]
        var ranks = [Int](repeating: 0, count: cases.count)
        for index in order {
            counters[cases[index].stratum, default: 0] += 1
            ranks[index] = counters[cases[index].stratum]!
        }
        self.ranks = ranks
        for quota in rules.quotas {
            for index in order where cases[index].themes.contains(quota.theme) {
                if perTheme[quota.theme, default: 0] >= quota.minimum { break }
                accept(index, rule: "quota: \(quota.theme)")
            }
        }
        // Strata never take more than their size, so the sample is complete at the total.
        let total = rules.sizes.values.reduce(0, +)
        for index in order {
            if picks.count >= total { break }
            if let miss = accept(index, rule: "stratum size") { misses[index] = miss }
        }
        for quota in rules.quotas where perTheme[quota.theme, default: 0] < quota.minimum {
            throw SelectionError("quota '\(quota.theme)' cannot be met under the caps with this seed: only \(perTheme[quota.theme, default: 0]) of the \(quota.minimum) qualifying cases could be picked")
        }
    }

    /// Picks `more` cases beyond the sample, continuing the ticket order so that earlier picks
    /// never change: from `stratum` only when given, each under the caps.
    /// - Throws: `SelectionError` when the stratum is unknown or too few cases remain; the
    ///   selection is then unchanged.
    public mutating func extend(more: Int, stratum: String?, rule: String) throws {
        guard more > 0 else { throw SelectionError("--more must be 1 or more, not \(more)") }
        if let stratum, sizes[stratum] == nil, !cases.contains(where: { $0.stratum == stratum }) {
            throw SelectionError("stratum '\(stratum)' is not in the manifest; `ilacs-sampler balance` lists the strata")
        }
        var next = self
        var added = 0
        for index in order where added < more && (stratum == nil || cases[index].stratum == stratum) {
            guard !next.picked.contains(index) else { continue }
            next.sizes[cases[index].stratum, default: 0] += 1
            if let miss = next.accept(index, rule: rule) {
                next.sizes[cases[index].stratum, default: 0] -= 1
                next.misses[index] = miss
            } else {
                added += 1
            }
        }
        guard added == more else {
            let scope = stratum.map { "in stratum '\($0)'" } ?? "in the population"
            throw SelectionError("only \(added) more cases can be picked \(scope) under the caps, not \(more)")
        }
        self = next
    }

    /// Accepts the case at `index` if nothing blocks it; otherwise returns what did.
    @discardableResult
    private mutating func accept(_ index: Int, rule: String) -> Miss? {
        let item = cases[index]
        guard !picked.contains(index) else { return nil }
        if let miss = blocker(for: item) { return miss }
        picked.insert(index)
        perStratum[item.stratum, default: 0] += 1
        perWorker[item.worker, default: 0] += 1
        perTeam[item.team, default: 0] += 1
        for theme in item.themes { perTheme[theme, default: 0] += 1 }
        picks.append(Pick(key: item.key, stratum: item.stratum, rank: ranks[index], ticket: item.ticket, rule: rule))
        return nil
    }

    /// What stops `item` being picked now, or nil when nothing does.
    private func blocker(for item: SamplingCase) -> Miss? {
        if perStratum[item.stratum, default: 0] >= sizes[item.stratum, default: 0] { return .stratumFull }
        if let cap = rules.perWorkerCap, perWorker[item.worker, default: 0] >= cap { return .workerCapReached }
        if let cap = rules.perTeamCap, perTeam[item.team, default: 0] >= cap { return .teamCapReached }
        return nil
    }

    /// Where the case with `key` stands in ticket order: its rank within its stratum, how many
    /// cases the stratum has, and the stratum's size in the sample. Nil when it is not in the population.
    public func standing(of key: String) -> (rank: Int, of: Int, size: Int)? {
        guard let index = cases.firstIndex(where: { $0.key == key }) else { return nil }
        let stratum = cases[index].stratum
        return (ranks[index], cases.lazy.filter { $0.stratum == stratum }.count, sizes[stratum, default: 0])
    }

    /// Why the case with `key` (in the population) was not picked, the last time the walk
    /// considered it; `.rankedTooLow` when the sample was complete before its turn. Nil when it
    /// was picked or is not in the population.
    public func miss(for key: String) -> Miss? {
        guard let index = cases.firstIndex(where: { $0.key == key }), !picked.contains(index) else { return nil }
        return misses[index] ?? .rankedTooLow
    }
}

/// The rules cannot be met with this population; the message names the rule.
public struct SelectionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The rule and why it cannot be met.
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}

/// Checks, before any seed exists, that the rules can be met.
public enum SelectionFeasibility {
    /// Throws `SelectionError` naming the first rule that `cases` cannot meet: an empty
    /// population, a stratum smaller than its size, caps that make a size impossible, quotas
    /// with too few qualifying cases.
    public static func check(cases: [some SelectionCandidate], rules: SelectionRules) throws {
        guard !cases.isEmpty else { throw SelectionError("the population is empty: no case matches the plan") }
        // Counts per stratum, and per worker and team within each stratum, in one pass.
        var members: [String: Int] = [:]
        var workers: [String: [String: Int]] = [:]
        var teams: [String: [String: Int]] = [:]
        for item in cases where rules.sizes[item.stratum] != nil {
            members[item.stratum, default: 0] += 1
            workers[item.stratum, default: [:]][item.worker, default: 0] += 1
            teams[item.stratum, default: [:]][item.team, default: 0] += 1
        }
        for (stratum, size) in rules.sizes.sorted(by: { $0.key < $1.key }) {
            guard size > 0 else { throw SelectionError("stratum '\(stratum)': the size must be 1 or more, not \(size)") }
            let count = members[stratum, default: 0]
            guard count >= size else {
                throw SelectionError("stratum '\(stratum)' asks for \(size) cases but the population has \(count)")
            }
            for (cap, kind, groups) in [(rules.perWorkerCap, "worker", workers[stratum]), (rules.perTeamCap, "team", teams[stratum])] {
                guard let cap, let groups else { continue }
                let reachable = groups.values.map { min($0, cap) }.reduce(0, +)
                guard reachable >= size else {
                    throw SelectionError("stratum '\(stratum)' asks for \(size) cases but the cap of \(cap) per \(kind) allows at most \(reachable)")
                }
            }
        }
        for cap in [rules.perWorkerCap, rules.perTeamCap].compactMap({ $0 }) where cap <= 0 {
            throw SelectionError("a cap must be 1 or more, not \(cap)")
        }
        let total = rules.sizes.values.reduce(0, +)
        for quota in rules.quotas {
            guard quota.minimum > 0 else { throw SelectionError("quota '\(quota.theme)': the minimum must be 1 or more") }
            let qualifying = cases.filter { $0.themeSet.contains(quota.theme) && rules.sizes[$0.stratum] != nil }.count
            guard qualifying >= quota.minimum else {
                throw SelectionError("quota '\(quota.theme)' asks for \(quota.minimum) cases but only \(qualifying) in the sampled strata qualify")
            }
            guard quota.minimum <= total else {
                throw SelectionError("quota '\(quota.theme)' asks for \(quota.minimum) cases but the sample has only \(total)")
            }
        }
    }
}
