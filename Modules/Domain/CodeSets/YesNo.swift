/// A yes/no answer as Ofsted writes it in most lists (`a) Yes`, `b) No`).
///
/// Stored codes: `Y`, `N`. Also accepts `TRUE`/`FALSE`, `1`/`0`, and List 5's Guidance wording
/// for "Was an Initial Child Protection Conference deemed unnecessary?" ("Yes if the section 47
/// enquiry was commenced, …").
public enum YesNo: String, CodeSet {
    case yes = "Y"
    case no = "N"

    /// "Yes/No".
    public static let codeSetName = "Yes/No"
    /// `a) Yes`.
    public static let style = OfstedStyle.letterLabel
    /// Built once on first use.
    public static let lookup = CodeSetLookup<YesNo>()

    /// "Yes" or "No".
    public var label: String {
        switch self {
        case .yes: "Yes"
        case .no: "No"
        }
    }

    /// Boolean spellings from spreadsheets and DfE returns, and List 5's Guidance wording.
    public var aliases: [String] {
        switch self {
        case .yes:
            [
                "True", "1",
                "Yes if the section 47 enquiry was commenced, but an initial child protection conference was not deemed necessary"
            ]
        case .no:
            [
                "False", "0",
                "No if the section 47 enquiry was commenced, and an initial child protection conference was deemed necessary"
            ]
        }
    }
}
