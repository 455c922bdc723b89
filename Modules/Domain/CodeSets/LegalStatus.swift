/// A looked-after child's legal status (List 8 "Child's Legal Status"): the SSDA903 codes.
///
/// Labels are Ofsted's short ones (`C1: ICO`); the DfE detail wording parses too.
public enum LegalStatus: String, CodeSet {
    case c1 = "C1"
    case c2 = "C2"
    case d1 = "D1"
    case e1 = "E1"
    case v2 = "V2"
    case l1 = "L1"
    case l2 = "L2"
    case l3 = "L3"
    case j1 = "J1"
    case j2 = "J2"
    case j3 = "J3"
    case v3 = "V3"
    case v4 = "V4"

    /// "Legal Status".
    public static let codeSetName = "Legal Status"
    /// `C1: ICO`.
    public static let style = OfstedStyle.codeColonLabel
    /// Built once on first use.
    public static let lookup = CodeSetLookup<LegalStatus>()

    /// Ofsted's label.
    public var label: String {
        switch self {
        case .c1: "ICO"
        case .c2: "FCO"
        case .d1: "Freeing order"
        case .e1: "Placement order"
        case .v2: "Single period under S20"
        case .l1: "Police protection LA accommodation"
        case .l2: "EPO"
        case .l3: "Child assessment order LA accommodation"
        case .j1: "Remanded to LA or youth detention"
        case .j2: "LA accommodation under PACE"
        case .j3: "Youth rehabilitation order"
        case .v3: "Short term breaks, episodes recorded"
        case .v4: "Short term breaks, agreements recorded"
        }
    }

    /// The DfE detail wording (Codes_used sheet).
    public var aliases: [String] {
        switch self {
        case .c1: ["Interim care order"]
        case .c2: ["Full care order"]
        case .d1: ["Freeing order granted"]
        case .e1: ["Placement order granted"]
        case .v2: ["Single period of accommodation under section 20"]
        case .l1: ["Under police protection and in local authority accommodation"]
        case .l2: ["Emergency protection order (EPO)", "Emergency protection order"]
        case .l3: ["Under child assessment order and in local authority accommodation"]
        case .j1: ["Remanded to local authority accommodation or to youth detention accommodation"]
        case .j2: ["Placed in local authority accommodation under PACE, including secure accommodation"]
        case .j3: ["Sentenced to Youth Rehabilitation Order"]
        case .v3: ["Accommodated under an agreed series of short-term breaks, when individual episodes of care are recorded"]
        case .v4: ["Accommodated under an agreed series of short-term breaks, when agreements are recorded (NOT individual episodes of care)"]
        }
    }
}
