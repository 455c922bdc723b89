/// Whether a care leaver's accommodation is suitable (List 9 "Suitability of Accommodation").
///
/// Stored codes (mnemonics): `SUITABLE`, `UNSUITABLE`.
public enum AccommodationSuitability: String, CodeSet {
    case suitable = "SUITABLE"
    case unsuitable = "UNSUITABLE"

    /// "Suitability of Accommodation".
    public static let codeSetName = "Suitability of Accommodation"
    /// `a) Suitable`.
    public static let style = OfstedStyle.letterLabel
    /// Built once on first use.
    public static let lookup = CodeSetLookup<AccommodationSuitability>()

    /// Ofsted's label.
    public var label: String {
        switch self {
        case .suitable: "Suitable"
        case .unsuitable: "Unsuitable"
        }
    }

    /// The regional returns' wording.
    public var aliases: [String] {
        self == .unsuitable ? ["Not suitable"] : []
    }
}
