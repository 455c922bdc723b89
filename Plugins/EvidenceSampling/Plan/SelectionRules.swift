/// What the plan asks of a draw, once its population is known: sizes per stratum, caps and
/// minimum quotas for themes.
public struct SelectionRules: Sendable, Equatable {
    /// A minimum number of picked cases that must qualify for a theme.
    public struct Quota: Sendable, Equatable {
        /// The theme cases must qualify for (`disability`, `uasc`, a local list's name).
        public let theme: String
        /// How many picked cases must qualify.
        public let minimum: Int

        /// Creates a quota.
        public init(theme: String, minimum: Int) {
            self.theme = theme
            self.minimum = minimum
        }
    }

    /// Cases to pick per stratum.
    public var sizes: [String: Int]
    /// At most this many picks per allocated worker, when set.
    public var perWorkerCap: Int?
    /// At most this many picks per allocated team, when set.
    public var perTeamCap: Int?
    /// Quotas, met first, in this order.
    public var quotas: [Quota]

    /// Creates the rules.
    public init(sizes: [String: Int], perWorkerCap: Int? = nil, perTeamCap: Int? = nil, quotas: [Quota] = []) {
        self.sizes = sizes
        self.perWorkerCap = perWorkerCap
        self.perTeamCap = perTeamCap
        self.quotas = quotas
    }
}
