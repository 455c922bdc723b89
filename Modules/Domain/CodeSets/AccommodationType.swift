/// The type of a care leaver's accommodation (List 9 "Type of Accommodation"): the SSDA903 letters.
///
/// SSDA903 returns add a suitability digit (`B1` suitable, `B2` unsuitable); those codes parse to
/// their letter here, the digit belongs to ``AccommodationSuitability``.
public enum AccommodationType: String, CodeSet {
    case parentsOrRelatives = "B"
    case communityHome = "C"
    case semiIndependent = "D"
    case supportedLodgings = "E"
    case abroad = "G"
    case deported = "H"
    case ordinaryLodgings = "K"
    case residenceNotKnown = "R"
    case noFixedAbode = "S"
    case foyers = "T"
    case independentLiving = "U"
    case emergency = "V"
    case bedAndBreakfast = "W"
    case inCustody = "X"
    case other = "Y"
    case formerFosterCarers = "Z"

    /// "Type of Accommodation".
    public static let codeSetName = "Type of Accommodation"
    /// `B: Parents/relatives`.
    public static let style = OfstedStyle.codeColonLabel
    /// Built once on first use.
    public static let lookup = CodeSetLookup<AccommodationType>()

    /// Ofsted's label.
    public var label: String {
        switch self {
        case .parentsOrRelatives: "Parents/relatives"
        case .communityHome: "Community home / residential care"
        case .semiIndependent: "Semi-independent, transitional accommodation and self-contained accommodation"
        case .supportedLodgings: "Supported lodgings"
        case .abroad: "Abroad"
        case .deported: "Deported"
        case .ordinaryLodgings: "Ordinary lodgings, without formal support"
        case .residenceNotKnown: "Residence not known"
        case .noFixedAbode: "No fixed abode / homeless"
        case .foyers: "Foyers and similar supported accommodation"
        case .independentLiving: "Independent living"
        case .emergency: "Emergency accommodation"
        case .bedAndBreakfast: "Bed and breakfast"
        case .inCustody: "In custody"
        case .other: "Other accommodation"
        case .formerFosterCarers: "With former foster carers"
        }
    }

    /// SSDA903 codes with a suitability digit, and the DfE's shorter detail wording.
    public var aliases: [String] {
        let ssda903 = [rawValue + "1", rawValue + "2"]
        switch self {
        case .parentsOrRelatives: return ssda903 + ["With parents or relatives"]
        case .communityHome: return ssda903 + ["Community home"]
        case .abroad: return ssda903 + ["Gone abroad"]
        case .ordinaryLodgings: return ssda903 + ["Ordinary lodgings"]
        case .noFixedAbode: return ssda903 + ["No fixed abode", "Homeless"]
        case .foyers: return ssda903 + ["Foyers"]
        case .formerFosterCarers: return ssda903 + ["With former foster carer"]
        default: return ssda903
        }
    }
}
