/// A child's primary need (List 6 "Primary Need Code") or category of need (List 8
/// "Child's Category of Need"): the DfE codes `N1`…`N9`, `N0`.
///
/// One set serves both columns. List 8 prints `N3 - Parental illness or disability` where List 6
/// prints `N3 - Parental disability or illness`: both parse to `N3`, which renders in List 6's
/// wording. List 8 offers only `N1`…`N8`, but real List 8 files also carry "not CIN"/"not stated",
/// so `N9` and `N0` are accepted there too.
public enum PrimaryNeed: String, CodeSet {
    case n1 = "N1"
    case n2 = "N2"
    case n3 = "N3"
    case n4 = "N4"
    case n5 = "N5"
    case n6 = "N6"
    case n7 = "N7"
    case n8 = "N8"
    case n9 = "N9"
    case n0 = "N0"

    /// "Primary Need".
    public static let codeSetName = "Primary Need"
    /// `N1 - Abuse or neglect`.
    public static let style = OfstedStyle.codeDashLabel
    /// Built once on first use.
    public static let lookup = CodeSetLookup<PrimaryNeed>()

    /// Ofsted's List 6 label.
    public var label: String {
        switch self {
        case .n1: "Abuse or neglect"
        case .n2: "Child’s disability"
        case .n3: "Parental disability or illness"
        case .n4: "Family in acute stress"
        case .n5: "Family dysfunction"
        case .n6: "Socially unacceptable behaviour"
        case .n7: "Low income"
        case .n8: "Absent parenting"
        case .n9: "Cases other than children in need"
        case .n0: "Not stated"
        }
    }

    /// List 8's wording of `N3`, and short forms seen in regional returns.
    public var aliases: [String] {
        switch self {
        case .n3: ["Parental illness or disability", "Parents illness or disability"]
        case .n9: ["Not CIN"]
        default: []
        }
    }
}
