import Crypto

/// A case's ticket in Rivest's consistent sampling, as used in election risk-limiting audits:
/// a pseudo-random fraction in (0, 1) fixed by the seed and the case key, so that anyone with
/// the same seed and key computes the same ticket, and cases are drawn in ascending ticket order.
///
/// `ticket(K) = "0." + reverse(decimal(SHA-256(UTF-8(hex(SHA-256(UTF-8(seed))) + K)))))`, where
/// hex is lowercase and decimal is the base-10 digits of the 256-bit hash read big-endian, left
/// padded to at least 64 digits. This equals `first_fraction(K, seed)` of the public Python
/// package `consistent-sampler` 1.0.10, digit for digit. The seed is a string end to end.
public struct Ticket: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The fraction's digits after "0.", most significant first (64 to 78 of them).
    public let digits: String

    /// The ticket of `caseKey` under the seed whose hash is `seedHash` (see ``seedHash(_:)``).
    public init(caseKey: String, seedHash: String) {
        let digest = SHA256.hash(data: Array((seedHash + caseKey).utf8))
        digits = String(decoding: Self.reversedDecimal(Array(digest)), as: UTF8.self)
    }

    /// The lowercase hex SHA-256 of the seed's UTF-8 bytes, computed once per draw.
    public static func seedHash(_ seed: String) -> String {
        SHA256.hash(data: Array(seed.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The full-precision fraction, `0.` followed by the digits.
    public var description: String { "0." + digits }

    /// The fraction shortened to 18 significant digits, for display.
    public var display: String {
        let significant = digits.drop { $0 == "0" }
        let leadingZeros = digits.count - significant.count
        return "0." + String(repeating: "0", count: leadingZeros) + significant.prefix(18)
    }

    /// Tickets order as the fractions they write: digit strings of different lengths compare
    /// correctly digit by digit because both are fractions after "0.".
    public static func < (lhs: Ticket, rhs: Ticket) -> Bool {
        lhs.digits.utf8.lexicographicallyPrecedes(rhs.digits.utf8)
    }

    /// The decimal digits of a 32-byte big-endian number, left-padded to 64 and reversed.
    ///
    /// Converts with four 64-bit limbs divided repeatedly by 10^19, which is much cheaper than a
    /// general big-integer library for this one fixed size.
    static func reversedDecimal(_ bytes: [UInt8]) -> [UInt8] {
        var limbs = (0..<4).map { limb in bytes[(limb * 8)..<(limb * 8 + 8)].reduce(UInt64(0)) { $0 << 8 | UInt64($1) } }
        let chunkBase: UInt64 = 10_000_000_000_000_000_000
        var chunks: [UInt64] = []  // least significant first
        while limbs.contains(where: { $0 != 0 }) {
            var remainder: UInt64 = 0
            for index in limbs.indices {
                let (quotient, rest) = chunkBase.dividingFullWidth((remainder, limbs[index]))
                limbs[index] = quotient
                remainder = rest
            }
            chunks.append(remainder)
        }
        // Least significant digit first: exactly the reversed decimal string.
        var reversed: [UInt8] = []
        reversed.reserveCapacity(80)
        for (index, chunk) in chunks.enumerated() {
            var value = chunk
            var written = 0
            let isMostSignificant = index == chunks.count - 1
            while value > 0 || (!isMostSignificant && written < 19) {
                reversed.append(UInt8(ascii: "0") + UInt8(value % 10))
                value /= 10
                written += 1
            }
        }
        while reversed.count < 64 { reversed.append(UInt8(ascii: "0")) }
        return reversed
    }
}
