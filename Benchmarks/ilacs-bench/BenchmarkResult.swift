/// One benchmark's outcome: our time, the baseline's time, their ratio and the goal.
struct BenchmarkResult {
    var name: String
    var ours: Duration
    var baselineName: String
    var baseline: Duration
    /// The highest acceptable ratio of ours to the baseline, if the goal is a ratio.
    var goal: Double?
    /// The longest acceptable time, if the goal is a time.
    var limit: Duration? = nil

    var ratio: Double { ours.seconds / baseline.seconds }

    /// Whether every goal set is met.
    var met: Bool { ratio <= (goal ?? .infinity) && ours <= (limit ?? ours) }

    /// A plain-text table of results, one line each.
    static func table(_ results: [BenchmarkResult]) -> String {
        var lines = ["benchmark                          ours (s)  baseline (s)  ratio  goal   verdict"]
        for result in results {
            let verdict = result.met ? "met" : "NOT MET"
            let goal = result.goal.map { "≤" + format($0) } ?? result.limit.map { "<" + format($0.seconds) + "s" } ?? "-"
            lines.append(
                result.name.padding(33) + " " + format(result.ours.seconds).padding(9) + " "
                    + format(result.baseline.seconds).padding(13) + " " + format(result.ratio).padding(6) + " "
                    + goal.padding(6) + " " + verdict + "   (baseline: \(result.baselineName))")
        }
        return lines.joined(separator: "\n")
    }

    /// A figure with two decimals.
    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}

/// The median of some durations.
func median(_ durations: [Duration]) -> Duration {
    durations.sorted()[durations.count / 2]
}
