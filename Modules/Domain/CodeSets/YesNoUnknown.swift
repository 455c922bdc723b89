/// A yes/no/unknown answer (`a) Yes`, `b) No`, `c) Unknown`), e.g. "Does the Child have a Disability".
///
/// Stored codes: `Y`, `N`, `U`. Yes and no accept ``YesNo``'s spellings too.
public enum YesNoUnknown: String, CodeSet {
    case yes = "Y"
    case no = "N"
    case unknown = "U"

    /// "Yes/No/Unknown".
    public static let codeSetName = "Yes/No/Unknown"
    /// `a) Yes`.
    public static let style = OfstedStyle.letterLabel
    /// Built once on first use.
    public static let lookup = CodeSetLookup<YesNoUnknown>()

    /// Ofsted's label.
    public var label: String {
        switch self {
        case .yes: YesNo.yes.label
        case .no: YesNo.no.label
        case .unknown: "Unknown"
        }
    }

    /// ``YesNo``'s aliases, and "Not known".
    public var aliases: [String] {
        switch self {
        case .yes: YesNo.yes.aliases
        case .no: YesNo.no.aliases
        case .unknown: ["Not known"]
        }
    }
}
