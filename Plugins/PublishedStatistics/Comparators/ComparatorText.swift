/// A comparator as plain lines, for the command line.
enum ComparatorText {
    /// The comparator's lines: heading, latest year, trend, definitions.
    static func lines(_ comparator: Comparison) -> [String] {
        let neighbours = comparator.neighbours
        let range = neighbours.lowest.map { "range \(Figure.format($0)) to \(Figure.format(neighbours.highest ?? $0)), " } ?? ""
        let median = neighbours.median.map(Figure.format) ?? "none"
        var lines = [
            "\(comparator.title) (\(comparator.unit); \(comparator.direction.rawValue)), \(comparator.year)",
            "  \(comparator.own.name) \(comparator.own.figure.text) | England \(comparator.england.text) | "
                + "\(comparator.region.name) \(comparator.region.figure.text)",
            "  statistical neighbours: median \(median) (\(range)\(neighbours.withValue) of \(neighbours.of) with a value)"
                + (comparator.rank.map { " | rank \($0.position) of \($0.of)\($0.bestQuarter ? ", best quarter" : "")" } ?? ""),
            "  trend: " + comparator.trend.map { "\($0.year) \($0.own.text)" }.joined(separator: ", "),
            "  published: \(comparator.published)",
            "  Annex A: \(comparator.annexA)"
        ]
        if let register = comparator.register {
            lines.append(
                "  now (workforce register at \(register.asOf)): \(register.text) (\(register.basis))"
                    + (register.rank.map { " | would rank \($0.position) of \($0.of)" } ?? ""))
            lines.append("  register: \(register.differs)")
        }
        let missing = neighbours.figures.filter { $0.figure.value == nil }
        if !missing.isEmpty {
            lines.insert("  neighbours without a value: " + missing.map { "\($0.name) \($0.figure.text)" }.joined(separator: ", "), at: 3)
        }
        return lines
    }
}
