import Dispatch
import Hashing

/// The population with what the rules ask about numbered once: every case's stratum, and its
/// worker, team and quota themes when a cap or a quota asks about them. The selection walk and
/// the feasibility check then count in arrays and never touch a case's strings.
struct SelectionIndex: Sendable {
    /// Each case's stratum number, and the names behind the numbers.
    let stratum: [Int32], strata: [String]
    /// Each case's worker number when the rules cap workers (empty otherwise), and how many workers.
    let worker: [Int32], workerCount: Int
    /// Each case's team number when the rules cap teams (empty otherwise), and how many teams.
    let team: [Int32], teamCount: Int
    /// The quotas' themes, each once, in the plan's order.
    let quotaThemes: [String]
    /// Each case's theme group when the rules have quotas (empty otherwise): a number in `themeGroups`.
    let themeGroup: [Int32]
    /// The quota themes (numbers in `quotaThemes`) a theme group qualifies for; group 0 qualifies for none.
    let themeGroups: [[Int]]

    init(_ cases: [some SelectionCandidate], rules: SelectionRules) {
        var part = Part(rules: rules, capacity: cases.count)
        part.add(cases, cases.indices)
        self.init([part])
    }

    /// The index of the cases `parts` numbered, one after another; names keep the numbers of
    /// their first appearance across all the parts.
    init(_ parts: [Part]) {
        var strata = ByteNumbering()
        var workers = ByteNumbering()
        var teams = ByteNumbering()
        var groups: [[Int]] = [[]]
        var groupNumbers: [[Int]: Int32] = [:]
        // Each part's local numbers to the joined ones, part by part in order.
        let strataMaps = parts.map { $0.strata.names.map { strata.number($0) } }
        let workerMaps = parts.map { $0.workers.names.map { workers.number($0) } }
        let teamMaps = parts.map { $0.teams.names.map { teams.number($0) } }
        let groupMaps = parts.map { part in
            part.groups.map { group in
                if group.isEmpty { return Int32(0) }
                if let number = groupNumbers[group] { return number }
                groupNumbers[group] = Int32(groups.count)
                groups.append(group)
                return Int32(groups.count - 1)
            }
        }
        stratum = Self.joined(parts.map(\.stratum), renumbered: strataMaps)
        worker = Self.joined(parts.map(\.worker), renumbered: workerMaps)
        team = Self.joined(parts.map(\.team), renumbered: teamMaps)
        themeGroup = Self.joined(parts.map(\.themeGroup), renumbered: groupMaps)
        (self.strata, workerCount, teamCount) = (strata.names, workers.count, teams.count)
        (quotaThemes, themeGroups) = (parts.first?.quotaThemes ?? [], groups)
    }

    /// The parts' `columns` one after another, each number replaced by its part's `maps` entry;
    /// the parts on every core.
    private static func joined(_ columns: [[Int32]], renumbered maps: [[Int32]]) -> [Int32] {
        let starts = columns.reduce(into: [0]) { starts, column in starts.append(starts.last! + column.count) }
        return [Int32](unsafeUninitializedCapacity: starts.last!) { buffer, count in
            // Safe to share: each part writes only its own run of the output.
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: columns.count) { part in
                for (offset, number) in columns[part].enumerated() {
                    (output.baseAddress! + starts[part] + offset).initialize(to: maps[part][Int(number)])
                }
            }
            count = starts.last!
        }
    }

    /// A run of cases numbered on its own, so that chunks of cases can be numbered on different
    /// threads and joined by ``SelectionIndex/init(_:)``.
    struct Part: Sendable {
        let quotaThemes: [String]
        let numbersWorkers: Bool, numbersTeams: Bool
        fileprivate var strata = ByteNumbering(), workers = ByteNumbering(), teams = ByteNumbering()
        fileprivate var stratum: [Int32] = [], worker: [Int32] = [], team: [Int32] = [], themeGroup: [Int32] = []
        /// The quota themes (numbers in `quotaThemes`) of this part's theme groups; group 0 has none.
        fileprivate var groups: [[Int]] = [[]]
        private var groupNumbers: [[Int]: Int32] = [:]
        private var qualifying: [Int] = []

        /// An empty part numbering what `rules` ask about, with room for `capacity` cases.
        init(rules: SelectionRules, capacity: Int) {
            var quotaThemes: [String] = []
            for quota in rules.quotas where !quotaThemes.contains(quota.theme) { quotaThemes.append(quota.theme) }
            self.quotaThemes = quotaThemes
            (numbersWorkers, numbersTeams) = (rules.perWorkerCap != nil, rules.perTeamCap != nil)
            stratum.reserveCapacity(capacity)
            if numbersWorkers { worker.reserveCapacity(capacity) }
            if numbersTeams { team.reserveCapacity(capacity) }
            if !quotaThemes.isEmpty { themeGroup.reserveCapacity(capacity) }
        }

        /// Numbers the cases at `items`, which follow the part's earlier ones.
        mutating func add(_ cases: [some SelectionCandidate], _ items: Range<Int>) {
            // By index: `for item in cases` would copy each case, retaining all its strings.
            for item in items {
                stratum.append(strata.number(cases[item].stratum))
                if numbersWorkers { worker.append(workers.number(cases[item].worker)) }
                if numbersTeams { team.append(teams.number(cases[item].team)) }
                guard !quotaThemes.isEmpty else { continue }
                if !qualifying.isEmpty { qualifying.removeAll(keepingCapacity: true) }
                for (number, theme) in quotaThemes.enumerated() where cases[item].qualifies(for: theme) { qualifying.append(number) }
                if qualifying.isEmpty {
                    themeGroup.append(0)
                } else if let group = groupNumbers[qualifying] {
                    themeGroup.append(group)
                } else {
                    groupNumbers[qualifying] = Int32(groups.count)
                    themeGroup.append(Int32(groups.count))
                    groups.append(qualifying)
                }
            }
        }
    }

    /// The size of each numbered stratum under `sizes` (0 for strata not named).
    func sizes(_ sizes: [String: Int]) -> [Int] {
        strata.map { sizes[$0] ?? 0 }
    }

    /// The quota themes (numbers in `quotaThemes`) the case at `item` qualifies for.
    func quotaThemes(of item: Int) -> [Int] {
        themeGroup.isEmpty ? [] : themeGroups[Int(themeGroup[item])]
    }
}
