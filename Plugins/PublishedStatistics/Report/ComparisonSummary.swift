import PluginKit

/// Where a comparison stands, in words and as a score: the text alternative of its dot plot and
/// the lines of the report's opening summary.
enum ComparisonSummary {
    /// One or two sentences: the authority's value, England's, the neighbours' median and the rank.
    static func sentence(_ comparison: Comparison) -> String {
        let unit = comparison.unit == "%" ? "%" : " \(comparison.unit)"
        func show(_ value: Double?) -> String { value.map { Figure.format($0) + unit } ?? "not published" }
        var text =
            "Dot plot of \(comparison.authorities.compactMap(\.figure.value).count) authorities' \(comparison.title.lowercased()) in \(comparison.year). "
        text += "\(comparison.own.name): \(comparison.own.figure.value.map { Figure.format($0) + unit } ?? comparison.own.figure.text); "
        text += "England \(show(comparison.england.value)); neighbours' median \(show(comparison.neighbours.median))"
        text += " (\(comparison.neighbours.withValue) of \(comparison.neighbours.of) with a value)"
        if let rank = comparison.rank { text += "; rank \(rank.position) of \(rank.of) (\(comparison.direction == .context ? "1 = highest" : "1 = best"))" }
        return text + "."
    }

    /// What the comparison says is weak: worse than the neighbours' median or England, or worse
    /// than the year before. Nil for a context figure or when nothing is worse.
    static func weakness(_ comparison: Comparison) -> SummaryFinding? {
        guard comparison.direction != .context, let own = comparison.own.figure.value else { return nil }
        let sign: Double = comparison.direction == .lowerIsBetter ? 1 : -1
        var reasons: [String] = []
        var distance = 0.0
        func compare(_ reference: Double?, _ words: String) {
            guard let reference, sign * (own - reference) > 0 else { return }
            reasons.append("worse than \(words) (\(Figure.format(reference)))")
            distance = max(distance, abs(own - reference) / max(abs(reference), 1))
        }
        compare(comparison.neighbours.median, "the neighbours' median")
        compare(comparison.england.value, "England")
        let years = comparison.trend.filter { $0.own.value != nil }
        if years.count >= 2, let before = years[years.count - 2].own.value, sign * (own - before) > 0 {
            reasons.append("worse than \(years[years.count - 2].year) (\(Figure.format(before)))")
            distance = max(distance, abs(own - before) / max(abs(before), 1))
        }
        guard !reasons.isEmpty else { return nil }
        return SummaryFinding(title: comparison.title, value: text(comparison), reasons: reasons, distance: distance, source: source(comparison))
    }

    /// What the comparison says to celebrate: the best quarter of authorities, or better than
    /// every neighbour with a value.
    static func strength(_ comparison: Comparison) -> SummaryFinding? {
        guard comparison.direction != .context, let own = comparison.own.figure.value, let rank = comparison.rank else { return nil }
        var reasons: [String] = []
        if rank.bestQuarter { reasons.append("in the best quarter of authorities (rank \(rank.position) of \(rank.of))") }
        let values = comparison.neighbours.figures.compactMap(\.figure.value)
        let better = values.allSatisfy { comparison.direction == .lowerIsBetter ? own < $0 : own > $0 }
        if !values.isEmpty && better { reasons.append("better than every neighbour with a value (\(values.count))") }
        guard !reasons.isEmpty else { return nil }
        return SummaryFinding(
            title: comparison.title, value: text(comparison), reasons: reasons, distance: Double(rank.of - rank.position) / Double(max(rank.of, 1)),
            source: source(comparison))
    }

    private static func source(_ comparison: Comparison) -> String { "published \(comparison.year)" }

    private static func text(_ comparison: Comparison) -> String {
        comparison.own.figure.value.map { Figure.format($0) + (comparison.unit == "%" ? "%" : " \(comparison.unit)") } ?? comparison.own.figure.text
    }
}
