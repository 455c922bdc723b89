import Testing

@testable import EvidenceSampling

@Suite("Selection walk")
struct SelectionTests {
    static let seedHash = Ticket.seedHash("27182818284590452353602874")

    /// `count` cases in `stratum`, spread over `workers` workers of one team.
    static func cases(
        _ count: Int, stratum: String, workers: Int = 10, team: String = "Team A",
        themes: (Int) -> Set<String> = { _ in [] }
    ) -> [SamplingCase] {
        (0..<count).map { index in
            let key = "L8:\(stratum)-\(index)"
            return SamplingCase(
                key: key, stratum: stratum, worker: "\(team) worker \(index % workers)", team: team,
                themes: themes(index), ticket: Ticket(caseKey: key, seedHash: seedHash))
        }
    }

    @Test("each stratum takes its lowest tickets, ranked within the stratum")
    func lowestTickets() throws {
        let population = Self.cases(50, stratum: "in care") + Self.cases(30, stratum: "on a plan")
        let selection = try Selection(cases: population, rules: SelectionRules(sizes: ["in care": 5, "on a plan": 3]))
        for stratum in ["in care", "on a plan"] {
            let expected = population.filter { $0.stratum == stratum }.sorted { $0.ticket < $1.ticket }
                .prefix(stratum == "in care" ? 5 : 3).map(\.key)
            #expect(selection.picks.filter { $0.stratum == stratum }.map(\.key).sorted() == expected.sorted())
        }
        #expect(selection.picks.map(\.rank).allSatisfy { $0 <= 5 })
        #expect(selection.picks.allSatisfy { $0.rule == "stratum size" })
    }

    @Test("a quota is met first, even by a case ranked low")
    func quotaFirst() throws {
        let population = Self.cases(60, stratum: "in care") { $0 == 59 ? ["uasc"] : [] }
        let rules = SelectionRules(sizes: ["in care": 4], quotas: [.init(theme: "uasc", minimum: 1)])
        let selection = try Selection(cases: population, rules: rules)
        #expect(selection.picks.first?.key == "L8:in care-59")
        #expect(selection.picks.first?.rule == "quota: uasc")
        #expect(selection.picks.count == 4)
    }

    @Test("no worker gets more picks than the cap, and a capped case says so")
    func workerCap() throws {
        let population = Self.cases(40, stratum: "in care", workers: 4)
        let selection = try Selection(cases: population, rules: SelectionRules(sizes: ["in care": 8], perWorkerCap: 2))
        let perWorker = Dictionary(grouping: selection.picks) { pick in population.first { $0.key == pick.key }!.worker }
        #expect(perWorker.values.allSatisfy { $0.count <= 2 })
        #expect(selection.picks.count == 8)
        let missed = population.filter { item in !selection.picks.contains { $0.key == item.key } }
        #expect(missed.allSatisfy { [.workerCapReached, .rankedTooLow].contains(selection.miss(for: $0.key)) })
        #expect(missed.contains { selection.miss(for: $0.key) == .workerCapReached })
    }

    @Test("the same population, rules and seed always give the same sample")
    func deterministic() throws {
        let population = Self.cases(200, stratum: "cin", workers: 20)
        let rules = SelectionRules(sizes: ["cin": 10], perWorkerCap: 1)
        #expect(try Selection(cases: population, rules: rules).picks == Selection(cases: population.reversed(), rules: rules).picks)
    }

    @Test(
        "impossible rules are refused before anything is drawn, naming the rule",
        arguments: [
            (SelectionRules(sizes: ["in care": 0]), "stratum 'in care': the size must be 1 or more, not 0"),
            (SelectionRules(sizes: ["in care": 11]), "stratum 'in care' asks for 11 cases but the population has 10"),
            (SelectionRules(sizes: ["in care": 5], perWorkerCap: 1), "stratum 'in care' asks for 5 cases but the cap of 1 per worker allows at most 2"),
            (
                SelectionRules(sizes: ["in care": 2], quotas: [.init(theme: "disability", minimum: 3)]),
                "quota 'disability' asks for 3 cases but only 2 in the sampled strata qualify"
            )
        ])
    func impossibleRules(rules: SelectionRules, message: String) {
        let population = Self.cases(10, stratum: "in care", workers: 2) { $0 < 2 ? ["disability"] : [] }
        #expect(throws: SelectionError(message)) { try Selection(cases: population, rules: rules) }
    }

    @Test("an empty population is refused")
    func emptyPopulation() {
        #expect(throws: SelectionError("the population is empty: no case matches the plan")) {
            try Selection(cases: [], rules: SelectionRules(sizes: ["x": 1]))
        }
    }
}
