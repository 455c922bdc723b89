import Domain

/// A validated cell, as stored: codes as their DfE code, dates and whole numbers typed. A text
/// value is where its bytes lie in its batch's text (``StoredRow``), so that a value holds no
/// reference: a batch of values is filled, read and freed without counting references or
/// destroying values one by one (which took more than a tenth of the import's processor time).
enum CellValue: Sendable {
    case null
    /// Text: its UTF-8 bytes are `count` bytes from `start` in the batch's text.
    case text(start: Int32, count: Int32)
    case date(CalendarDate)
    case integer(Int)

    /// Whether the value is blank or unknown.
    var isNull: Bool {
        if case .null = self { true } else { false }
    }
}
