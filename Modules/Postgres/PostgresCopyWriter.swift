import CLibPQ
import Domain

/// Streams rows into `COPY ... FROM STDIN`, in PostgreSQL's text format or, when the columns'
/// types are given, its binary format.
///
/// Fields are written as bytes straight into a buffer (in text, integers digit by digit and
/// strings escaped byte by byte; in binary, each value's length and bytes, which the server reads
/// without parsing), with no per-row string formatting; full buffers are sent as they fill. Write
/// each field of a row in column order, then call `endRow()`.
public final class PostgresCopyWriter {
    private static let flushThreshold = 256 * 1024
    /// Days from 1970-01-01 to 2000-01-01, PostgreSQL's day 0.
    private static let postgresEpochDay = 10_957
    private let connection: PostgresConnection
    /// The columns' types in a binary COPY; nil in text format.
    private let types: [PostgresCopyType]?
    private let table: String
    private let columns: [String]
    /// A value the binary format cannot carry, found while writing the row; `endRow()` throws it.
    private var invalid: PostgresError?
    private var rows = 0
    // Only the one task writing the rows touches these; unchecked, since a dynamic exclusivity
    // check on every byte appended cost more than the formatting itself.
    @exclusivity(unchecked) private var buffer = CopyBuffer(capacity: flushThreshold + 64 * 1024)
    /// A text-format number or date, formatted before it is appended.
    @exclusivity(unchecked) private var scratch: [UInt8] = []
    @exclusivity(unchecked) private var fieldsInRow = 0
    /// Chunks handed to the connection's thread and not yet sent.
    let window: SendWindow

    init(connection: PostgresConnection, table: String, columns: [String], types: [PostgresCopyType]?, queueing chunks: Int) {
        window = SendWindow(limit: chunks)
        self.connection = connection
        self.table = table
        self.columns = columns
        self.types = types
        if types != nil {
            // Signature, flags, header extension length.
            buffer.append(Array("PGCOPY\n".utf8) + [0xFF, 0x0D, 0x0A, 0x00])
            buffer.appendBigEndian(UInt32(0))
            buffer.appendBigEndian(UInt32(0))
        }
    }

    /// Writes a text field (in text format escaping backslash, tab, newline and carriage
    /// return); nil is NULL. In binary format the column must be `text` or `jsonb`.
    public func field(_ value: String?) {
        guard var value else {
            _ = separate()
            return appendNull()
        }
        value.withUTF8 { field(utf8: $0) }
    }

    /// Writes a text field from its UTF-8 bytes, as a `String`'s are written: for text kept in a
    /// buffer rather than as strings. The bytes must be valid UTF-8; the server refuses the COPY
    /// otherwise.
    public func field(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        if let type = separate() {
            expect(type == .text || type == .jsonb, type, writing: "a text value")
            buffer.appendBigEndian(UInt32(type == .jsonb ? bytes.count + 1 : bytes.count))
            if type == .jsonb { buffer.append(1) }
            return buffer.append(bytes)
        }
        // Most text needs no escaping: copy it in one go.
        guard bytes.contains(where: { Self.escape($0) != nil }) else { return buffer.append(bytes) }
        for byte in bytes {
            if let escape = Self.escape(byte) {
                buffer.append(UInt8(ascii: "\\"))
                buffer.append(escape)
            } else {
                buffer.append(byte)
            }
        }
    }

