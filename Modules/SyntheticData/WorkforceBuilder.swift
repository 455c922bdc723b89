import Domain

/// Forms one authority's teams and staffs them for the cases they are expected to hold.
///
/// Each service gets enough case holders for its expected open cases at the service's target
/// caseload, in teams of at most eight case holders plus a team manager who holds no cases. Team
/// names read like real ones ("Assessment Team North", "Children in Care Team 2") and are unique
/// within the authority; worker names are unique within the authority too, because Annex A
/// identifies workers by name.
struct WorkforceBuilder {
    private let authority: LocalAuthority
    private let areaNames: [String]
    private var teams: [Team] = []
    private var workers: [Worker] = []
    private var pools = Array(repeating: [Int](), count: Service.allCases.count * Workforce.maxAreas)
    private var usedNames = Set<String>()

    /// The compass areas a large authority is split into; small ones have a single, unnamed area.
    static let compassAreas = ["North", "South", "East", "West", "Central"]

    /// A builder for `authority`, whose front door and safeguarding are split into `areaCount` areas.
    init(authority: LocalAuthority, areaCount: Int) {
        self.authority = authority
        areaNames = areaCount > 1 ? Array(Self.compassAreas.prefix(areaCount)) : []
    }

    /// Staffs every service; `expectedCases` gives the open cases each service and area will hold.
    mutating func build(expectedCases: (Service, Int) -> Int, using random: inout SeededRandom) -> Workforce {
        for service in Service.allCases {
            let areas = service.isAreaBased ? max(1, areaNames.count) : 1
            for area in 0..<areas {
                let areaName = service.isAreaBased && !areaNames.isEmpty ? areaNames[area] : nil
                staff(service, area: area, areaName: areaName, cases: expectedCases(service, area), using: &random)
            }
        }
        return Workforce(teams: teams, workers: workers, caseHolderPools: pools)
    }

    private mutating func staff(
        _ service: Service, area: Int, areaName: String?, cases: Int,
        using random: inout SeededRandom
    ) {
        // Assumes an average FTE of about 0.93 (see `fte`), and keeps two workers even in a quiet
        // team so referrals always have someone to go to.
        let caseHolders = max(2, Int((Double(cases) / (service.targetCaseload * 0.93)).rounded(.up)))
        let teamCount = (caseHolders + 7) / 8
        for teamIndex in 0..<teamCount {
            var name = service.teamName
            if let areaName { name += " \(areaName)" }
            if teamCount > 1 { name += " \(teamIndex + 1)" }
            let team = Team(id: "\(authority.code)-T\((teams.count + 1).zeroPadded(to: 2))", name: name)
            teams.append(team)
            addWorker(to: team, role: "Team manager", agencyRate: 0.05, using: &random)
            // Spread the case holders evenly: the first teams take one extra when it does not divide.
            let members = caseHolders / teamCount + (teamIndex < caseHolders % teamCount ? 1 : 0)
            for _ in 0..<members {
                let role = service.caseHolderRoles.draw(using: &random)
                let index = addWorker(to: team, role: role, agencyRate: service.agencyRate, using: &random)
                pools[Workforce.poolIndex(service, area: area)].append(index)
            }
        }
    }

    @discardableResult
    private mutating func addWorker(
        to team: Team, role: String, agencyRate: Double,
        using random: inout SeededRandom
    ) -> Int {
        var name: String
        repeat {
            name = PersonNames.workforceFirstName(using: &random) + " " + random.element(of: PersonNames.surnames)
        } while usedNames.contains(name)
        usedNames.insert(name)
        workers.append(
            Worker(
                id: "\(authority.code)-W\((workers.count + 1).zeroPadded(to: 4))",
                name: name,
                teamID: team.id,
                fte: Self.fte.draw(using: &random),
                isAgency: random.chance(agencyRate),
                role: role
            ))
        return workers.count - 1
    }

    /// Most of the workforce is full time; part-time posts are usually 0.5 to 0.8.
    private static let fte = WeightedTable<Double>([(1.0, 78), (0.8, 12), (0.6, 7), (0.5, 3)])
}
