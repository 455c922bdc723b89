extension [UInt8] {
    /// Appends `value` in network byte order (most significant byte first), as typed bytes in one
    /// go: appending its raw bytes, or a byte at a time, takes paths that cost more than the rest
    /// of a value written into a byte stream (COPY data, hash keys).
    @inlinable
    public mutating func appendBigEndian<Value: FixedWidthInteger>(_ value: Value) {
        Swift.withUnsafeBytes(of: value.bigEndian) { append(contentsOf: $0.assumingMemoryBound(to: UInt8.self)) }
    }
}
