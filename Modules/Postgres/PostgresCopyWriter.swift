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
    @exclusivity(unchecked) private var buffer: [UInt8] = []
    @exclusivity(unchecked) private var fieldsInRow = 0
    /// Chunks handed to the connection's thread and not yet sent: enough to go on formatting
    /// rows through a long statement queued before the COPY (an index build), about 32 MB.
    let window = SendWindow(limit: 128)

    init(connection: PostgresConnection, table: String, columns: [String], types: [PostgresCopyType]?) {
        self.connection = connection
        self.table = table
        self.columns = columns
        self.types = types
        buffer.reserveCapacity(Self.flushThreshold + 4096)
        if types != nil {
            // Signature, flags, header extension length.
            buffer.append(contentsOf: Array("PGCOPY\n".utf8) + [0xFF, 0x0D, 0x0A, 0x00])
            buffer.appendBigEndian(UInt32(0))
            buffer.appendBigEndian(UInt32(0))
        }
    }

    /// Writes a text field (in text format escaping backslash, tab, newline and carriage
    /// return); nil is NULL. In binary format the column must be `text` or `jsonb`.
    public func field(_ value: String?) {
        let type = separate()
        guard var value else { return appendNull() }
        if let type {
            expect(type == .text || type == .jsonb, type, writing: "a text value")
            let count = value.utf8.count
            buffer.appendBigEndian(UInt32(type == .jsonb ? count + 1 : count))
            if type == .jsonb { buffer.append(1) }
            return value.withUTF8 { buffer.append(contentsOf: $0) }
        }
        value.withUTF8 { bytes in
            // Most text needs no escaping: copy it in one go.
            if !bytes.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) {
                return buffer.append(contentsOf: bytes)
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\\"):
                    buffer.append(UInt8(ascii: "\\"))
                    buffer.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "\t"):
                    buffer.append(UInt8(ascii: "\\"))
                    buffer.append(UInt8(ascii: "t"))
                case UInt8(ascii: "\n"):
                    buffer.append(UInt8(ascii: "\\"))
                    buffer.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"):
                    buffer.append(UInt8(ascii: "\\"))
                    buffer.append(UInt8(ascii: "r"))
                default: buffer.append(byte)
                }
            }
        }
    }

    /// Writes an integer field (in text format digit by digit); nil is NULL. In binary format the
    /// column must be `integer` or `bigint`.
    public func field(_ value: Int?) {
        let type = separate()
        guard let value else { return appendNull() }
        guard let type else { return value.appendDecimal(to: &buffer) }
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
        guard let type else { return value.appendISO(to: &buffer) }
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
        let chunk = buffer
        buffer = []
        buffer.reserveCapacity(Self.flushThreshold + 4096)
        window.queued()
        connection.send(chunk, window: window)
    }

    /// Waits until every chunk handed over has been sent (or has failed).
    func settle() async {
        await window.wait(below: 1)
    }

    /// Waits until every chunk handed over has been sent.
    /// - Throws: the first failure to send.
    func drain() async throws {
        await settle()
        if let failure = window.failure { throw failure }
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
    /// If `body` throws, the COPY is abandoned on the server (nothing is loaded) and the error is
    /// rethrown. Run it inside `transaction` to make it part of a larger atomic change.
    /// - Parameters:
    ///   - table: the table name; `schema.table` is accepted. Identifiers are quoted by libpq.
    ///   - columns: the columns, in the order `body` writes the fields.
    ///   - types: the columns' types, one per column, to send the rows in PostgreSQL's binary
    ///     format, which the server reads with less work than text; nil (the default) for text.
    /// - Returns: the number of rows the server loaded.
    @discardableResult
    public func copy(
        into table: String,
        columns: [String],
        types: [PostgresCopyType]? = nil,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (PostgresCopyWriter) async throws -> Void
    ) async throws -> Int {
        precondition(types == nil || types!.count == columns.count, "COPY \(table): \(columns.count) columns but \(types!.count) types")
        let writer = PostgresCopyWriter(connection: self, table: table, columns: columns, types: types)
        // The COPY starts on the connection's thread after what was handed to it before (a
        // pending script, say) without the writer waiting for it: the first rows fill the window
        // meanwhile. A failure to start is the window's failure, so nothing is sent after it.
        let statement = Self.copyStatement(table: table, columns: columns, binary: types != nil) { $0 }
        let window = writer.window
        window.queued()
        submit { connection in
            window.sent(failure: connection.lockedStartCopy(table: table, columns: columns, binary: types != nil))
        }
        do {
            try await body(writer)
            writer.finish()
            try await writer.flush()
            try await writer.drain()
        } catch {
            await writer.settle()
            _ = try? await onQueue { connection in try connection.lockedFinishCopy(abortReason: "cancelled by the client", statement: statement) }
            throw error
        }
        return try await onQueue { connection in
            try connection.lockedFinishCopy(abortReason: nil, statement: statement)
        }
    }

    /// `COPY table (columns) FROM STDIN`, each identifier through `quote`.
    private static func copyStatement(table: String, columns: [String], binary: Bool, quote: (String) throws -> String) rethrows -> String {
        let target = try table.split(separator: ".").map { try quote(String($0)) }
        let list = try columns.map(quote)
        return "COPY \(target.joined(separator: ".")) (\(list.joined(separator: ", "))) FROM STDIN\(binary ? " WITH (FORMAT binary)" : "")"
    }

    /// Starts a COPY, its identifiers quoted by libpq; returns why it could not start, if it could not.
    private func lockedStartCopy(table: String, columns: [String], binary: Bool) -> PostgresError? {
        do {
            let statement = try Self.copyStatement(table: table, columns: columns, binary: binary, quote: lockedQuote)
            let result = PQexec(lockedHandle, statement)
            defer { PQclear(result) }
            return PQresultStatus(result) == PGRES_COPY_IN ? nil : lockedError(result, statement: statement, parameters: [])
        } catch {
            return error as? PostgresError ?? PostgresError(code: .copyFailed, message: "could not start COPY: \(error)")
        }
    }

    /// Ends a COPY and reads its outcome; the server's message never quotes row data.
    private func lockedFinishCopy(abortReason: String?, statement: String) throws -> Int {
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

    /// Quotes an identifier with libpq's escaping.
    func lockedQuote(_ identifier: String) throws -> String {
        guard let escaped = PQescapeIdentifier(lockedHandle, identifier, identifier.utf8.count) else {
            throw PostgresError(code: .serverError, message: "cannot quote an identifier: \(Self.lastError(lockedHandle))")
        }
        defer { PQfreemem(escaped) }
        return String(cString: escaped)
    }
}
