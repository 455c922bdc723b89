/// A yes/no answer that Ofsted writes without a letter: List 11 "Is the (prospective) adopter
/// fostering for adoption?" (`Yes`, `No`).
///
/// Stored codes and accepted spellings are ``YesNo``'s; only the Ofsted form differs.
public enum PlainYesNo: String, CodeSet {
    case yes = "Y"
    case no = "N"

    /// "Yes/No (plain)".
    public static let codeSetName = "Yes/No (plain)"
    /// `Yes`.
    public static let style = OfstedStyle.label
    /// Built once on first use.
    public static let lookup = CodeSetLookup<PlainYesNo>()

    /// "Yes" or "No".
    public var label: String { yesNo.label }

    /// ``YesNo``'s aliases.
    public var aliases: [String] { yesNo.aliases }

    private var yesNo: YesNo {
        switch self {
        case .yes: .yes
        case .no: .no
        }
    }
}
