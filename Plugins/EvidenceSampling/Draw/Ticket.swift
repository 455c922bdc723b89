import Crypto
import Dispatch
import Foundation
import Hashing

/// A case's ticket in Rivest's consistent sampling, as used in election risk-limiting audits:
/// a pseudo-random fraction in (0, 1) fixed by the seed and the case key, so that anyone with
/// the same seed and key computes the same ticket, and cases are drawn in ascending ticket order.
///
/// `ticket(K) = "0." + reverse(decimal(SHA-256(UTF-8(hex(SHA-256(UTF-8(seed))) + K)))))`, where
/// hex is lowercase and decimal is the base-10 digits of the 256-bit hash read big-endian, left
/// padded to at least 64 digits. This equals `first_fraction(K, seed)` of the public Python
/// package `consistent-sampler` 1.0.10, digit for digit. The seed is a string end to end.
public struct Ticket: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 256-bit hash, as four 64-bit limbs, most significant first.
    private let high: UInt64, upperMiddle: UInt64, lowerMiddle: UInt64, low: UInt64
    /// The fraction's first 18 digits as a number, so that almost every comparison is one
    /// integer compare. Reversed, they are the hash's 18 least significant decimal digits, so
    /// they come from one remainder, without writing out the whole number.
    let leading: UInt64

    /// The ticket of `caseKey` under the seed whose hash is `seedHash` (see ``seedHash(_:)``).
    public init(caseKey: String, seedHash: String) {
        self.init(caseKey: caseKey, seed: TicketSeed(seedHash: seedHash))
    }

    /// The ticket of `caseKey` under `seed`; the fast way to compute a whole population's.
    public init(caseKey: String, seed: TicketSeed) {
        var hasher = seed.prefix
        var key = caseKey
        key.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        let limbs = hasher.finalize().withUnsafeBytes { bytes in
            func limb(_ index: Int) -> UInt64 { (0..<8).reduce(UInt64(0)) { $0 << 8 | UInt64(bytes[index * 8 + $1]) } }
            return (limb(0), limb(1), limb(2), limb(3))
        }
        (high, upperMiddle, lowerMiddle, low) = limbs
        let base: UInt64 = 1_000_000_000_000_000_000
        var remainder: UInt64 = 0
        for limb in [limbs.0, limbs.1, limbs.2, limbs.3] { remainder = base.dividingFullWidth((remainder, limb)).remainder }
        var leading: UInt64 = 0
        for _ in 0..<18 {
            leading = leading * 10 + remainder % 10
            remainder /= 10
        }
        self.leading = leading
    }

    /// The fraction's digits after "0.", most significant first (64 to 78 of them).
    public var digits: String {
        withUnsafeBytes(of: (high.bigEndian, upperMiddle.bigEndian, lowerMiddle.bigEndian, low.bigEndian)) { bytes in
            String(unsafeUninitializedCapacity: 80) { buffer in Self.writeReversedDecimal(of: bytes, into: buffer) }
        }
    }

    /// The tickets of `keys` under `seed`, in the same order, computed on every core.
    public static func all(for keys: [String], seed: TicketSeed) -> [Ticket] {
        let chunks = max(1, min(keys.count / 10_000, ProcessInfo.processInfo.activeProcessorCount * 4))
        return [Ticket](unsafeUninitializedCapacity: keys.count) { buffer, count in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in (keys.count * chunk / chunks)..<(keys.count * (chunk + 1) / chunks) {
                    (output.baseAddress! + index).initialize(to: Ticket(caseKey: keys[index], seed: seed))
                }
            }
            count = keys.count
        }
    }

    /// The lowercase hex SHA-256 of the seed's UTF-8 bytes, computed once per draw.
    public static func seedHash(_ seed: String) -> String {
        HexDigest.sha256(seed.utf8)
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
        if lhs.leading != rhs.leading { return lhs.leading < rhs.leading }
        return lhs.digits.utf8.lexicographicallyPrecedes(rhs.digits.utf8)
    }

    /// Writes the decimal digits of a 32-byte big-endian number, left-padded to 64 digits and
    /// reversed (least significant first), into `buffer`; returns how many were written.
    ///
    /// Converts with four 64-bit limbs divided repeatedly by 10^19, in place, which is much
    /// cheaper than a general big-integer library for this one fixed size.
    static func writeReversedDecimal(of bytes: UnsafeRawBufferPointer, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var limbs: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &limbs) { raw in
            let words = raw.bindMemory(to: UInt64.self)
            for limb in 0..<4 {
                words[limb] = (0..<8).reduce(UInt64(0)) { $0 << 8 | UInt64(bytes[limb * 8 + $1]) }
            }
        }
        let chunkBase: UInt64 = 10_000_000_000_000_000_000
        var count = 0
        var remaining = true
        while remaining {
            var remainder: UInt64 = 0
            withUnsafeMutableBytes(of: &limbs) { raw in
                let words = raw.bindMemory(to: UInt64.self)
                for limb in 0..<4 {
                    let (quotient, rest) = chunkBase.dividingFullWidth((remainder, words[limb]))
                    words[limb] = quotient
                    remainder = rest
                }
            }
            remaining = limbs != (0, 0, 0, 0)
            // A chunk below the most significant one always has 19 digits, zeros included.
            var written = 0
            while remainder > 0 || (remaining && written < 19) {
                buffer[count] = UInt8(ascii: "0") + UInt8(remainder % 10)
                remainder /= 10
                written += 1
                count += 1
            }
        }
        while count < 64 {
            buffer[count] = UInt8(ascii: "0")
            count += 1
        }
        return count
    }
}

/// A draw's seed, prepared once: its hash, and a SHA-256 state that has absorbed that hash, so
/// each case's ticket only hashes the case key on top. Immutable, so shared across threads.
public struct TicketSeed: @unchecked Sendable {
    /// The lowercase hex SHA-256 of the seed.
    public let seedHash: String
    let prefix: SHA256

    /// Prepares the seed, a string taken as it is (never as a number).
    public init(_ seed: String) {
        self.init(seedHash: Ticket.seedHash(seed))
    }

    init(seedHash: String) {
        self.seedHash = seedHash
        var hasher = SHA256()
        hasher.update(data: Array(seedHash.utf8))
        prefix = hasher
    }
}
