/// The data-quality checks made on a snapshot while it is imported: within one list
/// (``RowQualityChecks``), across Lists 6, 7 and 8 (``CrossListChecks``), and the cells kept as
/// given. Each finding is a warning stored in `annex_a_quality_issues`; `ilacs-admin quality`
/// shows them.
enum QualityChecks {
    /// The kinds of finding, as stored and as shown.
    enum Kind: String, CaseIterable {
        case missingFromChildrenInNeed = "missing_from_list_6"
        case caseStatusMismatch = "case_status_mismatch"
        case futureDate = "future_date"
        case beforeBirth = "date_before_birth"
        case endBeforeStart = "end_before_start"
        case duplicate = "duplicate"
        /// Recorded by the import, not by SQL: a cell kept as given, its typed value unknown.
        case unknownValue = "unknown_value"
        /// Recorded by the import: a cell kept as given, its typed value safely repaired.
        case repairedValue = "repaired_value"

        /// A heading for people.
        var title: String {
            switch self {
            case .missingFromChildrenInNeed: "Child on a plan missing from children in need (List 6)"
            case .caseStatusMismatch: "Case status does not match Lists 7 and 8"
            case .futureDate: "Dates after the as-of date"
            case .beforeBirth: "Dates before the child's date of birth"
            case .endBeforeStart: "End dates before start dates"
            case .duplicate: "Duplicate rows (same natural key)"
            case .unknownValue: "Values kept as given, their typed value unknown (blank, not in the code list, not a date or number)"
            case .repairedValue: "Values kept as given and repaired (fractional ages, ages that disagree with the date of birth)"
            }
        }
    }
}
