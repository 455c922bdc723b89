/// The part of children's social care a team belongs to, which decides the children it holds.
///
/// Assessment teams hold referrals, assessments and enquiries; safeguarding teams hold child
/// protection and child in need plans; children in care teams hold children looked after; leaving
/// care teams hold care leavers.
enum Service: Int, CaseIterable, Sendable {
    case assessment, safeguarding, disabilities, childrenInCare, leavingCare

    /// Whether the service has a team per area (front door and safeguarding) or serves the whole
    /// authority.
    var isAreaBased: Bool {
        self == .assessment || self == .safeguarding
    }

    /// The team name without area or number, e.g. "Assessment Team".
    var teamName: String {
        switch self {
        case .assessment: "Assessment Team"
        case .safeguarding: "Family Safeguarding Team"
        case .disabilities: "Children with Disabilities Team"
        case .childrenInCare: "Children in Care Team"
        case .leavingCare: "Leaving Care Team"
        }
    }

    /// Average open cases per full-time worker the service is staffed for; personal advisers in
    /// leaving care carry more young people than social workers carry children.
    var targetCaseload: Double {
        self == .leavingCare ? 19 : 16
    }

    /// Share of case-holding workers supplied by agencies: front-door and safeguarding teams rely
    /// on agency staff most, which brings the whole workforce to the national 18% or so.
    var agencyRate: Double {
        switch self {
        case .assessment: 0.25
        case .safeguarding: 0.21
        case .disabilities: 0.1
        case .childrenInCare: 0.15
        case .leavingCare: 0.1
        }
    }

    /// What case-holding workers in the service are called in the authority's own words.
    var caseHolderRoles: WeightedTable<String> {
        self == .leavingCare ? Self.leavingCareRoles : Self.socialWorkRoles
    }

    private static let leavingCareRoles = WeightedTable([("Personal adviser", 60.0), ("Social worker", 40)])
    private static let socialWorkRoles = WeightedTable([("Social worker", 85.0), ("Senior practitioner", 15)])
}
