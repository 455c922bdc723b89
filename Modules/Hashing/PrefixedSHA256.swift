import CLibCrypto

/// SHA-256 of many messages that begin with the same bytes, through OpenSSL's libcrypto: the
/// prefix is absorbed once, and each message copies that state (a plain struct, so no
/// allocation) and hashes only its own bytes, with the processor's SHA instructions where it
/// has them.
///
/// For the sampler's tickets (a million short keys after a seed's hash) this is about twice as
/// fast as swift-crypto's `SHA256`, whose every copy of a state allocates a context and zeroes
/// it twice (`make bench` prints the raw hashing through both). The digests are the same:
/// SHA-256 is SHA-256.
public struct PrefixedSHA256: Sendable {
    /// A digest as four 64-bit words read big-endian, most significant first.
    public typealias Words = (UInt64, UInt64, UInt64, UInt64)

    /// The state after the prefix; never changed after `init`.
    private let state: SHA256_CTX

    /// Absorbs `prefix`.
    public init(prefix: some Sequence<UInt8>) {
        var state = SHA256_CTX()
        SHA256_Init(&state)
        let bytes = Array(prefix)
        bytes.withUnsafeBytes { _ = SHA256_Update(&state, $0.baseAddress, $0.count) }
        self.state = state
    }

    /// The digest of the prefix followed by `bytes`.
    public func words(appending bytes: UnsafeRawBufferPointer) -> Words {
        var copy = state
        var digest: Words = (0, 0, 0, 0)
        SHA256_Update(&copy, bytes.baseAddress, bytes.count)
        withUnsafeMutableBytes(of: &digest) { _ = SHA256_Final($0.baseAddress!.assumingMemoryBound(to: UInt8.self), &copy) }
        return (UInt64(bigEndian: digest.0), UInt64(bigEndian: digest.1), UInt64(bigEndian: digest.2), UInt64(bigEndian: digest.3))
    }
}
