/// A fast 64-bit hash of bytes for tables in memory, as rustc's FxHash: eight bytes at a time,
/// rotate, xor, multiply. Several times cheaper than the standard library's `Hasher` (SipHash)
/// on short keys, and no defence against keys chosen to collide: use it where a collision only
/// costs time. Its top bits mix every byte (the low bits see only the low bytes), so index a
/// table by the top bits.
public enum ByteHash {
    /// The hash of `bytes`.
    @inlinable
    public static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        @inline(__always) func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 { (hash << 5 | hash >> 59 ^ word) &* 0x517c_c1b7_2722_0a95 }
        var hash = UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = mix(hash, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        // The last bytes, as a little-endian word as the others are read here.
        var tail: UInt64 = 0
        for index in offset..<bytes.count { tail |= UInt64(bytes[index]) << (8 * (index - offset)) }
        return mix(hash, tail)
    }
}
