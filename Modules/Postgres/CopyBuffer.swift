/// The bytes of COPY data being gathered into a chunk, written through a raw pointer: appending
/// a field's length or a short text costs one capacity check and a store or a copy, where
/// `Array.append(contentsOf:)` of a few bytes took its general path each time (about a tenth of
/// the Annex A importer's processor time, by perf).
struct CopyBuffer: ~Copyable {
    private var base: UnsafeMutableRawPointer
    private var capacity: Int
    /// How many bytes have been gathered.
    private(set) var count = 0

    /// An empty buffer with room for `capacity` bytes before it grows.
    init(capacity: Int) {
        base = .allocate(byteCount: capacity, alignment: 8)
        self.capacity = capacity
    }

    deinit { base.deallocate() }

    var isEmpty: Bool { count == 0 }

    /// Appends one byte.
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base.storeBytes(of: byte, toByteOffset: count, as: UInt8.self)
        count += 1
    }

    /// Appends `bytes`.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count)
        (base + count).copyMemory(from: source, byteCount: bytes.count)
        count += bytes.count
    }

    /// Appends `bytes`.
    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends `value` in network byte order (most significant byte first).
    mutating func appendBigEndian<Value: FixedWidthInteger>(_ value: Value) {
        let size = MemoryLayout<Value>.size
        reserve(size)
        base.storeBytes(of: value.bigEndian, toByteOffset: count, as: Value.self)
        count += size
    }

    /// The bytes gathered, as an array; the buffer is empty afterwards.
    mutating func take() -> [UInt8] {
        let bytes = [UInt8](UnsafeRawBufferPointer(start: base, count: count))
        count = 0
        return bytes
    }

    /// Makes room for `extra` more bytes, doubling the capacity when it must grow.
    private mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        let grown = max(count + extra, capacity * 2)
        let bigger = UnsafeMutableRawPointer.allocate(byteCount: grown, alignment: 8)
        bigger.copyMemory(from: base, byteCount: count)
        base.deallocate()
        base = bigger
        capacity = grown
    }
}
