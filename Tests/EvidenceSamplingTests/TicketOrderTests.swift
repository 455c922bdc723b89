import Testing

@testable import EvidenceSampling

@Suite("Ticket order in bands")
struct TicketOrderTests {
    static let seed = TicketSeed("16180339887498948482045868")

    @Test("a population's tickets computed together equal each computed alone, and lead with the fraction's first 18 digits")
    func ticketsTogether() {
        let keys = (0..<30_000).map { "L8:LA\($0 % 7)-\($0)" } + ["", "L9:Zoë-Ødegård", "L8:" + String(repeating: "7", count: 300)]
        let tickets = Ticket.all(for: keys, seed: Self.seed)
        #expect(tickets == keys.map { Ticket(caseKey: $0, seed: Self.seed) })
        #expect(tickets.allSatisfy { $0.leading == UInt64($0.digits.prefix(18))! })
    }

    @Test("the order found band by band is the full sort, with ranks within each stratum")
    func bandsMatchFullSort() {
        let keys = (0..<20_000).map { "L8:case-\($0)" }
        let tickets = Ticket.all(for: keys, seed: Self.seed)
        let stratum = keys.indices.map { Int32($0 % 3 == 0 ? 0 : 1) }
        var order = TicketOrder(tickets: tickets, key: { keys[$0] }, stratum: stratum, strata: 2, expected: 50)
        var found: [Int] = []
        while let item = order.item(at: found.count) { found.append(item) }
        let sorted = keys.indices.sorted { (tickets[$0], keys[$0]) < (tickets[$1], keys[$1]) }
        #expect(found == sorted)
        var counters = [0, 0]
        let ranks = sorted.map { item in
            counters[Int(stratum[item])] += 1
            return counters[Int(stratum[item])]
        }
        #expect(order.ranks == ranks)
    }

    @Test("a rare stratum far down the order is drawn as from a full sort")
    func rareStratum() throws {
        let cases = (0..<20_000).map { index in
            let key = "L8:case-\(index)"
            return SamplingCase(
                key: key, stratum: index % 1_000 == 0 ? "rare" : "common",
                worker: index % 1_000 == 0 ? "rare worker \(index)" : "worker \(index % 47)", team: "team",
                themes: index % 1_000 == 500 ? ["uasc"] : [], ticket: Ticket(caseKey: key, seed: Self.seed))
        }
        let rules = SelectionRules(sizes: ["rare": 15, "common": 5], perWorkerCap: 1, quotas: [.init(theme: "uasc", minimum: 3)])
        let selection = try Selection(cases: cases, rules: rules)
        let byTicket = cases.sorted { ($0.ticket, $0.key) < ($1.ticket, $1.key) }
        let rare = byTicket.filter { $0.stratum == "rare" }
        #expect(selection.picks.filter { $0.stratum == "rare" }.map(\.key).sorted() == rare.prefix(15).map(\.key).sorted())
        for pick in selection.picks {
            let inStratum = byTicket.filter { $0.stratum == pick.stratum }
            #expect(pick.rank == inStratum.firstIndex { $0.key == pick.key }! + 1)
            #expect(selection.standing(of: pick.key)?.rank == pick.rank)
        }
        #expect(selection.picks.filter { $0.rule == "quota: uasc" }.count == 3)
        #expect(selection.picks.count == 20)
    }
}
