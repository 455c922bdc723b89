import AnnexAStore
import Domain
import PluginKit

@testable import Reporting

/// A small Annex A snapshot written by hand for the indicator tests, as of Monday 8 July 2024,
/// with boundary cases: working-day timescales that end on the last allowed day and the day
/// after, starts on a weekend, dates exactly 12 months, 6 months, 42 days, two years and 16
/// years before the as-of date, and a leap-year span for adoption. `expected` holds the counts
/// worked out by hand (numerator, denominator); the comments show the working.
enum HandWorkedSnapshot {
    static let asOf = "2024-07-08"
    static let previousAsOf = "2024-06-10"

    static let expected: [String: (Int, Int)] = [
        "re_referrals": (2, 4), // r2, r3 have earlier referrals
        "referrals_nfa": (2, 4), // r2, r4
        "assessments_45_days": (2, 3), // a1 Fri 3 May to Fri 5 Jul = 45; a3 starts Saturday = 45; a2 = 46; a4 not completed
        "assessments_child_seen": (2, 4), // a1, a4
        "s47_icpc_15_days": (1, 2), // s1 Mon 3 Jun to Mon 24 Jun = 15; s2 Fri 7 Jun to Mon 1 Jul = 16; s3 no conference
        "cp_two_years": (1, 3), // p1 started 8 Jul 2022 exactly; p2 a day later; p3 ended
        "cp_repeat": (2, 4), // p2, p3 (ended plans count too)
        "cp_visits": (1, 3), // p1 visited Mon 24 Jun = 10 working days; p2 Fri 21 Jun = 11; p4 never
        "cp_seen_alone": (1, 3), // p1
        "cic_placement_stability": (2, 4), // c1 (3), c3 (5); c4 (4) has left care
        "cic_out_of_area": (2, 4), // c1, c3
        "cic_private_provision": (2, 4), // c1, c3
        "cic_under_16_unregulated": (1, 4), // c3 (16 tomorrow); c5 is 16 today; c4 left care
        "cic_kinship": (1, 4), // c2 (U1)
        "cic_health": (3, 4), // c1 on 8 Jul 2023 exactly, c2, c5; c3 never
        "cic_dental": (2, 4), // c2, c5; c1 on 7 Jul 2023 is a day too early
        "cic_reviews": (2, 3), // due for c1 (21 working days in care), c3, c5, not c2 (20); c1 on 8 Jan exactly, c5; c3 on 7 Jan
        "cic_visits": (3, 4), // c1 on 27 May (42 days), c3, c5; c2 on 26 May (43)
        "cic_missing": (3, 5), // c1, c3, c4 of all five rows
        "cic_return_offered": (2, 3), // c1, c4 of c1, c3, c4
        "cic_return_accepted": (1, 2), // c4 of c1, c4
        "leavers_in_touch": (2, 4), // l1, l3
        "leavers_suitable_accommodation": (2, 4), // l1, l4
        "leavers_eet": (2, 4), // l1 (F1), l3 (P3)
        "adoption_14_months": (1, 2), // d1: 1 Jan 2023 to 2 Mar 2024 = 426 days; d2 = 427; d3 not placed
        "cases_per_worker": (3, 2), // n1, n2 (W1), n3 (W2); n4, n6 unallocated; n5 closed
        "unallocated_cases": (2, 5), // n4 "Unallocated", n6 blank, of n1, n2, n3, n4, n6
        "not_in_school": (1, 5) // C3 is on the local list; C5's case is closed; C9 is not in List 6
    ]

