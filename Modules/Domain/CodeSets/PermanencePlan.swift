/// A looked-after child's principal permanence plan (List 8 "What is the permanence plan for this child?").
///
/// Ofsted gives no DfE code, so the stored codes are mnemonics: `FAMILY` return to family,
/// `ADOPTION`, `SGO_CAO` special guardianship or child arrangements order, `SUPPORTED_LIVING`
/// supported living in the community, `RESIDENTIAL` long-term residential placement,
/// `FOSTERING` long-term fostering, `OTHER`. Ofsted prints `g) other` in lower case; so do we.
public enum PermanencePlan: String, CodeSet {
    case returnToFamily = "FAMILY"
    case adoption = "ADOPTION"
    case sgoOrCAO = "SGO_CAO"
    case supportedLiving = "SUPPORTED_LIVING"
    case residential = "RESIDENTIAL"
    case fostering = "FOSTERING"
    case other = "OTHER"

    /// "Permanence Plan".
    public static let codeSetName = "Permanence Plan"
    /// `a) Return to family`.
    public static let style = OfstedStyle.letterLabel
    /// Built once on first use.
    public static let lookup = CodeSetLookup<PermanencePlan>()

    /// Ofsted's label.
    public var label: String {
        switch self {
        case .returnToFamily: "Return to family"
        case .adoption: "Adoption"
        case .sgoOrCAO: "SGO/CAO"
        case .supportedLiving: "Supported living in the community"
        case .residential: "Long-term residential placement"
        case .fostering: "Long-term fostering"
        case .other: "other"
        }
    }

    /// Spelled-out orders.
    public var aliases: [String] {
        switch self {
        case .sgoOrCAO: ["Special guardianship order", "Child arrangements order", "SGO", "CAO"]
        default: []
        }
    }
}
