/// Why a child in need episode closed (List 6 "Reason for Closure"): DfE codes `RC1`…`RC9`.
///
/// `RC9` (closed after assessment, referred to early help) came with the 2024 CIN census, after
/// Ofsted's Aug-2019 list.
public enum ReasonForClosure: String, CodeSet {
    case rc1 = "RC1"
    case rc2 = "RC2"
    case rc3 = "RC3"
    case rc4 = "RC4"
    case rc5 = "RC5"
    case rc6 = "RC6"
    case rc7 = "RC7"
    case rc8 = "RC8"
    case rc9 = "RC9"

    /// "Reason for Closure".
    public static let codeSetName = "Reason for Closure"
    /// `RC1 - Adopted`.
    public static let style = OfstedStyle.codeDashLabel
    /// Built once on first use.
    public static let lookup = CodeSetLookup<ReasonForClosure>()

    /// Ofsted's label (the CIN census wording for `RC9`).
    public var label: String {
        switch self {
        case .rc1: "Adopted"
        case .rc2: "Died"
        case .rc3: "Child arrangements order"
        case .rc4: "Special guardianship order"
        case .rc5: "Transferred to services of another local authority"
        case .rc6: "Transferred to adult social care services"
        case .rc7: "Services ceased for any other reason, including child no longer in need"
        case .rc8: "Case closed after assessment, no further action"
        case .rc9: "Case closed after assessment, referred to early help"
        }
    }

    /// The pre-2014 name of `RC3`.
    public var aliases: [String] {
        self == .rc3 ? ["Residence order"] : []
    }
}
