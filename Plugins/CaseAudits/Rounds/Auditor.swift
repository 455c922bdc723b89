/// Someone who audits or moderates cases, with the team they work in: they never audit a
/// child of their own team.
public struct Auditor: Sendable, Equatable, Codable {
    /// What a person does in a round.
    public enum Role: String, Sendable, Codable, CaseIterable {
        /// Audits cases.
        case auditor
        /// Moderates audits (grades the same case a second time).
        case moderator
        /// Both audits and moderates.
        case both
        /// A team manager: audits nobody, receives the actions for inadequate cases of their team.
        case manager

        /// Whether the person is given cases to audit.
        public var audits: Bool { self == .auditor || self == .both }
        /// Whether the person is given audits to moderate.
        public var moderates: Bool { self == .moderator || self == .both }
    }

    /// The authority's id for the person (a staff number).
    public var id: String
    /// Their name.
    public var name: String
    /// Their work email.
    public var email: String
    /// Their team, as the Annex A lists name it in "Allocated Team".
    public var team: String
    /// What they do in the round.
    public var role: Role

    /// Creates an auditor.
    public init(id: String, name: String, email: String, team: String, role: Role) {
        self.id = id
        self.name = name
        self.email = email
        self.team = team
        self.role = role
    }
}

/// Where a round's auditors come from: a CSV file (``AuditorFile``) or the workforce register
/// (``RegisterAuditors``). Assignment only sees this protocol.
public protocol AuditorDirectory: Sendable {
    /// Everyone who may audit, moderate or manage in the round.
    /// - Throws: `CaseAuditError` naming the source, row and column of a problem.
    func auditors() async throws -> [Auditor]
}
