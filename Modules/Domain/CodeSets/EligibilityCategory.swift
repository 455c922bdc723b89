/// A care leaver's eligibility for leaving care services (List 9 "Eligibility Category").
///
/// Stored codes (mnemonics): `RELEVANT` relevant child, `FORMER_RELEVANT` former relevant child,
/// `QUALIFYING` qualifying care leaver, `ELIGIBLE` eligible child (`d)`, added by 2024 sources).
public enum EligibilityCategory: String, CodeSet {
    case relevant = "RELEVANT"
    case formerRelevant = "FORMER_RELEVANT"
    case qualifying = "QUALIFYING"
    case eligible = "ELIGIBLE"

    /// "Eligibility Category".
    public static let codeSetName = "Eligibility Category"
    /// `a) Relevant child`.
    public static let style = OfstedStyle.letterLabel
    /// Built once on first use.
    public static let lookup = CodeSetLookup<EligibilityCategory>()

    /// Ofsted's label.
    public var label: String {
        switch self {
        case .relevant: "Relevant child"
        case .formerRelevant: "Former relevant child"
        case .qualifying: "Qualifying care leaver"
        case .eligible: "Eligible child"
        }
    }

    /// Short forms used by regional returns.
    public var aliases: [String] {
        switch self {
        case .relevant: ["Relevant"]
        case .formerRelevant: ["Former relevant"]
        case .qualifying: ["Qualifying"]
        case .eligible: ["Eligible"]
        }
    }
}
