/// The two counts behind an indicator, for the whole authority or one team.
struct IndicatorFigure: Codable, Equatable, Sendable {
    var numerator: Int
    var denominator: Int
    /// Rows counted in the denominator that carry values an import kept as given (unknown or
    /// repaired): a condition on an unknown value counts as not met, so the note says how many.
    var unknowns = 0

    /// The figure: a percentage or an average; nil when the denominator is zero.
    func value(percentage: Bool) -> Double? {
        guard denominator > 0 else { return nil }
        return Double(numerator) / Double(denominator) * (percentage ? 100 : 1)
    }
}

/// One snapshot's counts for one indicator: the authority's total and each team's.
struct IndicatorFigures: Codable, Equatable, Sendable {
    var total: IndicatorFigure
    /// Per allocated team, sorted by team; empty for lists without a team column.
    var teams: [Team]

    /// A team's counts.
    struct Team: Codable, Equatable, Sendable {
        var team: String
        var figure: IndicatorFigure
    }
}
