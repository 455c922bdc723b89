import Crypto
import Hashing
import Testing

/// The SHA-256 behind the sampler's tickets, through OpenSSL, against swift-crypto's (BoringSSL's).
@Suite("SHA-256 after a shared prefix")
struct PrefixedSHA256Tests {
    @Test("the digest of \"abc\" is FIPS 180-2's example, whichever way the message is cut into prefix and rest")
    func standardExample() {
        let expected: PrefixedSHA256.Words = (0xba78_16bf_8f01_cfea, 0x4141_40de_5dae_2223, 0xb003_61a3_9617_7a9c, 0xb410_ff61_f200_15ad)
        for cut in 0...3 {
            let words = Array("abc".utf8.dropFirst(cut)).withUnsafeBytes { PrefixedSHA256(prefix: "abc".utf8.prefix(cut)).words(appending: $0) }
            #expect(words == expected)
        }
    }

    @Test(
        "prefix and message of every length either side of SHA-256's 64-byte block give swift-crypto's digest of the two together, and one prepared prefix serves many messages"
    )
    func equalsSwiftCrypto() {
        for prefixLength in [0, 1, 55, 56, 63, 64, 65, 100, 128] {
            let prefix = PrefixedSHA256(prefix: (0..<prefixLength).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
            for messageLength in [0, 1, 8, 55, 56, 63, 64, 65, 119, 120, 200] {
                let whole =
                    (0..<prefixLength).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
                    + (0..<messageLength).map { UInt8(truncatingIfNeeded: $0 &* 13 &+ prefixLength) }
                let expected = Array(SHA256.hash(data: whole))
                let words = Array(whole.dropFirst(prefixLength)).withUnsafeBytes { prefix.words(appending: $0) }
                let bytes = [words.0, words.1, words.2, words.3].flatMap { word in (0..<8).reversed().map { UInt8(truncatingIfNeeded: word >> (8 * $0)) } }
                #expect(bytes == expected, "prefix \(prefixLength) bytes, message \(messageLength) bytes")
            }
        }
    }
}
