/// Whether the authority is in touch with a care leaver (List 9 "LA In Touch").
///
/// Stored codes are the SSDA903 `IN_TOUCH` codes: `YES`, `NO`, `DIED`, `REFU` (young person
/// refuses contact), `NREQ` (no longer requires services), `RHOM` (returned home).
public enum InTouch: String, CodeSet {
    case yes = "YES"
    case no = "NO"
    case died = "DIED"
    case refused = "REFU"
    case notRequired = "NREQ"
    case returnedHome = "RHOM"

    /// "LA In Touch".
    public static let codeSetName = "LA In Touch"
    /// `a) Yes`.
    public static let style = OfstedStyle.letterLabel
    /// Built once on first use.
    public static let lookup = CodeSetLookup<InTouch>()

    /// Ofsted's label.
    public var label: String {
        switch self {
        case .yes: "Yes"
        case .no: "No"
        case .died: "Died"
        case .refused: "Refu"
        case .notRequired: "NREQ"
        case .returnedHome: "Rhom"
        }
    }

    /// The SSDA903 meanings and yes/no spellings.
    public var aliases: [String] {
        switch self {
        case .yes: ["Y", "True", "In touch"]
        case .no: ["N", "False", "Not in touch"]
        case .died: []
        case .refused: ["Refused", "Young person refuses contact"]
        case .notRequired: ["No longer requires services", "Young person no longer requires services"]
        case .returnedHome: ["Returned home"]
        }
    }
}
