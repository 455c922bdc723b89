/// One case in the eligible population, as the selection walk sees it.
public struct SamplingCase: Sendable, Hashable, SelectionCandidate {
    /// `L<list>:<Child Unique ID>`, plus `:<start date ISO>` for lists where a child can have several rows.
    public let key: String
    /// The stratum the plan puts it in, e.g. `children in care / Children in Care Team 2`.
    public let stratum: String
    /// The allocated worker, whom a cap may limit.
    public let worker: String
    /// The allocated team, which a cap may limit.
    public let team: String
    /// The quota themes it qualifies for (`disability`, `uasc`, `placements-3+`, a local list's name).
    public let themes: Set<String>
    /// Its ticket under the draw's seed.
    public let ticket: Ticket

    /// Creates a case.
    public init(key: String, stratum: String, worker: String, team: String, themes: Set<String>, ticket: Ticket) {
        self.key = key
        self.stratum = stratum
        self.worker = worker
        self.team = team
        self.themes = themes
        self.ticket = ticket
    }

    /// Whether it qualifies for the quota theme `theme`.
    public func qualifies(for theme: String) -> Bool { themes.contains(theme) }
}

/// What the feasibility check needs to know of a case: where it counts and what it qualifies for.
public protocol SelectionCandidate {
    /// The case's stratum.
    var stratum: String { get }
    /// The allocated worker.
    var worker: String { get }
    /// The allocated team.
    var team: String { get }
    /// Whether it qualifies for the quota theme `theme`.
    func qualifies(for theme: String) -> Bool
}
