import CLibPQ
import Domain

/// Streams rows into `COPY ... FROM STDIN` in PostgreSQL's text format.
///
/// Fields are written as bytes straight into a buffer (integers digit by digit, strings escaped
/// byte by byte), with no per-row string formatting; full buffers are sent as they fill. Write
/// each field of a row in column order, then call `endRow()`.
public final class PostgresCopyWriter {
    private static let flushThreshold = 256 * 1024
    private let connection: PostgresConnection
    // Only the one task writing the rows touches these; unchecked, since a dynamic exclusivity
    // check on every byte appended cost more than the formatting itself.
    @exclusivity(unchecked) private var buffer: [UInt8] = []
    @exclusivity(unchecked) private var fieldsInRow = 0
    fileprivate let window = SendWindow(limit: 4)

    init(connection: PostgresConnection) {
        self.connection = connection
        buffer.reserveCapacity(Self.flushThreshold + 4096)
    }

    /// Writes a text field, escaping backslash, tab, newline and carriage return; nil is NULL.
    public func field(_ value: String?) {
        separate()
        guard var value else { return appendNull() }
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

    /// Writes an integer field digit by digit; nil is NULL.
    public func field(_ value: Int?) {
        separate()
        guard let value else { return appendNull() }
        appendDigits(value)
    }

    /// Writes a boolean field (`t` or `f`); nil is NULL.
    public func field(_ value: Bool?) {
        separate()
        guard let value else { return appendNull() }
        buffer.append(value ? UInt8(ascii: "t") : UInt8(ascii: "f"))
    }

    /// Writes a date field in ISO form (`2024-03-05`); nil is NULL.
    public func field(_ value: CalendarDate?) {
        separate()
        guard let value else { return appendNull() }
        value.appendISO(to: &buffer)
    }

    /// Writes a field from any encodable value (slower than the typed overloads); nil is NULL.
    public func field(encoding value: (any PostgresEncodable)?) {
        if let text = value?.postgresText { field(text) } else { field(nil as String?) }
    }

    /// Ends the current row, sending the buffer to the server when it is full.
    public func endRow() async throws {
        buffer.append(UInt8(ascii: "\n"))
        fieldsInRow = 0
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

    /// Waits until every chunk handed over has been sent.
    /// - Throws: the first failure to send.
    func drain() async throws {
        await window.wait(below: 1)
        if let failure = window.failure { throw failure }
    }

    private func separate() {
        if fieldsInRow > 0 { buffer.append(UInt8(ascii: "\t")) }
        fieldsInRow += 1
    }

    private func appendNull() {
        buffer.append(UInt8(ascii: "\\"))
        buffer.append(UInt8(ascii: "N"))
    }

    /// Appends `value`'s decimal digits.
    private func appendDigits(_ value: Int) {
        if value < 0 { buffer.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { scratch in
            repeat {
                scratch[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { buffer.append(scratch[index]) }
        }
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
    /// - Returns: the number of rows the server loaded.
    @discardableResult
    public func copy(
        into table: String,
        columns: [String],
        isolation: isolated (any Actor)? = #isolation,
        _ body: (PostgresCopyWriter) async throws -> Void
    ) async throws -> Int {
        let statement = try await onQueue { connection -> String in
            let target = try table.split(separator: ".").map { try connection.lockedQuote(String($0)) }
            let list = try columns.map { try connection.lockedQuote($0) }
            let statement = "COPY \(target.joined(separator: ".")) (\(list.joined(separator: ", "))) FROM STDIN"
            let result = PQexec(connection.lockedHandle, statement)
            defer { PQclear(result) }
            guard PQresultStatus(result) == PGRES_COPY_IN else {
                throw connection.lockedError(result, statement: statement, parameters: [])
            }
            return statement
        }
        let writer = PostgresCopyWriter(connection: self)
        do {
            try await body(writer)
            try await writer.flush()
            try await writer.drain()
        } catch {
            await writer.window.wait(below: 1)
            _ = try? await onQueue { connection in try connection.lockedFinishCopy(abortReason: "cancelled by the client", statement: statement) }
            throw error
        }
        return try await onQueue { connection in
            try connection.lockedFinishCopy(abortReason: nil, statement: statement)
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
