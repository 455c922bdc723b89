import Domain

/// One authority's teams and workers, and who holds how many open cases.
///
/// Children are allocated as they are generated: ``allocate(_:area:using:)`` gives an open case to
/// the less loaded of two workers drawn at random from the right teams (weighing part-time workers
/// by their FTE), which keeps caseloads close to the target without making them all equal.
/// ``historicalAllocation(_:area:using:)`` names a worker for rows that are not open cases
/// (referrals, completed assessments, closed episodes) without adding to anyone's caseload.
struct Workforce: Sendable {
    /// Every team, in the order they were formed.
    let teams: [Team]
    /// Every worker, team managers included.
    let workers: [Worker]
    /// Case-holding workers' indices into ``workers``, by pool (see ``poolIndex(_:area:)``).
    private let pools: [[Int]]
    private let teamNamesByID: [String: String]
    private var openCases: [Int]

    /// The most areas an authority is divided into.
    static let maxAreas = 5

    init(teams: [Team], workers: [Worker], caseHolderPools: [[Int]]) {
        self.teams = teams
        self.workers = workers
        pools = caseHolderPools
        teamNamesByID = Dictionary(uniqueKeysWithValues: teams.map { ($0.id, $0.name) })
        openCases = Array(repeating: 0, count: workers.count)
    }

    /// Where the case holders for `service` in `area` are kept.
    static func poolIndex(_ service: Service, area: Int) -> Int {
        service.rawValue * maxAreas + (service.isAreaBased ? area : 0)
    }

    /// Allocates an open case in `service` to a worker and counts it in their caseload.
    mutating func allocate(_ service: Service, area: Int, using random: inout SeededRandom) -> Allocation {
        let pool = pools[Self.poolIndex(service, area: area)]
        let first = random.element(of: pool)
        let second = random.element(of: pool)
        let chosen = load(of: first) <= load(of: second) ? first : second
        openCases[chosen] += 1
        return allocation(of: chosen)
    }

    /// A worker in `service` for a row that is not an open case, such as a closed referral.
    func historicalAllocation(_ service: Service, area: Int, using random: inout SeededRandom) -> Allocation {
        allocation(of: random.element(of: pools[Self.poolIndex(service, area: area)]))
    }

    private func load(of worker: Int) -> Double {
        Double(openCases[worker]) / workers[worker].fte
    }

    private func allocation(of worker: Int) -> Allocation {
        Allocation(team: teamNamesByID[workers[worker].teamID] ?? "", worker: workers[worker].name)
    }
}
