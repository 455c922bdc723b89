/// Whether a placement is inside or outside the authority's own area (List 8 "Placement Location").
///
/// Stored codes (mnemonics): `IN`, `OUT`.
public enum PlacementLocation: String, CodeSet {
    case inside = "IN"
    case outside = "OUT"

    /// "Placement Location".
    public static let codeSetName = "Placement Location"
    /// `a) In`.
    public static let style = OfstedStyle.letterLabel
    /// Built once on first use.
    public static let lookup = CodeSetLookup<PlacementLocation>()

    /// "In" or "Out".
    public var label: String {
        switch self {
        case .inside: "In"
        case .outside: "Out"
        }
    }

    /// Spelled-out forms.
    public var aliases: [String] {
        switch self {
        case .inside: ["In area", "Inside"]
        case .outside: ["Out of area", "Outside"]
        }
    }
}
