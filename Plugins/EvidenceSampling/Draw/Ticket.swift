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
    /// they come from one remainder, without writing out the whole number (``leadingDigits``).
    let leading: UInt64

    /// The ticket of `caseKey` under the seed whose hash is `seedHash` (see ``seedHash(_:)``).
    public init(caseKey: String, seedHash: String) {
        self.init(caseKey: caseKey, seed: TicketSeed(seedHash: seedHash))
    }

    /// The ticket of `caseKey` under `seed`.
    public init(caseKey: String, seed: TicketSeed) {
        self.init(digest: Self.hash(caseKey, after: seed.prefix))
    }

    private init(digest: PrefixedSHA256.Words) {
        (high, upperMiddle, lowerMiddle, low) = digest
        leading = Self.leadingDigits(high, upperMiddle, lowerMiddle, low)
    }

    /// The fraction's digits after "0.", most significant first (64 to 78 of them).
    public var digits: String {
        withUnsafeBytes(of: (high.bigEndian, upperMiddle.bigEndian, lowerMiddle.bigEndian, low.bigEndian)) { bytes in
            String(unsafeUninitializedCapacity: 80) { buffer in Self.writeReversedDecimal(of: bytes, into: buffer) }
        }
    }

    /// The tickets of `keys` under `seed`, in the same order, computed on every core straight
    /// into the result's buffer.
    public static func all(for keys: [String], seed: TicketSeed) -> [Ticket] {
        all(count: keys.count, seed: seed) { keys[$0] }
    }

    /// The tickets of the `count` cases whose keys `key` gives by index, as ``all(for:seed:)``.
    /// Each of the ``chunks(of:)`` chunks is hashed a block at a time, and `alongside` gets the
    /// chunk's number, each block's indices and its tickets right after, on the same thread,
    /// while the block's cases are still in the cache.
    static func all(
        count: Int, seed: TicketSeed, key: @Sendable (Int) -> String,
        alongside: @Sendable (_ chunk: Int, _ block: Range<Int>, _ tickets: UnsafeBufferPointer<Ticket>) -> Void = { _, _, _ in }
    ) -> [Ticket] {
        let chunks = chunks(of: count)
        return [Ticket](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let range = (count * chunk / chunks)..<(count * (chunk + 1) / chunks)
                for start in stride(from: range.lowerBound, to: range.upperBound, by: 1_024) {
                    let block = start..<min(start + 1_024, range.upperBound)
                    for index in block {
                        (output.baseAddress! + index).initialize(to: Ticket(digest: hash(key(index), after: seed.prefix)))
                    }
                    alongside(chunk, block, UnsafeBufferPointer(rebasing: output[block]))
                }
            }
            initialized = count
        }
    }

    /// How many chunks ``all(count:seed:key:alongside:)`` cuts `count` cases into: four per core,
    /// at least 10,000 cases each.
    static func chunks(of count: Int) -> Int {
        max(1, min(count / 10_000, ProcessInfo.processInfo.activeProcessorCount * 4))
    }

    /// The SHA-256 of the seed's hash followed by `key`'s UTF-8 bytes, hashed where they lie
    /// when the string is native (no copy).
    private static func hash(_ key: String, after prefix: PrefixedSHA256) -> PrefixedSHA256.Words {
        var key = key
        return key.withUTF8 { prefix.words(appending: UnsafeRawBufferPointer($0)) }
    }

    /// The number below which every ``leading`` lies: the fraction's first 18 digits are below 10^18.
    static let leadingBound: UInt64 = 1_000_000_000_000_000_000

    /// 5^18; with 2^18 it makes 10^18, and the remainders by the two give the remainder by 10^18.
    private static let fivePower: UInt64 = 3_814_697_265_625
    /// 2^(16 j) mod 5^18 for j = 0..<16, so that a 256-bit number's remainder by 5^18 is a sum
    /// of sixteen products of its 16-bit chunks that fits in 64 bits (each is below 2^58).
    private static let chunkWeights: [UInt64] = (0..<16).map { chunk in
        (0..<chunk).reduce(UInt64(1)) { weight, _ in weight * 65_536 % fivePower }
    }

    /// The hash's remainder by 10^18, its 18 least significant decimal digits, read backwards:
    /// the fraction's first 18 digits. The remainder comes from the remainders by 5^18 and 2^18
    /// (Chinese remainder theorem), which need only multiplications, not 128-bit divisions.
    /// The wrapping operators skip overflow checks: no sum or product here reaches 2^63, but for
    /// the difference taken modulo 2^18, where wrapping is what is meant.
    static func leadingDigits(_ high: UInt64, _ upperMiddle: UInt64, _ lowerMiddle: UInt64, _ low: UInt64) -> UInt64 {
        let weighted = chunkWeights.withUnsafeBufferPointer { weights in
            func weigh(_ limb: UInt64, _ first: Int) -> UInt64 {
                (0..<4).reduce(0) { sum, part in sum &+ (limb >> (16 * part) & 0xFFFF) &* weights[first + part] }
            }
            return weigh(low, 0) &+ weigh(lowerMiddle, 4) &+ weigh(upperMiddle, 8) &+ weigh(high, 12)
        }
        let byFive = weighted % fivePower
        let byTwo = low & 0x3FFFF
        // 67177 is the inverse of 5^18 modulo 2^18.
        let remainder = byFive &+ fivePower &* ((byTwo &- byFive) &* 67_177 & 0x3FFFF)
        let (upper, lower) = remainder.quotientAndRemainder(dividingBy: 1_000_000_000)
        return UInt64(reversed(UInt32(lower))) &* 1_000_000_000 &+ UInt64(reversed(UInt32(upper)))
    }

    /// The nine decimal digits of `number` (zero-padded) in reverse order, three at a time.
    private static func reversed(_ number: UInt32) -> UInt32 {
        reversedTriples.withUnsafeBufferPointer { triples in
            UInt32(triples[Int(number % 1_000)]) &* 1_000_000 &+ UInt32(triples[Int(number / 1_000 % 1_000)]) &* 1_000
                &+ UInt32(triples[Int(number / 1_000_000)])
        }
    }

    /// The three decimal digits of each number below 1000 (zero-padded) in reverse order.
    private static let reversedTriples: [UInt16] = (0..<1_000).map { (number: Int) in
        let (units, tens, hundreds) = (number % 10, number / 10 % 10, number / 100)
        return UInt16(units * 100 + tens * 10 + hundreds)
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
public struct TicketSeed: Sendable {
    /// The lowercase hex SHA-256 of the seed.
    public let seedHash: String
    let prefix: PrefixedSHA256

    /// Prepares the seed, a string taken as it is (never as a number).
    public init(_ seed: String) {
        self.init(seedHash: Ticket.seedHash(seed))
    }

    init(seedHash: String) {
        self.seedHash = seedHash
        prefix = PrefixedSHA256(prefix: seedHash.utf8)
    }
}
