/// What a child in need episode is at the time of the list (List 6 "Case status").
///
/// Ofsted gives no DfE code, so the stored codes are mnemonics: `LAC` looked after child,
/// `CPP` child protection plan, `CIN` child in need plan, `OPEN` open assessment, `CLOSED` closed episode.
public enum CaseStatus: String, CodeSet {
    case lookedAfter = "LAC"
    case childProtectionPlan = "CPP"
    case childInNeedPlan = "CIN"
    case openAssessment = "OPEN"
    case closed = "CLOSED"

    /// "Case Status".
    public static let codeSetName = "Case Status"
    /// `a) Looked after child`.
    public static let style = OfstedStyle.letterLabel
    /// Built once on first use.
    public static let lookup = CodeSetLookup<CaseStatus>()

    /// Ofsted's label.
    public var label: String {
        switch self {
        case .lookedAfter: "Looked after child"
        case .childProtectionPlan: "Child Protection plan"
        case .childInNeedPlan: "Child in need plan"
        case .openAssessment: "Open assessment"
        case .closed: "Closed episode"
        }
    }

    /// Common short forms.
    public var aliases: [String] {
        switch self {
        case .lookedAfter: ["Child looked after", "CLA", "Looked after"]
        case .childProtectionPlan: ["CP plan", "CP"]
        case .childInNeedPlan: ["CIN plan"]
        case .openAssessment: ["Assessment"]
        case .closed: ["Closed"]
        }
    }
}
