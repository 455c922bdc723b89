/// A care leaver's main activity (List 9 "Activity Status"): the SSDA903 codes.
///
/// `F4`/`P4` (apprenticeship) and `F5`/`P5` (training or employment, not apprenticeship) split
/// `F3`/`P3` in the 2024 SSDA903; all thirteen are accepted, in the order of the 2024 schema.
public enum ActivityStatus: String, CodeSet {
    case f1 = "F1"
    case p1 = "P1"
    case f2 = "F2"
    case p2 = "P2"
    case f3 = "F3"
    case p3 = "P3"
    case f4 = "F4"
    case p4 = "P4"
    case f5 = "F5"
    case p5 = "P5"
    case g4 = "G4"
    case g5 = "G5"
    case g6 = "G6"

    /// "Activity Status".
    public static let codeSetName = "Activity Status"
    /// `F1: Full time in higher education`.
    public static let style = OfstedStyle.codeColonLabel
    /// Built once on first use.
    public static let lookup = CodeSetLookup<ActivityStatus>()

    /// Ofsted's label (shortened from the SSDA903 wording for the 2024 codes).
    public var label: String {
        switch self {
        case .f1: "Full time in higher education"
        case .p1: "Part time in higher education"
        case .f2: "Full time in education other than higher"
        case .p2: "Part time in education other than higher"
        case .f3: "Full time in training or employment"
        case .p3: "Part time in training or employment"
        case .f4: "Full time in an apprenticeship"
        case .p4: "Part time in an apprenticeship"
        case .f5: "Full time in training or employment (not apprenticeship)"
        case .p5: "Part time in training or employment (not apprenticeship)"
        case .g4: "Not in education, employment or training - illness or disability"
        case .g5: "Not in education, employment or training - other"
        case .g6: "Not in education, employment or training - pregnancy or parenting"
        }
    }

    /// The SSDA903 wording of the 2024 codes.
    public var aliases: [String] {
        switch self {
        case .f4: ["Young person engaged full time in an apprenticeship"]
        case .p4: ["Young person engaged part time in an apprenticeship"]
        case .f5: ["Young person engaged full time in training or employment (not apprenticeship)"]
        case .p5: ["Young person engaged part time in training or employment (not apprenticeship)"]
        default: []
        }
    }
}
