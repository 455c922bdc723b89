/// The groups a case falls in for the balance table, worked out from its Annex A row when the
/// manifest is frozen. Groups are coarse on purpose: they compare sample and population.
public struct CaseProfile: Sendable, Equatable, Codable {
    /// `under 1`, `1-4`, `5-9`, `10-15`, `16-17`, `18 and over` or `not recorded`.
    public let ageBand: String
    /// `Male`, `Female`, `Not stated`, `Neither` or `not recorded`.
    public let gender: String
    /// `White`, `Mixed`, `Asian`, `Black`, `Other`, `Refused`, `Not obtained` or `not recorded`.
    public let ethnicityGroup: String
    /// `Yes`, `No` or `Unknown`.
    public let disability: String
    /// For children in care, a group of placement types; otherwise `not in care`.
    public let placementGroup: String
    /// For children in care, a group of legal statuses; otherwise `not in care`.
    public let legalGroup: String

    /// Groups the stored codes of one row.
    public init(age: Int?, gender: String?, ethnicity: String?, disability: String?, placementType: String?, legalStatus: String?) {
        ageBand = Self.band(age)
        self.gender = ["M": "Male", "F": "Female", "U": "Not stated", "N": "Neither"][gender ?? ""] ?? "not recorded"
        ethnicityGroup = Self.ethnicityGroup(ethnicity)
        self.disability = ["Y": "Yes", "N": "No"][disability ?? ""] ?? "Unknown"
        placementGroup = placementType.map(Self.placementGroup) ?? "not in care"
        legalGroup = legalStatus.map(Self.legalGroup) ?? "not in care"
    }

    /// Creates a profile from its stored groups.
    public init(ageBand: String, gender: String, ethnicityGroup: String, disability: String, placementGroup: String, legalGroup: String) {
        self.ageBand = ageBand
        self.gender = gender
        self.ethnicityGroup = ethnicityGroup
        self.disability = disability
        self.placementGroup = placementGroup
        self.legalGroup = legalGroup
    }

    private static func band(_ age: Int?) -> String {
        guard let age, age >= 0 else { return "not recorded" }
        switch age {
        case 0: return "under 1"
        case 1...4: return "1-4"
        case 5...9: return "5-9"
        case 10...15: return "10-15"
        case 16...17: return "16-17"
        default: return "18 and over"
        }
    }

    private static func ethnicityGroup(_ code: String?) -> String {
        switch code {
        case nil: "not recorded"
        case "REFU": "Refused"
        case "NOBT": "Not obtained"
        case let code? where code.hasPrefix("W"): "White"
        case let code? where code.hasPrefix("M"): "Mixed"
        case let code? where code.hasPrefix("A"): "Asian"
        case let code? where code.hasPrefix("B"): "Black"
        default: "Other"
        }
    }

    private static func placementGroup(_ code: String) -> String {
        switch code.first {
        case "U": "Foster placement"
        case "A": "Placed for adoption"
        case "K", "S": "Children's home or residential school"
        default:
            switch code {
            case "P1": "Placed with parents"
            case "P2", "H5": "Independent or supported living"
            case "R1": "Children's home or residential school"
            default: "Other placement"
            }
        }
    }

    private static func legalGroup(_ code: String) -> String {
        switch code.first {
        case "C": "Care order"
        case "E", "D": "Placement or freeing order"
        case "V": "Accommodated under section 20"
        case "L": "Police protection or emergency order"
        case "J": "Youth justice"
        default: "Other"
        }
    }
}
