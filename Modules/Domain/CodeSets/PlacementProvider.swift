/// Who provides a looked-after child's placement (List 8 "Placement Provider"): SSDA903 codes `PR0`…`PR5`.
public enum PlacementProvider: String, CodeSet {
    case pr0 = "PR0"
    case pr1 = "PR1"
    case pr2 = "PR2"
    case pr3 = "PR3"
    case pr4 = "PR4"
    case pr5 = "PR5"

    /// "Placement Provider".
    public static let codeSetName = "Placement Provider"
    /// `a) PR0: Parents/Parental responsibility`.
    public static let style = OfstedStyle.letterCodeLabel
    /// Built once on first use.
    public static let lookup = CodeSetLookup<PlacementProvider>()

    /// Ofsted's label.
    public var label: String {
        switch self {
        case .pr0: "Parents/Parental responsibility"
        case .pr1: "Own provision"
        case .pr2: "Other LA provision"
        case .pr3: "Other public provision"
        case .pr4: "Private provision"
        case .pr5: "Voluntary/third sector"
        }
    }

    /// The DfE detail wording (Codes_used sheet), short forms first.
    public var aliases: [String] {
        switch self {
        case .pr0: ["Parents or other person with parental responsibility"]
        case .pr1: ["Own LA", "Own provision (by the local authority)"]
        case .pr2: ["Other local authority provision"]
        case .pr3: ["Other public provision (for example, a PCT)"]
        case .pr4: ["Private"]
        case .pr5: ["Voluntary/third sector provision"]
        }
    }
}
