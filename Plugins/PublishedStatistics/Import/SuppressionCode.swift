/// Why a published value is missing. The DfE writes a letter in place of the number; each is
/// kept as missing with its code, never read as zero.
enum SuppressionCode: String, Sendable, Codable, CaseIterable {
    /// Confidential: a small number suppressed to protect children.
    case confidential = "c"
    /// Not available.
    case notAvailable = "x"
    /// Not applicable.
    case notApplicable = "z"
    /// Low reliability.
    case lowReliability = "u"
    /// Fewer than 0.5 (rounds to zero, but is not known to be zero).
    case belowHalf = "k"
    /// Low (a small number not shown).
    case low = "low"

    /// How a reader sees it: `suppressed (c: confidential)`.
    var explanation: String {
        switch self {
        case .confidential: "c: confidential"
        case .notAvailable: "x: not available"
        case .notApplicable: "z: not applicable"
        case .lowReliability: "u: low reliability"
        case .belowHalf: "k: fewer than 0.5"
        case .low: "low: small number"
        }
    }
}
