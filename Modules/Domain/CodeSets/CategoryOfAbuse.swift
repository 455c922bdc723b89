/// The category of abuse under a child protection plan (List 7 "Initial/Latest Category of Abuse").
///
/// Stored codes are the DfE CIN census codes: `NEG` neglect, `PHY` physical abuse,
/// `SAB` sexual abuse, `EMO` emotional abuse, `MUL` multiple/not recommended.
public enum CategoryOfAbuse: String, CodeSet {
    case neglect = "NEG"
    case physical = "PHY"
    case sexual = "SAB"
    case emotional = "EMO"
    case multiple = "MUL"

    /// "Category of Abuse".
    public static let codeSetName = "Category of Abuse"
    /// `a) Neglect`.
    public static let style = OfstedStyle.letterLabel
    /// Built once on first use.
    public static let lookup = CodeSetLookup<CategoryOfAbuse>()

    /// Ofsted's label.
    public var label: String {
        switch self {
        case .neglect: "Neglect"
        case .physical: "Physical abuse"
        case .sexual: "Sexual abuse"
        case .emotional: "Emotional abuse"
        case .multiple: "Multiple/not recommended"
        }
    }

    /// The short form used by regional returns.
    public var aliases: [String] {
        self == .multiple ? ["Multiple"] : []
    }
}
