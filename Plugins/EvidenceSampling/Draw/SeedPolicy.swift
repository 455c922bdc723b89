/// What a seed must be: chosen after the manifest is frozen (typically 20 or more digits from
/// dice rolled by the inspectors), and taken as a string, never as a number.
public enum SeedPolicy {
    /// The fewest characters a seed may have unless short seeds are allowed.
    public static let minimumLength = 20

    /// Checks `seed`.
    /// - Throws: `SamplingError` when it is empty, or shorter than ``minimumLength`` characters
    ///   and `allowShort` is false.
    public static func check(_ seed: String, allowShort: Bool) throws {
        guard !seed.isEmpty else { throw SamplingError("the seed is empty; roll dice for at least \(minimumLength) digits") }
        guard allowShort || seed.count >= minimumLength else {
            throw SamplingError(
                "the seed has \(seed.count) characters; use at least \(minimumLength) (e.g. \(minimumLength) dice rolls), or pass --allow-short-seed")
        }
    }
}
