import Domain

/// Someone outside the coordinators' team given access to the web pages for one inspection:
/// an Ofsted inspector, or a case auditor or moderator. Plugins' pages require a signed-in person of
/// the roles they serve (``PersonAccess/check(_:roles:post:)``).
public struct Person: Sendable, Equatable {
    /// What a person may do; each plugin's pages name the roles they admit.
    public enum Role: String, Sendable, CaseIterable {
        /// An Ofsted inspector: the sampler's pages.
        case inspector
        /// A practitioner or manager auditing cases: the case-audit pages.
        case auditor
        /// A second reviewer grading cases drawn for moderation: the case-audit pages.
        case moderator
    }

    /// The person's id.
    public let id: Int
    /// Their name, shown on the pages.
    public let name: String
    /// Their role.
    public let role: Role
    /// The inspection whose work they may see.
    public let inspectionID: Int
    /// The first day of access.
    public let accessFrom: CalendarDate
    /// The last day of access.
    public let accessUntil: CalendarDate

    /// Creates a person value.
    public init(id: Int, name: String, role: Role, inspectionID: Int, accessFrom: CalendarDate, accessUntil: CalendarDate) {
        self.id = id
        self.name = name
        self.role = role
        self.inspectionID = inspectionID
        self.accessFrom = accessFrom
        self.accessUntil = accessUntil
    }

    /// Who they are in the audit log (`inspector:3`).
    public var actor: String { "\(role.rawValue):\(id)" }
}
