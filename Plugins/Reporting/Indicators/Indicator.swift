import Domain

/// A readiness indicator computed in SQL from one Annex A list of a snapshot: a definition in
/// words (numerator and denominator) and the SQL predicates that count them.
///
/// Predicates are trusted SQL over the list's table aliased `t`, with `$1` the snapshot id and
/// `$2` its as-of date; they ship with the code and never contain input.
struct Indicator: Sendable {
    /// How the figure is formed from its two counts.
    enum Measure: Sendable {
        /// Rows meeting `condition` among rows in `population`, as a percentage.
        case share(population: String, condition: String)
        /// Rows in `population` per distinct allocated worker among them (cases per worker).
        /// Computed by a query of its own that first groups by team and worker, so the big
        /// per-list scan needs no DISTINCT (which would force a sort per group).
        case perWorker(population: String)
    }

    /// The service area an indicator belongs to when no key line of enquiry claims it.
    enum Area: String, CaseIterable, Codable, Sendable {
        case helpAndProtection = "help_and_protection"
        case childrenInCare = "children_in_care"
        case careLeavers = "care_leavers"
        case adoption
        case workforce

        /// The heading to show.
        var title: String {
            switch self {
            case .helpAndProtection: "Help and protection"
            case .childrenInCare: "Children in care"
            case .careLeavers: "Care leavers"
            case .adoption: "Adoption"
            case .workforce: "Workforce"
            }
        }
    }

    /// A stable id (`cic_placement_stability`).
    var id: String
    /// A short title.
    var title: String
    /// Its service area.
    var area: Area
    /// The key-line-of-enquiry theme it speaks to, if any (`placement_sufficiency`).
    var theme: String?
    /// The list it is computed from.
    var list: AnnexAList
    /// What is counted above the line, in words.
    var numerator: String
    /// What is counted below the line, in words.
    var denominator: String
    /// How the counts are formed.
    var measure: Measure
    /// True when it needs the local list of children not attending school.
    var needsLocalList = false

    /// True for percentages, false for averages such as cases per worker.
    var isPercentage: Bool {
        if case .share = measure { return true }
        return false
    }

}
