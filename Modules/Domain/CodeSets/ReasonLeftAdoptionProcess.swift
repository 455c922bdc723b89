/// Why a prospective adopter left the adoption process (List 11 "Reason for leaving adoption process").
///
/// No DfE code exists; the stored codes are Ofsted's own numbers: `1` adopter withdrew,
/// `2` process put on hold, `3` application refused.
public enum ReasonLeftAdoptionProcess: String, CodeSet {
    case withdrew = "1"
    case onHold = "2"
    case refused = "3"

    /// "Reason for Leaving Adoption Process".
    public static let codeSetName = "Reason for Leaving Adoption Process"
    /// `1 - Adopter withdrew from process`.
    public static let style = OfstedStyle.codeDashLabel
    /// Built once on first use.
    public static let lookup = CodeSetLookup<ReasonLeftAdoptionProcess>()

    /// Ofsted's label.
    public var label: String {
        switch self {
        case .withdrew: "Adopter withdrew from process"
        case .onHold: "Process put on hold"
        case .refused: "Application refused"
        }
    }

    /// The regional returns' short forms.
    public var aliases: [String] {
        switch self {
        case .withdrew: ["Withdrew"]
        case .onHold: ["Process on hold", "On hold"]
        case .refused: []
        }
    }
}
