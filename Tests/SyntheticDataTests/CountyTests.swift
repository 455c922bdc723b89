import Domain
import Testing

@Suite("County size and proportions")
struct CountyTests {
    @Test("a county's lists hold about 40,000 rows in the expected sizes")
    func sizes() {
        let run = GeneratedRun.county
        #expect((35_000...45_000).contains(run.summary.annexARows), "\(run.summary.annexARows) rows")
        let expected: [(AnnexAList, ClosedRange<Int>)] = [
            (.contacts, 15_000...20_000), (.earlyHelp, 2_500...3_500), (.referrals, 3_000...4_000),
            (.assessments, 3_000...4_000), (.section47, 1_200...1_800), (.careLeavers, 500...650),
            (.adoption, 50...90), (.adopters, 40...60)
        ]
        for (list, range) in expected {
            #expect(range.contains(run.summary.rows(in: list)), "\(list): \(run.summary.rows(in: list))")
        }
        let open = run.list(.childrenInNeed).rows.filter { $0["cin_closure_date"].isEmpty }.count
        #expect((4_800...5_200).contains(open), "\(open) children in need")
        let plans = run.list(.childProtection).rows.filter { $0["plan_end_date"].isEmpty }.count
        #expect((600...700).contains(plans), "\(plans) on plans")
    }

    @Test("children in care look like England's: mostly fostered, 56% boys, 71% White")
    func childrenInCare() {
        let rows = GeneratedRun.county.list(.childrenInCare).rows.filter { $0["date_ceased_looked_after"].isEmpty }
        #expect((900...1_000).contains(rows.count))
        func share(_ predicate: (ListRow) -> Bool) -> Double {
            Double(rows.filter(predicate).count) / Double(rows.count)
        }
        let fostered = share { ["U1", "U2", "U3", "U4", "U5", "U6"].contains(PlacementType.parse($0["placement_type"])?.rawValue ?? "") }
        #expect((0.68...0.77).contains(fostered), "fostered \(fostered)")
        #expect((0.50...0.62).contains(share { $0["gender"] == Gender.male.ofstedForm }))
        let white: Set<Ethnicity> = [.wbri, .wiri, .wirt, .woth, .wrom]
        #expect((0.65...0.77).contains(share { Ethnicity.parse($0["ethnicity"]).map(white.contains) ?? false }))
        #expect((0.04...0.10).contains(share { $0["uasc"] == YesNo.yes.ofstedForm }))
        #expect((0.06...0.14).contains(share { $0["disability"] == YesNoUnknown.yes.ofstedForm }))
        let unstable = share { Int($0["placements_in_last_12_months"])! >= 3 }
        #expect((0.06...0.14).contains(unstable), "3+ placements \(unstable)")
    }
}
