import AnnexAStore

/// The readiness indicators, after the ones inspection teams and analysts compute from Annex A
/// (the ChAT tool's kind; see shared/domain/ilacs.md). Timescales in working days count Monday
/// to Friday with `reporting_working_days`; "in the last 12 months" means on or after the same
/// day a year before the as-of date.
enum IndicatorCatalogue {
    private static let inCare = "t.date_ceased_looked_after IS NULL"
    private static let openPlan = "t.plan_end_date IS NULL"
    private static let openCase = "t.case_status <> 'CLOSED' AND t.cin_closure_date IS NULL"
    private static let allocated = "lower(btrim(t.allocated_worker)) NOT IN ('', 'unallocated', 'not allocated', 'none')"

    static let all: [Indicator] = helpAndProtection + childrenInCare + careLeaversAndAdoption + workforce

    private static let helpAndProtection: [Indicator] = [
        Indicator(
            id: "re_referrals", title: "Re-referrals within 12 months", area: .helpAndProtection, list: .referrals,
            numerator: "referrals with at least one earlier referral in the 12 months before (Number of Referrals in Last 12 Months of 1 or more)",
            denominator: "referrals in List 3", measure: .share(population: "true", condition: "t.referrals_in_last_12_months >= 1")),
        Indicator(
            id: "referrals_nfa", title: "Referrals with no further action", area: .helpAndProtection, list: .referrals,
            numerator: "referrals marked Referral NFA = Yes", denominator: "referrals in List 3",
            measure: .share(population: "true", condition: "t.referral_nfa = 'Y'")),
        Indicator(
            id: "assessments_45_days", title: "Assessments completed within 45 working days", area: .helpAndProtection, list: .assessments,
            numerator: "completed assessments authorised 45 working days or fewer after they started",
            denominator: "assessments with an authorisation date in List 4",
            measure: .share(
                population: "t.assessment_authorisation_date IS NOT NULL",
                condition: "reporting_working_days(t.assessment_start_date, t.assessment_authorisation_date) <= 45")),
        Indicator(
            id: "assessments_child_seen", title: "Child seen during assessment", area: .helpAndProtection, list: .assessments,
            numerator: "assessments where the child was seen", denominator: "assessments in List 4",
            measure: .share(population: "true", condition: "t.child_seen_during_assessment = 'Y'")),
        Indicator(
            id: "s47_icpc_15_days", title: "Initial conferences within 15 working days of the strategy discussion", area: .helpAndProtection,
            list: .section47,
            numerator: "enquiries whose initial child protection conference was 15 working days or fewer after the strategy discussion",
            denominator: "section 47 enquiries with a conference date in List 5",
            measure: .share(
                population: "t.icpc_date IS NOT NULL",
                condition: "reporting_working_days(t.strategy_discussion_date, t.icpc_date) <= 15")),
        Indicator(
            id: "cp_two_years", title: "Child protection plans lasting two years or more", area: .helpAndProtection, list: .childProtection,
            numerator: "open plans that started two years or more before the as-of date", denominator: "open plans in List 7",
            measure: .share(population: openPlan, condition: "t.plan_start_date <= ($2::date - interval '2 years')::date")),
        Indicator(
            id: "cp_repeat", title: "Second or subsequent child protection plans", area: .helpAndProtection, list: .childProtection,
            numerator: "children with one or more previous plans", denominator: "children in List 7 (open plans and plans ended in the six months)",
            measure: .share(population: "true", condition: "t.previous_plans >= 1")),
        Indicator(
            id: "cp_visits", title: "Child protection visits within 10 working days", area: .helpAndProtection, list: .childProtection,
            numerator: "open plans whose last statutory visit was 10 working days or fewer before the as-of date", denominator: "open plans in List 7",
            measure: .share(population: openPlan, condition: "reporting_working_days(t.date_of_last_statutory_visit, $2::date) <= 10")),
        Indicator(
            id: "cp_seen_alone", title: "Children on a plan seen alone", area: .helpAndProtection, list: .childProtection,
            numerator: "open plans where the child was seen alone", denominator: "open plans in List 7",
            measure: .share(population: openPlan, condition: "t.seen_alone = 'Y'"))
    ]