    /// The letter that follows a backslash for `byte` in the text format (backslash, tab,
    /// newline and carriage return); nil for a byte written as it is.
    private static func escape(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "\\"): UInt8(ascii: "\\")
        case UInt8(ascii: "\t"): UInt8(ascii: "t")
        case UInt8(ascii: "\n"): UInt8(ascii: "n")
        case UInt8(ascii: "\r"): UInt8(ascii: "r")
        default: nil
        }
    }

    /// Writes an integer field (in text format digit by digit); nil is NULL. In binary format the
    /// column must be `integer` or `bigint`.
    public func field(_ value: Int?) {
        let type = separate()
        guard let value else { return appendNull() }
        guard let type else { return appendText { value.appendDecimal(to: &$0) } }
        expect(type == .integer || type == .bigint, type, writing: "an integer")
        if type == .bigint {
            buffer.appendBigEndian(UInt32(8))
            return buffer.appendBigEndian(Int64(value))
        }
        guard let narrow = Int32(exactly: value) else {
            invalid = invalid ?? rejected("value out of range for type integer")
            return appendNull()
        }
        buffer.appendBigEndian(UInt32(4))
        buffer.appendBigEndian(narrow)
    }

    /// Writes a boolean field (in text format `t` or `f`); nil is NULL.
    public func field(_ value: Bool?) {
        let type = separate()
        guard let value else { return appendNull() }
        guard let type else { return buffer.append(value ? UInt8(ascii: "t") : UInt8(ascii: "f")) }
        expect(type == .boolean, type, writing: "a boolean")
        buffer.appendBigEndian(UInt32(1))
        buffer.append(value ? 1 : 0)
    }

    /// Writes a date field (in text format in ISO form, `2024-03-05`); nil is NULL.
    public func field(_ value: CalendarDate?) {
        let type = separate()
        guard let value else { return appendNull() }
        guard let type else { return appendText { value.appendISO(to: &$0) } }
        expect(type == .date, type, writing: "a date")
        buffer.appendBigEndian(UInt32(4))
        buffer.appendBigEndian(Int32(value.daysSinceEpoch - Self.postgresEpochDay))
    }

    /// Writes a field from any encodable value (slower than the typed overloads); nil is NULL.
    public func field(encoding value: (any PostgresEncodable)?) {
        if let text = value?.postgresText { field(text) } else { field(nil as String?) }
    }

    /// Ends the current row, sending the buffer to the server when it is full.
    /// - Throws: a value the binary format cannot carry (an integer out of range), naming the line
    ///   and column but not the value.
    public func endRow() async throws {
        if let invalid { throw invalid }
        if types == nil { buffer.append(UInt8(ascii: "\n")) }
        fieldsInRow = 0
        rows += 1
        if buffer.count >= Self.flushThreshold { try await flush() }
    }

    /// Hands what is buffered to the connection's thread to send, and goes on without waiting
    /// for it unless ``SendWindow/limit`` chunks are already queued.
    func flush() async throws {
        guard !buffer.isEmpty else { return }
        await window.wait(below: window.limit)
        if let failure = window.failure { throw failure }
        let chunk = buffer.take()
        window.queued()
        connection.send(chunk, window: window)
    }

    /// Ends the data: in binary format, with the trailer the server expects.
    func finish() {
        if types != nil { buffer.appendBigEndian(Int16(-1)) }
    }

    /// Starts the next field, and returns its column's type in a binary COPY.
    private func separate() -> PostgresCopyType? {
        defer { fieldsInRow += 1 }
        guard let types else {
            if fieldsInRow > 0 { buffer.append(UInt8(ascii: "\t")) }
            return nil
        }
        if fieldsInRow == 0 { buffer.appendBigEndian(UInt16(types.count)) }
        precondition(fieldsInRow < types.count, "COPY \(table): more fields in a row than its \(types.count) columns")
        return types[fieldsInRow]
    }

    /// Appends a text-format value that `format` writes into the scratch array.
    private func appendText(_ format: (inout [UInt8]) -> Void) {
        scratch.removeAll(keepingCapacity: true)
        format(&scratch)
        buffer.append(scratch)
    }

    private func appendNull() {
        // Binary: a length of -1.
        guard types == nil else { return buffer.appendBigEndian(Int32(-1)) }
        buffer.append(UInt8(ascii: "\\"))
        buffer.append(UInt8(ascii: "N"))
    }

    /// Stops the program unless `allowed`: the field just started, of column type `type`, is
    /// being written as `value` of another type, a programming error the server would only
    /// report as garbage.
    private func expect(_ allowed: Bool, _ type: PostgresCopyType, writing value: String) {
        precondition(allowed, "COPY \(table): \(value) written to \(columns[fieldsInRow - 1]), a \(type) column")
    }

    /// The error for a value of the field just started, as the server words its own.
    private func rejected(_ message: String) -> PostgresError {
        PostgresError(code: .copyFailed, message: "\(message) (COPY \(table), line \(rows + 1), column \(columns[fieldsInRow - 1]))")
    }
}

