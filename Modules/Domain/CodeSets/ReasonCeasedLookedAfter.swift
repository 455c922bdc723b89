/// Why a period of care ended (List 8 "Reason Ceased to be Looked After"): the SSDA903 codes.
///
/// Ofsted prints the last value as `u) X1:CodeError` without a space; it parses, and renders as
/// `u) X1: CodeError` like every other value.
public enum ReasonCeasedLookedAfter: String, CodeSet {
    case e11 = "E11"
    case e12 = "E12"
    case e2 = "E2"
    case e3 = "E3"
    case e4a = "E4A"
    case e4b = "E4B"
    case e13 = "E13"
    case e41 = "E41"
    case e45 = "E45"
    case e46 = "E46"
    case e47 = "E47"
    case e48 = "E48"
    case e5 = "E5"
    case e6 = "E6"
    case e7 = "E7"
    case e9 = "E9"
    case e14 = "E14"
    case e15 = "E15"
    case e16 = "E16"
    case e8 = "E8"
    case x1 = "X1"

    /// "Reason Ceased to be Looked After".
    public static let codeSetName = "Reason Ceased to be Looked After"
    /// `a) E11: Adopted - application unopposed`.
    public static let style = OfstedStyle.letterCodeLabel
    /// Built once on first use.
    public static let lookup = CodeSetLookup<ReasonCeasedLookedAfter>()

    /// Ofsted's label.
    public var label: String {
        switch self {
        case .e11: "Adopted - application unopposed"
        case .e12: "Adopted - consent dispensed"
        case .e2: "Died"
        case .e3: "Care taken by another LA"
        case .e4a: "Returned home to live with parents or relatives - part of planning"
        case .e4b: "Returned home to live with parents or relatives - not part of planning"
        case .e13: "Parents, relatives or other with no parental responsibility"
        case .e41: "Residence order granted"
        case .e45: "Special Guardianship Orders - former carer relative/friend"
        case .e46: "Special Guardianship Orders - former carer other"
        case .e47: "Special Guardianship Orders - relative/friend"
        case .e48: "Special Guardianship Orders - other"
        case .e5: "Moved into independent living - supported"
        case .e6: "Moved into independent living - no support"
        case .e7: "Transferred to residential care funded by adult social services"
        case .e9: "Sentenced to custody"
        case .e14: "Accommodation on remand ended"
        case .e15: "Age assessment determined child was 18 or over"
        case .e16: "Child moved abroad"
        case .e8: "Care ceased for any other reason"
        case .x1: "CodeError"
        }
    }

    /// The SSDA903 meaning of `X1`, which Ofsted's label hides.
    public var aliases: [String] {
        self == .x1 ? ["Episode ceases, and new episode begins on same day, for any reason"] : []
    }
}
