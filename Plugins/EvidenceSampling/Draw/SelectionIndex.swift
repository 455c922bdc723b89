/// The population with its strata, workers and teams numbered once, so the selection walk and
/// the feasibility check count in arrays instead of hashing names for every case.
struct SelectionIndex {
    /// Each case's stratum, worker and team number.
    let stratum: [Int], worker: [Int], team: [Int]
    /// The names behind the numbers.
    let strata: [String], workers: [String], teams: [String]

    init(_ cases: [some SelectionCandidate]) {
        var strata = Numbering()
        var workers = Numbering()
        var teams = Numbering()
        var stratum = [Int]()
        var worker = [Int]()
        var team = [Int]()
        stratum.reserveCapacity(cases.count)
        worker.reserveCapacity(cases.count)
        team.reserveCapacity(cases.count)
        for item in cases {
            stratum.append(strata.number(item.stratum))
            worker.append(workers.number(item.worker))
            team.append(teams.number(item.team))
        }
        (self.stratum, self.worker, self.team) = (stratum, worker, team)
        (self.strata, self.workers, self.teams) = (strata.names, workers.names, teams.names)
    }

    /// The size of each numbered stratum under `sizes` (0 for strata not named).
    func sizes(_ sizes: [String: Int]) -> [Int] {
        strata.map { sizes[$0] ?? 0 }
    }

    /// Gives names consecutive numbers in order of first appearance.
    private struct Numbering {
        var numbers: [String: Int] = [:]
        var names: [String] = []

        mutating func number(_ name: String) -> Int {
            if let number = numbers[name] { return number }
            numbers[name] = names.count
            names.append(name)
            return names.count - 1
        }
    }
}
