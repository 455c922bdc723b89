/// How far moderators agree with auditors on the grades of the same cases.
///
/// Grades are positions on the tool's scale (0 the best). Kappa is linearly weighted Cohen's
/// kappa over the whole scale: with observed counts `O`, the counts `E` expected from each
/// side's own grade mix, and weights `|i - j|`, kappa = 1 - Σ w·O / Σ w·E. It equals
/// scikit-learn's `cohen_kappa_score(a, b, weights="linear", labels=range(k))` (a test checks it).
public struct Agreement: Sendable, Codable, Equatable {
    /// How many cases were graded by both.
    public var pairs: Int
    /// The share graded the same.
    public var exact: Double?
    /// The share graded at most one grade apart.
    public var withinOne: Double?
    /// Linearly weighted Cohen's kappa; nil with no pairs or when chance alone explains every
    /// pair (both sides gave one grade only).
    public var kappa: Double?

    /// The agreement of the (auditor, moderator) grade `pairs` on a scale of `grades` grades.
    public init(_ pairs: [(auditor: Int, moderator: Int)], grades: Int) {
        self.pairs = pairs.count
        guard !pairs.isEmpty else { return }
        let n = Double(pairs.count)
        exact = Double(pairs.filter { $0.auditor == $0.moderator }.count) / n
        withinOne = Double(pairs.filter { abs($0.auditor - $0.moderator) <= 1 }.count) / n
        var observed = Array(repeating: Array(repeating: 0.0, count: grades), count: grades)
        var rows = Array(repeating: 0.0, count: grades)
        var columns = Array(repeating: 0.0, count: grades)
        for pair in pairs {
            observed[pair.auditor][pair.moderator] += 1
            rows[pair.auditor] += 1
            columns[pair.moderator] += 1
        }
        var disagreement = 0.0
        var expected = 0.0
        for i in 0..<grades {
            for j in 0..<grades {
                let weight = Double(abs(i - j))
                disagreement += weight * observed[i][j]
                expected += weight * rows[i] * columns[j] / n
            }
        }
        kappa = expected > 0 ? 1 - disagreement / expected : nil
    }
}
