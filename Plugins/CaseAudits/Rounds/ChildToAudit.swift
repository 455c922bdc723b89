/// A child chosen for a round, with what assignment and the summaries need: the team that
/// holds the case, its service area and the stratum it was sampled in.
public struct ChildToAudit: Sendable, Equatable {
    /// The Child Unique ID.
    public var childID: String
    /// The allocated team in the snapshot.
    public var team: String
    /// The service area: the title of the Annex A list the team was read from.
    public var serviceArea: String
    /// The sample's stratum, or `unstratified`.
    public var stratum: String

    /// Creates a child to audit.
    public init(childID: String, team: String, serviceArea: String, stratum: String) {
        self.childID = childID
        self.team = team
        self.serviceArea = serviceArea
        self.stratum = stratum
    }
}
