import Foundation
import Hashing

/// The reproducible draw of the audits to moderate: each child gets the ticket
/// `SHA-256(seed + "/" + Child Unique ID)` (lowercase hex) and the lowest tickets are moderated.
///
/// The sampler's consistent-sampling tickets live in the EvidenceSampling plugin, which this
/// plugin may not import; a seeded hash draw is the same idea (anyone with the seed and the
/// children can redo it) without that plugin's stratification.
public enum ModerationDraw {
    /// A child's ticket under `seed`.
    public static func ticket(_ childID: String, seed: String) -> String {
        HexDigest.sha256(seed + "/" + childID)
    }

    /// How many of `count` audits a `share` moderates: rounded up, so any share above nought
    /// moderates at least one.
    public static func size(of count: Int, share: Double) -> Int {
        min(count, Int((Double(count) * share - 1e-9).rounded(.up)))
    }

    /// The children whose audits are moderated.
    public static func draw(_ childIDs: [String], share: Double, seed: String) -> Set<String> {
        let ordered = childIDs.sorted { ticket($0, seed: seed) < ticket($1, seed: seed) }
        return Set(ordered.prefix(size(of: childIDs.count, share: share)))
    }

    /// A new random seed, 24 decimal digits, for a round created without one.
    public static func newSeed() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<24).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
    }
}