extension PostgresConnection {
    /// Bulk-loads rows with `COPY table (columns) FROM STDIN`, streaming what `body` writes.
    ///
    /// The COPY starts on the connection's thread after whatever was handed to it before (a
    /// ``startScript(_:)``, say), and `body` starts at once: its first rows wait in the queue
    /// meanwhile. If the COPY cannot start (a missing table, a refused permission) or the server
    /// refuses the data, that error is thrown, in preference to any `body` throws after it; if
    /// `body` throws, the COPY is abandoned on the server (nothing is loaded) and the error is
    /// rethrown. Run it inside `transaction` to make it part of a larger atomic change.
    /// - Parameters:
    ///   - table: the table name; `schema.table` is accepted. Identifiers are quoted.
    ///   - columns: the columns, in the order `body` writes the fields.
    ///   - types: the columns' types, one per column, to send the rows in PostgreSQL's binary
    ///     format, which the server reads with less work than text; nil (the default) for text.
    ///   - chunks: how many chunks of rows (256 KiB each) may wait for the connection's thread
    ///     before `body` waits: more lets `body` go on through a long statement queued before
    ///     the COPY, at the cost of that much memory.
    /// - Returns: the number of rows the server loaded.
    @discardableResult
    public func copy(
        into table: String,
        columns: [String],
        types: [PostgresCopyType]? = nil,
        queueing chunks: Int = 4,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (PostgresCopyWriter) async throws -> Void
    ) async throws -> Int {
        let (window, statement) = try await writeCopy(into: table, columns: columns, types: types, queueing: chunks, body)
        return try await onQueue { connection in try connection.lockedEndCopy(window: window, statement: statement) }
    }

    /// Bulk-loads rows as ``copy(into:columns:types:queueing:isolation:_:)`` does, but returns
    /// once `body` has written them, without waiting for the server: the COPY ends on the
    /// connection's thread after its last chunk is sent, whatever is asked of the connection
    /// next runs after it, and the caller goes on with its own work meanwhile (reading the next
    /// file, say). If `body` throws, or the COPY could not start before `body` finished, that is
    /// thrown here as by `copy`.
    /// - Returns: the COPY's end, whose ``PendingScript/finished()`` throws what the COPY failed
    ///   with: a failure to start that came after `body` finished (the COPY queued behind longer
    ///   work), a failure to send, the server refusing the data.
    public func startCopy(
        into table: String,
        columns: [String],
        types: [PostgresCopyType]? = nil,
        queueing chunks: Int = 4,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (PostgresCopyWriter) async throws -> Void
    ) async throws -> PendingScript {
        let (window, statement) = try await writeCopy(into: table, columns: columns, types: types, queueing: chunks, body)
        let pending = PendingScript()
        submit { connection in
            do throws(PostgresError) {
                _ = try connection.lockedEndCopy(window: window, statement: statement)
                pending.ran(failure: nil)
            } catch {
                pending.ran(failure: error)
            }
        }
        return pending
    }

