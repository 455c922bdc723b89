/// What a round found, in aggregates only: case grades overall and by team, service area and
/// stratum; grades by section with the weakest sections; the change since the previous round;
/// and the agreement between auditors and moderators. No child is named.
public struct RoundSummary: Sendable, Codable, Equatable {
    /// A count per grade, in the scale's order (best first), and what they make up.
    public struct Counts: Sendable, Codable, Equatable {
        /// How many at each grade.
        public var counts: [Int]
        /// The mean score (the best grade scores the number of grades, the worst 1), nil when empty.
        public var meanScore: Double?
        /// The share in the better half of the scale (good or better on the usual scale).
        public var upperShare: Double?

        init(_ counts: [Int]) {
            self.counts = counts
            let total = counts.reduce(0, +)
            guard total > 0 else { return }
            let grades = counts.count
            meanScore = Double(counts.enumerated().map { (grades - $0.offset) * $0.element }.reduce(0, +)) / Double(total)
            upperShare = Double(counts.prefix(grades / 2).reduce(0, +)) / Double(total)
        }

        /// How many in all.
        public var total: Int { counts.reduce(0, +) }
    }

    /// One group's figures (a team, a service area, a stratum or a section).
    public struct Group: Sendable, Codable, Equatable {
        public var name: String
        public var figures: Counts
        /// The same group's mean score in the previous round, when it had one.
        public var previousMeanScore: Double?
    }

    /// The previous round, for the change since then.
    public struct Previous: Sendable, Codable, Equatable {
        public var roundID: Int
        public var name: String
        public var overall: Counts
    }

    public var roundID: Int
    public var name: String
    /// The scale, best first.
    public var grades: [String]
    /// The cases' grades: the agreed grade where there is one, else the auditor's.
    public var overall: Counts
    public var byTeam: [Group]
    public var byServiceArea: [Group]
    public var byStratum: [Group]
    /// The auditors' answers by section, in the tool's order.
    public var sections: [Group]
    /// Up to three sections with the lowest mean score, weakest first.
    public var weakestSections: [String]
    public var previous: Previous?
    public var agreement: Agreement

    /// The label of ``Counts/upperShare``: "good or better" on the usual scale.
    public var upperLabel: String { "\(grades[grades.count / 2 - 1]) or better" }
}
