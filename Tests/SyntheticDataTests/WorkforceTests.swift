import Domain
import Testing

@Suite("Workforce and allocation")
struct WorkforceTests {
    @Test("every allocated worker belongs to the allocated team in workforce.csv", arguments: RunSize.allCases)
    func workersBelongToTeams(size: RunSize) {
        let run = size.run
        let teamOfWorker = teamsByWorker(run)
        var strangers: [String] = []
        for list in AnnexAList.allCases where list.columns.contains(where: { $0.key == "allocated_worker" }) {
            for row in run.list(list).rows where teamOfWorker[row["allocated_worker"]] != row["allocated_team"] {
                strangers.append("\(list): \(row["allocated_team"]) / \(row["allocated_worker"])")
            }
        }
        for row in run.list(.careLeavers).rows where teamOfWorker[row["personal_advisor"]] == nil {
            strangers.append("personal adviser \(row["personal_advisor"])")
        }
        #expect(Array(strangers.prefix(5)) == [])
    }

    @Test("team and worker names are unique within the authority")
    func uniqueNames() {
        let workforce = GeneratedRun.county.table("workforce.csv")
        let workers = workforce.column("Worker Name")
        #expect(Set(workers).count == workers.count)
        let teamIDs = Dictionary(
            zip(workforce.column("Team Name"), workforce.column("Team ID")),
            uniquingKeysWith: { first, second in
                #expect(first == second, "two teams share a name")
                return first
            })
        #expect(teamIDs.count >= 10)
    }

    @Test("children are held by the team for their service", arguments: RunSize.allCases)
    func teamsMatchServices(size: RunSize) {
        let run = size.run
        let careTeams = Dictionary(
            uniqueKeysWithValues: run.list(.childrenInCare).rows.map {
                ($0["child_id"], $0["allocated_team"])
            })
        var problems: [String] = []
        func expect(_ row: ListRow, teamStartsWith prefixes: [String]) {
            if !prefixes.contains(where: { row["allocated_team"].hasPrefix($0) }) {
                problems.append("\(row.list) \(row["child_id"]) in \(row["allocated_team"])")
            }
        }
        for row in run.list(.childrenInCare).rows { expect(row, teamStartsWith: ["Children in Care Team"]) }
        for row in run.list(.careLeavers).rows { expect(row, teamStartsWith: ["Leaving Care Team"]) }
        for row in run.list(.childProtection).rows where careTeams[row["child_id"]] != row["allocated_team"] {
            expect(row, teamStartsWith: ["Family Safeguarding Team"])
        }
        for row in run.list(.childrenInNeed).rows {
            switch row["case_status"] {
            case CaseStatus.lookedAfter.ofstedForm: expect(row, teamStartsWith: ["Children in Care Team"])
            case CaseStatus.childProtectionPlan.ofstedForm: expect(row, teamStartsWith: ["Family Safeguarding Team"])
            case CaseStatus.childInNeedPlan.ofstedForm:
                expect(row, teamStartsWith: ["Family Safeguarding Team", "Children with Disabilities Team"])
            case CaseStatus.openAssessment.ofstedForm: expect(row, teamStartsWith: ["Assessment Team"])
            default: break
            }
        }
        #expect(Array(problems.prefix(5)) == [])
    }

    @Test("caseloads are between 1 and 30 open cases and about 16 on average", arguments: RunSize.allCases)
    func caseloads(size: RunSize) {
        let run = size.run
        var cases: [String: Set<String>] = [:]
        for row in run.list(.childrenInNeed).rows where row["cin_closure_date"].isEmpty {
            cases[row["allocated_worker"], default: []].insert(row["child_id"])
        }
        for row in run.list(.careLeavers).rows {
            cases[row["allocated_worker"], default: []].insert(row["child_id"])
        }
        let loads = cases.values.map(\.count)
        #expect(loads.allSatisfy { (1...30).contains($0) }, "largest caseload \(loads.max() ?? 0)")
        let mean = Double(loads.reduce(0, +)) / Double(loads.count)
        #expect((12...20).contains(mean), "mean caseload \(mean)")
    }

    @Test("about 18% of the county's workers are agency staff")
    func agencyShare() {
        let agency = GeneratedRun.county.table("workforce.csv").column("Agency")
        let share = Double(agency.filter { $0 == "yes" }.count) / Double(agency.count)
        #expect((0.12...0.24).contains(share), "agency share \(share)")
        #expect(agency.allSatisfy { $0 == "yes" || $0 == "no" })
    }

    private func teamsByWorker(_ run: GeneratedRun) -> [String: String] {
        let workforce = run.table("workforce.csv")
        return Dictionary(uniqueKeysWithValues: zip(workforce.column("Worker Name"), workforce.column("Team Name")))
    }
}
