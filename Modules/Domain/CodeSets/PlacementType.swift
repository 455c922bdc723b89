/// The type of a looked-after child's most recent placement (List 8 "Placement Type"): the SSDA903 codes.
///
/// Ofsted's letters run `a)` to `z)` then `zz)` for `T4`. The Aug-2019 workbook first printed
/// `j) A6: Placed for adoption - order - foster` (a typo for "not foster"): with its code that
/// spelling parses to `A6`; the label alone stays `A5`'s.
public enum PlacementType: String, CodeSet {
    case u1 = "U1"
    case u2 = "U2"
    case u3 = "U3"
    case u4 = "U4"
    case u5 = "U5"
    case u6 = "U6"
    case a3 = "A3"
    case a4 = "A4"
    case a5 = "A5"
    case a6 = "A6"
    case p1 = "P1"
    case p2 = "P2"
    case p3 = "P3"
    case h5 = "H5"
    case k1 = "K1"
    case k2 = "K2"
    case r1 = "R1"
    case r2 = "R2"
    case r3 = "R3"
    case r5 = "R5"
    case s1 = "S1"
    case z1 = "Z1"
    case t0 = "T0"
    case t1 = "T1"
    case t2 = "T2"
    case t3 = "T3"
    case t4 = "T4"

    /// "Placement Type".
    public static let codeSetName = "Placement Type"
    /// `a) U1: Foster placement - relatives - long term`.
    public static let style = OfstedStyle.letterCodeLabel
    /// Built once on first use.
    public static let lookup = CodeSetLookup<PlacementType>()

    /// Ofsted's label.
    public var label: String {
        switch self {
        case .u1: "Foster placement - relatives - long term"
        case .u2: "Foster placement - relative - FFA"
        case .u3: "Foster placement - relative - not FFA"
        case .u4: "Foster placement - long term"
        case .u5: "Foster placement - FFA"
        case .u6: "Foster placement - not FFA"
        case .a3: "Placed for adoption - consent - current foster"
        case .a4: "Placed for adoption - consent - not foster"
        case .a5: "Placed for adoption - order - foster"
        case .a6: "Placed for adoption - order - not foster"
        case .p1: "Placed with parents"
        case .p2: "Independent living"
        case .p3: "Residential employment"
        case .h5: "Residential accommodation"
        case .k1: "Secure Children’s Homes"
        case .k2: "Children’s Homes"
        case .r1: "Residential Care Home"
        case .r2: "NHS/Health Trust"
        case .r3: "Family Centre or Mother and Baby Unit"
        case .r5: "Young Offender Institution"
        case .s1: "Residential school"
        case .z1: "Other placements"
        case .t0: "Temporary placement"
        case .t1: "Temporary placement - hospital"
        case .t2: "Temporary placement - holiday"
        case .t3: "Temporary placement - carer holiday"
        case .t4: "Temporary placement - seven days or less"
        }
    }

    /// The Aug-2019 typo for `A6`, and singular/plural slips seen in returns.
    public var aliases: [String] {
        switch self {
        case .u1: ["Foster placement - relative - long term"]
        case .u2: ["Foster placement - relatives - FFA"]
        case .u3: ["Foster placement - relatives - not FFA"]
        case .a6: ["Placed for adoption - order - foster"]
        case .k1: ["Secure Children’s Home"]
        case .k2: ["Children’s Home"]
        default: []
        }
    }
}
