/// A fixed set of values with relative weights, for drawing values in realistic proportions.
///
/// Weights need not sum to one; a value with weight 30 is drawn three times as often as one with
/// weight 10. The order of the entries is part of the output: reordering changes which value a
/// given random number picks, and so changes the files a seed produces.
struct WeightedTable<Value> {
    private let values: [Value]
    private let cumulativeWeights: [Double]

    /// A table of `entries`; at least one weight must be positive.
    init(_ entries: [(Value, Double)]) {
        values = entries.map(\.0)
        var total = 0.0
        cumulativeWeights = entries.map { entry in
            total += entry.1
            return total
        }
        precondition(total > 0, "a weighted table needs a positive weight")
    }

    /// Draws one value.
    func draw(using random: inout SeededRandom) -> Value {
        let target = random.unit() * cumulativeWeights[cumulativeWeights.count - 1]
        // Tables are short (a few dozen entries at most), so a linear scan beats a binary search.
        for (index, weight) in cumulativeWeights.enumerated() where target < weight {
            return values[index]
        }
        return values[values.count - 1]
    }
}

extension WeightedTable: Sendable where Value: Sendable {}
