/// An indicator the authority can be compared on with published figures: where its figure comes
/// from in the DfE's files, which way is better, and how the Annex A figure differs.
struct BenchmarkIndicator: Sendable, Equatable {
    /// One published series: a file's measure within one breakdown.
    struct Series: Sendable, Equatable, Hashable {
        /// The file's key (`c1`).
        var file: String
        /// The breakdown as stored (`19 to 21 years | Total`).
        var breakdown: String
        /// The measure column (`rereferral_percent`).
        var measure: String
    }

    /// How the figure is made from published series.
    enum Source: Sendable, Equatable {
        /// The published value itself.
        case value(Series)
        /// 100 minus a published percentage (in touch = 100 - information not known).
        case complement(Series)
        /// `numerator / denominator * scale` (children in need per 10,000 children).
        case rate(numerator: Series, denominator: Series, scale: Double)

        /// Every series it reads.
        var series: [Series] {
            switch self {
            case .value(let series), .complement(let series): [series]
            case .rate(let numerator, let denominator, _): [numerator, denominator]
            }
        }
    }

    /// Which way is better.
    enum Direction: String, Sendable, Codable {
        case lowerIsBetter = "lower is better"
        case higherIsBetter = "higher is better"
        /// A context figure (how many children are in care): neither way is better in itself.
        case context = "context: neither way is better"
    }

    /// A stable id (`rereferrals`).
    var id: String
    /// The indicator's name.
    var title: String
    /// `%`, `per 10,000 children`, `cases per social worker`.
    var unit: String
    var direction: Direction
    var source: Source
    /// The published definition, in a sentence.
    var published: String
    /// How the figure from the Annex A lists differs: comparable, not identical.
    var annexA: String
    /// The authority's own current figure from the workforce register, for the workforce rates.
    var register: RegisterMeasure? = nil
}
