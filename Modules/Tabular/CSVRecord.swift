/// One CSV record's fields as UTF-8 bytes, filled by ``CSVReader/nextRecord(into:)`` and reused
/// from record to record, so that reading a file allocates nothing per record and a caller makes
/// a `String` only of the fields it keeps.
public struct CSVRecord: Sendable {
    /// The bytes the fields lie in (``range(of:)`` says where): quotes removed, `""` unescaped,
    /// Windows-1252 transcoded, valid UTF-8. A plain record's line is kept whole, delimiters
    /// included, so that it is copied in one go.
    public private(set) var bytes: [UInt8] = []
    /// Where each field starts and ends in `bytes`.
    private var starts: [Int] = [], ends: [Int] = []

    /// An empty record.
    public init() {
        bytes.reserveCapacity(1024)
        starts.reserveCapacity(64)
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
        starts[index]..<ends[index]
    }

    /// Field `index` as a string.
    public func string(_ index: Int) -> String {
        let range = range(of: index)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// Every field as a string.
    public var strings: [String] {
        bytes.withUnsafeBufferPointer { all in
            zip(starts, ends).map { String(decoding: UnsafeBufferPointer(rebasing: all[$0..<$1]), as: UTF8.self) }
        }
    }

    /// Removes the first field and returns it as a string.
    public mutating func removeFirstField() -> String {
        let first = string(0)
        starts.removeFirst()
        ends.removeFirst()
        return first
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }

    /// Appends bytes of the field being read.
    mutating func append(_ fieldBytes: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: fieldBytes)
    }

    /// Ends the field being read, which holds what was appended since the last one ended.
    mutating func endField() {
        starts.append(ends.last ?? 0)
        ends.append(bytes.count)
    }

    /// Adds a field of the line ``appendLine(_:)`` appends (or has appended) at the record's
    /// start: its bytes from `start` to `end` of the line.
    mutating func addLineField(from start: Int, to end: Int) {
        starts.append(start)
        ends.append(end)
    }

    /// Appends a plain record's whole line, whose fields ``addLineField(from:to:)`` names.
    mutating func appendLine(_ line: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: line)
    }
}
