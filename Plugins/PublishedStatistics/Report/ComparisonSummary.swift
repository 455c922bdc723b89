import PluginKit

/// Where a comparison stands, in words and as a score: the text alternative of its dot plot and
/// the lines of the report's opening summary.
enum ComparisonSummary {
    /// One or two sentences: the authority's value, England's, the neighbours' median and the
    /// rank, and the workforce register's current figure when there is one.
    static func sentence(_ comparison: Comparison) -> String {
        let unit = comparison.unit == "%" ? "%" : " \(comparison.unit)"
        func show(_ value: Double?) -> String { value.map { Figure.format($0) + unit } ?? "not published" }
        var text =
            "Dot plot of \(comparison.authorities.compactMap(\.figure.value).count) authorities' \(comparison.title.lowercased()) in \(comparison.year). "
        text += "\(comparison.own.name): \(comparison.own.figure.value.map { Figure.format($0) + unit } ?? comparison.own.figure.text); "
        text += "England \(show(comparison.england.value)); neighbours' median \(show(comparison.neighbours.median))"
        text += " (\(comparison.neighbours.withValue) of \(comparison.neighbours.of) with a value)"
        if let rank = comparison.rank { text += "; rank \(rank.position) of \(rank.of) (\(comparison.direction == .context ? "1 = highest" : "1 = best"))" }
        if let register = comparison.register, let value = register.value {
            text += "; \(comparison.own.name) now (workforce register at \(register.asOf), the second line) \(show(value))"
        }
        return text + "."
    }

    /// What the comparison says is weak: worse than the neighbours' median or England, or worse
    /// than the year before. Nil for a context figure or when nothing is worse.
    static func weakness(_ comparison: Comparison) -> SummaryFinding? {
        let years = comparison.trend.filter { $0.own.value != nil }
        let before = years.count >= 2 ? years[years.count - 2] : nil
        return weakness(
            comparison, own: comparison.own.figure.value, before: before.flatMap { year in year.own.value.map { (String(year.year), $0) } },
            title: comparison.title, source: source(comparison))
    }

    /// What the workforce register's own current figure says is weak: worse than the neighbours'
    /// median or England of the latest published year, or worse than the authority's own
    /// published figure. Nil without a register figure.
    static func registerWeakness(_ comparison: Comparison) -> SummaryFinding? {
        guard let register = comparison.register else { return nil }
        return weakness(
            comparison, own: register.value,
            before: comparison.own.figure.value.map { ("its published \(comparison.year) figure", $0) },
            title: registerTitle(comparison), source: registerSource(register))
    }

    private static func weakness(
        _ comparison: Comparison, own: Double?, before: (words: String, value: Double)?, title: String, source: String
    ) -> SummaryFinding? {
        guard comparison.direction != .context, let own else { return nil }
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
        compare(before?.value, before?.words ?? "")
        guard !reasons.isEmpty else { return nil }
        return SummaryFinding(title: title, value: text(own, comparison), reasons: reasons, distance: distance, source: source)
    }

    /// What the comparison says to celebrate: the best quarter of authorities, or better than
    /// every neighbour with a value.
    static func strength(_ comparison: Comparison) -> SummaryFinding? {
        strength(comparison, own: comparison.own.figure.value, rank: comparison.rank, title: comparison.title, source: source(comparison))
    }

    /// What the workforce register's own current figure says to celebrate, ranked among the
    /// authorities' published figures of the latest year.
    static func registerStrength(_ comparison: Comparison) -> SummaryFinding? {
        guard let register = comparison.register else { return nil }
        return strength(comparison, own: register.value, rank: register.rank, title: registerTitle(comparison), source: registerSource(register))
    }

    private static func strength(_ comparison: Comparison, own: Double?, rank: Comparison.Rank?, title: String, source: String) -> SummaryFinding? {
        guard comparison.direction != .context, let own, let rank else { return nil }
        var reasons: [String] = []
        if rank.bestQuarter { reasons.append("in the best quarter of authorities (rank \(rank.position) of \(rank.of))") }
        let values = comparison.neighbours.figures.compactMap(\.figure.value)
        let better = values.allSatisfy { comparison.direction == .lowerIsBetter ? own < $0 : own > $0 }
        if !values.isEmpty && better { reasons.append("better than every neighbour with a value (\(values.count))") }
        guard !reasons.isEmpty else { return nil }
        return SummaryFinding(
            title: title, value: text(own, comparison), reasons: reasons, distance: Double(rank.of - rank.position) / Double(max(rank.of, 1)),
            source: source)
    }

    /// Every finding of `comparisons`, published and register, weak ones first in the tuple.
    static func findings(_ comparisons: [Comparison]) -> (weak: [SummaryFinding], strong: [SummaryFinding]) {
        (
            comparisons.compactMap { weakness($0) } + comparisons.compactMap(registerWeakness),
            comparisons.compactMap { strength($0) } + comparisons.compactMap(registerStrength)
        )
    }

    private static func registerTitle(_ comparison: Comparison) -> String { "\(comparison.title), now (workforce register)" }

    private static func registerSource(_ register: RegisterFigure) -> String { "workforce register at \(register.asOf)" }

    private static func source(_ comparison: Comparison) -> String { "published \(comparison.year)" }

    private static func text(_ value: Double, _ comparison: Comparison) -> String {
        Figure.format(value) + (comparison.unit == "%" ? "%" : " \(comparison.unit)")
    }
}
