/// How one authority's open children in need divide into cases, derived from its cohort sizes.
///
/// The workforce is sized from these counts before any child is generated, so that caseloads come
/// out near the national average of about 16.
struct CaseMix: Sendable {
    /// Children in care who are also still on a child protection plan (a plan not yet ended at
    /// the first conference after the child came into care).
    let protectionPlansInCare: Int
    /// Children on plans who are not in care.
    let protectionPlansOutsideCare: Int
    /// Open episodes on a child in need plan (List 6 "c)").
    let childInNeedPlans: Int
    /// Of those, children whose primary need is disability, held by the disabled children's team.
    let disabledChildInNeedPlans: Int
    /// Open episodes still at assessment (List 6 "d)").
    let openAssessments: Int

    init(sizes: CohortSizes) {
        protectionPlansInCare = min(sizes.childrenInCare / 10, (Double(sizes.childProtectionPlans) * 0.02).roundedInt)
        protectionPlansOutsideCare = sizes.childProtectionPlans - protectionPlansInCare
        let remainder = max(0, sizes.childrenInNeed - sizes.childrenInCare - protectionPlansOutsideCare)
        openAssessments = (Double(remainder) * 0.14).roundedInt
        childInNeedPlans = remainder - openAssessments
        disabledChildInNeedPlans = (Double(childInNeedPlans) * Self.disabledShare).roundedInt
    }

    /// The share of child in need plans whose primary need is "N2 - Child’s disability".
    static let disabledShare = 0.1
}
