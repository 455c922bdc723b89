/// One CSV record's fields as UTF-8 bytes, filled by ``CSVReader/nextRecord(into:)`` and reused
/// from record to record, so that reading a file allocates nothing per record and a caller makes
/// a `String` only of the fields it keeps.
public struct CSVRecord: Sendable {
    /// The fields' bytes one after another: quotes removed, `""` unescaped, Windows-1252
    /// transcoded, valid UTF-8.
    public private(set) var bytes: [UInt8] = []
    /// Where each field ends in `bytes` (it starts where the one before ends).
    private var ends: [Int] = []

    /// An empty record.
    public init() {
        bytes.reserveCapacity(1024)
        ends.reserveCapacity(64)
    }

    /// A record of `fields`, as a reader would have filled it.
    public init(_ fields: [String]) {
        self.init()
        for field in fields {
            bytes.append(contentsOf: field.utf8)
            endField()
        }
    }

    /// The number of fields.
    public var count: Int { ends.count }

    /// The range of field `index`'s bytes in ``bytes``.
    public func range(of index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }

    /// Field `index` as a string.
    public func string(_ index: Int) -> String {
        let range = range(of: index)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// Every field as a string.
    public var strings: [String] {
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            return ends.map { end in
                defer { start = end }
                return String(decoding: UnsafeBufferPointer(rebasing: all[start..<end]), as: UTF8.self)
            }
        }
    }

    /// Removes the first field and returns it as a string.
    public mutating func removeFirstField() -> String {
        let first = string(0)
        let width = ends[0]
        bytes.removeFirst(width)
        ends.removeFirst()
        for index in ends.indices { ends[index] -= width }
        return first
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }

    mutating func append(_ fieldBytes: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: fieldBytes)
    }

    mutating func endField() {
        ends.append(bytes.count)
    }
}