    private static let childrenInCare: [Indicator] = [
        Indicator(
            id: "cic_placement_stability", title: "Three or more placements in 12 months", area: .childrenInCare,
            theme: "placement_sufficiency", list: .childrenInCare,
            numerator: "children in care with 3 or more placements in the last 12 months", denominator: "children in care at the as-of date",
            measure: .share(population: inCare, condition: "t.placements_in_last_12_months >= 3")),
        Indicator(
            id: "cic_out_of_area", title: "Placed out of area", area: .childrenInCare, theme: "placement_sufficiency", list: .childrenInCare,
            numerator: "children in care whose placement location is Out", denominator: "children in care at the as-of date",
            measure: .share(population: inCare, condition: "t.placement_location = 'OUT'")),
        Indicator(
            id: "cic_private_provision", title: "Placed with private providers", area: .childrenInCare, theme: "placement_sufficiency",
            list: .childrenInCare,
            numerator: "children in care whose placement provider is PR4 (private provision)", denominator: "children in care at the as-of date",
            measure: .share(population: inCare, condition: "t.placement_provider = 'PR4'")),
        Indicator(
            id: "cic_under_16_unregulated", title: "Under-16s in accommodation not regulated as a children's home (H5)", area: .childrenInCare,
            theme: "regulation", list: .childrenInCare,
            numerator: "children in care under 16 at the as-of date placed in H5 residential accommodation",
            denominator: "children in care at the as-of date",
            measure: .share(population: inCare, condition: "t.placement_type = 'H5' AND t.date_of_birth > ($2::date - interval '16 years')::date")),
        Indicator(
            id: "cic_kinship", title: "Living with relatives or friends (kinship foster care)", area: .childrenInCare, theme: "stable_homes",
            list: .childrenInCare,
            numerator: "children in care placed with relatives or friends (U1, U2, U3)", denominator: "children in care at the as-of date",
            measure: .share(population: inCare, condition: "t.placement_type IN ('U1', 'U2', 'U3')")),
        Indicator(
            id: "cic_health", title: "Health assessment in the last 12 months", area: .childrenInCare, list: .childrenInCare,
            numerator: "children in care whose last health assessment is within 12 months of the as-of date",
            denominator: "children in care at the as-of date",
            measure: .share(population: inCare, condition: "t.date_of_last_health_assessment >= ($2::date - interval '12 months')::date")),
        Indicator(
            id: "cic_dental", title: "Dental check in the last 12 months", area: .childrenInCare, list: .childrenInCare,
            numerator: "children in care whose last dental check is within 12 months of the as-of date",
            denominator: "children in care at the as-of date",
            measure: .share(population: inCare, condition: "t.date_of_last_dental_check >= ($2::date - interval '12 months')::date")),
        Indicator(
            id: "cic_reviews", title: "Statutory reviews in timescale", area: .childrenInCare, list: .childrenInCare,
            numerator: "children whose latest statutory review is within 6 months of the as-of date",
            denominator: "children in care for more than 20 working days (the first review is due by then)",
            measure: .share(
                population: "\(inCare) AND reporting_working_days(t.date_started_looked_after, $2::date) > 20",
                condition: "t.date_of_latest_statutory_review >= ($2::date - interval '6 months')::date")),
        Indicator(
            id: "cic_visits", title: "Social-work visits within 6 weeks", area: .childrenInCare, list: .childrenInCare,
            numerator: "children in care whose last social-work visit is 42 days or fewer before the as-of date",
            denominator: "children in care at the as-of date",
            measure: .share(population: inCare, condition: "t.date_of_last_social_work_visit >= $2::date - 42")),
        Indicator(
            id: "cic_missing", title: "Missing from placement in the last 12 months", area: .childrenInCare, list: .childrenInCare,
            numerator: "children with one or more missing episodes", denominator: "children in List 8 (in care now or ceased in the six months)",
            measure: .share(population: "true", condition: "t.missing_episodes_in_last_12_months >= 1")),
        Indicator(
            id: "cic_return_offered", title: "Return interview offered after the last missing episode", area: .childrenInCare,
            list: .childrenInCare,
            numerator: "children offered a return interview", denominator: "children in List 8 with one or more missing episodes",
            measure: .share(population: "t.missing_episodes_in_last_12_months >= 1", condition: "t.return_interview_offered = 'Y'")),
        Indicator(
            id: "cic_return_accepted", title: "Return interview accepted", area: .childrenInCare, list: .childrenInCare,
            numerator: "children who accepted a return interview", denominator: "children in List 8 offered one",
            measure: .share(population: "t.return_interview_offered = 'Y'", condition: "t.return_interview_accepted = 'Y'"))
    ]

