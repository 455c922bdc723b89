import Postgres

/// One row's stored values, one per list column in the list's order, with the text bytes of its
/// batch that its text values point into.
struct StoredRow {
    let values: ArraySlice<CellValue>
    let text: [UInt8]

    /// The value of the list column at `column`.
    subscript(column: Int) -> CellValue {
        values[values.startIndex + column]
    }

    /// Runs `body` on the UTF-8 bytes of `value`, a text value of this row.
    func withBytes<Result>(ofText value: CellValue, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard case .text(let start, let count) = value else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return text.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[Int(start)..<Int(start + count)])) }
    }

    /// Writes every value as the row's next COPY field, and appends each one's bytes for the
    /// snapshot's content hash, each followed by 0x1F: the stored form, never the input's
    /// spelling, so the same data written differently hashes the same.
    func write(to writer: PostgresCopyWriter, canonical: inout [UInt8]) {
        for value in values {
            switch value {
            case .null: writer.field(nil as String?)
            case .text:
                withBytes(ofText: value) { bytes in
                    writer.field(utf8: bytes)
                    canonical.append(contentsOf: bytes)
                }
            case .date(let date):
                writer.field(date)
                date.appendISO(to: &canonical)
            case .integer(let number):
                writer.field(number)
                number.appendDecimal(to: &canonical)
            }
            canonical.append(0x1F)
        }
    }
}
