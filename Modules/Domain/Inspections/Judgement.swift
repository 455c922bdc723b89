/// A grade on Ofsted's four-point scale.
///
/// Raw values are stable snake_case strings for storage; cases run from best to worst.
public enum Judgement: String, Sendable, Hashable, CaseIterable {
    case outstanding
    case good
    case requiresImprovement = "requires_improvement"
    case inadequate

    /// Ofsted's wording, e.g. "Requires improvement to be good".
    public var displayName: String {
        switch self {
        case .outstanding: "Outstanding"
        case .good: "Good"
        case .requiresImprovement: "Requires improvement to be good"
        case .inadequate: "Inadequate"
        }
    }
}
