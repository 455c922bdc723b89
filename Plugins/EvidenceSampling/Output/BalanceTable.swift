import Foundation

/// Sample against population, group by group: age band, gender, ethnicity group, disability,
/// placement type group, legal status group, team and worker. Aggregates only.
public struct BalanceTable: Sendable, Codable, Equatable {
    /// One group of one characteristic.
    public struct Row: Sendable, Codable, Equatable {
        /// The characteristic, e.g. `age band`.
        public let dimension: String
        /// The group, e.g. `10-15`.
        public let group: String
        /// Cases of the population in the group.
        public let population: Int
        /// Their share of the population, in percent.
        public let populationPercent: Double
        /// Picks in the group.
        public let sample: Int
        /// Their share of the sample, in percent.
        public let samplePercent: Double
    }

    /// The characteristics compared, in order.
    public static let dimensions: [(name: String, value: @Sendable (ManifestCase) -> String)] = [
        ("age band", \.profile.ageBand), ("gender", \.profile.gender), ("ethnicity group", \.profile.ethnicityGroup),
        ("disability", \.profile.disability), ("placement type group", \.profile.placementGroup),
        ("legal status group", \.profile.legalGroup), ("team", \.team), ("worker", \.worker)
    ]

    /// Every group of every characteristic, largest population first within a characteristic.
    public let rows: [Row]

    /// Compares `picks` with `manifest`'s population.
    public init(manifest: Manifest, picks: [SampleRecord.Pick]) {
        let picked = Set(picks.map(\.key))
        let sample = manifest.cases.filter { picked.contains($0.key) }
        func percent(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : (Double(part) * 1000 / Double(whole)).rounded() / 10 }
        rows = Self.dimensions.flatMap { dimension in
            let population = Dictionary(grouping: manifest.cases, by: dimension.value).mapValues(\.count)
            let drawn = Dictionary(grouping: sample, by: dimension.value).mapValues(\.count)
            return population.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { group, count in
                Row(
                    dimension: dimension.name, group: group, population: count,
                    populationPercent: percent(count, manifest.cases.count), sample: drawn[group, default: 0],
                    samplePercent: percent(drawn[group, default: 0], sample.count))
            }
        }
    }

    /// How many groups of a characteristic the text shows before one line for the rest.
    public static let shownGroups = 10

    /// The table as aligned text: per characteristic the `largest` groups by population (every
    /// group when nil), then one line adding up the rest.
    public func text(largest: Int? = BalanceTable.shownGroups) -> String {
        let width = max(24, (rows.map(\.group.count).max() ?? 0) + 2)
        var lines: [String] = []
        func line(_ label: String, population: Int, _ populationPercent: Double, sample: Int, _ samplePercent: Double) {
            let population = "\(population)".leftPadded(6) + " (\(String(format: "%5.1f", populationPercent))%)"
            let sample = "\(sample)".leftPadded(6) + " (\(String(format: "%5.1f", samplePercent))%)"
            lines.append("  " + label.padding(toLength: width - 2, withPad: " ", startingAt: 0) + "  " + population + "  " + sample)
        }
        for dimension in Self.dimensions.map(\.name) {
            let groups = rows.filter { $0.dimension == dimension }
            guard !groups.isEmpty else { continue }
            lines.append("")
            lines.append(dimension.padding(toLength: width, withPad: " ", startingAt: 0) + "  population        sample")
            let shown = largest.map { groups.prefix($0) } ?? groups[...]
            for row in shown {
                line(row.group, population: row.population, row.populationPercent, sample: row.sample, row.samplePercent)
            }
            let rest = groups.dropFirst(shown.count)
            if !rest.isEmpty {
                line(
                    "\(rest.count) other groups", population: rest.map(\.population).reduce(0, +), rest.map(\.populationPercent).reduce(0, +),
                    sample: rest.map(\.sample).reduce(0, +), rest.map(\.samplePercent).reduce(0, +))
            }
        }
        return lines.dropFirst().joined(separator: "\n")
    }
}

extension String {
    /// The string right-aligned in `width` characters.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
