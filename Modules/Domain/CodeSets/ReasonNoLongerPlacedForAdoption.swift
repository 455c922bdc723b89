/// Why a child should no longer be placed for adoption (List 10): SSDA903 codes `RD1`…`RD4`.
public enum ReasonNoLongerPlacedForAdoption: String, CodeSet {
    case rd1 = "RD1"
    case rd2 = "RD2"
    case rd3 = "RD3"
    case rd4 = "RD4"

    /// "Reason No Longer Placed for Adoption".
    public static let codeSetName = "Reason No Longer Placed for Adoption"
    /// `RD1 - The child’s needs changed subsequent to the decision`.
    public static let style = OfstedStyle.codeDashLabel
    /// Built once on first use.
    public static let lookup = CodeSetLookup<ReasonNoLongerPlacedForAdoption>()

    /// Ofsted's label.
    public var label: String {
        switch self {
        case .rd1: "The child’s needs changed subsequent to the decision"
        case .rd2: "The Court did not make a placement order"
        case .rd3: "Prospective adopters could not be found"
        case .rd4: "Any other reason"
        }
    }
}
