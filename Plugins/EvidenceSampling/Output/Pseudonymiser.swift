import Crypto
import Hashing

/// Replaces Child Unique IDs with a keyed HMAC-SHA-256 for copies of a sample that leave the
/// authority: the same child gets the same pseudonym under the same key, and nobody without
/// the key can tell who it is.
public struct Pseudonymiser: Sendable {
    /// The configuration key holding the HMAC key (`SAMPLING_PSEUDONYM_KEY`, or `_FILE`).
    public static let keyName = "sampling.pseudonym.key"
    /// The fewest characters a key may have.
    public static let minimumKeyLength = 32
    private let key: [UInt8]

    /// A pseudonymiser with `key`.
    /// - Throws: `SamplingError` when the key is shorter than ``minimumKeyLength``.
    public init(key: String) throws {
        guard key.count >= Self.minimumKeyLength else {
            throw SamplingError("SAMPLING_PSEUDONYM_KEY must have at least \(Self.minimumKeyLength) characters, e.g. from `openssl rand -hex 32`")
        }
        self.key = Array(key.utf8)
    }

    /// The pseudonym of `childID`: the first 20 hex digits of its HMAC-SHA-256.
    public func pseudonym(_ childID: String) -> String {
        String(HexDigest.hex(HMAC<SHA256>.authenticationCode(for: Array(childID.utf8), using: SymmetricKey(data: key))).prefix(20))
    }

    /// `key` (`L<list>:<child>[:<date>]`) with the child's id replaced by its pseudonym.
    public func pseudonymisedKey(_ key: String, childID: String) -> String {
        let parts = key.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, parts[1].hasPrefix(childID) else { return pseudonym(key) }
        return parts[0] + ":" + pseudonym(childID) + parts[1].dropFirst(childID.count)
    }
}
