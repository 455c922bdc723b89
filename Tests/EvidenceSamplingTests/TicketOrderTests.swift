import Domain
import Testing

@testable import EvidenceSampling

@Suite("Large draws: tickets together, the order in bands, the cases numbered in chunks")
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

    @Test("a manifest's cases numbered chunk by chunk beside their tickets draw as the same cases numbered at once")
    func chunkedNumbering() throws {
        let profile = CaseProfile(age: 9, gender: "F", ethnicity: nil, disability: "Y", placementType: nil, legalStatus: nil)
        // Names first seen in later chunks, themes and groups only some chunks have, and a rare
        // stratum whose every case must be drawn, far past the first band of tickets.
        let cases = (0..<45_000).map { index in
            let rare = index % 5_000 == 7
            return ManifestCase(
                key: "L8:LA1-\(index)", list: .childrenInCare, rowNumber: index + 2, childID: "LA1-\(index)",
                stratum: rare ? "rare" : "stratum \(index % 7 + index / 15_000 * 7)", team: rare ? "rare team" : "team \(index % 11)",
                worker: rare ? "rare worker \(index)" : "worker \(index % 997 + index / 20_000)",
                themes: index % 61 == 0 ? ["uasc"] : index % 89 == 0 ? ["disability", "uasc"] : [], profile: profile)
        }
        let rules = SelectionRules(
            sizes: Dictionary(uniqueKeysWithValues: (0..<21).map { ("stratum \($0)", 3) } + [("rare", 9)]), perWorkerCap: 1, perTeamCap: 9,
            quotas: [.init(theme: "disability", minimum: 4), .init(theme: "uasc", minimum: 6)])
        #expect(Ticket.chunks(of: cases.count) > 1)
        let chunked = try Selection(cases: cases, seed: Self.seed, rules: rules)
        let whole = try Selection(
            cases: cases.map { item in
                SamplingCase(
                    key: item.key, stratum: item.stratum, worker: item.worker, team: item.team, themes: Set(item.themes),
                    ticket: Ticket(caseKey: item.key, seed: Self.seed))
            }, rules: rules)
        #expect(chunked.picks == whole.picks)
        #expect(chunked.picks.count == 72)
    }
}
