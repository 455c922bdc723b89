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
    private let index: SelectionIndex
    /// Indices into `cases` in ticket order; the walk sorts integers, not whole cases.
    private let order: [Int]
    /// Each case's rank within its stratum, by index into `cases`.
    private let ranks: [Int]
    private let rules: SelectionRules
    /// Cases per stratum, by stratum number; extensions grow them.
    private var sizes: [Int]
    /// Why each case the walk passed over was not taken, the last time it was considered.
    private var misses: [Int: Miss] = [:]
    private var picked: Set<Int> = []
    private var perStratum: [Int], perWorker: [Int], perTeam: [Int]
    private var perTheme: [String: Int] = [:]

    /// Runs the walk.
    /// - Throws: `SelectionError` naming the rule when the rules cannot be met with this
    ///   population, before anything is drawn.
    public init(cases: [SamplingCase], rules: SelectionRules) throws {
        let index = SelectionIndex(cases)
        try SelectionFeasibility.check(index, themes: cases.map(\.themes), rules: rules)
        self.cases = cases
        self.index = index
        // Sort (leading digits, index) pairs; the full tickets and keys only break ties.
        var keyed = cases.indices.map { (leading: cases[$0].ticket.leading, index: $0) }
        keyed.sort { left, right in
            if left.leading != right.leading { return left.leading < right.leading }
            return (cases[left.index].ticket, cases[left.index].key) < (cases[right.index].ticket, cases[right.index].key)
        }
        order = keyed.map(\.index)
        self.rules = rules
        sizes = index.sizes(rules.sizes)
        perStratum = [Int](repeating: 0, count: index.strata.count)
        perWorker = [Int](repeating: 0, count: index.workers.count)
        perTeam = [Int](repeating: 0, count: index.teams.count)
        var counters = [Int](repeating: 0, count: index.strata.count)
        var ranks = [Int](repeating: 0, count: cases.count)
        for item in order {
            counters[index.stratum[item]] += 1
            ranks[item] = counters[index.stratum[item]]
        }
        self.ranks = ranks
        if !rules.quotas.isEmpty {
            let themed = order.filter { !cases[$0].themes.isEmpty }
            for quota in rules.quotas {
                for item in themed where cases[item].themes.contains(quota.theme) {
                    if perTheme[quota.theme, default: 0] >= quota.minimum { break }
                    accept(item, rule: "quota: \(quota.theme)")
                }
            }
        }
        // Strata never take more than their size, so the sample is complete at the total.
        let total = rules.sizes.values.reduce(0, +)
        for item in order {
            if picks.count >= total { break }
            if let miss = accept(item, rule: "stratum size") { misses[item] = miss }
        }
        for quota in rules.quotas where perTheme[quota.theme, default: 0] < quota.minimum {
            throw SelectionError(
                "quota '\(quota.theme)' cannot be met under the caps with this seed: only \(perTheme[quota.theme, default: 0]) of the \(quota.minimum) qualifying cases could be picked"
            )
        }
    }

    /// Picks `more` cases beyond the sample, continuing the ticket order so that earlier picks
    /// never change: from `stratum` only when given, each under the caps.
    /// - Throws: `SelectionError` when the stratum is unknown or too few cases remain; the
    ///   selection is then unchanged.
    public mutating func extend(more: Int, stratum: String?, rule: String) throws {
        guard more > 0 else { throw SelectionError("--more must be 1 or more, not \(more)") }
        let wanted = try stratum.map { name in
            guard let number = index.strata.firstIndex(of: name) else {
                throw SelectionError("stratum '\(name)' is not in the manifest; `ilacs-sampler balance` lists the strata")
            }
            return number
        }
        var next = self
        var added = 0
        for item in order where added < more && (wanted == nil || index.stratum[item] == wanted) {
            guard !next.picked.contains(item) else { continue }
            next.sizes[index.stratum[item]] += 1
            if let miss = next.accept(item, rule: rule) {
                next.sizes[index.stratum[item]] -= 1
                next.misses[item] = miss
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

    /// Accepts the case at `item` if nothing blocks it; otherwise returns what did.
    @discardableResult
    private mutating func accept(_ item: Int, rule: String) -> Miss? {
        guard !picked.contains(item) else { return nil }
        if let miss = blocker(for: item) { return miss }
        picked.insert(item)
        perStratum[index.stratum[item]] += 1
        perWorker[index.worker[item]] += 1
        perTeam[index.team[item]] += 1
        let chosen = cases[item]
        for theme in chosen.themes { perTheme[theme, default: 0] += 1 }
        picks.append(Pick(key: chosen.key, stratum: chosen.stratum, rank: ranks[item], ticket: chosen.ticket, rule: rule))
        return nil
    }

    /// What stops the case at `item` being picked now, or nil when nothing does.
    private func blocker(for item: Int) -> Miss? {
        if perStratum[index.stratum[item]] >= sizes[index.stratum[item]] { return .stratumFull }
        if let cap = rules.perWorkerCap, perWorker[index.worker[item]] >= cap { return .workerCapReached }
        if let cap = rules.perTeamCap, perTeam[index.team[item]] >= cap { return .teamCapReached }
        return nil
    }

    /// Where the case with `key` stands in ticket order: its rank within its stratum, how many
    /// cases the stratum has, and the stratum's size in the sample. Nil when it is not in the population.
    public func standing(of key: String) -> (rank: Int, of: Int, size: Int)? {
        guard let item = cases.firstIndex(where: { $0.key == key }) else { return nil }
        let stratum = index.stratum[item]
        return (ranks[item], index.stratum.lazy.filter { $0 == stratum }.count, sizes[stratum])
    }

    /// Why the case with `key` (in the population) was not picked, the last time the walk
    /// considered it; `.rankedTooLow` when the sample was complete before its turn. Nil when it
    /// was picked or is not in the population.
    public func miss(for key: String) -> Miss? {
        guard let item = cases.firstIndex(where: { $0.key == key }), !picked.contains(item) else { return nil }
        return misses[item] ?? .rankedTooLow
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
        try check(SelectionIndex(cases), themes: cases.map(\.themeSet), rules: rules)
    }

    static func check(_ index: SelectionIndex, themes: [Set<String>], rules: SelectionRules) throws {
        guard !index.stratum.isEmpty else { throw SelectionError("the population is empty: no case matches the plan") }
        let sizes = index.sizes(rules.sizes)
        // Cases per stratum, and per worker and team within each sampled stratum, in one pass.
        var members = [Int](repeating: 0, count: index.strata.count)
        var workers: [Int: [Int: Int]] = [:]
        var teams: [Int: [Int: Int]] = [:]
        for item in index.stratum.indices where sizes[index.stratum[item]] > 0 {
            let stratum = index.stratum[item]
            members[stratum] += 1
            if rules.perWorkerCap != nil { workers[stratum, default: [:]][index.worker[item], default: 0] += 1 }
            if rules.perTeamCap != nil { teams[stratum, default: [:]][index.team[item], default: 0] += 1 }
        }
        for (stratum, size) in rules.sizes.sorted(by: { $0.key < $1.key }) {
            guard size > 0 else { throw SelectionError("stratum '\(stratum)': the size must be 1 or more, not \(size)") }
            let number = index.strata.firstIndex(of: stratum)
            let count = number.map { members[$0] } ?? 0
            guard count >= size else {
                throw SelectionError("stratum '\(stratum)' asks for \(size) cases but the population has \(count)")
            }
            for (cap, kind, groups) in [(rules.perWorkerCap, "worker", workers[number!]), (rules.perTeamCap, "team", teams[number!])] {
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
            let qualifying = themes.indices.lazy.filter { themes[$0].contains(quota.theme) && sizes[index.stratum[$0]] > 0 }.count
            guard qualifying >= quota.minimum else {
                throw SelectionError("quota '\(quota.theme)' asks for \(quota.minimum) cases but only \(qualifying) in the sampled strata qualify")
            }
            guard quota.minimum <= total else {
                throw SelectionError("quota '\(quota.theme)' asks for \(quota.minimum) cases but the sample has only \(total)")
            }
        }
    }
}
