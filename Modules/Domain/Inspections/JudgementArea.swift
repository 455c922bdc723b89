/// An area Ofsted grades in an inspection, such as "The experiences and progress of children in care".
///
/// A struct rather than an enum because the list changes (Ofsted drops the overall effectiveness
/// grade from April 2026): configuration may define other areas. Equality and hashing use ``id`` only.
public struct JudgementArea: Sendable, Hashable, Identifiable {
    /// A stable snake_case identifier for storage.
    public let id: String
    /// The wording to show users.
    public let displayName: String

    /// Creates an area.
    public init(id: String, displayName: String) {
        self.id = id
        self.displayName = displayName
    }

    /// The impact of leaders on social work practice with children and families.
    public static let leadership = JudgementArea(
        id: "impact_of_leaders", displayName: "The impact of leaders on social work practice with children and families")
    /// The experiences and progress of children who need help and protection.
    public static let helpAndProtection = JudgementArea(
        id: "help_and_protection", displayName: "The experiences and progress of children who need help and protection")
    /// The experiences and progress of children in care.
    public static let childrenInCare = JudgementArea(
        id: "children_in_care", displayName: "The experiences and progress of children in care")
    /// The experiences and progress of care leavers.
    public static let careLeavers = JudgementArea(
        id: "care_leavers", displayName: "The experiences and progress of care leavers")
    /// Overall effectiveness.
    public static let overallEffectiveness = JudgementArea(
        id: "overall_effectiveness", displayName: "Overall effectiveness")

    /// The five areas of the ILACS framework before April 2026, in Ofsted's report order.
    public static let defaults: [JudgementArea] = [
        overallEffectiveness, leadership, helpAndProtection, childrenInCare, careLeavers
    ]

    /// Areas are the same when their ids are.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.id == rhs.id
    }

    /// Hashes the id, matching `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
    }
}
