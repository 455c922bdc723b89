/// A practitioner to whom children can be allocated (social worker, personal adviser, manager).
///
/// Used for caseload indicators: cases per worker need ``fte``, and agency rates need ``isAgency``.
public struct Worker: Sendable, Hashable, Identifiable {
    /// The authority's stable identifier for the worker.
    public var id: String
    /// The worker's name as it appears in Annex A "Allocated Worker" cells.
    public var name: String
    /// The ``Team/id`` of the worker's team.
    public var teamID: String
    /// Full-time equivalent, e.g. 0.6 for three days a week.
    public var fte: Double
    /// Whether the worker is supplied by an agency rather than employed by the authority.
    public var isAgency: Bool
    /// The worker's role in the authority's own words, e.g. "Social worker" or "Team manager".
    public var role: String

    /// Creates a worker.
    public init(id: String, name: String, teamID: String, fte: Double, isAgency: Bool, role: String) {
        self.id = id
        self.name = name
        self.teamID = teamID
        self.fte = fte
        self.isAgency = isAgency
        self.role = role
    }
}
