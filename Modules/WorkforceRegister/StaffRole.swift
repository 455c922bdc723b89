/// What a member of staff does, as the register stores it (`social_worker`, `iro`, …).
///
/// The stored codes are the table's CHECK list (``WorkforceRegisterMigrations``); a register file
/// may write a role as the code or in words, any case (`Social worker`, `IRO`,
/// `Independent reviewing officer`): ``init(text:)`` reads both.
public enum StaffRole: String, Sendable, CaseIterable, Codable {
    case socialWorker = "social_worker"
    case seniorPractitioner = "senior_practitioner"
    case advancedPractitioner = "advanced_practitioner"
    case practiceSupervisor = "practice_supervisor"
    case teamManager = "team_manager"
    case serviceManager = "service_manager"
    case iro = "iro"
    case personalAdviser = "personal_adviser"
    case familySupportWorker = "family_support_worker"
    case studentSocialWorker = "student_social_worker"

    /// The role in words, as a register file and `workforce show` write it ("Social worker").
    public var label: String {
        switch self {
        case .socialWorker: "Social worker"
        case .seniorPractitioner: "Senior practitioner"
        case .advancedPractitioner: "Advanced practitioner"
        case .practiceSupervisor: "Practice supervisor"
        case .teamManager: "Team manager"
        case .serviceManager: "Service manager"
        case .iro: "IRO"
        case .personalAdviser: "Personal adviser"
        case .familySupportWorker: "Family support worker"
        case .studentSocialWorker: "Student social worker"
        }
    }

    /// The role a register file names, by code or in words, ignoring case, spaces and
    /// underscores; nil for a role the register does not know.
    public init?(text: String) {
        let key = Self.key(text)
        if key == "independentreviewingofficer" {
            self = .iro
            return
        }
        guard let role = Self.allCases.first(where: { Self.key($0.rawValue) == key || Self.key($0.label) == key }) else { return nil }
        self = role
    }

    /// Whether the role holds children's cases (an allocated worker in Annex A).
    public var holdsCases: Bool {
        switch self {
        case .socialWorker, .seniorPractitioner, .advancedPractitioner, .personalAdviser, .studentSocialWorker: true
        default: false
        }
    }

    private static func key(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter })
    }
}
