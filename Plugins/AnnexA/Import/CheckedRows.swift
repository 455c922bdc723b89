import AsyncAlgorithms
import Tabular

/// One row read and validated, ready to be stored or left out; its values are in its batch.
struct CheckedRow: Sendable {
    /// Its number as a spreadsheet shows it.
    let number: Int
    let validated: RowValidator.ValidatedRow
    /// The cells as read, kept only for a row left out (stored with its reasons).
    let cells: [String]?
}

/// Rows read and validated, handed over together. Their stored values are in one array, row
/// after row, and their text in one array of bytes, so that a row costs no allocation of its
/// own: rows are made on one thread and freed on another, where an allocation per row made the
/// two contend for the allocator.
struct CheckedBatch: Sendable {
    /// Stored values per row: one per list column.
    let width: Int
    private(set) var rows: [CheckedRow] = []
    private var values: [CellValue] = []
    /// The bytes of every text value, one after another.
    private var text: [UInt8] = []

    init(width: Int, capacity: Int) {
        self.width = width
        rows.reserveCapacity(capacity)
        values.reserveCapacity(capacity * width)
        text.reserveCapacity(capacity * 64)
    }

    /// The stored values of the row at `index` in the batch.
    func row(at index: Int) -> StoredRow {
        StoredRow(values: values[(index * width)..<((index + 1) * width)], text: text)
    }

    /// Validates `cells` (row `number` of the file) with `validator` and adds the row.
    mutating func append(_ cells: CSVRecord, number: Int, validator: inout RowValidator) {
        let validated = validator.validate(cells, row: number, appendingTo: &values, text: &text)
        rows.append(CheckedRow(number: number, validated: validated, cells: validated.leftOut ? cells.strings : nil))
    }
}

/// Reads and validates one list's rows on a task of its own and hands them over in batches, so
/// that reading and validating the next batch overlaps with storing the last: one core checks
/// while the other streams COPY. The channel holds no batch of its own (each handover waits for
/// the taker), so memory stays at about two batches whatever the list's size. The reading task
/// belongs to the call: a failure to store, or cancellation, stops it before the call returns.
struct CheckedRows: Sendable {
    /// Rows per batch: large enough that handing over costs little per row.
    static let batchSize = 1_000

    /// The list's rows: moved to the reading task, which alone touches them from then on.
    private struct Handover: @unchecked Sendable {
        let rows: any RowSource
    }

    private let handover: Handover
    private let validator: RowValidator

    /// Reads `source`'s rows (after its header) and checks them with `validator`.
    init(_ source: ListSource, validator: RowValidator) {
        handover = Handover(rows: source.rows)
        self.validator = validator
    }

    /// Runs `store` on each batch, in the file's order, while the next is read and validated.
    /// - Returns: the error that stopped the reading before the end of the file, if any; the
    ///   batches before it have been stored.
    /// - Throws: what `store` throws, or `CancellationError` when the import was cancelled, so
    ///   that a list cut short is never taken for a whole one.
    func forEachBatch(_ store: (CheckedBatch) async throws -> Void) async throws -> (any Error)? {
        let channel = AsyncChannel<CheckedBatch>()
        let readFailure = try await withThrowingTaskGroup(of: (any Error)?.self) { group in
            group.addTask { await read(into: channel) }
            for await batch in channel { try await store(batch) }
            return try await group.next() ?? nil
        }
        try Task.checkCancellation()
        return readFailure
    }

    /// Reads and validates every row into `channel` in batches, then finishes it; stops early
    /// when cancelled.
    private func read(into channel: AsyncChannel<CheckedBatch>) async -> (any Error)? {
        defer { channel.finish() }
        var validator = validator
        var cells = CSVRecord()
        let width = validator.width
        var batch = CheckedBatch(width: width, capacity: Self.batchSize)
        do {
            while let number = try handover.rows.nextRow(into: &cells) {
                batch.append(cells, number: number, validator: &validator)
                if batch.rows.count == Self.batchSize {
                    await channel.send(batch)
                    if Task.isCancelled { return nil }
                    batch = CheckedBatch(width: width, capacity: Self.batchSize)
                }
            }
        } catch {
            if !batch.rows.isEmpty { await channel.send(batch) }
            return error
        }
        if !batch.rows.isEmpty { await channel.send(batch) }
        return nil
    }
}
