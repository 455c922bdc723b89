/// One of Ofsted's eleven Annex A child-level lists, numbered as in the workbook.
///
/// Each list knows its columns in Ofsted's order (``columns``), the columns that identify a row
/// when the same return is loaded twice (``naturalKey``), and how Ofsted names it.
public enum AnnexAList: Int, CaseIterable, Sendable, Comparable {
    case contacts = 1
    case earlyHelp, referrals, assessments, section47, childrenInNeed
    case childProtection, childrenInCare, careLeavers, adoption, adopters

    /// Ofsted's list number, 1...11.
    public var number: Int { rawValue }

    /// The list's title as the workbook's Guidance headings give it, e.g. "Children in care".
    public var title: String {
        switch self {
        case .contacts: "Contacts"
        case .earlyHelp: "Early Help"
        case .referrals: "Referral"
        case .assessments: "Assessments"
        case .section47: "Section 47 enquiries and Initial Child Protection Conferences"
        case .childrenInNeed: "Children in Need"
        case .childProtection: "Child protection"
        case .childrenInCare: "Children in care"
        case .careLeavers: "Care leavers"
        case .adoption: "Adoption"
        case .adopters: "Adopters"
        }
    }

    /// The workbook's sheet name, e.g. "List_8".
    public var sheetName: String { "List_\(rawValue)" }

    /// Whether rows are children identified by `child_id`; false for List 11, whose rows are
    /// adopters identified by `adopter_id`.
    public var hasChildID: Bool { self != .adopters }

    /// The keys of the columns that identify a row (liiatools' de-duplication keys), so that
    /// reloading a return does not duplicate rows.
    public var naturalKey: [String] {
        switch self {
        case .contacts: ["child_id", "date_of_contact", "contact_source"]
        case .earlyHelp: ["child_id", "assessment_start_date"]
        case .referrals: ["child_id", "date_of_referral", "referral_source"]
        case .assessments: ["child_id", "assessment_start_date"]
        case .section47: ["child_id", "strategy_discussion_date"]
        case .childrenInNeed: ["child_id", "cin_start_date"]
        case .childProtection: ["child_id", "plan_start_date"]
        case .childrenInCare:
            [
                "child_id", "date_started_looked_after", "legal_status", "placement_type",
                "placement_provider", "placement_postcode"
            ]
        case .careLeavers: ["child_id"]
        case .adoption: ["child_id", "date_of_decision_to_place"]
        case .adopters: ["adopter_id", "date_enquiry_received"]
        }
    }

    /// The key of the date that places a row in time (the contact, the referral, the start of an
    /// assessment, enquiry, plan or period in care), or nil for List 9, whose rows are the care
    /// leavers themselves. With the identifier it is what a row cannot do without: an import
    /// leaves out a row whose placing date cannot be read, or is blank where the list requires it,
    /// while any other odd cell only makes that value unknown.
    public var placingDate: String? {
        naturalKey.first { key in columns.contains { $0.key == key && $0.kind == .date } }
    }

    /// Lists sort by number.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
