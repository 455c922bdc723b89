/// How Ofsted writes a code set's values in the Annex A workbook.
///
/// The style only decides how ``CodeSet/ofstedForm`` renders a value; ``CodeSet/parse(_:)``
/// accepts every style whatever the set's own style is.
public enum OfstedStyle: Sendable, Hashable {
    /// An ordering letter, the code and the label: `a) U4: Foster placement - long term`.
    case letterCodeLabel
    /// An ordering letter and the label: `a) Yes`, `a) Looked after child`.
    case letterLabel
    /// An ordering letter and the code: `a) WBRI`.
    case letterCode
    /// The code, a spaced hyphen and the label: `N1 - Abuse or neglect`, `RC1 - Adopted`.
    case codeDashLabel
    /// The code, a colon and the label: `C1: ICO`, `B: Parents/relatives`.
    case codeColonLabel
    /// The label alone: `Yes`.
    case label

    /// Whether values in this style start with Ofsted's ordering letter, such as `a) `.
    public var hasLetter: Bool {
        switch self {
        case .letterCodeLabel, .letterLabel, .letterCode: true
        case .codeDashLabel, .codeColonLabel, .label: false
        }
    }
}
