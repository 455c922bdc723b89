import Domain

/// One file the generator writes: an Annex A list, one of the three companion files, or one of
/// the workforce register's four.
enum OutputFile: Sendable, Hashable {
    case list(AnnexAList)
    /// Teams and workers, so Allocated Team and Allocated Worker can be checked and counted.
    case workforce
    /// Fostering households, for foster-carer invitation campaigns.
    case fosteringHouseholds
    /// School-age children in need missing education, a local list for sampling quotas.
    case childrenNotInSchool
    /// The workforce register's four files, for `ilacs-admin workforce import`.
    case staff, leave, supervision, training

    /// Every file in the order they are written and reported.
    static let all: [OutputFile] =
        AnnexAList.allCases.map { .list($0) }
        + [.workforce, .fosteringHouseholds, .childrenNotInSchool, .staff, .leave, .supervision, .training]

    /// The file's name, e.g. "List_8.csv".
    var fileName: String {
        switch self {
        case .list(let list): "\(list.sheetName).csv"
        case .workforce: "workforce.csv"
        case .fosteringHouseholds: "fostering_households.csv"
        case .childrenNotInSchool: "children_not_in_school.csv"
        case .staff: "staff.csv"
        case .leave: "leave.csv"
        case .supervision: "supervision.csv"
        case .training: "training.csv"
        }
    }

    /// The header row: Ofsted's exact headings for the lists.
    var header: [String] {
        switch self {
        case .list(let list): list.columns.map(\.heading)
        case .workforce: ["Team ID", "Team Name", "Worker ID", "Worker Name", "FTE", "Agency"]
        case .fosteringHouseholds:
            [
                "Household ID", "Carer Names", "Email", "Phone", "Approval Status", "Type", "Support Group",
                "Consent to Email"
            ]
        case .childrenNotInSchool: ["Child Unique ID"]
        case .staff: ["id", "name", "email", "team", "role", "manager_id", "fte", "agency", "start_date", "working_days"]
        case .leave: ["staff_id", "from", "to"]
        case .supervision: ["staff_id", "supervisor_id", "date", "type"]
        case .training: ["staff_id", "course", "date"]
        }
    }
}
