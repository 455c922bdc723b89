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
/// that reading and validating the next batches overlaps with storing the last: one core checks
/// while the other streams COPY. At most ``bufferedBatches`` wait to be stored, so memory stays
/// flat whatever the list's size, and each side goes on through the other's short stalls.
struct CheckedRows: Sendable {
    /// Rows per batch: large enough that handing over costs little per row.
    static let batchSize = 1_000
    /// Batches read ahead of the one being stored.
    static let bufferedBatches = 4

    private let batches: Batches

    /// Reads `source`'s rows (after its header) and checks them with `validator`.
    init(_ source: ListSource, validator: RowValidator) {
        batches = Batches(rows: source.rows, validator: validator)
    }

    /// Runs `store` on each batch, in the file's order, while the next are read and validated.
    /// - Returns: the error that stopped the reading before the end of the file, if any; the
    ///   batches before it have been stored.
    func forEachBatch(_ store: ([CheckedRow]) async throws -> Void) async throws -> (any Error)? {
        do {
            for try await batch in batches.buffer(policy: .bounded(Self.bufferedBatches)) { try await store(batch) }
        } catch let failure as ReadFailure {
            return failure.error
        }
        return nil
    }

    /// A failure to read the file, told apart from a failure to store.
    private struct ReadFailure: Error {
        let error: any Error
    }

    /// The list's batches, read and validated as they are asked for. The buffer asks for them
    /// from a task of its own, which alone touches the rows from then on.
    private struct Batches: AsyncSequence, @unchecked Sendable {
        let rows: any RowSource
        let validator: RowValidator

        func makeAsyncIterator() -> Iterator { Iterator(rows: rows, validator: validator) }

        struct Iterator: AsyncIteratorProtocol {
            let rows: any RowSource
            var validator: RowValidator
            var validated = RowValidator.ValidatedRow()
            var cells = CSVRecord()
            var atEnd = false
            /// A failure to read, thrown once the rows read before it have been returned.
            var failure: (any Error)?

            /// The next batch (the last may be short), nil after the last row.
            /// - Throws: ``ReadFailure``, after the rows read before it have been returned.
            mutating func next() async throws -> [CheckedRow]? {
                var batch: [CheckedRow] = []
                if !atEnd {
                    batch.reserveCapacity(CheckedRows.batchSize)
                    do {
                        while batch.count < CheckedRows.batchSize {
                            guard let number = try rows.nextRow(into: &cells) else {
                                atEnd = true
                                break
                            }
                            let problems = validator.validate(cells, row: number, into: &validated)
                            batch.append(
                                CheckedRow(number: number, validated: validated, problems: problems, cells: validated.leftOut ? cells.strings : nil))
                        }
                    } catch {
                        atEnd = true
                        failure = error
                    }
                }
                guard batch.isEmpty else { return batch }
                if let failure {
                    self.failure = nil
                    throw ReadFailure(error: failure)
                }
                return nil
            }
        }
    }
}