    /// Starts the COPY on the connection's thread and runs `body` at once, its first rows
    /// waiting in the queue meanwhile; hands over the last rows (without waiting for them to be
    /// sent). A failure to start is the window's failure, so nothing is sent after it.
    /// - Returns: the window the rows went through, and the COPY statement.
    /// - Throws: the COPY's failure to start, or to send its data, in preference to what `body`
    ///   threw after it; the COPY is then abandoned on the server.
    private func writeCopy(
        into table: String, columns: [String], types: [PostgresCopyType]?, queueing chunks: Int,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (PostgresCopyWriter) async throws -> Void
    ) async throws -> (SendWindow, statement: String) {
        precondition(types == nil || types!.count == columns.count, "COPY \(table): \(columns.count) columns but \(types!.count) types")
        let writer = PostgresCopyWriter(connection: self, table: table, columns: columns, types: types, queueing: chunks)
        let statement = Self.copyStatement(table: table, columns: columns, binary: types != nil)
        let window = writer.window
        window.queued()
        submit { connection in window.sent(failure: connection.lockedStartCopy(statement)) }
        do {
            try await body(writer)
            writer.finish()
            try await writer.flush()
        } catch {
            try await abandonCopy(statement, after: error, window: window)
        }
        return (window, statement)
    }

    /// Abandons a COPY on the server (nothing is loaded) once what was handed over through
    /// `window` has been sent or dropped, and throws why: the window's failure (the COPY could not
    /// start, or its data could not be sent) in preference to `error`.
    private func abandonCopy(_ statement: String, after error: any Error, window: SendWindow) async throws -> Never {
        await window.wait(below: 1)
        _ = try? await onQueue { connection in try connection.lockedFinishCopy(abortReason: "cancelled by the client", statement: statement) }
        throw window.failure ?? error
    }

    /// `COPY table (columns) FROM STDIN`, each identifier quoted as SQL quotes identifiers
    /// (in double quotes, a double quote doubled), as libpq's `PQescapeIdentifier` does.
    private static func copyStatement(table: String, columns: [String], binary: Bool) -> String {
        func quote(_ identifier: some StringProtocol) -> String { "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let target = table.split(separator: ".").map(quote).joined(separator: ".")
        return "COPY \(target) (\(columns.map(quote).joined(separator: ", "))) FROM STDIN\(binary ? " WITH (FORMAT binary)" : "")"
    }

    /// Starts a COPY; returns why it could not start, if it could not.
    private func lockedStartCopy(_ statement: String) -> PostgresError? {
        let result = PQexec(lockedHandle, statement)
        defer { PQclear(result) }
        return PQresultStatus(result) == PGRES_COPY_IN ? nil : lockedError(result, statement: statement, parameters: [])
    }

    /// Ends a COPY whose rows went through `window`. Runs on the connection's thread after every
    /// chunk handed over before it, so each has been sent or, after a failure, dropped: then the
    /// COPY is abandoned on the server and the window's failure (it could not start, or its data
    /// could not be sent) thrown; otherwise it is finished and its outcome read.
    /// - Returns: the number of rows the server loaded.
    private func lockedEndCopy(window: SendWindow, statement: String) throws(PostgresError) -> Int {
        if let failure = window.failure {
            _ = try? lockedFinishCopy(abortReason: "cancelled by the client", statement: statement)
            throw failure
        }
        return try lockedFinishCopy(abortReason: nil, statement: statement)
    }

    /// Ends a COPY and reads its outcome; the server's message never quotes row data.
    private func lockedFinishCopy(abortReason: String?, statement: String) throws(PostgresError) -> Int {
        let handle = lockedHandle
        guard PQputCopyEnd(handle, abortReason) == 1 else {
            throw PostgresError(code: .copyFailed, message: "could not end COPY: \(Self.lastError(handle))", statement: statement)
        }
        var failure: PostgresError?
        var loaded = 0
        while let result = PQgetResult(handle) {
            defer { PQclear(result) }
            if PQresultStatus(result) == PGRES_COMMAND_OK {
                loaded = Int(String(cString: PQcmdTuples(result))) ?? 0
            } else if failure == nil {
                var error = lockedError(result, statement: statement, parameters: [])
                error.code = .copyFailed
                error.message = PostgresError.withoutQuotedValues(error.message)
                if let context = PQresultErrorField(result, Int32(Character("W").asciiValue!)) {
                    // "COPY t, line 5, column n: \"value\"" -> keep where, drop the value.
                    let whereText = String(cString: context).split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
                    error.message += " (\(whereText))"
                }
                failure = error
            }
        }
        if let failure { throw failure }
        return loaded
    }
}