    /// Writes the snapshot (and a small previous one, as of 10 June 2024) and the local list.
    /// - Returns: the two snapshot ids, current first.
    static func write(_ fixture: ReportingFixture, localList: Bool = true) async throws -> (current: Int, previous: Int) {
        let previous = try await fixture.snapshot(asOf: previousAsOf)
        try await fixture.insert(
            .referrals, snapshot: previous,
            [
                ["referrals_in_last_12_months": "1", "referral_nfa": "N"],
                ["referrals_in_last_12_months": "0", "referral_nfa": "N"]
            ])
        let id = try await fixture.snapshot(asOf: asOf)
        try await fixture.insert(
            .referrals, snapshot: id,
            [
                ["allocated_team": "Team A", "referrals_in_last_12_months": "0", "referral_nfa": "N"], // r1
                ["allocated_team": "Team A", "referrals_in_last_12_months": "1", "referral_nfa": "Y"], // r2
                ["allocated_team": "Team B", "referrals_in_last_12_months": "3", "referral_nfa": "N"], // r3
                ["allocated_team": "Team B", "referrals_in_last_12_months": "0", "referral_nfa": "Y"] // r4
            ])
        try await fixture.insert(
            .assessments, snapshot: id,
            [
                [
                    "allocated_team": "Team A", "assessment_start_date": "2024-05-03", "assessment_authorisation_date": "2024-07-05",
                    "child_seen_during_assessment": "Y"
                ],
                [
                    "allocated_team": "Team A", "assessment_start_date": "2024-05-03", "assessment_authorisation_date": "2024-07-08",
                    "child_seen_during_assessment": "N"
                ],
                [
                    "allocated_team": "Team B", "assessment_start_date": "2024-05-04", "assessment_authorisation_date": "2024-07-05",
                    "child_seen_during_assessment": "U"
                ],
                ["allocated_team": "Team B", "assessment_start_date": "2024-06-03", "assessment_authorisation_date": nil, "child_seen_during_assessment": "Y"]
            ])
        try await fixture.insert(
            .section47, snapshot: id,
            [
                ["strategy_discussion_date": "2024-06-03", "icpc_date": "2024-06-24"],
                ["strategy_discussion_date": "2024-06-07", "icpc_date": "2024-07-01"],
                ["strategy_discussion_date": "2024-06-10", "icpc_date": nil]
            ])
        try await fixture.insert(
            .childProtection, snapshot: id,
            [
                ["plan_start_date": "2022-07-08", "previous_plans": "0", "date_of_last_statutory_visit": "2024-06-24", "seen_alone": "Y"],
                ["plan_start_date": "2022-07-09", "previous_plans": "2", "date_of_last_statutory_visit": "2024-06-21", "seen_alone": "N"],
                ["plan_start_date": "2020-01-01", "plan_end_date": "2024-05-01", "previous_plans": "1", "seen_alone": "Y"],
                ["plan_start_date": "2024-01-01", "previous_plans": "0", "date_of_last_statutory_visit": nil, "seen_alone": nil]
            ])
        try await fixture.insert(
            .childrenInCare, snapshot: id,
            [
                child(
                    team: "Team A", born: "2010-01-01", started: "2024-06-07", placements: "3", location: "OUT", provider: "PR4", type: "U4",
                    review: "2024-01-08", visit: "2024-05-27", health: "2023-07-08", dental: "2023-07-07", missing: "2", offered: "Y", accepted: "N"),
                child(
                    team: "Team B", born: "2009-07-09", started: "2024-06-10", placements: "2", location: "IN", provider: "PR1", type: "U1",
                    review: nil, visit: "2024-05-26", health: "2024-01-01", dental: "2024-01-01", missing: "0", offered: nil, accepted: nil),
                child(
                    team: "Team B", born: "2008-07-09", started: "2020-01-01", placements: "5", location: "OUT", provider: "PR4", type: "H5",
                    review: "2024-01-07", visit: "2024-07-01", health: nil, dental: nil, missing: "1", offered: "N", accepted: nil),
                child(
                    team: "Team A", born: "2010-01-01", started: "2020-01-01", placements: "4", location: "IN", provider: "PR1", type: "H5",
                    review: nil, visit: nil, health: nil, dental: nil, missing: "1", offered: "Y", accepted: "Y", ceased: "2024-03-01"),
                child(
                    team: "Team A", born: "2008-07-08", started: "2020-01-01", placements: "0", location: "IN", provider: "PR1", type: "H5",
                    review: "2024-07-01", visit: "2024-07-08", health: "2024-07-01", dental: "2024-07-01", missing: "0", offered: nil, accepted: nil)
            ])
        try await fixture.insert(
            .careLeavers, snapshot: id,
            [
                ["in_touch": "YES", "accommodation_suitability": "SUITABLE", "activity_status": "F1"],
                ["in_touch": "NO", "accommodation_suitability": "UNSUITABLE", "activity_status": "G5"],
                ["in_touch": "YES", "accommodation_suitability": nil, "activity_status": "P3"],
                ["in_touch": "REFU", "accommodation_suitability": "SUITABLE", "activity_status": nil]
            ])
        try await fixture.insert(
            .adoption, snapshot: id,
            [
                ["date_entered_care": "2023-01-01", "date_placed_for_adoption": "2024-03-02"],
                ["date_entered_care": "2023-01-01", "date_placed_for_adoption": "2024-03-03"],
                ["date_entered_care": "2023-01-01", "date_placed_for_adoption": nil]
            ])
        try await fixture.insert(
            .childrenInNeed, snapshot: id,
            [
                ["child_id": "C1", "case_status": "CIN", "allocated_team": "Team A", "allocated_worker": "W1"],
                ["child_id": "C2", "case_status": "CPP", "allocated_team": "Team A", "allocated_worker": "W1"],
                ["child_id": "C3", "case_status": "LAC", "allocated_team": "Team B", "allocated_worker": "W2"],
                ["child_id": "C4", "case_status": "CIN", "allocated_team": "Team B", "allocated_worker": "Unallocated"],
                ["child_id": "C5", "case_status": "CLOSED", "cin_closure_date": "2024-06-01", "allocated_team": "Team B", "allocated_worker": "W3"],
                ["child_id": "C6", "case_status": "CIN", "allocated_team": "Team A", "allocated_worker": ""]
            ])
        if localList {
            try await LocalListImporter.store(
                ["C3", "C5", "C9"], name: LocalListStore.childrenNotInSchool, snapshotID: id, source: "local.csv", actor: "tester", pool: fixture.pool)
        }
        return (id, previous)
    }

    /// A List 8 row.
    static func child(
        team: String, born: String, started: String, placements: String, location: String, provider: String, type: String,
        review: String?, visit: String?, health: String?, dental: String?, missing: String, offered: String?, accepted: String?,
        ceased: String? = nil
    ) -> [String: String?] {
        [
            "allocated_team": team, "date_of_birth": born, "date_started_looked_after": started, "placements_in_last_12_months": placements,
            "placement_location": location, "placement_provider": provider, "placement_type": type,
            "date_of_latest_statutory_review": review, "date_of_last_social_work_visit": visit,
            "date_of_last_health_assessment": health, "date_of_last_dental_check": dental,
            "missing_episodes_in_last_12_months": missing, "return_interview_offered": offered,
            "return_interview_accepted": accepted, "date_ceased_looked_after": ceased
        ]
    }
}
