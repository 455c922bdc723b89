/// How many children, cases and households one authority's lists hold, cohort by cohort.
///
/// "Open" counts are at the as-of date; the others cover Annex A's look-back periods (six months,
/// or twelve for adoption). Lists 1 to 5 are targets the generator meets closely rather than
/// exactly, because some of their rows follow from the children's journeys in Lists 6 to 8.
struct CohortSizes: Sendable {
    /// Children looked after at the as-of date (List 8, no ceased date).
    var childrenInCare: Int
    /// Children who ceased to be looked after in the six months (List 8 with a ceased date).
    var childrenCeasedCare: Int
    /// Children on a child protection plan at the as-of date (List 7, no end date).
    var childProtectionPlans: Int
    /// Plans that ended in the six months (List 7 with an end date).
    var childProtectionPlansEnded: Int
    /// Children in need at the as-of date, counting those in care and on plans (List 6 open).
    var childrenInNeed: Int
    /// Episodes of need closed in the six months (List 6 "e) Closed episode").
    var closedEpisodes: Int
    /// Care leavers receiving services (List 9).
    var careLeavers: Int
    /// Contacts in the six months (List 1).
    var contacts: Int
    /// Referrals in the six months (List 3).
    var referrals: Int
    /// Statutory assessments in the six months (List 4).
    var assessments: Int
    /// Section 47 enquiries in the six months (List 5).
    var section47Enquiries: Int
    /// Early help assessments and interventions (List 2).
    var earlyHelp: Int
    /// Children with adoption activity in the twelve months (List 10).
    var adoptionChildren: Int
    /// Prospective adopters in the twelve months (List 11).
    var adopters: Int
    /// Approved mainstream fostering households and those recently approved or under review.
    var mainstreamHouseholds: Int
    /// Kinship (connected persons) fostering households.
    var kinshipHouseholds: Int

    /// Every field, in a fixed order, so figures can be shared out field by field.
    static var fields: [WritableKeyPath<CohortSizes, Int>] {
        [
            \.childrenInCare, \.childrenCeasedCare, \.childProtectionPlans, \.childProtectionPlansEnded,
            \.childrenInNeed, \.closedEpisodes, \.careLeavers, \.contacts, \.referrals, \.assessments,
            \.section47Enquiries, \.earlyHelp, \.adoptionChildren, \.adopters, \.mainstreamHouseholds,
            \.kinshipHouseholds
        ]
    }

    /// All zeros, the start of a sum.
    static let zero = CohortSizes(
        childrenInCare: 0, childrenCeasedCare: 0, childProtectionPlans: 0, childProtectionPlansEnded: 0,
        childrenInNeed: 0, closedEpisodes: 0, careLeavers: 0, contacts: 0, referrals: 0, assessments: 0,
        section47Enquiries: 0, earlyHelp: 0, adoptionChildren: 0, adopters: 0, mainstreamHouseholds: 0,
        kinshipHouseholds: 0
    )
}
