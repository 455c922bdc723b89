import AsyncAlgorithms
import Tabular

/// One row read and validated, ready to be stored or left out.
struct CheckedRow: Sendable {
    /// Its number as a spreadsheet shows it.
    let number: Int
    let validated: RowValidator.ValidatedRow
    let problems: [ImportProblem]
    /// The cells as read, kept only for a row left out (stored with its reasons).
    let cells: [String]?
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
    func forEachBatch(_ store: ([CheckedRow]) async throws -> Void) async throws -> (any Error)? {
        let channel = AsyncChannel<[CheckedRow]>()
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
    private func read(into channel: AsyncChannel<[CheckedRow]>) async -> (any Error)? {
        defer { channel.finish() }
        var validator = validator
        var validated = RowValidator.ValidatedRow()
        var cells = CSVRecord()
        var batch: [CheckedRow] = []
        batch.reserveCapacity(Self.batchSize)
        do {
            while let number = try handover.rows.nextRow(into: &cells) {
                let problems = validator.validate(cells, row: number, into: &validated)
                batch.append(CheckedRow(number: number, validated: validated, problems: problems, cells: validated.leftOut ? cells.strings : nil))
                if batch.count == Self.batchSize {
                    await channel.send(batch)
                    if Task.isCancelled { return nil }
                    batch.removeAll(keepingCapacity: true)
                }
            }
        } catch {
            if !batch.isEmpty { await channel.send(batch) }
            return error
        }
        if !batch.isEmpty { await channel.send(batch) }
        return nil
    }
}
