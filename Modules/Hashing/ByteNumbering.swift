import Foundation

/// Gives byte strings (names, spellings) consecutive numbers in order of first appearance, in
/// an open-addressing table over ``ByteHash``, comparing bytes where they lie: looking a name up
/// makes no `String` and runs no SipHash, which `Dictionary<String, Int>` does on every call
/// (most of the cost of numbering a million cases, and of matching a million code cells).
public struct ByteNumbering: Sendable {
    /// Every name's bytes, one after another; name `n` ends at `ends[n]`.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private var hashes: [UInt64] = []
    /// Name numbers by slot, -1 for an empty slot; never more than half full.
    private var slots = [Int32](repeating: -1, count: 64)
    /// 64 less the bits of a slot's index: a name's first slot is its hash's top bits.
    private var shift = 58

    /// An empty numbering.
    public init() {}

    /// How many names have numbers.
    public var count: Int { ends.count }

    /// The names, in number order.
    public var names: [String] { ends.indices.map(name) }

    /// The name numbered `number`.
    public func name(_ number: Int) -> String {
        String(decoding: bytes[(number == 0 ? 0 : ends[number - 1])..<ends[number]], as: UTF8.self)
    }

    /// The number of the name made of `name`, a new one when it is new.
    public mutating func number(_ name: UnsafeRawBufferPointer) -> Int32 {
        let hash = ByteHash.hash(name)
        switch find(name, hash: hash) {
        case .found(let number): return number
        case .empty(let slot):
            let number = Int32(ends.count)
            bytes.append(contentsOf: name)
            ends.append(bytes.count)
            hashes.append(hash)
            slots[slot] = number
            if ends.count * 2 > slots.count { grow() }
            return number
        }
    }

    /// The number of `name` (its UTF-8 bytes), a new one when it is new.
    public mutating func number(_ name: String) -> Int32 {
        var name = name
        return name.withUTF8 { number(UnsafeRawBufferPointer($0)) }
    }

    /// The number of the name made of `name`, if it has one.
    public func existingNumber(_ name: UnsafeRawBufferPointer) -> Int32? {
        guard case .found(let number) = find(name, hash: ByteHash.hash(name)) else { return nil }
        return number
    }

    private enum Place {
        case found(Int32)
        case empty(slot: Int)
    }

    private func find(_ name: UnsafeRawBufferPointer, hash: UInt64) -> Place {
        var slot = Int(truncatingIfNeeded: hash >> shift)
        while slots[slot] >= 0 {
            let number = Int(slots[slot])
            if hashes[number] == hash && equal(number, name) { return .found(Int32(number)) }
            slot = (slot + 1) & (slots.count - 1)
        }
        return .empty(slot: slot)
    }

    private func equal(_ number: Int, _ name: UnsafeRawBufferPointer) -> Bool {
        let start = number == 0 ? 0 : ends[number - 1]
        guard ends[number] - start == name.count else { return false }
        return name.isEmpty || bytes.withUnsafeBytes { stored in memcmp(stored.baseAddress! + start, name.baseAddress!, name.count) == 0 }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        shift -= 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash >> shift)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(number)
        }
    }
}
