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
    /// Each case's key, by index in the population, read from the cases where they lie.
    private let key: @Sendable (Int) -> String
    /// Each case's ticket, by index in the population.
    private let tickets: [Ticket]
    /// How many cases the population has.
    private let count: Int
    private let index: SelectionIndex
    /// The cases in ticket order, as far as the walk has gone.
    private var order: TicketOrder
    private let rules: SelectionRules
    /// Cases per stratum, by stratum number; extensions grow them.
    private var sizes: [Int]
    /// Why each case the walk passed over was not taken, the last time it was considered.
    private var misses: [Int: Miss] = [:]
    private var picked: Set<Int> = []
    private var perStratum: [Int], perWorker: [Int], perTeam: [Int]
    /// Picks per quota theme, by number in the index's `quotaThemes`.
    private var perTheme: [Int]

    /// Runs the walk over a manifest's cases with their tickets under `seed`: what drawing,
    /// extending, verifying and explaining a sample start from.
    /// - Throws: `SelectionError` naming the rule when the rules cannot be met with these
    ///   cases, before anything is drawn.
    public init(cases: [ManifestCase], seed: TicketSeed, rules: SelectionRules) throws {
        let key: @Sendable (Int) -> String = { cases[$0].key }
        // Each chunk of cases is numbered, and its lowest tickets set aside, right after its
        // tickets are computed, while the chunk is in the cache.
        let chunks = Ticket.chunks(of: cases.count)
        var parts = (0..<chunks).map { _ in SelectionIndex.Part(rules: rules, capacity: cases.count / chunks + 1) }
        let firstBandEnd = TicketOrder.firstBandEnd(expected: Self.firstBand(rules), count: cases.count)
        var lowest = [[(leading: UInt64, item: Int)]](repeating: [], count: chunks)
        let tickets = parts.withUnsafeMutableBufferPointer { partsBuffer in
            lowest.withUnsafeMutableBufferPointer { lowestBuffer in
                // Safe to share: each chunk writes only its own part and its own list.
                nonisolated(unsafe) let (parts, lowest) = (partsBuffer, lowestBuffer)
                return Ticket.all(count: cases.count, seed: seed, key: key) { chunk, block, tickets in
                    parts[chunk].add(cases, block)
                    for (offset, ticket) in tickets.enumerated() where ticket.leading < firstBandEnd {
                        lowest[chunk].append((ticket.leading, block.lowerBound + offset))
                    }
                }
            }
        }
        let index = try SelectionFeasibility.checked(SelectionIndex(parts), rules: rules)
        try self.init(index, count: cases.count, key: key, tickets: tickets, rules: rules, firstBand: Array(lowest.joined()))
    }

    /// Runs the walk over cases whose tickets are known.
    /// - Throws: `SelectionError` naming the rule when the rules cannot be met with this
    ///   population, before anything is drawn.
    public init(cases: [SamplingCase], rules: SelectionRules) throws {
        let index = try SelectionFeasibility.checked(SelectionIndex(cases, rules: rules), rules: rules)
        try self.init(index, count: cases.count, key: { cases[$0].key }, tickets: cases.map(\.ticket), rules: rules)
    }

    private init(
        _ index: SelectionIndex, count: Int, key: @escaping @Sendable (Int) -> String, tickets: [Ticket], rules: SelectionRules,
        firstBand: [(leading: UInt64, item: Int)]? = nil
    ) throws {
        // Strata never take more than their size, so the sample is complete at the total.
        let total = rules.sizes.values.reduce(0, +)
        (self.key, self.tickets, self.count, self.index, self.rules) = (key, tickets, count, index, rules)
        order = TicketOrder(
            tickets: tickets, key: key, stratum: index.stratum, strata: index.strata.count, expected: Self.firstBand(rules),
            firstBand: firstBand)
        sizes = index.sizes(rules.sizes)
        perStratum = [Int](repeating: 0, count: index.strata.count)
        perWorker = [Int](repeating: 0, count: index.workerCount)
        perTeam = [Int](repeating: 0, count: index.teamCount)
        perTheme = [Int](repeating: 0, count: index.quotaThemes.count)
        for quota in rules.quotas {
            let theme = index.quotaThemes.firstIndex(of: quota.theme)!
            var position = 0
            while perTheme[theme] < quota.minimum, let item = order.item(at: position) {
                if index.quotaThemes(of: item).contains(theme) { accept(at: position, rule: "quota: \(quota.theme)") }
                position += 1
            }
        }
        var position = 0
        while picks.count < total, let item = order.item(at: position) {
            if let miss = accept(at: position, rule: "stratum size") { misses[item] = miss }
            position += 1
        }
        for quota in rules.quotas {
            let count = perTheme[index.quotaThemes.firstIndex(of: quota.theme)!]
            guard count >= quota.minimum else {
                throw SelectionError(
                    "quota '\(quota.theme)' cannot be met under the caps with this seed: only \(count) of the \(quota.minimum) qualifying cases could be picked"
                )
            }
        }
    }

    /// About how many cases the first band of tickets should hold: enough that the walk seldom
    /// needs a second (it stops at the sample's total, or when the quotas are met).
    private static func firstBand(_ rules: SelectionRules) -> Int {
        max(4_096, 32 * rules.sizes.values.reduce(0, +))
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
            return Int32(number)
        }
        var next = self
        var added = 0
        var position = 0
        while added < more, let item = next.order.item(at: position) {
            let itemStratum = Int(index.stratum[item])
            if wanted == nil || index.stratum[item] == wanted, !next.picked.contains(item) {
                next.sizes[itemStratum] += 1
                if let miss = next.accept(at: position, rule: rule) {
                    next.sizes[itemStratum] -= 1
                    next.misses[item] = miss
                } else {
                    added += 1
                }
            }
            position += 1
        }
        guard added == more else {
            let scope = stratum.map { "in stratum '\($0)'" } ?? "in the population"
            throw SelectionError("only \(added) more cases can be picked \(scope) under the caps, not \(more)")
        }
        self = next
    }

    /// Accepts the case at `position` in ticket order if nothing blocks it; otherwise returns what did.
    @discardableResult
    private mutating func accept(at position: Int, rule: String) -> Miss? {
        let item = order.items[position]
        guard !picked.contains(item) else { return nil }
        if let miss = blocker(for: item) { return miss }
        picked.insert(item)
        perStratum[Int(index.stratum[item])] += 1
        if rules.perWorkerCap != nil { perWorker[Int(index.worker[item])] += 1 }
        if rules.perTeamCap != nil { perTeam[Int(index.team[item])] += 1 }
        for theme in index.quotaThemes(of: item) { perTheme[theme] += 1 }
        picks.append(
            Pick(key: key(item), stratum: index.strata[Int(index.stratum[item])], rank: order.ranks[position], ticket: tickets[item], rule: rule))
        return nil
    }

    /// What stops the case at `item` being picked now, or nil when nothing does.
    private func blocker(for item: Int) -> Miss? {
        let stratum = Int(index.stratum[item])
        if perStratum[stratum] >= sizes[stratum] { return .stratumFull }
        if let cap = rules.perWorkerCap, perWorker[Int(index.worker[item])] >= cap { return .workerCapReached }
        if let cap = rules.perTeamCap, perTeam[Int(index.team[item])] >= cap { return .teamCapReached }
        return nil
    }

    /// Where the case with `key` stands in ticket order: its rank within its stratum, how many
    /// cases the stratum has, and the stratum's size in the sample. Nil when it is not in the population.
    public func standing(of key: String) -> (rank: Int, of: Int, size: Int)? {
        guard let item = item(withKey: key) else { return nil }
        let stratum = index.stratum[item]
        let members = index.stratum.indices.filter { index.stratum[$0] == stratum }
        let lower = members.filter { (tickets[$0], self.key($0)) < (tickets[item], key) }.count
        return (lower + 1, members.count, sizes[Int(stratum)])
    }

    /// Why the case with `key` (in the population) was not picked, the last time the walk
    /// considered it; `.rankedTooLow` when the sample was complete before its turn. Nil when it
    /// was picked or is not in the population.
    public func miss(for key: String) -> Miss? {
        guard let item = item(withKey: key), !picked.contains(item) else { return nil }
        return misses[item] ?? .rankedTooLow
    }

    private func item(withKey key: String) -> Int? {
        (0..<count).first { self.key($0) == key }
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
        _ = try checked(SelectionIndex(cases, rules: rules), rules: rules)
    }

    /// `index` once the rules are checked against it.
    static func checked(_ index: SelectionIndex, rules: SelectionRules) throws -> SelectionIndex {
        guard !index.stratum.isEmpty else { throw SelectionError("the population is empty: no case matches the plan") }
        let sizes = index.sizes(rules.sizes)
        // Cases per stratum, and per theme group, in the sampled strata.
        var members = [Int](repeating: 0, count: index.strata.count)
        var perGroup = [Int](repeating: 0, count: index.themeGroups.count)
        for item in index.stratum.indices where sizes[Int(index.stratum[item])] > 0 {
            members[Int(index.stratum[item])] += 1
            if !index.themeGroup.isEmpty { perGroup[Int(index.themeGroup[item])] += 1 }
        }
        let capped = [
            rules.perWorkerCap.map { CapReach(cap: $0, kind: "worker", groups: index.worker, groupCount: index.workerCount, index: index, sizes: sizes) },
            rules.perTeamCap.map { CapReach(cap: $0, kind: "team", groups: index.team, groupCount: index.teamCount, index: index, sizes: sizes) }
        ].compactMap { $0 }
        for (stratum, size) in rules.sizes.sorted(by: { $0.key < $1.key }) {
            guard size > 0 else { throw SelectionError("stratum '\(stratum)': the size must be 1 or more, not \(size)") }
            let number = index.strata.firstIndex(of: stratum)
            let count = number.map { members[$0] } ?? 0
            guard count >= size else {
                throw SelectionError("stratum '\(stratum)' asks for \(size) cases but the population has \(count)")
            }
            for reach in capped where reach.reachable(number!) < size {
                throw SelectionError(
                    "stratum '\(stratum)' asks for \(size) cases but the cap of \(reach.cap) per \(reach.kind) allows at most \(reach.reachable(number!))")
            }
        }
        for cap in [rules.perWorkerCap, rules.perTeamCap].compactMap({ $0 }) where cap <= 0 {
            throw SelectionError("a cap must be 1 or more, not \(cap)")
        }
        let total = rules.sizes.values.reduce(0, +)
        for quota in rules.quotas {
            guard quota.minimum > 0 else { throw SelectionError("quota '\(quota.theme)': the minimum must be 1 or more") }
            let theme = index.quotaThemes.firstIndex(of: quota.theme)!
            let qualifying = index.themeGroups.indices.filter { index.themeGroups[$0].contains(theme) }.map { perGroup[$0] }.reduce(0, +)
            guard qualifying >= quota.minimum else {
                throw SelectionError("quota '\(quota.theme)' asks for \(quota.minimum) cases but only \(qualifying) in the sampled strata qualify")
            }
            guard quota.minimum <= total else {
                throw SelectionError("quota '\(quota.theme)' asks for \(quota.minimum) cases but the sample has only \(total)")
            }
        }
        return index
    }
}
