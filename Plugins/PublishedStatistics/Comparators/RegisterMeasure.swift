import WorkforceRegister

/// A workforce rate the authority's own current figure is worked out for from the workforce
/// register (through the kernel's `WorkforceRegister`), beside the published one.
///
/// The register holds the staff in post now (FTE, agency or employed, role, team, start date);
/// Annex A's allocated workers give their cases. It does not hold leavers or the establishment
/// of posts, so turnover and vacancies are said to be not computable rather than invented.
enum RegisterMeasure: String, Sendable, Encodable {
    case turnover, agency, vacancy, caseload

    /// The roles the register's figures count as children and family social workers: qualified
    /// social workers in practice or managing it. Personal advisers, family support workers and
    /// students are not social workers in the DfE's census.
    static let socialWorkerRoles: Set<StaffRole> = [
        .socialWorker, .seniorPractitioner, .advancedPractitioner, .practiceSupervisor, .teamManager, .serviceManager, .iro
    ]

    /// Why the figure cannot be made from the register, or nil when it can.
    var notComputable: String? {
        switch self {
        case .turnover:
            "not computable from the register: it holds the staff in post now (each import replaces it), not those who left in the last 12 months"
        case .vacancy:
            "not computable from the register: it holds people, not the establishment of posts, so vacant posts cannot be counted"
        case .agency, .caseload: nil
        }
    }

    /// How the register's figure differs in definition from the published one.
    var differs: String {
        switch self {
        case .turnover:
            "Published: leavers (FTE) in the year to 30 September over social workers in post at 30 September. The register keeps no leavers, so no own figure is given."
        case .vacancy:
            "Published: vacant posts (FTE) over established posts at 30 September. The register has no establishment, so no own figure is given."
        case .agency:
            "Published: agency FTE over agency plus employed children and family social workers at 30 September (the DfE's census). Register: agency FTE over "
                + "the FTE of staff in social worker roles (social worker, senior or advanced practitioner, practice supervisor, team or service manager, IRO) "
                + "who started on or before the as-of date: the register's roles and today, not the census's count at 30 September."
        case .caseload:
            "Published: cases held at 30 September over the FTE of case-holding social workers. Register: open List 6 cases at the as-of date whose "
                + "allocated worker matches exactly one member of staff in a social worker role, over the FTE of those holding at least one; cases of "
                + "personal advisers, students and unmatched names are left out, and List 6's cases are not the census's."
        }
    }
}
