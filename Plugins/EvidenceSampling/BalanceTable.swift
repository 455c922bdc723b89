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
        ("legal status group", \.profile.legalGroup), ("team", \.team), ("worker", \.worker),
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
                Row(dimension: dimension.name, group: group, population: count,
                    populationPercent: percent(count, manifest.cases.count), sample: drawn[group, default: 0],
                    samplePercent: percent(drawn[group, default: 0], sample.count))
            }
        }
    }

    /// The table as aligned text.
    public var text: String {
        let width = max(24, (rows.map(\.group.count).max() ?? 0) + 2)
        var lines: [String] = []
        var dimension = ""
        for row in rows {
            if row.dimension != dimension {
                dimension = row.dimension
                lines.append("")
                lines.append(dimension.padding(toLength: width, withPad: " ", startingAt: 0) + "  population        sample")
            }
            let population = "\(row.population)".leftPadded(6) + " (\(String(format: "%5.1f", row.populationPercent))%)"
            let sample = "\(row.sample)".leftPadded(6) + " (\(String(format: "%5.1f", row.samplePercent))%)"
            lines.append("  " + row.group.padding(toLength: width - 2, withPad: " ", startingAt: 0) + "  " + population + "  " + sample)
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
