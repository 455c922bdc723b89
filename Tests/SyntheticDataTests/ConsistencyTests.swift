import Domain
import Testing

@Suite("Consistency across lists")
struct ConsistencyTests {
    @Test(
        "children in care now are looked after children in List 6, and the other way round",
        arguments: RunSize.allCases)
    func inCareAppearsInChildrenInNeed(size: RunSize) {
        let run = size.run
        let inCare = Set(run.list(.childrenInCare).rows.filter { $0["date_ceased_looked_after"].isEmpty }.map { $0["child_id"] })
        let lookedAfter = Set(statuses(run).filter { $0.value == CaseStatus.lookedAfter.ofstedForm }.keys)
        #expect(!inCare.isEmpty)
        #expect(inCare == lookedAfter)
    }

    @Test("open plans are List 6 child protection plans unless the child is in care", arguments: RunSize.allCases)
    func openPlansAppearInChildrenInNeed(size: RunSize) {
        let run = size.run
        let statuses = statuses(run)
        let openPlans = run.list(.childProtection).rows.filter { $0["plan_end_date"].isEmpty }.map { $0["child_id"] }
        #expect(!openPlans.isEmpty)
        for child in openPlans {
            #expect(
                [CaseStatus.childProtectionPlan.ofstedForm, CaseStatus.lookedAfter.ofstedForm].contains(statuses[child]),
                "\(child) has an open plan but List 6 says \(statuses[child] ?? "nothing")")
        }
        let planStatus = Set(statuses.filter { $0.value == CaseStatus.childProtectionPlan.ofstedForm }.keys)
        #expect(planStatus.isSubset(of: Set(openPlans)))
    }

    @Test("children on child in need plans are neither in care nor on an open plan", arguments: RunSize.allCases)
    func childInNeedPlansAreNeither(size: RunSize) {
        let run = size.run
        let onPlans = Set(run.list(.childProtection).rows.filter { $0["plan_end_date"].isEmpty }.map { $0["child_id"] })
        let inCare = Set(run.list(.childrenInCare).rows.filter { $0["date_ceased_looked_after"].isEmpty }.map { $0["child_id"] })
        let childInNeed = statuses(run).filter { $0.value == CaseStatus.childInNeedPlan.ofstedForm }.keys
        #expect(!childInNeed.isEmpty)
        #expect(childInNeed.allSatisfy { !onPlans.contains($0) && !inCare.contains($0) })
    }

    @Test(
        "Lists 6 to 10 hold one row per child", arguments: RunSize.allCases,
        [AnnexAList.childrenInNeed, .childProtection, .childrenInCare, .careLeavers, .adoption])
    func oneRowPerChild(size: RunSize, list: AnnexAList) {
        let ids = size.run.list(list).rows.map { $0["child_id"] }
        #expect(Set(ids).count == ids.count)
    }

    @Test("assessments and enquiries are about children in List 6 or List 3", arguments: RunSize.allCases)
    func assessedChildrenAreKnown(size: RunSize) {
        let run = size.run
        let known = Set(run.list(.childrenInNeed).rows.map { $0["child_id"] })
            .union(run.list(.referrals).rows.map { $0["child_id"] })
        for list in [AnnexAList.assessments, .section47] {
            let strangers = run.list(list).rows.map { $0["child_id"] }.filter { !known.contains($0) }
            #expect(Array(strangers.prefix(5)) == [], "\(list)")
        }
    }

    @Test("a child has the same characteristics in every list", arguments: RunSize.allCases)
    func sameCharacteristicsEverywhere(size: RunSize) {
        var seen: [String: [String]] = [:]
        var mismatches: [String] = []
        for list in AnnexAList.allCases where list.hasChildID {
            for row in size.run.list(list).rows {
                let characteristics = ["gender", "ethnicity", "date_of_birth", "age"].map { row[$0] }
                if let earlier = seen.updateValue(characteristics, forKey: row["child_id"]), earlier != characteristics {
                    mismatches.append(row["child_id"])
                }
            }
        }
        #expect(Array(mismatches.prefix(5)) == [])
    }

    @Test("episodes that began in the six months have a referral that day, after a contact", arguments: RunSize.allCases)
    func referralsOpenEpisodes(size: RunSize) {
        let run = size.run
        var referrals: Set<[String]> = []
        for row in run.list(.referrals).rows { referrals.insert([row["child_id"], row["date_of_referral"]]) }
        var firstContact: [String: CalendarDate] = [:]
        for row in run.list(.contacts).rows {
            let date = row.date("date_of_contact")!
            firstContact[row["child_id"]] = min(date, firstContact[row["child_id"]] ?? date)
        }
        for row in run.list(.childrenInNeed).rows {
            guard let start = row.date("cin_start_date"), start >= run.sixMonthsAgo else { continue }
            #expect(referrals.contains([row["child_id"], row["cin_start_date"]]), "\(row["child_id"]) has no referral")
        }
        for row in run.list(.referrals).rows {
            let contact = firstContact[row["child_id"]]
            #expect(contact != nil && contact! <= row.date("date_of_referral")!, "\(row["child_id"]) referred before any contact")
        }
    }

    @Test("dates fall in order within each row", arguments: RunSize.allCases)
    func datesInOrder(size: RunSize) {
        let run = size.run
        var problems: [String] = []
        func expectOrder(_ row: ListRow, _ keys: [String]) {
            let dates = keys.compactMap { row.date($0) }
            if dates != dates.sorted() { problems.append("\(row.list) \(row["child_id"]): \(keys)") }
        }
        for list in AnnexAList.allCases where list.hasChildID {
            let dateKeys = list.columns.filter { $0.kind == .date && $0.key != "date_of_birth" }.map(\.key)
            for row in run.list(list).rows {
                guard let born = row.date("date_of_birth") else { continue }
                if let early = dateKeys.first(where: { row.date($0).map { $0 < born } ?? false }) {
                    problems.append("\(list) \(row["child_id"]): \(early) before birth")
                }
            }
        }
        for row in run.list(.assessments).rows { expectOrder(row, ["assessment_start_date", "assessment_authorisation_date"]) }
        for row in run.list(.section47).rows { expectOrder(row, ["strategy_discussion_date", "icpc_date"]) }
        for row in run.list(.childrenInNeed).rows {
            expectOrder(row, ["cin_start_date", "cin_closure_date"])
            expectOrder(row, ["cin_start_date", "date_child_last_seen"])
        }
        for row in run.list(.childProtection).rows {
            expectOrder(row, ["plan_start_date", "date_of_last_statutory_visit"])
            expectOrder(row, ["plan_start_date", "date_of_latest_review_conference", "plan_end_date"])
        }
        for row in run.list(.childrenInCare).rows {
            expectOrder(row, ["date_started_looked_after", "legal_status_start_date"])
            expectOrder(row, ["date_started_looked_after", "placement_start_date", "date_ceased_looked_after"])
            for key in [
                "date_of_latest_statutory_review", "date_of_last_social_work_visit", "date_of_last_iro_contact",
                "date_of_last_health_assessment", "date_of_last_dental_check"
            ] {
                expectOrder(row, ["date_started_looked_after", key, "date_ceased_looked_after"])
            }
        }
        for row in run.list(.adoption).rows {
            expectOrder(
                row,
                [
                    "date_entered_care", "date_of_decision_to_place", "date_of_placement_order",
                    "date_of_matching", "date_placed_for_adoption", "date_of_adoption_order"
                ])
        }
        for row in run.list(.adopters).rows {
            let keys = AnnexAList.adopters.columns.filter { $0.kind == .date }.map(\.key)
            let dates = keys.compactMap { row.date($0) }
            if dates != dates.sorted() { problems.append("adopter \(row["adopter_id"])") }
        }
        #expect(Array(problems.prefix(10)) == [])
    }

    @Test("flow lists cover the six months and ended plans and care ended in them", arguments: RunSize.allCases)
    func lookBackPeriods(size: RunSize) {
        let run = size.run
        let checks: [(AnnexAList, String)] = [
            (.contacts, "date_of_contact"), (.referrals, "date_of_referral"), (.section47, "strategy_discussion_date"),
            (.childProtection, "plan_end_date"), (.childrenInCare, "date_ceased_looked_after"),
            (.childrenInNeed, "cin_closure_date")
        ]
        for (list, key) in checks {
            let early = run.list(list).rows.compactMap { $0.date(key) }.filter { $0 < run.sixMonthsAgo }
            #expect(Array(early.prefix(3)) == [], "\(list) \(key)")
        }
    }

    @Test(
        "children in care began their legal status and placement in care, and List 6 episodes no later",
        arguments: RunSize.allCases)
    func careStartsBeforeEverything(size: RunSize) {
        let run = size.run
        let episodeStart = Dictionary(
            uniqueKeysWithValues: run.list(.childrenInNeed).rows.map {
                ($0["child_id"], $0.date("cin_start_date"))
            })
        for row in run.list(.childrenInCare).rows where row["date_ceased_looked_after"].isEmpty {
            let start = episodeStart[row["child_id"]] ?? nil
            #expect(start != nil && start! <= row.date("date_started_looked_after")!, "\(row["child_id"])")
        }
    }

    @Test("care leavers are 17 to 21, some up to 25", arguments: RunSize.allCases)
    func careLeaverAges(size: RunSize) {
        let ages = size.run.list(.careLeavers).rows.map { Int($0["age"])! }
        #expect(ages.allSatisfy { (17...25).contains($0) })
        #expect(Double(ages.filter { $0 <= 21 }.count) >= 0.75 * Double(ages.count))
    }

    @Test("children not in school are school-age children with an open episode", arguments: RunSize.allCases)
    func childrenNotInSchool(size: RunSize) {
        let run = size.run
        let open = Dictionary(
            uniqueKeysWithValues: run.list(.childrenInNeed).rows
                .filter { $0["cin_closure_date"].isEmpty }.map { ($0["child_id"], Int($0["age"])!) })
        let listed = run.table("children_not_in_school.csv").column("Child Unique ID")
        #expect(!listed.isEmpty)
        #expect(listed.allSatisfy { open[$0].map { (5...15).contains($0) } ?? false })
        let schoolAge = open.values.filter { (5...15).contains($0) }.count
        #expect(Double(listed.count) <= 0.08 * Double(schoolAge))
    }

    /// List 6 case status by child.
    private func statuses(_ run: GeneratedRun) -> [String: String] {
        Dictionary(uniqueKeysWithValues: run.list(.childrenInNeed).rows.map { ($0["child_id"], $0["case_status"]) })
    }
}