    private static let careLeaversAndAdoption: [Indicator] = [
        Indicator(
            id: "leavers_in_touch", title: "Care leavers in touch", area: .careLeavers, list: .careLeavers,
            numerator: "care leavers with LA In Touch = Yes", denominator: "care leavers in List 9",
            measure: .share(population: "true", condition: "t.in_touch = 'YES'")),
        Indicator(
            id: "leavers_suitable_accommodation", title: "Care leavers in suitable accommodation", area: .careLeavers, list: .careLeavers,
            numerator: "care leavers whose accommodation is recorded as suitable", denominator: "care leavers in List 9",
            measure: .share(population: "true", condition: "t.accommodation_suitability = 'SUITABLE'")),
        Indicator(
            id: "leavers_eet", title: "Care leavers in education, employment or training", area: .careLeavers, list: .careLeavers,
            numerator: "care leavers whose activity status is full or part time education, training or employment (F or P codes)",
            denominator: "care leavers in List 9",
            measure: .share(population: "true", condition: "left(t.activity_status, 1) IN ('F', 'P')")),
        Indicator(
            id: "adoption_14_months", title: "Placed for adoption within 14 months of entering care", area: .adoption, list: .adoption,
            numerator: "children placed for adoption 426 days or fewer after entering care",
            denominator: "children in List 10 with a date placed for adoption",
            measure: .share(
                population: "t.date_placed_for_adoption IS NOT NULL",
                condition: "t.date_placed_for_adoption - t.date_entered_care <= 426"))
    ]

    private static let workforce: [Indicator] = [
        Indicator(
            id: "cases_per_worker", title: "Cases per allocated worker", area: .workforce, theme: "workforce", list: .childrenInNeed,
            numerator: "open cases in List 6 (status not closed, no closure date) with an allocated worker",
            denominator: "distinct allocated workers holding them",
            measure: .perWorker(population: "\(openCase) AND \(allocated)")),
        Indicator(
            id: "unallocated_cases", title: "Unallocated cases", area: .workforce, theme: "workforce", list: .childrenInNeed,
            numerator: "open cases with no allocated worker (blank or Unallocated)", denominator: "open cases in List 6",
            measure: .share(population: openCase, condition: "NOT (\(allocated))")),
        Indicator(
            id: "not_in_school", title: "Children in need on the local list of children not attending school", area: .helpAndProtection,
            theme: "not_in_school", list: .childrenInNeed,
            numerator: "open cases whose child is on the local list of children not attending school", denominator: "open cases in List 6",
            // IN over an uncorrelated subquery is hashed once; EXISTS probed the index per row.
            measure: .share(
                population: openCase,
                condition: LocalListStore.membership("t.child_id", list: LocalListStore.childrenNotInSchool, snapshot: "$1")),
            needsLocalList: true)
    ]
}
