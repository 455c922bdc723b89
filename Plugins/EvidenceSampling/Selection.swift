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
        /// The rule that accepted it: `quota: <theme>` or `stratum size`.
        public let rule: String
    }

    /// Why a case was not picked.
    public enum Miss: Sendable, Equatable {
        /// Its stratum had all its cases.
        case strataFull
        /// Its worker had reached the cap.
        case workerCapReached
        /// Its team had reached the cap.
        case teamCapReached
        /// Its ticket came too late in the order.
        case rankedTooLow
    }

    /// Picks in the order they were accepted.
    public private(set) var picks: [Pick] = []
    private let ordered: [SamplingCase]
    private let rules: SelectionRules
    private var picked: Set<String> = []
    private var perStratum: [String: Int] = [:]
    private var perWorker: [String: Int] = [:]
    private var perTeam: [String: Int] = [:]
    private var perTheme: [String: Int] = [:]
    private let ranks: [String: Int]

    /// Runs the walk.
    /// - Throws: `SelectionError` naming the rule when the rules cannot be met with this
    ///   population, before anything is drawn.
    public init(cases: [SamplingCase], rules: SelectionRules) throws {
        try SelectionFeasibility.check(cases: cases, rules: rules)
        ordered = cases.sorted { ($0.ticket, $0.key) < ($1.ticket, $1.key) }
        self.rules = rules
        var counters: [String: Int] = [:]
        var ranks: [String: Int] = [:]
        for item in ordered {
            counters[item.stratum, default: 0] += 1
            ranks[item.key] = counters[item.stratum]
        }
        self.ranks = ranks
        for quota in rules.quotas {
            for item in ordered where perTheme[quota.theme, default: 0] < quota.minimum && item.themes.contains(quota.theme) {
                accept(item, rule: "quota: \(quota.theme)")
            }
        }
        // Strata never take more than their size, so the sample is complete at the total.
        let total = rules.sizes.values.reduce(0, +)
        for item in ordered where picks.count < total {
            accept(item, rule: "stratum size")
        }
    }

    private mutating func accept(_ item: SamplingCase, rule: String) {
        guard !picked.contains(item.key), blocker(for: item) == nil else { return }
        picked.insert(item.key)
        perStratum[item.stratum, default: 0] += 1
        perWorker[item.worker, default: 0] += 1
        perTeam[item.team, default: 0] += 1
        for theme in item.themes { perTheme[theme, default: 0] += 1 }
        picks.append(Pick(key: item.key, stratum: item.stratum, rank: ranks[item.key]!, ticket: item.ticket, rule: rule))
    }

    /// What stops `item` being picked now, or nil when nothing does.
    private func blocker(for item: SamplingCase) -> Miss? {
        if perStratum[item.stratum, default: 0] >= rules.sizes[item.stratum, default: 0] { return .strataFull }
        if let cap = rules.perWorkerCap, perWorker[item.worker, default: 0] >= cap { return .workerCapReached }
        if let cap = rules.perTeamCap, perTeam[item.team, default: 0] >= cap { return .teamCapReached }
        return nil
    }

    /// Why the case with `key` (in the population) was not picked; nil when it was picked or is
    /// not in the population.
    public func miss(for key: String) -> Miss? {
        guard !picked.contains(key), let item = ordered.first(where: { $0.key == key }) else { return nil }
        return blocker(for: item) ?? .rankedTooLow
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

/// Checks, before any draw, that the rules can be met.
enum SelectionFeasibility {
    static func check(cases: [SamplingCase], rules: SelectionRules) throws {
        guard !cases.isEmpty else { throw SelectionError("the population is empty: no case matches the plan") }
        for (stratum, size) in rules.sizes.sorted(by: { $0.key < $1.key }) {
            guard size > 0 else { throw SelectionError("stratum '\(stratum)': the size must be 1 or more, not \(size)") }
            let members = cases.filter { $0.stratum == stratum }
            guard members.count >= size else {
                throw SelectionError("stratum '\(stratum)' asks for \(size) cases but the population has \(members.count)")
            }
            if let cap = rules.perWorkerCap {
                let reachable = Dictionary(grouping: members, by: \.worker).values.map { min($0.count, cap) }.reduce(0, +)
                guard reachable >= size else {
                    throw SelectionError("stratum '\(stratum)' asks for \(size) cases but the cap of \(cap) per worker allows at most \(reachable)")
                }
            }
            if let cap = rules.perTeamCap {
                let reachable = Dictionary(grouping: members, by: \.team).values.map { min($0.count, cap) }.reduce(0, +)
                guard reachable >= size else {
                    throw SelectionError("stratum '\(stratum)' asks for \(size) cases but the cap of \(cap) per team allows at most \(reachable)")
                }
            }
        }
        for cap in [rules.perWorkerCap, rules.perTeamCap].compactMap({ $0 }) where cap <= 0 {
            throw SelectionError("a cap must be 1 or more, not \(cap)")
        }
        let total = rules.sizes.values.reduce(0, +)
        for quota in rules.quotas {
            guard quota.minimum > 0 else { throw SelectionError("quota '\(quota.theme)': the minimum must be 1 or more") }
            let qualifying = cases.filter { $0.themes.contains(quota.theme) && rules.sizes[$0.stratum] != nil }.count
            guard qualifying >= quota.minimum else {
                throw SelectionError("quota '\(quota.theme)' asks for \(quota.minimum) cases but only \(qualifying) in the sampled strata qualify")
            }
            guard quota.minimum <= total else {
                throw SelectionError("quota '\(quota.theme)' asks for \(quota.minimum) cases but the sample has only \(total)")
            }
        }
    }
}
