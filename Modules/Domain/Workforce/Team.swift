/// A team of practitioners, such as a referral and assessment team, to which children are allocated.
public struct Team: Sendable, Hashable, Identifiable {
    /// The authority's stable identifier for the team.
    public var id: String
    /// The team's name as it appears in Annex A "Allocated Team" cells.
    public var name: String

    /// Creates a team.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
