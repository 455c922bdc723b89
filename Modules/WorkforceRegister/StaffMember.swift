import Domain

/// One member of staff in the workforce register.
///
/// Names and emails are staff's personal data: show them only where the reader needs them
/// (an inspector's briefing, an invitation) and never in errors or logs.
public struct StaffMember: Sendable, Hashable, Codable {
    /// The authority's stable staff id.
    public var id: String
    /// The name as the authority records it; Annex A's "Allocated Worker" cells name staff this way.
    public var name: String
    /// The work email, when the register has one (invitations need it).
    public var email: String?
    /// The team's name, as Annex A's "Allocated Team" cells give it.
    public var team: String
    /// What they do.
    public var role: StaffRole
    /// The id of their line manager, when they have one in the register.
    public var managerID: String?
    /// Full-time equivalent, above 0 and at most 1.
    public var fte: Double
    /// Whether an agency supplies them.
    public var isAgency: Bool
    /// The day they started in post.
    public var startDate: CalendarDate
    /// The weekdays they work.
    public var workingDays: WorkingDays

    /// Creates a member of staff.
    public init(
        id: String, name: String, email: String?, team: String, role: StaffRole, managerID: String?, fte: Double, isAgency: Bool,
        startDate: CalendarDate, workingDays: WorkingDays
    ) {
        self.id = id
        self.name = name
        self.email = email
        self.team = team
        self.role = role
        self.managerID = managerID
        self.fte = fte
        self.isAgency = isAgency
        self.startDate = startDate
        self.workingDays = workingDays
    }
}
