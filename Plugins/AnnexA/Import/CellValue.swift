import Domain
import Postgres

/// A validated cell, as stored: codes as their DfE code, dates and whole numbers typed.
enum CellValue: Sendable, Equatable {
    case null
    case text(String)
    case date(CalendarDate)
    case integer(Int)

    /// Writes the value as the next COPY field.
    func write(to writer: PostgresCopyWriter) {
        switch self {
        case .null: writer.field(nil as String?)
        case .text(let text): writer.field(text)
        case .date(let date): writer.field(date)
        case .integer(let number): writer.field(number)
        }
    }

    /// The value's bytes for the snapshot's content hash: the stored form, never the input's
    /// spelling, so the same data written differently hashes the same.
    func appendCanonical(to bytes: inout [UInt8]) {
        switch self {
        case .null: break
        case .text(let text): bytes.append(contentsOf: text.utf8)
        case .date(let date): date.appendISO(to: &bytes)
        case .integer(let number): number.appendDecimal(to: &bytes)
        }
    }
}
